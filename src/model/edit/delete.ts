import type { Scenario } from '../types.ts';
import { applyDeletion, planDeletion, type DeletionEffects } from './cascade.ts';
import { count, label, listWords } from './util.ts';

/**
 * Deleting from the canvas: what goes with a selection (for the confirmation) and the deletion
 * itself. The rules are in cascade.ts.
 */

interface Described {
  readonly label: string;
  /** Plural noun for the summary's counts; `undefined` for parts implied by their VPC. */
  readonly kind: readonly [string, string] | undefined;
  readonly keptReason?: string;
}

const KIND_ORDER = [
  'subnet',
  'instance',
  'security group',
  'network ACL',
  'route table',
  'internet gateway',
  'NAT gateway',
  'peering connection',
  'internet host',
  'network interface',
  'prefix list',
  'VPC endpoint',
  'egress-only internet gateway',
  'transit gateway',
  'transit gateway attachment',
  'transit gateway route table',
  'saved flow',
] as const;

function describe(scenario: Scenario): Map<string, Described> {
  const out = new Map<string, Described>();
  const put = (items: ReadonlyArray<{ id: string; name: string }>, kind: string) => {
    for (const x of items) out.set(x.id, { label: label(x), kind: [kind, `${kind}s`] });
  };
  put(scenario.vpcs, 'VPC');
  put(scenario.subnets, 'subnet');
  put(scenario.instances, 'instance');
  put(scenario.internetGateways, 'internet gateway');
  put(scenario.natGateways, 'NAT gateway');
  put(scenario.peeringConnections, 'peering connection');
  put(scenario.internetHosts, 'internet host');
  put(scenario.networkInterfaces, 'network interface');
  put(scenario.prefixLists, 'prefix list');
  put(scenario.vpcEndpoints, 'VPC endpoint');
  put(scenario.egressOnlyInternetGateways, 'egress-only internet gateway');
  put(scenario.transitGateways, 'transit gateway');
  put(scenario.transitGatewayAttachments, 'transit gateway attachment');
  put(scenario.transitGatewayRouteTables, 'transit gateway route table');
  put(scenario.flows, 'saved flow');
  for (const g of scenario.securityGroups) {
    out.set(
      g.id,
      g.isDefault
        ? { label: label(g), kind: undefined, keptReason: "a VPC's default security group" }
        : { label: label(g), kind: ['security group', 'security groups'] },
    );
  }
  for (const a of scenario.networkAcls) {
    out.set(
      a.id,
      a.isDefault
        ? { label: label(a), kind: undefined, keptReason: "a VPC's default network ACL" }
        : { label: label(a), kind: ['network ACL', 'network ACLs'] },
    );
  }
  for (const t of scenario.routeTables) {
    out.set(
      t.id,
      t.main
        ? { label: label(t), kind: undefined, keptReason: "a VPC's main route table" }
        : { label: label(t), kind: ['route table', 'route tables'] },
    );
  }
  return out;
}

/**
 * Everything that goes with the given resources, and a sentence saying so for the confirmation.
 * Unknown IDs are ignored; a VPC's default group, default ACL and main table stay unless their
 * VPC goes too.
 *
 * @example
 * deletionCascade(scenario, ['vpc-0abc']).summary;
 * // 'Deleting vpc-0abc (prod) also deletes 3 subnets, 6 instances and 1 NAT gateway.'
 */
