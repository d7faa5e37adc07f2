// PDF without a browser: pdfkit with Noto Sans Hans (@embedpdf/fonts-sc, OFL; a small
// cut of it in data/fonts, the full font for rare characters), embedded as a subset. Two inputs: a report document model (formats/doc.ts)
// and our printable forms, drawn from the same HTML the browser would print
// (headings, paragraphs, tables, signature lines, page per form).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pageText, type Chart, type Doc } from './doc.js';
import { PALETTE } from './palette.js';
import { dataFile } from '../core/paths.js';
import { parseHtml, textOf, type HNode } from './htmltree.js';
import type { Io } from '../core/io.js';

type PDFDoc = PDFKit.PDFDocument;

/**
 * The fonts: 'body' is data/fonts/PmdeskHansSubset-Regular.otf, Noto Sans Hans cut down to
 * GB2312's level-1 hanzi, symbols, Latin and pmdesk's own texts (build/font-subset.py; 1 MB
 * instead of 8 MB: parsing it and subsetting it into the PDF cost ~0.3 s less, issue 22).
 * A text with a character outside it (a rare name) is set in the full font, `full`.
 */
function fonts(): { subset: string; full: string } {
  const req = createRequire(import.meta.url);
  // The package's `exports` hides fonts/: go from its main file to ../fonts.
  const dir = path.join(path.dirname(req.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  const full = path.join(dir, 'NotoSansHans-Regular.otf');
  const subset = dataFile(path.join('fonts', 'PmdeskHansSubset-Regular.otf'));
  return { subset: fs.existsSync(subset) ? subset : full, full };
}

/** The part of pdfkit's embedded font (and of fontkit's font) that the fast layout below uses. */
interface GlyphLike {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface EmbeddedFontLike {
  font: { glyphForCodePoint(cp: number): GlyphLike; hasGlyphForCodePoint(cp: number): boolean };
  scale: number;
  layoutRun?: (text: string) => unknown;
}

/**
 * Measure and lay out text from the font's cmap and advance widths, one cached glyph per
 * character, instead of fontkit's OpenType shaper: shaping parses the CJK font's GSUB/GPOS
 * tables and ran for every new cell text (~40 % of the PDF's extra time, issue 22). Chinese,
 * digits and Latin need no shaping to print; only kerning is lost.
 */
/** A font's text width in thousandths of the font size, from the same per-character cache as its layout. */
const advances = new WeakMap<EmbeddedFontLike, (text: string) => number>();

function fastLayout(f: EmbeddedFontLike, undrawable?: Set<string>): void {
  const cache = new Map<number, { glyph: GlyphLike; adv: number }>();
  advances.set(f, (text: string) => {
    let w = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      let g = cache.get(cp);
      if (!g) {
        const glyph = f.font.glyphForCodePoint(cp);
        g = { glyph, adv: glyph.advanceWidth * f.scale };
        cache.set(cp, g);
      }
      w += g.adv;
    }
    return w;
  });
  f.layoutRun = (text: string) => {
    const glyphs: GlyphLike[] = [];
    const positions: Array<Record<string, number>> = [];
    let advanceWidth = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      let g = cache.get(cp);
      if (!g) {
        const glyph = f.font.glyphForCodePoint(cp);
        if (glyph.id === 0 && cp > 0x20) undrawable?.add(ch); // .notdef: the font has no such character (issue 18.8)
        g = { glyph, adv: glyph.advanceWidth * f.scale };
        cache.set(cp, g);
      }
      glyphs.push(g.glyph);
      positions.push({ xAdvance: g.adv, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: g.adv });
      advanceWidth += g.adv;
    }
    return { glyphs, positions, advanceWidth };
  };
}

/**
 * Text set in 'bold' is filled and stroked with a thin line (faux bold of the one embedded font).
 * A text with a character the subset lacks is measured and drawn in the full font (loaded then).
 */
function fontRules(doc: PDFDoc, fullFile: string, undrawable: Set<string>): { line: Line; measure: (text: string) => number } {
  let bold = false;
  const inner = doc as unknown as { _font: EmbeddedFontLike; _fontFamilies: Record<string, EmbeddedFontLike> };
  const subset = inner._font;
  const font = doc.font.bind(doc) as (...a: unknown[]) => PDFDoc;
  const text = doc.text.bind(doc) as (...a: unknown[]) => PDFDoc;
  const widthOf = doc.widthOfString.bind(doc) as (...a: unknown[]) => number;
  const heightOf = doc.heightOfString.bind(doc) as (...a: unknown[]) => number;
  const covered = new Map<number, boolean>();
  const inSubset = (t: unknown) => {
    if (typeof t !== 'string') return true;
    for (const ch of t) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x7f) continue;
      let ok = covered.get(cp);
      if (ok === undefined) covered.set(cp, (ok = subset.font.hasGlyphForCodePoint(cp) || /\s/.test(ch)));
      if (!ok) return false;
    }
    return true;
  };
  let full: EmbeddedFontLike | undefined;
  /** Run `f` in the full font when the text needs it (the current font is the subset). */
  const fitting = <R>(t: unknown, f: () => R): R => {
    if (inner._font !== subset || inSubset(t)) return f();
    if (!full) {
      doc.registerFont('full', fullFile);
      font('full');
      full = inner._font;
      fastLayout(full, undrawable);
    }
    inner._font = full;
    try {
      return f();
    } finally {
      inner._font = subset;
    }
  };
  const d = doc as unknown as {
    font: (...a: unknown[]) => PDFDoc;
    text: (...a: unknown[]) => PDFDoc;
    widthOfString: (...a: unknown[]) => number;
    heightOfString: (...a: unknown[]) => number;
  };
  d.font = (...a: unknown[]) => {
    bold = a[0] === 'bold';
    return font(...a);
  };
  d.widthOfString = (...a: unknown[]) => fitting(a[0], () => widthOf(...a));
  d.heightOfString = (...a: unknown[]) => fitting(a[0], () => heightOf(...a));
  d.text = (...a: unknown[]) =>
    fitting(a[0], () => {
      if (!bold) return text(...a);
      const last = a.length > 1 && typeof a[a.length - 1] === 'object' && a[a.length - 1] !== null;
      const args = last ? [...a.slice(0, -1), { ...(a[a.length - 1] as object), fill: true, stroke: true }] : [...a, { fill: true, stroke: true }];
      doc.lineWidth(0.35);
      const r = text(...args);
      doc.lineWidth(1);
      return r;
    });
  // One line of text at (x, y), written as one BT…ET of the font's glyph ids: what doc.text does
  // for it, without the line wrapper and its save/transform/restore calls (a table's cells, issue 22).
  const n = (v: number) => Math.round(v * 100) / 100;
  const page = doc as unknown as { page: { height: number; fonts: Record<string, unknown> }; _fontSize: number; addContent(s: string): void };
  const line: Line = (t, x, y) => {
    if (!t) return;
    const f = inner._font as EmbeddedFontLike & { id: string; ascender: number; encode(t: string): [string[]]; ref(): unknown };
    if (f !== subset || t.includes('\n') || !inSubset(t)) {
      d.text(t, x, y, { lineBreak: false });
      return;
    }
    const [hex] = f.encode(t);
    page.page.fonts[f.id] ??= f.ref();
    const size = page._fontSize;
    const h = page.page.height;
    const by = h - y - (f.ascender / 1000) * size;
    page.addContent(
      `q 1 0 0 -1 0 ${n(h)} cm BT 1 0 0 1 ${n(x)} ${n(by)} Tm /${f.id} ${n(size)} Tf ${bold ? '0.35 w 2 Tr ' : ''}<${hex.join('')}> Tj ET Q`,
    );
  };
  // A one-line text's width, as doc.widthOfString gives it, summed from the cached advances.
  const measure = (t: string) => {
    const adv = advances.get(inner._font);
    if (!adv || inner._font !== subset || t.includes('\n') || !inSubset(t)) return d.widthOfString(t);
    return (adv(t) / 1000) * page._fontSize;
  };
  return { line, measure };
}

