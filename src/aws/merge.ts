import { isPlainObject } from './sections.ts';

/**
 * Merges several describe-* outputs into one bundle, like `jq -s add`: a shallow merge where a
 * later key wins, except that two arrays under the same key are concatenated, so paginated or
 * per-region outputs of one command add up instead of replacing each other. `null` inputs are
 * skipped (as `jq add` does); the first input that is not an object is returned as it is, so the
 * importer reports it rather than the merge hiding it.
 */
export function mergeDescribeOutputs(outputs: readonly unknown[]): unknown {
  const merged: Record<string, unknown> = {};
  for (const output of outputs) {
    if (output === null || output === undefined) continue;
    if (!isPlainObject(output)) return output;
    for (const [key, value] of Object.entries(output)) {
      const previous = merged[key];
      merged[key] =
        Array.isArray(previous) && Array.isArray(value) ? [...previous, ...value] : value;
    }
  }
  return merged;
}
