import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * A prefix list holds CIDR blocks of its own address family only, and at most its maximum number
 * of entries. https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
 */
export function checkPrefixLists(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const list of ctx.scenario.prefixLists) {
    const entries = list.entries ?? [];
    if (list.maxEntries !== undefined && entries.length > list.maxEntries) {
      findings.push(
        error(
          'prefix-list-max-entries',
          list.id,
          'entries',
          `Prefix list ${list.id} has ${entries.length} entries; its maximum is ${list.maxEntries}.`,
        ),
      );
    }
    const family = list.addressFamily === 'IPv4' ? 4 : 6;
    entries.forEach((entry, i) => {
      const range = ctx.cidr(entry.cidr);
      if (range === null || range.family === family) return;
      findings.push(
        error(
          'prefix-list-entry-family',
          list.id,
          `entries[${i}].cidr`,
          `Entry ${entry.cidr} of prefix list ${list.id} is not ${list.addressFamily}, the list's address family.`,
        ),
      );
    });
  }
  return findings;
}
