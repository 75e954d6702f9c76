/**
 * What the bundle holds that the scenario cannot (an unmodelled route target, a prefix list, a
 * second interface…). Each warning is one line naming the AWS resource it is about, so the CLI can
 * print it as `warning: <line>` and the app can list it; the same line is never given twice.
 */
export class ImportWarnings {
  readonly #lines: string[] = [];
  readonly #seen = new Set<string>();

  /** Adds `<resourceId>: <message>`. */
  add(resourceId: string, message: string): void {
    const line = `${resourceId}: ${message}`;
    if (this.#seen.has(line)) return;
    this.#seen.add(line);
    this.#lines.push(line);
  }

  list(): string[] {
    return [...this.#lines];
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
