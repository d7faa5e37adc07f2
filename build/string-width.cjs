// cli-table3 measures its cells with string-width (4.x): the bundle (build.mjs
// alias) measures with the project's East-Asian width instead, so a table and
// the code that fits its cells agree on every character (and start-up does not
// compile string-width's emoji regex). Colour codes are stripped first, as
// string-width does; cli-table3 measures each cell several times, so the last
// few hundred answers are kept.
const { displayWidth } = require('../src/formats/width.ts');
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ESC of a colour code
const ANSI = /\u001b\[[0-9;]*m/g;
const seen = new Map();
module.exports = (s) => {
  const text = String(s);
  let w = seen.get(text);
  if (w === undefined) {
    w = displayWidth(text.includes('\u001b') ? text.replace(ANSI, '') : text);
    if (seen.size > 512) seen.clear();
    seen.set(text, w);
  }
  return w;
};
