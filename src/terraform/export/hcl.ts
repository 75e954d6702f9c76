import type { Expr, FileItem, Item } from './ir.ts';

/**
 * Writes HCL in the layout `terraform fmt` leaves unchanged: two spaces per level, the `=` of
 * consecutive one-line attributes aligned, blank lines around nested blocks and multi-line
 * values, one blank line between top-level blocks (the test runs the formatter over every
 * export and expects no change).
 * https://developer.hashicorp.com/terraform/language/style
 */
export function renderHcl(items: readonly FileItem[]): string {
  const parts = items.map((item) => {
    if (item.type === 'comment') return commentLines(item.lines, '');
    const head = [item.type, ...item.labels.map(quote)].join(' ');
    const above = item.comment ? `${commentLines(item.comment, '')}\n` : '';
    return `${above}${head} {\n${renderBody(item.body, INDENT)}}`;
  });
  return `${parts.join('\n\n')}\n`;
}

const INDENT = '  ';

function commentLines(lines: readonly string[], indent: string): string {
  return lines.map((l) => (l === '' ? `${indent}#` : `${indent}# ${l}`)).join('\n');
}

type Chunk =
  | { readonly kind: 'line'; readonly name: string; readonly value: string }
  | { readonly kind: 'text'; readonly text: string };

function renderBody(items: readonly Item[], indent: string): string {
  const chunks: Chunk[] = items.map((item) => {
    switch (item.kind) {
      case 'attribute': {
        const value = renderExpr(item.value, indent);
        return value.includes('\n')
          ? { kind: 'text', text: `${indent}${item.name} = ${value}` }
          : { kind: 'line', name: item.name, value };
      }
      case 'block': {
        const head = [item.type, ...item.labels.map(quote)].join(' ');
        const inner = renderBody(item.body, indent + INDENT);
        return { kind: 'text', text: `${indent}${head} {\n${inner}${indent}}` };
      }
      case 'comment':
        return { kind: 'text', text: commentLines(item.lines, indent) };
    }
  });
  const out: string[] = [];
  let run: Extract<Chunk, { kind: 'line' }>[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const width = Math.max(...run.map((l) => l.name.length));
    if (out.length > 0) out.push('');
    out.push(...run.map((l) => `${indent}${l.name.padEnd(width)} = ${l.value}`));
    run = [];
  };
  for (const chunk of chunks) {
    if (chunk.kind === 'line') {
      run.push(chunk);
      continue;
    }
    flush();
    if (out.length > 0) out.push('');
    out.push(chunk.text);
  }
  flush();
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** An expression, on one line when it fits; lists and maps that do not fit take one per line. */
export function renderExpr(expr: Expr, indent: string): string {
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value === 'string' ? quote(expr.value) : String(expr.value);
    case 'traversal':
      return expr.path;
    case 'keyword':
      return expr.word;
    case 'id':
      // Resolved before writing (ExportContext.resolveId); a stray one stays a literal ID.
      return quote(expr.id);
    case 'template':
      return `"${expr.parts.map((p) => (typeof p === 'string' ? escape(p) : `\${${renderExpr(p, indent)}}`)).join('')}"`;
    case 'call':
      return `${expr.name}(${expr.args.map((a) => renderExpr(a, indent)).join(', ')})`;
    case 'list': {
      const items = expr.items.map((i) => renderExpr(i, indent + INDENT));
      const inline = `[${items.join(', ')}]`;
      if (!items.some((i) => i.includes('\n')) && inline.length <= 72) return inline;
      return `[\n${items.map((i) => `${indent}${INDENT}${i},`).join('\n')}\n${indent}]`;
    }
    case 'map': {
      if (expr.entries.length === 0) return '{}';
      const keys = expr.entries.map(([k]) => mapKey(k));
      const width = Math.max(...keys.map((k) => k.length));
      const lines = expr.entries.map(
        ([, v], i) =>
          `${indent}${INDENT}${(keys[i] as string).padEnd(width)} = ${renderExpr(v, indent + INDENT)}`,
      );
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
  }
}

function mapKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : quote(key);
}

export function quote(text: string): string {
  return `"${escape(text)}"`;
}

/** A string literal's text: escapes, and `${` / `%{` doubled so they stay literal. */
function escape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{')
    .replace(/[^ -~\u00a0-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
