// CSV out: streaming, formula injection neutralised (cells starting
// with = + - @ are prefixed), CRLF for Excel, UTF-8 with BOM when asked.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';

export function toCsv(header: string[], rows: unknown[][], bom = false): string {
  return stringifySync([header, ...rows], { bom, escape_formulas: true, record_delimiter: 'windows' });
}

/**
 * Stream rows into `dest` (a file's writer from core/out.ts) or, when null,
 * stdout; memory stays flat. Returns the row count. A write error (full disk,
 * closed pipe) rejects. `gb18030` is for old Excel/WPS that do not read UTF-8.
 */
export async function streamCsv(
  header: string[],
  rows: Iterable<unknown[]>,
  dest: Writable | null,
  bom: boolean,
  encoding: 'utf-8' | 'gb18030' = 'utf-8',
): Promise<number> {
  const csv = stringify({ bom: bom && encoding === 'utf-8', escape_formulas: true, record_delimiter: 'windows' });
  const stages: Array<NodeJS.ReadWriteStream> = [csv];
  if (encoding === 'gb18030') {
    const { default: iconv } = await import('iconv-lite');
    const { StringDecoder } = await import('node:string_decoder');
    const { Transform } = await import('node:stream');
    const utf8 = new StringDecoder('utf8'); // chunks may split a character
    stages.push(
      new Transform({
        transform(chunk: Buffer, _enc, cb) {
          cb(null, iconv.encode(utf8.write(chunk), 'gb18030'));
        },
        flush(cb) {
          cb(null, iconv.encode(utf8.end(), 'gb18030'));
        },
      }),
    );
  }
  // stdout is never ended (main.ts flushes it); a file's writer is.
  const streams: Array<NodeJS.ReadWriteStream | NodeJS.WritableStream> = [...stages, dest ?? process.stdout];
  const done = pipeline(streams, { end: !!dest });
  let failed = false;
  done.catch(() => {
    failed = true;
  });
  let n = 0;
  csv.write(header);
  for (const r of rows) {
    if (failed) break;
    n++;
    if (!csv.write(r)) await Promise.race([once(csv, 'drain'), done]);
  }
  if (!failed) csv.end();
  await done;
  return n;
}
