import type { NaclEntry } from '../types.ts';
import type { Context } from './context.ts';
import { error, warning, type Finding } from './finding.ts';
import { covers } from './nacl-cover.ts';

/**
 * Entries are numbered 1–32766, each number once per direction, and the lowest matching number
 * decides; a VPC has exactly one default ACL.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
 */
const FIRST_RULE = 1;
const LAST_RULE = 32766;

export function checkNetworkAcls(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const defaults = new Map<string, string>();
  for (const acl of ctx.scenario.networkAcls) {
    if (acl.isDefault) {
      const first = defaults.get(acl.vpcId);
      if (first === undefined) defaults.set(acl.vpcId, acl.id);
      else {
        findings.push(
          error(
            'nacl-default-multiple',
            acl.id,
            'isDefault',
            `Network ACL ${acl.id} is a second default ACL for VPC ${acl.vpcId}, which already has ${first}.`,
          ),
        );
      }
    }
    for (const direction of ['ingress', 'egress'] as const) {
      findings.push(...checkEntries(ctx, acl.id, direction, acl[direction]));
    }
  }
  return findings;
}

function checkEntries(
  ctx: Context,
  aclId: string,
  direction: 'ingress' | 'egress',
  entries: readonly NaclEntry[],
): Finding[] {
  const findings: Finding[] = [];
  const numbers = new Set<number>();
  entries.forEach(({ ruleNumber }, i) => {
    const field = `${direction}[${i}].ruleNumber`;
    if (ruleNumber < FIRST_RULE || ruleNumber > LAST_RULE) {
      const message = `Rule number ${ruleNumber} in network ACL ${aclId} is outside ${FIRST_RULE}–${LAST_RULE}.`;
      findings.push(error('nacl-rule-number-range', aclId, field, message));
    }
    if (numbers.has(ruleNumber)) {
      const message = `Rule number ${ruleNumber} appears more than once in the ${direction} entries of network ACL ${aclId}.`;
      findings.push(error('nacl-rule-number-duplicate', aclId, field, message));
    }
    numbers.add(ruleNumber);
  });

  // An ACL holds a few dozen entries at most (AWS's quota is 20 per direction by default, 40 at
  // most), so comparing each entry with every lower-numbered one is cheap.
  const order = entries.map((entry, index) => ({ entry, index }));
  order.sort((a, b) => a.entry.ruleNumber - b.entry.ruleNumber || a.index - b.index);
  for (const [position, { entry, index }] of order.entries()) {
    for (const { entry: earlier } of order.slice(0, position)) {
      if (earlier.ruleNumber >= entry.ruleNumber || !covers(earlier, entry, ctx.cidr)) continue;
      findings.push(
        warning(
          'nacl-entry-shadowed',
          aclId,
          `${direction}[${index}]`,
          `Network ACL ${aclId} ${direction} rule ${entry.ruleNumber} (${entry.action} ${entry.cidr}) can never match: rule ${earlier.ruleNumber} (${earlier.action} ${earlier.cidr}) matches all its traffic first.`,
        ),
      );
      break;
    }
  }
  return findings;
}
