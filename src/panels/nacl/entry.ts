import type { NaclEntry } from '../../model/types.ts';
import { withPreset, type Match } from '../rules/match.ts';

/**
 * How the ACL editor's controls map onto entries, and the words it shows. Whether an entry is
 * acceptable (its number, ports, CIDR) is the model's to say.
 */
export const DIRECTION_TITLES = { ingress: 'Inbound rules', egress: 'Outbound rules' } as const;

/**
 * AWS lists a final `*` rule per direction that denies whatever no numbered rule matched (and a
 * second one for IPv6 in a VPC with an IPv6 block). It is implied, never stored.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 */
export const STAR_RULE_TEXT = [
  { family: 4, cidr: '0.0.0.0/0', text: '* · all traffic · 0.0.0.0/0 · deny' },
  { family: 6, cidr: '::/0', text: '* · all traffic · ::/0 · deny' },
] as const;

export function withAction(entry: NaclEntry, action: string): NaclEntry {
  return { ...entry, action: action === 'deny' ? 'deny' : 'allow' };
}

export function withCidr(entry: NaclEntry, cidr: string): NaclEntry {
  return { ...entry, cidr };
}

export function withRuleNumber(entry: NaclEntry, ruleNumber: number): NaclEntry {
  return { ...entry, ruleNumber };
}

/** A new entry of a preset (the console's "Type"), as the add form describes it. */
export function entryFromPreset(
  preset: Match,
  ruleNumber: number,
  action: NaclEntry['action'],
  cidr: string,
): NaclEntry {
  return withPreset({ ruleNumber, action, cidr, protocol: 'all' }, preset);
}
