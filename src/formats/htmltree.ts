// A small HTML reader for our own form templates (render/pdf.ts draws forms
// from the same HTML the browser prints). It understands well-formed markup
// as eta renders it: elements, attributes (class only), text, entities.
export interface HNode {
  tag: string; // '#text' for text
  cls: string[];
  text?: string;
  children: HNode[];
}

const VOID = new Set(['br', 'meta', 'hr', 'img', 'input', 'link', 'col']);
const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENT[e.toLowerCase()] ?? m;
  });
}

export function parseHtml(html: string): HNode {
  const root: HNode = { tag: 'root', cls: [], children: [] };
  const stack: HNode[] = [root];
  const re = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(\/?)>|([^<]+)/gi;
  let m: RegExpExecArray | null;
  let skip = 0; // inside <style>/<script>/<head>
  while ((m = re.exec(html))) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      if (!skip && m[5].trim()) top.children.push({ tag: '#text', cls: [], text: decode(m[5].replace(/\s+/g, ' ')), children: [] });
      continue;
    }
    if (!m[2]) continue;
    const tag = m[2].toLowerCase();
    if (['style', 'script', 'head', 'title'].includes(tag)) {
      skip += m[1] ? -1 : 1;
      continue;
    }
    if (skip) continue;
    if (m[1]) {
      const i = stack.map((n) => n.tag).lastIndexOf(tag);
      if (i > 0) stack.length = i;
      continue;
    }
    const cls = /class\s*=\s*"([^"]*)"/i.exec(m[3])?.[1].split(/\s+/).filter(Boolean) ?? [];
    const node: HNode = { tag, cls, children: [] };
    top.children.push(node);
    if (!VOID.has(tag) && !m[4]) stack.push(node);
  }
  return root;
}

/** All text under a node, with <br> as a newline. */
export function textOf(n: HNode): string {
  if (n.tag === '#text') return n.text ?? '';
  if (n.tag === 'br') return '\n';
  return n.children
    .map(textOf)
    .join('')
    .replace(/[ \t]+\n/g, '\n');
}
