import type { Scenario, SecurityGroup, SecurityGroupRule } from '../types.ts';
import { withoutIgnored } from './protocol.ts';
import { fail, ok, type EditResult } from './result.ts';
import { sgRuleError, sgRuleKey } from './sgChecks.ts';
import { findById, missing, replaceAt, updateById } from './util.ts';

export type SgDirection = 'ingress' | 'egress';

/**
 * Adds an inbound or outbound rule to a security group. Refused: a bad protocol, port range, ICMP
 * type/code or CIDR; a peer group that does not exist or is outside the VPC and its peers; and
 * an exact duplicate, which AWS refuses too (InvalidPermission.Duplicate).
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 *
 * @example
 * addSgRule(scenario, 'sg-web', 'ingress', {
 *   protocol: 'tcp', portRange: { from: 443, to: 443 }, peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
 * });
 */
export function addSgRule(
  scenario: Scenario,
  groupId: string,
  direction: SgDirection,
  rule: SecurityGroupRule,
): EditResult<Scenario> {
  return editRules(scenario, groupId, direction, rule, undefined);
}

/**
 * Replaces the rule at `index` (the same checks as `addSgRule`; the rule may equal itself).
 *
 * @example
 * updateSgRule(scenario, 'sg-web', 'ingress', 0, { ...rule, portRange: { from: 80, to: 80 } });
 */
export function updateSgRule(
  scenario: Scenario,
  groupId: string,
  direction: SgDirection,
  index: number,
  rule: SecurityGroupRule,
): EditResult<Scenario> {
  return editRules(scenario, groupId, direction, rule, index);
}

/**
 * Removes the rule at `index`.
 *
 * @example
 * removeSgRule(scenario, 'sg-web', 'egress', 0);
 */
export function removeSgRule(
  scenario: Scenario,
  groupId: string,
  direction: SgDirection,
  index: number,
): EditResult<Scenario> {
  const group = findById(scenario.securityGroups, groupId);
  if (group === undefined) return fail(missing('Security group', groupId));
  if (group[direction][index] === undefined) return fail(noRuleAt(group, direction, index));
  const rules = group[direction].filter((_, i) => i !== index);
  return ok(withGroup(scenario, { ...group, [direction]: rules }));
}

/**
 * Replaces the rule equal to `rule` (as AWS compares rules: descriptions aside) by `replacements`,
 * in its place: the narrowing of a rule into the pieces that keep the rest of what it allowed.
 * A piece the group already has is not added twice. Found by its content rather than its index,
 * so a fix proposed for an earlier state is refused, not applied to another rule.
 *
 * @example
 * replaceSgRule(scenario, 'sg-db', 'ingress', wide, sgRuleWithoutPort(wide, 5432) ?? []);
 */
export function replaceSgRule(
  scenario: Scenario,
  groupId: string,
  direction: SgDirection,
  rule: SecurityGroupRule,
  replacements: readonly SecurityGroupRule[],
): EditResult<Scenario> {
  const group = findById(scenario.securityGroups, groupId);
  if (group === undefined) return fail(missing('Security group', groupId));
  const key = sgRuleKey(rule);
  const index = group[direction].findIndex((r) => sgRuleKey(r) === key);
  if (index < 0) {
    const word = direction === 'ingress' ? 'inbound' : 'outbound';
    return fail(`Security group ${group.id} no longer has that ${word} rule.`);
  }
  const kept = group[direction].filter((_, i) => i !== index);
  const keys = new Set(kept.map(sgRuleKey));
  const pieces: SecurityGroupRule[] = [];
  for (const input of replacements) {
    const problem = sgRuleError(scenario, group, input);
    if (problem !== undefined) return fail(problem);
    const piece = withoutIgnored(input);
    const pieceKey = sgRuleKey(piece);
    if (keys.has(pieceKey)) continue;
    keys.add(pieceKey);
    pieces.push(piece);
  }
  const rules = [...kept.slice(0, index), ...pieces, ...kept.slice(index)];
  return ok(withGroup(scenario, { ...group, [direction]: rules }));
}

function editRules(
  scenario: Scenario,
  groupId: string,
  direction: SgDirection,
  input: SecurityGroupRule,
  index: number | undefined,
): EditResult<Scenario> {
  const group = findById(scenario.securityGroups, groupId);
  if (group === undefined) return fail(missing('Security group', groupId));
  if (index !== undefined && group[direction][index] === undefined) {
    return fail(noRuleAt(group, direction, index));
  }
  const problem = sgRuleError(scenario, group, input);
  if (problem !== undefined) return fail(problem);
  const rule = withoutIgnored(input);
  const key = sgRuleKey(rule);
  if (group[direction].some((r, i) => i !== index && sgRuleKey(r) === key)) {
    return fail(`This rule already exists in ${group.id}.`);
  }
  const rules =
    index === undefined ? [...group[direction], rule] : replaceAt(group[direction], index, rule);
  return ok(withGroup(scenario, { ...group, [direction]: rules }));
}

function noRuleAt(group: SecurityGroup, direction: SgDirection, index: number): string {
  const word = direction === 'ingress' ? 'inbound' : 'outbound';
  return `Security group ${group.id} has no ${word} rule at index ${index}.`;
}

function withGroup(scenario: Scenario, group: SecurityGroup): Scenario {
  return {
    ...scenario,
    securityGroups: updateById(scenario.securityGroups, group.id, () => group),
  };
}
