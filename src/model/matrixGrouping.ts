import { scenarioInterfaces } from './interfaces.ts';
import type { MatrixGroup } from './matrixGroups.ts';
import type { Scenario } from './types.ts';

/** How the matrix gathers its endpoints: by VPC, subnet, security group, a tag's value, or not. */
export type GroupBy =
  | { readonly kind: 'vpc' }
  | { readonly kind: 'subnet' }
  | { readonly kind: 'security-group' }
  | { readonly kind: 'tag'; readonly key: string }
  | { readonly kind: 'none' };

/** The groups of the internet's pieces and of the AWS services, whatever the grouping. */
export const INTERNET_GROUP = 'internet';
export const SERVICES_GROUP = 'aws-services';

export interface GroupingInput {
  /** The matrix's endpoint IDs (an instance's primary interface by the instance ID). */
  readonly endpoints: readonly string[];
  /** Which of them are pieces of the internet. */
  readonly internet: ReadonlySet<number>;
}

/**
 * The matrix's endpoints in groups, in the scenario's order (the internet and the AWS services
 * last). An endpoint is in one group, except by security group: an interface is in each of its
 * groups (one with none, as AWS gives a NAT gateway, in "no security group"). By tag, endpoints
 * without the tag are together.
 *
 * @example
 * groupEndpoints(scenario, { endpoints: m.endpoints, internet: new Set([12]) }, { kind: 'subnet' });
 * // [{ id: 'subnet-0a1…', name: 'public-web', members: [0, 1] }, …, { id: 'internet', … }]
 */
export function groupEndpoints(
  scenario: Scenario,
  input: GroupingInput,
  by: GroupBy,
): MatrixGroup[] {
  const views = new Map(scenarioInterfaces(scenario).map((v) => [v.id, v]));
  const subnets = new Map(scenario.subnets.map((s) => [s.id, s]));
  const groups = new Map<string, { name: string; members: number[]; rank: number }>();
  const add = (id: string, name: string, rank: number, member: number) => {
    let g = groups.get(id);
    if (!g) {
      g = { name, members: [], rank };
      groups.set(id, g);
    }
    g.members.push(member);
  };
  const vpcRank = new Map(scenario.vpcs.map((v, k) => [v.id, k]));
  const subnetRank = new Map(scenario.subnets.map((s, k) => [s.id, k]));
  const sgRank = new Map(scenario.securityGroups.map((g, k) => [g.id, k]));
  const names = {
    vpc: new Map(scenario.vpcs.map((v) => [v.id, v.name || v.id])),
    sg: new Map(scenario.securityGroups.map((g) => [g.id, g.name || g.id])),
  };
  const LAST = Number.MAX_SAFE_INTEGER;
  input.endpoints.forEach((id, i) => {
    const view = views.get(id);
    if (!view) {
      if (input.internet.has(i)) add(INTERNET_GROUP, 'Internet', LAST - 1, i);
      else add(SERVICES_GROUP, 'AWS services', LAST, i);
      return;
    }
    const subnet = subnets.get(view.subnetId);
    switch (by.kind) {
      case 'vpc': {
        const vpcId = subnet?.vpcId ?? '';
        add(vpcId, names.vpc.get(vpcId) ?? vpcId, vpcRank.get(vpcId) ?? LAST - 2, i);
        return;
      }
      case 'subnet':
        add(
          view.subnetId,
          subnet?.name || view.subnetId,
          subnetRank.get(view.subnetId) ?? LAST - 2,
          i,
        );
        return;
      case 'security-group':
        if (view.securityGroupIds.length === 0)
          add('no-security-group', 'no security group', LAST - 2, i);
        for (const g of new Set(view.securityGroupIds))
          add(g, names.sg.get(g) ?? g, sgRank.get(g) ?? LAST - 3, i);
        return;
      case 'tag': {
        const value = view.tags?.[by.key];
        if (value === undefined) add(`no-tag:${by.key}`, `no ${by.key} tag`, LAST - 2, i);
        else add(`tag:${by.key}=${value}`, value, 0, i);
        return;
      }
      default:
        add(id, view.name || id, i, i);
    }
  });
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  return [...groups]
    .sort(([, a], [, b]) => a.rank - b.rank || collator.compare(a.name, b.name))
    .map(([id, g]) => ({ id, name: g.name, members: g.members }));
}

/** The tag keys of a scenario's interfaces and instances, for the tag grouping's choices. */
export function tagKeys(scenario: Scenario): string[] {
  const keys = new Set<string>();
  for (const v of scenarioInterfaces(scenario))
    for (const k of Object.keys(v.tags ?? {})) keys.add(k);
  return [...keys].sort();
}
