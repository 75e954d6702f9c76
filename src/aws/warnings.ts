/**
 * A warning that matters to some flows only: those whose path touches one of `scope` (VPC,
 * transit gateway, interface, endpoint… IDs). What the engine does not model (a virtual private
 * gateway, a VPN attachment, a Gateway Load Balancer endpoint…) could change the path of those
 * flows, so the CLI repeats the line in their `warnings` (spec/cli-analyze.md, `<file>`).
 */
export interface ScopedWarning {
  readonly line: string;
  readonly scope: readonly string[];
}

/**
 * What the bundle holds that the scenario cannot (an unmodelled route target, a second address
 * block…). Each warning is one line naming the AWS resource it is about, so the CLI can print it
 * as `warning: <line>` and the app can list it; the same line is never given twice. A warning
 * with a scope is also one the CLI gives the flows it could change.
 */
export class ImportWarnings {
  readonly #lines: string[] = [];
  readonly #scopes = new Map<string, Set<string>>();

  /** Adds `<resourceId>: <message>`, for the flows touching `scope` too when one is given. */
  add(resourceId: string, message: string, scope?: readonly string[]): void {
    const line = `${resourceId}: ${message}`;
    let known = this.#scopes.get(line);
    if (!known) {
      known = new Set();
      this.#scopes.set(line, known);
      this.#lines.push(line);
    }
    for (const id of scope ?? []) known.add(id);
  }

  list(): string[] {
    return [...this.#lines];
  }

  /** The warnings that have a scope, each with every ID it was given. */
  scoped(): ScopedWarning[] {
    return this.#lines.flatMap((line) => {
      const scope = this.#scopes.get(line);
      return scope && scope.size > 0 ? [{ line, scope: [...scope] }] : [];
    });
  }
}

/** Keeps the first of several items with the same ID (two merged outputs may repeat one). */
export function firstOfEachId<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  warnings: ImportWarnings,
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const id = idOf(item);
    if (seen.has(id)) {
      warnings.add(id, 'is listed more than once; the first is used');
      continue;
    }
    seen.add(id);
    out.push(item);
  }
  return out;
}
