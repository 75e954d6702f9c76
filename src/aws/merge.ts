import { isPlainObject } from './sections.ts';

/**
 * Merges several describe-* outputs into one bundle, like `jq -s add`: a shallow merge where a
 * later key wins, except that two arrays under the same key are concatenated, so paginated or
 * per-region outputs of one command add up instead of replacing each other, and two objects under
 * the same key (`PrefixListEntries`, `TransitGatewayRoutes`, keyed by ID) are merged the same way
 * one level down. `null` inputs are skipped (as `jq add` does); the first input that is not an
 * object is returned as it is, so the importer reports it rather than the merge hiding it.
 */
export function mergeDescribeOutputs(outputs: readonly unknown[]): unknown {
  const merged: Record<string, unknown> = {};
  for (const output of outputs) {
    if (output === null || output === undefined) continue;
    if (!isPlainObject(output)) return output;
    for (const [key, value] of Object.entries(output)) {
      const previous = merged[key];
      if (isPlainObject(previous) && isPlainObject(value)) {
        const inner: Record<string, unknown> = { ...previous };
        for (const [k, v] of Object.entries(value)) inner[k] = add(inner[k], v);
        merged[key] = inner;
      } else merged[key] = add(previous, value);
    }
  }
  return merged;
}

function add(previous: unknown, value: unknown): unknown {
  return Array.isArray(previous) && Array.isArray(value) ? [...previous, ...value] : value;
}
