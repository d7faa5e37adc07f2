// PDF without a browser: pdfkit with Noto Sans SC (@embedpdf/fonts-sc, OFL),
// embedded as a subset. Two inputs: a report document model (formats/doc.ts)
// and our printable forms, drawn from the same HTML the browser would print
// (headings, paragraphs, tables, signature lines, page per form).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pageText, type Doc } from './doc.js';
import { parseHtml, textOf, type HNode } from './htmltree.js';
import type { Io } from '../core/io.js';

type PDFDoc = PDFKit.PDFDocument;

function fonts(): { regular: string } {
  const req = createRequire(import.meta.url);
  // The package's `exports` hides fonts/: go from its main file to ../fonts.
  const dir = path.join(path.dirname(req.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  return { regular: path.join(dir, 'NotoSansHans-Regular.otf') };
}

/** The part of pdfkit's embedded font (and of fontkit's font) that the fast layout below uses. */
interface GlyphLike {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface EmbeddedFontLike {
  font: { glyphForCodePoint(cp: number): GlyphLike };
  scale: number;
  layoutRun?: (text: string) => unknown;
}

/**
 * Measure and lay out text from the font's cmap and advance widths, one cached glyph per
 * character, instead of fontkit's OpenType shaper: shaping parses the CJK font's GSUB/GPOS
 * tables and ran for every new cell text (~40 % of the PDF's extra time, issue 22). Chinese,
 * digits and Latin need no shaping to print; only kerning is lost.
 */
function fastLayout(f: EmbeddedFontLike, undrawable: Set<string>): void {
  const cache = new Map<number, { glyph: GlyphLike; adv: number }>();
  f.layoutRun = (text: string) => {
    const glyphs: GlyphLike[] = [];
    const positions: Array<Record<string, number>> = [];
    let advanceWidth = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      let g = cache.get(cp);
      if (!g) {
        const glyph = f.font.glyphForCodePoint(cp);
        if (glyph.id === 0 && cp > 0x20) undrawable.add(ch); // .notdef: the font has no such character (issue 18.8)
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

/** Text set in 'bold' is filled and stroked with a thin line (faux bold of the one embedded font). */
function fauxBold(doc: PDFDoc): void {
  let bold = false;
  const font = doc.font.bind(doc) as (...a: unknown[]) => PDFDoc;
  const text = doc.text.bind(doc) as (...a: unknown[]) => PDFDoc;
  const d = doc as unknown as { font: (...a: unknown[]) => PDFDoc; text: (...a: unknown[]) => PDFDoc };
  d.font = (...a: unknown[]) => {
    bold = a[0] === 'bold';
    return font(...a);
  };
  d.text = (...a: unknown[]) => {
    if (!bold) return text(...a);
    const last = a.length > 1 && typeof a[a.length - 1] === 'object' && a[a.length - 1] !== null;
    const args = last ? [...a.slice(0, -1), { ...(a[a.length - 1] as object), fill: true, stroke: true }] : [...a, { fill: true, stroke: true }];
    doc.lineWidth(0.35);
    const r = text(...args);
    doc.lineWidth(1);
    return r;
  };
}

/** Who hears that a character could not be drawn: the command's Io (its language and stderr). */
export type PdfWarn = Pick<Io, 't' | 'stderr'>;

/** Issue 18.8: a character the font cannot draw is not dropped silently; one line on stderr names each once. */
function warnUndrawable(undrawable: Set<string>, io?: PdfWarn): void {
  if (!io || !undrawable.size) return;
  const hex = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  io.stderr(io.t('out.undrawable', { chars: [...undrawable].map((ch) => `${ch} (${hex(ch)})`).join(' ') }));
}

async function newDoc(title: string, bufferPages = false): Promise<{ doc: PDFDoc; done: Promise<Buffer>; undrawable: Set<string> }> {
  const { default: PDFDocument } = await import('pdfkit');
  // bufferPages: a report goes back over its pages to number them once it knows how many there are.
  const doc = new PDFDocument({ size: 'A4', margin: 42, bufferPages, info: { Title: title, Producer: 'pmdesk' } });
  const f = fonts();
  // One font file, read, parsed and subset once: 'bold' is the same embedded font drawn
  // filled and stroked (a second 8 MB OTF cost ~30 % of the PDF's extra time, issue 22).
  doc.registerFont('body', f.regular);
  doc.registerFont('bold', f.regular);
  const inner = doc as unknown as { _font: EmbeddedFontLike; _fontFamilies: Record<string, EmbeddedFontLike> };
  doc.font('body');
  const undrawable = new Set<string>();
  fastLayout(inner._font, undrawable);
  inner._fontFamilies.bold = inner._font;
  fauxBold(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done, undrawable };
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
    if (v === undefined) measured.set(t, (v = doc.widthOfString(t)));
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
      doc.text(String(c ?? ''), x + 4, y + 4, one[i] ? { lineBreak: false } : { width: w[i] - 8 });
      doc.fillColor('#000000');
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

type SvgToPdf = (doc: PDFDoc, svg: string, x: number, y: number, o: Record<string, unknown>) => void;

/**
 * The report's charts, the same SVG as the HTML, two to a row (svg-to-pdfkit).
 * Its text would be Helvetica, which has no Chinese: every text in the chart uses the CJK font.
 */
function drawCharts(doc: PDFDoc, charts: Array<{ svg?: string }>): void {
  const svgs = charts.map((c) => c.svg).filter((x): x is string => !!x);
  if (!svgs.length) return;
  const draw = createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;
  const w = (width(doc) - 10) / 2;
  const h = w * (230 / 520);
  for (let i = 0; i < svgs.length; i += 2) {
    ensure(doc, h + 6);
    const y = doc.y;
    for (const [j, svg] of svgs.slice(i, i + 2).entries()) {
      draw(doc, svg, doc.page.margins.left + j * (w + 10), y, {
        width: w,
        height: h,
        fontCallback: () => 'body',
        preserveAspectRatio: 'xMidYMid meet',
      });
    }
    doc.x = doc.page.margins.left;
    doc.y = y + h + 6;
  }
  doc.font('body').fillColor('#000000');
}

/** A report (report monthly, report units) as PDF. */
export async function docToPdf(d: Doc, io?: PdfWarn): Promise<Buffer> {
  const { doc, done, undrawable } = await newDoc(d.title, true);
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
  const { doc, done, undrawable } = await newDoc(title);
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
        drawTable(doc, headRow ? firstRow.map((c) => textOf(c).trim()) : null, body, { fontSize: 10, headerCol });
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
