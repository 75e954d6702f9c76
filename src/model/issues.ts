/** A problem found at a trust boundary: where (a JSON path like `scenario.vpcs[0].cidrBlocks[1]`) and what. */
export interface ParseIssue {
  readonly path: string;
  readonly message: string;
}

export type Result<T, E = ParseIssue[]> = { ok: true; value: T } | { ok: false; errors: E };

/** Formats a zod-style path (`['vpcs', 0, 'cidrBlocks', 1]`) as `vpcs[0].cidrBlocks[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Short, safe rendering of a bad value for a message: `"abc"`, `70000`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return `an ${typeof value}`;
}
