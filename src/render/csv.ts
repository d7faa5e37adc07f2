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

/** Stream rows into a file (created 0600) or stdout; memory stays flat. Returns the row count. */
export async function streamCsv(header: string[], rows: Iterable<unknown[]>, out: string | null, bom: boolean): Promise<number> {
  const dest: Writable = out ? fs.createWriteStream(out, { flags: 'wx', mode: 0o600 }) : process.stdout;
  const csv = stringify({ bom, escape_formulas: true, record_delimiter: 'windows' });
  csv.pipe(dest, { end: !!out });
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
