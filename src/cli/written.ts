// One voice for a file the program wrote (issue 18.6): `written: /path (3 pages)`,
// `已写出：/path (3 页)` — pages for a PDF (counted in the file), rows for a table.
import fs from 'node:fs';
import path from 'node:path';
import type { Io } from '../core/io.js';

/** The pages of a PDF file (pdfkit writes each page's dictionary in the clear); undefined for any other file. */
export function pdfPages(file: string): number | undefined {
  if (!/\.pdf$/i.test(file)) return undefined;
  try {
    return fs.readFileSync(file, 'latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length;
  } catch {
    return undefined;
  }
}

/** One line a file written: its absolute path and how much is in it (pages, or the `rows` given). */
export function written(io: Io, files: string | string[], what: { rows?: number; bytes?: number } = {}): string {
  return (Array.isArray(files) ? files : [files])
    .map((f) => {
      const pages = pdfPages(f);
      const [key, n] =
        pages !== undefined
          ? ['pages', pages]
          : what.rows !== undefined
            ? ['rows', what.rows]
            : what.bytes !== undefined
              ? ['bytes', what.bytes]
              : [];
      const size = key ? io.t(`out.${key}${n === 1 ? '1' : ''}`, { n }) : '';
      return io.t('out.written', { file: path.resolve(f), size });
    })
    .join('\n');
}
