// Display width of text in a terminal: East Asian wide and fullwidth
// characters take two columns, combining marks and controls none. The data
// comes from get-east-asian-width (Unicode EastAsianWidth.txt); string-width
// would do the same but costs ~70 ms of start-up on this machine (its emoji
// regex), more than the whole budget of a read command (quality.md). The build
// points cli-table3's string-width at this file (build/string-width.cjs), so
// the tables measure as the rest of the project does.
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO = /[\p{Mn}\p{Me}\p{Cc}\p{Cf}]/u;

/** Columns one code point takes. Printable ASCII and the CJK blocks without a regex (a table measures every cell). */
export function charWidth(cp: number): number {
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xff01 && cp <= 0xff60) || (cp >= 0x3000 && cp <= 0x303e)) return 2;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  // Latin-1 (·, ×, é …; not the soft hyphen), dashes, quotes and … (U+2010–2027), box drawing: one column.
  if ((cp >= 0xa0 && cp <= 0xff && cp !== 0xad) || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2500 && cp <= 0x257f)) return 1;
  if (ZERO.test(String.fromCodePoint(cp))) return 0;
  return eastAsianWidth(cp);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length; // most cells: numbers, codes, times
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += charWidth(cp);
  }
  return w;
}
