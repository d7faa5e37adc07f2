// CSV out: streaming, formula injection neutralised (cells starting
// with = + - @ are prefixed), CRLF for Excel, UTF-8 with BOM when asked.
import fs from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';

export function toCsv(header: string[], rows: unknown[][], bom = false): string {
  return stringifySync([header, ...rows], { bom, escape_formulas: true, record_delimiter: 'windows' });
}

/**
 * Stream rows into a file (created 0600) or stdout; memory stays flat. Returns
 * the row count. `gb18030` is for old Excel/WPS that do not read UTF-8.
 */
export async function streamCsv(
  header: string[],
  rows: Iterable<unknown[]>,
  out: string | null,
  bom: boolean,
  encoding: 'utf-8' | 'gb18030' = 'utf-8',
): Promise<number> {
  const dest: Writable = out ? fs.createWriteStream(out, { flags: 'wx', mode: 0o600 }) : process.stdout;
  const csv = stringify({ bom: bom && encoding === 'utf-8', escape_formulas: true, record_delimiter: 'windows' });
  if (encoding === 'gb18030') {
    const { default: iconv } = await import('iconv-lite');
    const { StringDecoder } = await import('node:string_decoder');
    const { Transform } = await import('node:stream');
    const utf8 = new StringDecoder('utf8'); // chunks may split a character
    const toGb = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        cb(null, iconv.encode(utf8.write(chunk), 'gb18030'));
      },
      flush(cb) {
        cb(null, iconv.encode(utf8.end(), 'gb18030'));
      },
    });
    csv.pipe(toGb).pipe(dest, { end: !!out });
  } else csv.pipe(dest, { end: !!out });
  let n = 0;
  csv.write(header);
  for (const r of rows) {
    n++;
    if (!csv.write(r)) await once(csv, 'drain');
  }
  csv.end();
  await once(csv, 'end');
  if (out) await once(dest, 'finish').catch(() => undefined);
  return n;
}
