/**
 * A small model of a Terraform configuration, between the scenario and its two syntaxes (HCL and
 * JSON): expressions, attributes, nested blocks and comments, in the order they are written.
 * https://developer.hashicorp.com/terraform/language/syntax/configuration
 */

export type Expr =
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  /** `aws_vpc.main.id`, `var.region`. */
  | { readonly kind: 'traversal'; readonly path: string }
  /** A bare word that is not an expression of values: a variable's `type = string`. */
  | { readonly kind: 'keyword'; readonly word: string }
  /** `"com.amazonaws.${var.region}.s3"`. */
  | { readonly kind: 'template'; readonly parts: readonly (string | Expr)[] }
  /** `cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, 1)`. */
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly kind: 'list'; readonly items: readonly Expr[] }
  | { readonly kind: 'map'; readonly entries: readonly (readonly [string, Expr])[] }
  /**
   * A model ID, to be replaced by the expression that stands for it once every resource is
   * named (a route may name an endpoint written later, and the endpoint the route's table).
   */
  | { readonly kind: 'id'; readonly id: string };

export type Item =
  | { readonly kind: 'attribute'; readonly name: string; readonly value: Expr }
  | {
      readonly kind: 'block';
      readonly type: string;
      readonly labels: readonly string[];
      readonly body: readonly Item[];
    }
  | { readonly kind: 'comment'; readonly lines: readonly string[] };

/** A top-level block (`resource`, `variable`…) with the comment lines written above it. */
export interface TopBlock {
  readonly type: 'terraform' | 'provider' | 'variable' | 'data' | 'resource';
  readonly labels: readonly string[];
  readonly body: readonly Item[];
  readonly comment?: readonly string[];
}

/** One file: top-level blocks, and comment paragraphs between them. */
export type FileItem = TopBlock | { readonly type: 'comment'; readonly lines: readonly string[] };

export const str = (value: string): Expr => ({ kind: 'literal', value });
export const num = (value: number): Expr => ({ kind: 'literal', value });
export const bool = (value: boolean): Expr => ({ kind: 'literal', value });
export const ref = (path: string): Expr => ({ kind: 'traversal', path });
export const list = (items: readonly Expr[]): Expr => ({ kind: 'list', items });

export function attr(name: string, value: Expr | undefined): Item[] {
  return value === undefined ? [] : [{ kind: 'attribute', name, value }];
}

export function block(type: string, body: readonly Item[], labels: readonly string[] = []): Item {
  return { kind: 'block', type, labels, body };
}

export function comment(...lines: string[]): Item {
  return { kind: 'comment', lines };
}

/** `tags = { Name = "web-1", … }`: the Name first, then the other tags by key. */
export function tags(name: string, extra: Readonly<Record<string, string>> = {}): Item[] {
  const entries: (readonly [string, Expr])[] = [];
  if (name.trim() !== '') entries.push(['Name', str(name)]);
  for (const key of Object.keys(extra).sort()) {
    if (key !== 'Name') entries.push([key, str(extra[key] as string)]);
  }
  return entries.length === 0 ? [] : attr('tags', { kind: 'map', entries });
}

export function resource(
  type: string,
  name: string,
  body: readonly Item[],
  commentLines?: readonly string[],
): TopBlock {
  return {
    type: 'resource',
    labels: [type, name],
    body,
    ...(commentLines ? { comment: commentLines } : {}),
  };
}
