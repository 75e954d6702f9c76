import type { SecurityGroupRule } from '../../model/types.ts';
import { withPreset } from '../rules/match.ts';

/**
 * How the rule row's peer and description controls map onto a security-group rule. The model's
 * edit functions judge the result (a malformed CIDR, a group outside the VPC and its peers).
 */
export type PeerKind = SecurityGroupRule['peer']['kind'];

export function peerKindOf(rule: SecurityGroupRule): PeerKind {
  return rule.peer.kind;
}

/** Everywhere, for a rule switched to a CIDR peer. */
export const ANYWHERE_IPV4 = '0.0.0.0/0';

/**
 * The rule with the other kind of peer: a CIDR starts at 0.0.0.0/0, a group at `defaultGroupId`
 * (the rule's own group, which is always allowed), a prefix list at `defaultPrefixListId` (the
 * scenario's first).
 */
export function withPeerKind(
  rule: SecurityGroupRule,
  kind: PeerKind,
  defaultGroupId: string,
  defaultPrefixListId = '',
): SecurityGroupRule {
  if (rule.peer.kind === kind) return rule;
  return {
    ...rule,
    peer:
      kind === 'cidr'
        ? { kind: 'cidr', cidr: ANYWHERE_IPV4 }
        : kind === 'group'
          ? { kind: 'group', groupId: defaultGroupId }
          : { kind: 'prefixList', prefixListId: defaultPrefixListId },
  };
}

/** The rule toward a prefix list (a service's blocks through a gateway endpoint, an office's). */
export function withPeerPrefixList(
  rule: SecurityGroupRule,
  prefixListId: string,
): SecurityGroupRule {
  return { ...rule, peer: { kind: 'prefixList', prefixListId } };
}

export function withPeerCidr(rule: SecurityGroupRule, cidr: string): SecurityGroupRule {
  return { ...rule, peer: { kind: 'cidr', cidr } };
}

export function withPeerGroup(rule: SecurityGroupRule, groupId: string): SecurityGroupRule {
  return { ...rule, peer: { kind: 'group', groupId } };
}

/** The rule with a description; an empty one removes it. */
export function withDescription(rule: SecurityGroupRule, text: string): SecurityGroupRule {
  if (text.trim() !== '') return { ...rule, description: text };
  const next = { ...rule };
  delete next.description;
  return next;
}

export const DIRECTION_WORDS = {
  ingress: { title: 'Inbound rules', peer: 'Source', one: 'inbound rule' },
  egress: { title: 'Outbound rules', peer: 'Destination', one: 'outbound rule' },
} as const;

/** A new rule of a preset (the console's "Type") toward a CIDR. */
export function ruleFromPreset(
  preset: Pick<SecurityGroupRule, 'protocol' | 'portRange' | 'icmpTypeCode'>,
  cidr: string,
): SecurityGroupRule {
  return withPreset({ protocol: 'all', peer: { kind: 'cidr', cidr } }, preset);
}
