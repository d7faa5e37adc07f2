// CSV cells (R-903, issue 23): the export writes its own lines in large chunks; every
// cell must be byte for byte what csv-stringify wrote before (formula injection
// neutralised with an apostrophe, quotes doubled, CRLF records).
import { describe, expect, it } from 'vitest';
import { csvLine, isPlainCsvLine, toCsv } from '../../src/formats/csv.js';

const CELLS: unknown[] = [
  '',
  null,
  undefined,
  0,
  7,
  -3,
  1.5,
  true,
  false,
  'plain',
  '中文、报修',
  '=SUM(A1)',
  '+8613812345678',
  '-王',
  '@x',
  '\tx',
  '\rx',
  '＝x',
  '＋x',
  '－x',
  '＠x',
  'a,b',
  'a"b',
  '"',
  'a\nb',
  'a\r\nb',
  'ends\r',
  'a\rb',
  '=1,"x"',
  '-a,"b"',
  ' lead space',
];

describe('csvLine (R-903, issue 23)', () => {
  it('writes each cell exactly as csv-stringify with escape_formulas and CRLF', () => {
    for (const c of CELLS) expect(csvLine([c]), JSON.stringify(c)).toBe(toCsv([], [[c]]).slice(2));
    expect(csvLine(CELLS)).toBe(toCsv([], [CELLS]).slice(2));
    expect(csvLine(['单号', '状态'])).toBe('单号,状态\r\n');
  });

  it('neutralises formulas and quotes what needs quotes', () => {
    expect(csvLine(['=1,"x"', '-a', -1])).toBe(`"'=1,""x""",'-a,-1\r\n`);
  });
});

describe('isPlainCsvLine: a line joined by SQL is written as it is only when csvLine would write the same (issue 23)', () => {
  it('accepts exactly the lines csvLine leaves alone', () => {
    const texts = [
      ...CELLS.filter((c): c is string => typeof c === 'string'),
      '2026-09-02T09:00:00+08:00',
      'BX-2026-0001',
      '138****5678',
      '80.50',
      'a-b',
    ];
    let plain = 0;
    for (const a of texts)
      for (const b of texts)
        for (const c of ['', 'x', '=y']) {
          const cells = [a, b, c];
          const same = csvLine(cells) === `${cells.join(',')}\r\n`;
          expect(isPlainCsvLine(cells.join(','), 3), JSON.stringify(cells)).toBe(same);
          if (same) plain++;
        }
    expect(plain).toBeGreaterThan(50);
  });
});
