// PDF output arrives with the reports issue (pdfkit + a CJK font).
import { refuse } from '../domain/errors.js';
import type { Form } from './html.js';

export async function htmlFormsToPdf(_forms: Form[], _ctx: { lang: string; t: unknown; estate: string }): Promise<Buffer> {
  refuse('E_NOT_IMPLEMENTED', 'err.notImplemented', { command: 'print --format pdf' });
}
