// Printable forms (R-902): eta templates from templates/, one HTML document
// (A4, print CSS) holding one or more forms, each on its own page. Values are
// escaped by eta; personal data arrives already masked unless --unmask.
import fs from 'node:fs';
import path from 'node:path';
import { Eta } from 'eta';
import { packageRoot } from '../core/paths.js';
import type { Lang } from '../core/io.js';
import { ruleCited, say, stepWord } from '../core/words.js';

export interface Form {
  template: string; // file under templates/forms/, without .eta
  title: string;
  data: Record<string, unknown>;
}

let eta: Eta | undefined;

function engine(): Eta {
  eta ??= new Eta({ views: path.join(packageRoot(), 'templates'), autoEscape: true, cache: true });
  return eta;
}

/**
 * Render forms into one HTML document. `t` and `lang` are available in templates as it.t / it.lang;
 * it.w(scope, list, code) and it.step(step) give a closed value's words, it.rule(rule) the rule id a
 * deadline cites (issue 18).
 */
export function renderForms(forms: Form[], ctx: { lang: Lang; t: (k: string, p?: Record<string, unknown>) => string; estate: string }): string {
  const e = engine();
  const body = forms
    .map((f) => {
      const file = path.join(packageRoot(), 'templates', 'forms', `${f.template}.eta`);
      if (!fs.existsSync(file)) throw new Error(`template not found: ${file}`);
      return `<section class="form">\n${e.render(`./forms/${f.template}`, {
        ...f.data,
        title: f.title,
        lang: ctx.lang,
        t: ctx.t,
        w: (scope: string, list: string, code: unknown) => say(ctx.t, scope, list, code),
        step: (step: string) => stepWord(ctx.t, step),
        rule: (rule: string) => ruleCited(rule),
        estate: ctx.estate,
      })}\n</section>`;
    })
    .join('\n');
  return e.render('./layout', { title: forms.map((f) => f.title).join(' / '), lang: ctx.lang, body });
}
