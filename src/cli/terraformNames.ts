import type { BlockedBy, Hop, Trace } from '../engine/index.ts';

// Placeholder IDs look like `sg-tf3f9a0c1d2e4b5a` (terraform/import/ids.ts).
const PLACEHOLDER = /\b[a-z]+(?:-[a-z]+)*-tf[0-9a-f]{14}\b/g;

/**
 * Replaces the IDs made up at a Terraform import by the addresses they stand for, wherever the
 * output shows them: "a `resourceId` unknown until apply is the resource's Terraform address"
 * (spec/ci-check.md). Nothing changes when `names` is empty.
 */
export function withAddresses(text: string, names: ReadonlyMap<string, string>): string {
  if (names.size === 0) return text;
  return text.replace(PLACEHOLDER, (id) => names.get(id) ?? id);
}

export function traceWithAddresses(trace: Trace, names: ReadonlyMap<string, string>): Trace {
  if (names.size === 0) return trace;
  const name = (s: string) => withAddresses(s, names);
  const hops = trace.hops.map((h): Hop => ({
    ...h,
    resourceId: name(h.resourceId),
    reason: name(h.reason),
  }));
  const blockedBy: BlockedBy | null = trace.blockedBy
    ? { ...trace.blockedBy, resourceId: name(trace.blockedBy.resourceId) }
    : null;
  return { ...trace, hops, blockedBy, warnings: trace.warnings.map(name) };
}

/** A report (plain data) with every placeholder ID in its strings replaced by its Terraform address. */
export function reportWithAddresses<T>(report: T, names: ReadonlyMap<string, string>): T {
  if (names.size === 0) return report;
  return JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
    typeof value === 'string' ? withAddresses(value, names) : value,
  ) as T;
}
