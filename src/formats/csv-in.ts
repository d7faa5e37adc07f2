// Reading a CSV a developer hands over: UTF-8 with or without BOM, or GB18030
// (what Excel writes on a Chinese Windows), detected by whether the bytes are
// valid UTF-8. Node's full ICU decodes GB18030 with no extra package.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { refuse } from '../core/errors.js';

export function decodeCsv(buf: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(buf), encoding: 'gb18030' };
  }
}

export interface CsvRows {
  header: string[];
  rows: Array<{ line: number; cells: string[] }>;
  encoding: string;
}

export function readCsv(file: string): CsvRows {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    refuse('E_FILE', 'err.fileRead', { file });
  }
  const { text, encoding } = decodeCsv(buf);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // csv-parse types the result string[][] whatever the options; with `info` each record comes as { record, info }.
    records = parse(text, { info: true, skip_empty_lines: true, relax_column_count: true, bom: true }) as unknown as typeof records;
  } catch (e) {
    refuse('E_IMPORT', 'err.csvSyntax', { file, message: (e as Error).message });
  }
  if (!records.length) refuse('E_IMPORT', 'err.csvEmpty', { file });
  const [head, ...body] = records;
  return { header: head.record, rows: body.map((r) => ({ line: r.info.lines, cells: r.record })), encoding };
}