export function deletionCascade(
  scenario: Scenario,
  ids: readonly string[],
): { ids: string[]; summary: string } {
  const plan = planDeletion(scenario, ids);
  const { effects } = applyDeletion(scenario, plan.deleted);
  const words = describe(scenario);
  const ordered = orderedIds(scenario, plan.deleted);
  const selected = new Set(plan.selected);
  const counts = new Map<string, number>();
  for (const id of ordered) {
    const kind = words.get(id)?.kind;
    if (selected.has(id) || kind === undefined) continue;
    counts.set(kind[0], (counts.get(kind[0]) ?? 0) + 1);
  }
  const also = KIND_ORDER.filter((k) => counts.has(k)).map((k) => {
    const n = counts.get(k) ?? 0;
    return count(n, k);
  });
  const parts = [
    ...(also.length > 0 ? [`also deletes ${listWords(also)}`] : []),
    ...effectWords(effects),
  ];
  const labels = plan.selected.map((id) => words.get(id)?.label ?? id);
  const subject = labels.length <= 3 ? listWords(labels) : `${labels.length} resources`;
  const sentences: string[] = [];
  if (labels.length === 0) sentences.push('Nothing to delete.');
  else if (parts.length === 0) sentences.push(`Deleting ${subject} affects nothing else.`);
  else sentences.push(`Deleting ${subject} ${joinParts(parts)}.`);
  for (const id of plan.kept) {
    const d = words.get(id);
    sentences.push(`${d?.label ?? id} stays: ${d?.keptReason ?? 'it'} goes only with its VPC.`);
  }
  return { ids: ordered, summary: sentences.join(' ') };
}

/**
 * Deletes the resources and everything that goes with them (see `deletionCascade`).
 *
 * @example
 * const { scenario: next, removed } = deleteResources(scenario, selection);
 */
export function deleteResources(
  scenario: Scenario,
  ids: readonly string[],
): { scenario: Scenario; removed: string[] } {
  const plan = planDeletion(scenario, ids);
  if (plan.deleted.size === 0) return { scenario, removed: [] };
  const { scenario: next } = applyDeletion(scenario, plan.deleted);
  return { scenario: next, removed: orderedIds(scenario, plan.deleted) };
}

function effectWords(e: DeletionEffects): string[] {
  const out: string[] = [];
  if (e.detachedGateways.length > 0) {
    const gateways = e.detachedGateways.length === 1 ? 'internet gateway' : 'internet gateways';
    out.push(`detaches ${gateways} ${listWords(e.detachedGateways)}`);
  }
  if (e.blackholedRoutes > 0) {
    out.push(
      e.blackholedRoutes === 1
        ? 'turns 1 route into a blackhole'
        : `turns ${e.blackholedRoutes} routes into blackholes`,
    );
  }
  if (e.removedRules > 0) {
    out.push(`removes ${count(e.removedRules, 'security group rule')} naming a deleted group`);
  }
  if (e.instancesRegrouped > 0) {
    out.push(`detaches a deleted group from ${count(e.instancesRegrouped, 'instance')}`);
  }
  if (e.subnetsToDefaultAcl > 0) {
    out.push(`returns ${count(e.subnetsToDefaultAcl, 'subnet')} to the default network ACL`);
  }
  if (e.subnetsToMainTable > 0) {
    out.push(`returns ${count(e.subnetsToMainTable, 'subnet')} to the main route table`);
  }
  return out;
}

/** `a`, `a and b`, `a, b, and c`: the parts hold lists of their own that use plain "and". */
function joinParts(parts: readonly string[]): string {
  if (parts.length <= 2) return parts.join(', and ');
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1] ?? ''}`;
}

function orderedIds(scenario: Scenario, deleted: ReadonlySet<string>): string[] {
  return [
    ...scenario.vpcs,
    ...scenario.subnets,
    ...scenario.instances,
    ...scenario.securityGroups,
    ...scenario.networkAcls,
    ...scenario.routeTables,
    ...scenario.internetGateways,
    ...scenario.natGateways,
    ...scenario.peeringConnections,
    ...scenario.internetHosts,
    ...scenario.networkInterfaces,
    ...scenario.prefixLists,
    ...scenario.vpcEndpoints,
    ...scenario.egressOnlyInternetGateways,
    ...scenario.transitGateways,
    ...scenario.transitGatewayAttachments,
    ...scenario.transitGatewayRouteTables,
    ...scenario.flows,
  ]
    .map((x) => x.id)
    .filter((id) => deleted.has(id));
}
