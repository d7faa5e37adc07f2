// Display width of text in a terminal: East Asian wide and fullwidth
// characters take two columns, combining marks and controls none. The data
// comes from get-east-asian-width (Unicode EastAsianWidth.txt); string-width
// would do the same but costs ~70 ms of start-up on this machine (its emoji
// regex), more than the whole budget of a read command (quality.md).
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO = /[\p{Mn}\p{Me}\p{Cc}\p{Cf}]/u;

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ZERO.test(ch)) continue;
    w += eastAsianWidth(ch.codePointAt(0)!);
  }
  return w;
}
