// The report document's renderers live with the other output formats (formats/render.ts).
export { docToCsv, docToCsvFiles, docToHtml, docToText } from '../formats/render.js';
