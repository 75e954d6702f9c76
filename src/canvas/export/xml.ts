/**
 * Writing SVG as text: escaping and elements. Every piece of text that reaches the document
 * passes through `escapeXml`, so a name like `<img onerror=…>`, `]]>` or `&` stays text, and
 * characters XML 1.0 cannot hold at all (most control characters) are dropped.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** XML 1.0's Char production: what a document may hold at all, escaped or not. */
const isXmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

export function escapeXml(text: string): string {
  let out = '';
  // By code point: a surrogate pair is one character, a lone surrogate is not XML and goes.
  for (const ch of text) {
    const entity = ENTITIES[ch];
    if (entity !== undefined) out += entity;
    else if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  }
  return out;
}

/** A number as an attribute: at most two decimals, no trailing zeros. */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export type AttrValue = string | number | null | undefined | false;
export type Attrs = Readonly<Record<string, AttrValue>>;

function attrsText(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element; `children` are markup already (elements, or text passed through `escapeXml`). */
export function el(tag: string, attrs: Attrs, ...children: readonly string[]): string {
  const inner = children.join('');
  return inner === ''
    ? `<${tag}${attrsText(attrs)}/>`
    : `<${tag}${attrsText(attrs)}>${inner}</${tag}>`;
}

/** A group, left out when it holds nothing. */
export function group(attrs: Attrs, ...children: readonly string[]): string {
  const inner = children.join('');
  return inner === '' ? '' : el('g', attrs, inner);
}