type Line = (text: string, x: number, y: number) => void;

/** Who hears that a character could not be drawn: the command's Io (its language and stderr). */
export type PdfWarn = Pick<Io, 't' | 'stderr'>;

/** Issue 18.8: a character the font cannot draw is not dropped silently; one line on stderr names each once. */
function warnUndrawable(undrawable: Set<string>, io?: PdfWarn): void {
  if (!io || !undrawable.size) return;
  const hex = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  io.stderr(io.t('out.undrawable', { chars: [...undrawable].map((ch) => `${ch} (${hex(ch)})`).join(' ') }));
}

async function newDoc(
  title: string,
  bufferPages = false,
): Promise<{ doc: PDFDoc; done: Promise<Buffer>; line: Line; measure: (text: string) => number; undrawable: Set<string> }> {
  const { default: PDFDocument } = await import('pdfkit');
  // bufferPages: a report goes back over its pages to number them once it knows how many there are.
  const doc = new PDFDocument({ size: 'A4', margin: 42, bufferPages, info: { Title: title, Producer: 'pmdesk' } });
  const f = fonts();
  // One font file, read, parsed and subset once: 'bold' is the same embedded font drawn
  // filled and stroked (a second 8 MB OTF cost ~30 % of the PDF's extra time, issue 22).
  doc.registerFont('body', f.subset);
  doc.registerFont('bold', f.subset);
  const inner = doc as unknown as { _font: EmbeddedFontLike; _fontFamilies: Record<string, EmbeddedFontLike> };
  doc.font('body');
  const undrawable = new Set<string>();
  fastLayout(inner._font, undrawable);
  inner._fontFamilies.bold = inner._font;
  const { line, measure } = fontRules(doc, f.full, undrawable);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done, line, measure, undrawable };
}

