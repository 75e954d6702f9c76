import { formatCidr, parseCidr } from '../ip.ts';
import type { Scenario, SecurityGroup, SecurityGroupRule, SgPeer } from '../types.ts';
import { matchError, matchKey } from './protocol.ts';
import { cidrError } from './syntax.ts';
import { findById, missing, peeredVpcIds } from './util.ts';

/**
 * Checks shared by the security-group edits.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 */

const DESCRIPTION_LIMIT = 255;

/**
 * Why a rule cannot go into `group`: bad protocol, ports, ICMP or CIDR, or a peer group that does
 * not exist or is neither in the group's VPC nor in a VPC peered with it (AWS allows both).
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html
 *
 * @example
 * sgRuleError(scenario, group, rule); // undefined when the rule may be added
 */
export function sgRuleError(
  scenario: Scenario,
  group: SecurityGroup,
  rule: SecurityGroupRule,
): string | undefined {
  const match = matchError('This rule', rule);
  if (match !== undefined) return match;
  if (rule.description !== undefined && rule.description.length > DESCRIPTION_LIMIT) {
    return `A rule description can be at most ${DESCRIPTION_LIMIT} characters.`;
  }
  const { peer } = rule;
  switch (peer.kind) {
    case 'cidr':
      return cidrError(peer.cidr);
    case 'prefixList':
      return peer.prefixListId.trim() === ''
        ? 'A prefix list rule needs a prefix list ID.'
        : undefined;
    case 'group': {
      const other = findById(scenario.securityGroups, peer.groupId);
      if (other === undefined) return missing('Security group', peer.groupId);
      if (other.vpcId === group.vpcId || peeredVpcIds(scenario, group.vpcId).has(other.vpcId)) {
        return undefined;
      }
      return `Security group ${other.id} belongs to ${other.vpcId}, which is neither ${group.vpcId} nor peered with it.`;
    }
  }
}

/**
 * Equal for rules AWS would call duplicates: the same match and peer (descriptions aside).
 *
 * @example
 * sgRuleKey(a) === sgRuleKey(b); // true for AWS duplicates
 */
export function sgRuleKey(rule: SecurityGroupRule): string {
  return `${matchKey(rule)}|${peerKey(rule.peer)}`;
}

function peerKey(peer: SgPeer): string {
  switch (peer.kind) {
    case 'cidr': {
      const range = parseCidr(peer.cidr);
      return range === null ? `c:${peer.cidr}` : `c:${formatCidr(range)}`;
    }
    case 'group':
      return `g:${peer.groupId}`;
    case 'prefixList':
      return `p:${peer.prefixListId}`;
  }
}

/**
 * Why an instance (`who`: `instance i-0abc`, `the new instance`) in `vpcId` cannot carry these groups: one missing, one of another VPC, or
 * more than the quota. https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
 *
 * @example
 * groupsForInstanceError(scenario, 'the new instance', 'vpc-a', ['sg-web']); // undefined
 */
export function groupsForInstanceError(
  scenario: Scenario,
  who: string,
  vpcId: string,
  groupIds: readonly string[],
): string | undefined {
  for (const groupId of groupIds) {
    const group = findById(scenario.securityGroups, groupId);
    if (group === undefined) return missing('Security group', groupId);
    if (group.vpcId !== vpcId) {
      return `Security group ${groupId} belongs to ${group.vpcId}, but ${who} is in ${vpcId}.`;
    }
  }
  const quota = scenario.quotas.securityGroupsPerInterface;
  if (groupIds.length > quota) {
    return `An instance can carry at most ${quota} security groups (the scenario's quota); ${groupIds.length} were given.`;
  }
  return undefined;
}
