// The report document's renderers live with the other output formats (formats/render.ts),
// where a workflow's own report (a survey's) can use them too.
export { docToCsv, docToCsvFiles, docToHtml, docToSheets, docToText } from '../formats/render.js';
