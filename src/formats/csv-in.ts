// Reading a CSV a developer hands over: UTF-8 with or without BOM, or GB18030
// (what Excel writes on a Chinese Windows), detected by whether the bytes are
// valid UTF-8. Node's full ICU decodes GB18030 with no extra package.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { refuse } from '../core/errors.js';

export function decodeCsv(buf: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' } {
  // UTF-16 (what Excel's "Unicode text" and some Windows tools write): by its BOM, or by the
  // zero bytes every ASCII character has in it (never in UTF-8 or GB18030 text).
  const bomLe = buf[0] === 0xff && buf[1] === 0xfe;
  const bomBe = buf[0] === 0xfe && buf[1] === 0xff;
  const sample = buf.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddZeros++ : evenZeros++;
  const half = sample.length / 4;
  if (bomLe || (!bomBe && oddZeros > half && evenZeros === 0)) return { text: new TextDecoder('utf-16le').decode(buf), encoding: 'utf-16le' };
  if (bomBe || (evenZeros > half && oddZeros === 0)) return { text: new TextDecoder('utf-16be').decode(buf), encoding: 'utf-16be' };
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
  // A cell beyond the header's columns would be dropped silently: refuse the file, naming it.
  const extra = body.find((r) => r.record.length > head.record.length && r.record.slice(head.record.length).some((c) => c.trim() !== ''));
  if (extra)
    refuse('E_IMPORT', 'err.csvExtraCells', {
      file,
      line: extra.info.lines,
      column: head.record.length + 1 + extra.record.slice(head.record.length).findIndex((c) => c.trim() !== ''),
      columns: head.record.length,
    });
  return { header: head.record, rows: body.map((r) => ({ line: r.info.lines, cells: r.record })), encoding };
}