const width = (doc: PDFDoc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

function ensure(doc: PDFDoc, h: number): void {
  if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Runs of printable ASCII without blanks, up to 24 characters: record and unit numbers, phones, times. */
const CODE = /[!-~]{2,24}/g;

/** Per column, the width its widest code-like token needs on one line (with the trailing blank pdfkit measures, and padding). */
function codeWidths(rows: string[][], cols: number, widthOf: (t: string) => number): number[] {
  const least = new Array<number>(cols).fill(0);
  for (const r of rows)
    for (let i = 0; i < cols; i++) for (const m of String(r[i] ?? '').matchAll(CODE)) least[i] = Math.max(least[i], widthOf(`${m[0]} `) + 10);
  return least;
}

/**
 * Widths from the natural ones scaled to `total`, but never below `least` (issue 18.8: the repair log broke
 * `BX-2026-0` / `001`): a column that would be narrower keeps its least width and the others share the rest.
 * When even that cannot fit, the plain scaling.
 */
function keepCodesWhole(natural: number[], least: number[], total: number): number[] {
  const pinned = new Set<number>();
  for (;;) {
    const fixed = [...pinned].reduce((a, i) => a + least[i], 0);
    const free = natural.reduce((a, x, i) => (pinned.has(i) ? a : a + x), 0);
    if (fixed >= total || free <= 0) break;
    const w = natural.map((x, i) => (pinned.has(i) ? least[i] : (x * (total - fixed)) / free));
    const short = w.map((x, i) => (!pinned.has(i) && x < least[i] ? i : -1)).filter((i) => i >= 0);
    if (!short.length) return w;
    for (const i of short) pinned.add(i);
  }
  const sum = natural.reduce((a, b) => a + b, 0);
  return natural.map((x) => (x * total) / sum);
}

/** A grid table with wrapped cells; header row shaded. */
function drawTable(
  doc: PDFDoc,
  { line, measure }: { line: Line; measure: (text: string) => number },
  head: string[] | null,
  rows: string[][],
  opts: { fontSize?: number; headerCol?: boolean; marks?: Array<'pass' | 'miss' | null> } = {},
): void {
  const fs = opts.fontSize ?? 9;
  const cols = Math.max(head?.length ?? 0, ...rows.map((r) => r.length), 1);
  const total = width(doc);
  doc.fontSize(fs);
  // Each cell's text measured once (issue 22: measuring and wrapping every cell twice was most of a table's cost).
  const measured = new Map<string, number>();
  const widthOf = (t: string) => {
    let v = measured.get(t);
    if (v === undefined) measured.set(t, (v = measure(t)));
    return v;
  };
  // Column widths by content, each at least 8% of the page, then scaled to fit.
  const natural = Array.from({ length: cols }, (_, i) =>
    Math.max(total * 0.08, ...[head ?? [], ...rows].map((r) => Math.min(widthOf(String(r[i] ?? '')) + 10, total * 0.6))),
  );
  const w = keepCodesWhole(natural, codeWidths([head ?? [], ...rows], cols, widthOf), total);
  const x0 = doc.page.margins.left;
  const lineH = doc.currentLineHeight(true);
  const drawRow = (cells: string[], header: boolean, mark: 'pass' | 'miss' | null = null) => {
    doc.font(header ? 'bold' : 'body').fontSize(fs);
    // A cell that fits on one line is drawn as one line, without the line wrapper.
    const one = cells.map((c, i) => !String(c ?? '').includes('\n') && widthOf(String(c ?? '')) <= w[i] - 8);
    const h = Math.max(...cells.map((c, i) => (one[i] ? lineH : doc.heightOfString(String(c ?? ''), { width: w[i] - 8 })))) + 8;
    ensure(doc, h);
    let x = x0;
    const y = doc.y;
    cells.forEach((c, i) => {
      if (header || (opts.headerCol && i === 0)) doc.rect(x, y, w[i], h).fillAndStroke('#eeeeee', '#000000').fillColor('#000000');
      else if (mark === 'miss' && i === cells.length - 1) doc.rect(x, y, w[i], h).fillAndStroke('#fdecea', '#000000').fillColor('#000000');
      else doc.rect(x, y, w[i], h).stroke();
      // A KPI's pass/miss word in colour (issue 22): green meets its target, red misses it.
      if (mark && i === cells.length - 1) doc.fillColor(mark === 'pass' ? '#1a7f37' : '#c62828');
      if (one[i]) line(String(c ?? ''), x + 4, y + 4);
      else doc.text(String(c ?? ''), x + 4, y + 4, { width: w[i] - 8 });
      if (mark && i === cells.length - 1) doc.fillColor('#000000');
      x += w[i];
    });
    doc.x = x0;
    doc.y = y + h;
  };
  if (head) drawRow(head, true);
  for (const [ri, r] of rows.entries()) {
    drawRow(
      Array.from({ length: cols }, (_, i) => r[i] ?? ''),
      false,
      opts.marks?.[ri] ?? null,
    );
  }
  doc.font('body');
  doc.moveDown(0.5);
}

/** Signature lines side by side, each a rule with its label under it. */
function drawSignatures(doc: PDFDoc, parts: string[]): void {
  ensure(doc, 60);
  doc.moveDown(1.5);
  const w = width(doc) / Math.max(parts.length, 1);
  const y = doc.y;
  parts.forEach((p, i) => {
    const x = doc.page.margins.left + i * w;
    doc
      .moveTo(x + 4, y)
      .lineTo(x + w - 8, y)
      .stroke();
    doc
      .font('body')
      .fontSize(10)
      .text(p, x + 4, y + 4, { width: w - 12 });
  });
  doc.x = doc.page.margins.left;
  doc.y = y + 40;
}

/** The estate and month at the head and the page number at the bottom of every page (issue 22). */
function runningHeads(doc: PDFDoc, d: Doc): void {
  if (!d.running && !d.pageLabel) return;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { left, bottom } = doc.page.margins;
    doc.page.margins.bottom = 0; // text in the margin must not open a page
    doc.font('body').fontSize(8).fillColor('#444444');
    if (d.running) doc.text(d.running, left, 22, { width: width(doc), lineBreak: false });
    if (d.pageLabel)
      doc.text(pageText(d.pageLabel, i - range.start + 1, range.count), left, doc.page.height - 30, {
        width: width(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.fillColor('#000000');
    doc.page.margins.bottom = bottom;
  }
}

/** A round step for about `n` intervals up to `max`: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(max: number, n = 5): number {
  const raw = max / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= raw) ?? 10) * p;
}

/**
 * One chart drawn straight from the report's data with pdfkit's own lines, rectangles and
 * text (issue 22): the same series, colours, target line and titles as the HTML's ECharts
 * SVG, without rendering that SVG and parsing it back (echarts SSR plus svg-to-pdfkit were
 * ~0.45 s of the PDF's extra time on the 1-year estate). Text is the CJK font.
 */
function drawChart(doc: PDFDoc, c: Chart, x: number, y: number, w: number, h: number): void {
  const many = c.series.length > 1;
  const rotate = c.x.length > 8;
  const fmt = (v: number, step: number) =>
    c.percent ? `${Math.round(v * 100)}%` : v.toLocaleString('en-US', { maximumFractionDigits: step < 1 ? (step < 0.1 ? 2 : 1) : 0 });
  const all = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const target = c.target ?? null;
  let top: number;
  let step: number;
  if (c.percent) {
    top = 1;
    step = 0.2;
  } else {
    const max = Math.max(...all, target ?? 0, 0) || 1;
    step = niceStep(max);
    top = Math.ceil(max / step - 1e-9) * step;
  }
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  doc.font('body');
  doc.fontSize(5.5);
  const tickW = Math.max(...ticks.map((v) => doc.widthOfString(fmt(v, step))));
  const left = x + tickW + 6;
  const right = x + w - 6;
  const plotTop = y + 16;
  const plotBottom = y + h - (rotate ? 20 : 10) - (many ? 10 : 0);
  const yOf = (v: number) => plotBottom - (v / top) * (plotBottom - plotTop);
  // Title, centred.
  doc.fontSize(7.5).fillColor('#333333');
  const tw = doc.widthOfString(c.title);
  doc.text(c.title, x + (w - tw) / 2, y + 2, { lineBreak: false });
  // Value axis: labels and light grid lines.
  doc.fontSize(5.5).fillColor('#6e7079');
  doc.lineWidth(0.4).strokeColor('#e0e6f1');
  for (const v of ticks) {
    const ty = yOf(v);
    doc.moveTo(left, ty).lineTo(right, ty).stroke();
    const label = fmt(v, step);
    doc.text(label, left - 4 - doc.widthOfString(label), ty - 2.5, { lineBreak: false });
  }
  doc.strokeColor('#6e7079').moveTo(left, plotBottom).lineTo(right, plotBottom).stroke();
  // Category axis: one slot per x, labels under the slot's middle (turned when there are many).
  const slot = (right - left) / Math.max(c.x.length, 1);
  const mid = (i: number) => left + slot * (i + 0.5);
  c.x.forEach((label, i) => {
    const lw = doc.widthOfString(label);
    if (rotate) {
      doc.save();
      doc.rotate(-30, { origin: [mid(i), plotBottom + 3] });
      doc.text(label, mid(i) - lw, plotBottom + 3, { lineBreak: false });
      doc.restore();
    } else doc.text(label, mid(i) - lw / 2, plotBottom + 3, { lineBreak: false });
  });
  // Series.
  c.series.forEach((s, si) => {
    const colour = PALETTE[si % PALETTE.length];
    if (c.kind === 'bar') {
      const group = slot * 0.7;
      const bw = group / c.series.length;
      doc.fillColor(colour);
      s.values.forEach((v, i) => {
        if (v === null || v <= 0) return;
        const bx = mid(i) - group / 2 + si * bw;
        doc.rect(bx, yOf(v), bw, plotBottom - yOf(v)).fill();
      });
      if (bw >= 9) {
        doc.fillColor('#333333').fontSize(5);
        s.values.forEach((v, i) => {
          if (v === null) return;
          const label = v.toLocaleString('en-US');
          const bx = mid(i) - group / 2 + si * bw + bw / 2;
          doc.text(label, bx - doc.widthOfString(label) / 2, yOf(v) - 6, { lineBreak: false });
        });
      }
      return;
    }
    doc.lineWidth(1).strokeColor(colour);
    let open = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        open = false;
        return;
      }
      if (open) doc.lineTo(mid(i), yOf(v));
      else doc.moveTo(mid(i), yOf(v));
      open = true;
    });
    doc.stroke();
    doc.lineWidth(0.6);
    s.values.forEach((v, i) => {
      if (v !== null) doc.circle(mid(i), yOf(v), 1.3).fillAndStroke('#ffffff', colour);
    });
  });
  // The target: a dashed red line with its label at the right end.
  if (target !== null && target <= top) {
    const ty = yOf(target);
    doc.lineWidth(0.8).strokeColor('#c62828').dash(3, { space: 2 }).moveTo(left, ty).lineTo(right, ty).stroke().undash();
    if (c.targetLabel) {
      doc.fontSize(5.5).fillColor('#c62828');
      doc.text(c.targetLabel, right - doc.widthOfString(c.targetLabel), ty - 7, { lineBreak: false });
    }
  }
  // Legend under the chart when there is more than one series.
  if (many) {
    doc.fontSize(5.5);
    const items = c.series.map((s) => ({ name: s.name, w: 10 + doc.widthOfString(s.name) + 8 }));
    let lx = x + (w - items.reduce((a, b) => a + b.w, 0)) / 2;
    const ly = y + h - 7;
    items.forEach((it, si) => {
      doc.rect(lx, ly, 7, 4).fill(PALETTE[si % PALETTE.length]);
      doc.fillColor('#333333').text(it.name, lx + 9, ly - 1, { lineBreak: false });
      lx += it.w;
    });
  }
  doc.lineWidth(1).strokeColor('#000000').fillColor('#000000');
}

/** The report's charts, two to a row, each drawn from its data (drawChart). */
function drawCharts(doc: PDFDoc, charts: Chart[]): void {
  if (!charts.length) return;
  const w = (width(doc) - 10) / 2;
  const h = w * (230 / 520);
  for (let i = 0; i < charts.length; i += 2) {
    ensure(doc, h + 6);
    const y = doc.y;
    for (const [j, c] of charts.slice(i, i + 2).entries()) drawChart(doc, c, doc.page.margins.left + j * (w + 10), y, w, h);
    doc.x = doc.page.margins.left;
    doc.y = y + h + 6;
  }
  doc.font('body').fontSize(9).fillColor('#000000');
}

/** A report (report monthly, report units) as PDF. */
export async function docToPdf(d: Doc, io?: PdfWarn): Promise<Buffer> {
  const { doc, done, undrawable, ...cell } = await newDoc(d.title, true);
  doc.font('bold').fontSize(16).text(d.title, { align: 'center' });
  doc.font('body').fontSize(10).text(d.subtitle, { align: 'center' }).moveDown();
  for (const s of d.sections) {
    ensure(doc, 60);
    doc.font('bold').fontSize(12).text(s.title).moveDown(0.3);
    doc.font('body').fontSize(9);
    for (const l of s.lines ?? []) doc.text(l);
    if (s.lines?.length) doc.moveDown(0.3);
    drawCharts(doc, s.charts ?? []);
    for (const t of s.tables) {
      if (t.title) doc.font('bold').fontSize(10).text(t.title).font('body');
      drawTable(
        doc,
        cell,
        t.head,
        t.rows.map((r) => r.map((c) => (c === null ? '' : String(c)))),
        { marks: t.marks },
      );
    }
    doc.moveDown(0.5);
  }
  if (d.signatures?.length) drawSignatures(doc, d.signatures);
  if (d.foot)
    doc
      .font('body')
      .fontSize(8)
      .text(d.foot, doc.page.margins.left, doc.y, { align: 'right', width: width(doc) });
  runningHeads(doc, d);
  doc.end();
  warnUndrawable(undrawable, io);
  return done;
}

/** Printable forms: the HTML of render/html.ts drawn block by block, one page per form. */
export async function htmlToPdf(html: string, title: string, io?: PdfWarn): Promise<Buffer> {
  const { doc, done, undrawable, ...cell } = await newDoc(title);
  const root = parseHtml(html);
  let first = true;
  const walk = (n: HNode) => {
    if (n.tag === '#text') {
      const t = (n.text ?? '').trim();
      if (t) doc.font('body').fontSize(10).text(t);
      return;
    }
    switch (n.tag) {
      case 'section':
        if (!first) doc.addPage();
        first = false;
        n.children.forEach(walk);
        return;
      case 'h1':
        doc.font('bold').fontSize(16).text(textOf(n).trim(), { align: 'center' }).font('body').moveDown(0.3);
        return;
      case 'h2':
      case 'h3':
        doc.font('bold').fontSize(12).text(textOf(n).trim()).font('body').moveDown(0.2);
        return;
      case 'table': {
        const trs: HNode[] = [];
        const collect = (x: HNode) => (x.tag === 'tr' ? trs.push(x) : x.children.forEach(collect));
        collect(n);
        const cells = (tr: HNode) => tr.children.filter((c) => c.tag === 'td' || c.tag === 'th');
        const firstRow = trs[0] ? cells(trs[0]) : [];
        const headRow = firstRow.length > 0 && firstRow.every((c) => c.tag === 'th');
        const body = (headRow ? trs.slice(1) : trs).map((tr) => cells(tr).map((c) => textOf(c).trim()));
        const headerCol = !headRow && trs.some((tr) => cells(tr)[0]?.tag === 'th');
        drawTable(doc, cell, headRow ? firstRow.map((c) => textOf(c).trim()) : null, body, { fontSize: 10, headerCol });
        return;
      }
      case 'div':
        if (n.cls.includes('signatures')) {
          drawSignatures(
            doc,
            n.children.filter((c) => c.tag !== '#text').map((c) => textOf(c).trim()),
          );
          return;
        }
        if (
          n.cls.some((c) => ['meta', 'estate', 'copies'].includes(c)) ||
          n.children.every((c) => c.tag === '#text' || c.tag === 'span' || c.tag === 'br' || c.tag === 'b' || c.tag === 'strong')
        ) {
          const t = (
            n.cls.includes('meta')
              ? n.children
                  .map((c) => textOf(c).trim())
                  .filter(Boolean)
                  .join('    ')
              : textOf(n)
          ).trim();
          if (t)
            doc
              .font('body')
              .fontSize(n.cls.includes('copies') ? 8 : 10)
              .text(t, { align: n.cls.includes('estate') ? 'center' : n.cls.includes('copies') ? 'right' : 'left' })
              .moveDown(0.2);
          return;
        }
        n.children.forEach(walk);
        return;
      case 'p':
      case 'li': {
        const t = textOf(n).trim();
        if (t)
          doc
            .font('body')
            .fontSize(10)
            .text(n.tag === 'li' ? `• ${t}` : t)
            .moveDown(0.2);
        return;
      }
      default:
        n.children.forEach(walk);
    }
  };
  walk(root);
  doc.end();
  warnUndrawable(undrawable, io);
  return done;
}
