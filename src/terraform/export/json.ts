import { renderExpr } from './hcl.ts';
import type { Expr, FileItem, Item } from './ir.ts';

type Json = string | number | boolean | Json[] | { [key: string]: Json };

/**
 * The same configuration in Terraform's JSON syntax (`*.tf.json`): strings are templates, so a
 * reference is `"${aws_vpc.main.id}"` and a literal `${` is doubled; a nested block is an object,
 * or an array of objects when repeated; comments are `"//"` properties, which Terraform ignores.
 * https://developer.hashicorp.com/terraform/language/syntax/json
 */
export function renderJson(items: readonly FileItem[]): string {
  const root: Record<string, Json> = {};
  const notes: string[] = [];
  for (const item of items) {
    if (item.type === 'comment') {
      notes.push(item.lines.join(' ').trim());
      continue;
    }
    const body = bodyObject(item.body, item.type === 'terraform' || item.type === 'variable');
    if (item.comment) body['//'] = item.comment.join(' ').trim();
    // `resource "aws_vpc" "main"` → resource.aws_vpc.main; `variable "region"` → variable.region.
    let parent = (root[item.type] ??= {}) as Record<string, Json>;
    const labels = item.labels.length === 0 ? [] : item.labels;
    if (labels.length === 0) {
      Object.assign(parent, body);
      continue;
    }
    labels.slice(0, -1).forEach((label) => {
      parent = (parent[label] ??= {}) as Record<string, Json>;
    });
    parent[labels.at(-1) as string] = body;
  }
  const out: Record<string, Json> = notes.length > 0 ? { '//': notes.join(' ') } : {};
  return `${JSON.stringify({ ...out, ...root }, null, 2)}\n`;
}

/** `literalTypes`: a variable's `type` and the `terraform` block's constraints are not templates. */
function bodyObject(items: readonly Item[], literalTypes: boolean): Record<string, Json> {
  const out: Record<string, Json> = {};
  const comments: string[] = [];
  const blocks = new Map<string, Record<string, Json>[]>();
  for (const item of items) {
    if (item.kind === 'comment') comments.push(item.lines.join(' ').trim());
    else if (item.kind === 'attribute') {
      out[item.name] =
        item.name === 'depends_on' ? dependsOn(item.value) : value(item.value, literalTypes);
    } else {
      const list = blocks.get(item.type) ?? [];
      list.push(bodyObject(item.body, literalTypes));
      blocks.set(item.type, list);
    }
  }
  for (const [type, list] of blocks) out[type] = list.length === 1 ? (list[0] as Json) : list;
  return comments.length > 0 ? { '//': comments.join(' '), ...out } : out;
}

/** `depends_on` names resources, not values: bare addresses, not templates. */
function dependsOn(expr: Expr): Json {
  return expr.kind === 'list' ? expr.items.map((i) => renderExpr(i, '')) : renderExpr(expr, '');
}

function value(expr: Expr, literalTypes: boolean): Json {
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value === 'string' ? literal(expr.value) : expr.value;
    case 'keyword':
      return literalTypes ? expr.word : `\${${expr.word}}`;
    case 'list':
      return expr.items.map((i) => value(i, literalTypes));
    case 'map':
      return Object.fromEntries(expr.entries.map(([k, v]) => [k, value(v, literalTypes)]));
    case 'template':
      return expr.parts
        .map((p) => (typeof p === 'string' ? literal(p) : `\${${renderExpr(p, '')}}`))
        .join('');
    default:
      return `\${${renderExpr(expr, '')}}`;
  }
}

/** A literal string: `${` and `%{` would start a template, so they are doubled. */
function literal(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, '%%{');
}
