import type { IdPrefix } from '../ids.ts';
import type { PeeringConnection, RouteTable, Scenario, SecurityGroup } from '../types.ts';

/**
 * Small helpers every edit family shares: look-ups by ID, copy-on-write array updates that keep
 * the identity of whatever did not change (so React's memoised nodes skip it), and the words of
 * the messages.
 *
 * @example
 * findById(scenario.subnets, 'subnet-a');
 */

export function findById<T extends { readonly id: string }>(
  items: readonly T[],
  id: string,
): T | undefined {
  return items.find((item) => item.id === id);
}

/**
 * The array with `fn` applied to the item with this ID; the same array when nothing changes.
 *
 * @example
 * updateById(scenario.subnets, 'subnet-a', (s) => ({ ...s, name: 'web' }));
 */
export function updateById<T extends { readonly id: string }>(
  items: T[],
  id: string,
  fn: (item: T) => T,
): T[] {
  return mapKeep(items, (item) => (item.id === id ? fn(item) : item));
}

/**
 * `items.map(fn)`, but the same array when `fn` returns every item unchanged.
 *
 * @example
 * mapKeep(tables, (t) => withLocalRoutes(t, destinations)); // `tables` itself when none changes
 */
export function mapKeep<T>(items: T[], fn: (item: T) => T): T[] {
  let out: T[] | undefined;
  items.forEach((item, i) => {
    const next = fn(item);
    if (out === undefined && next !== item) out = items.slice(0, i);
    if (out !== undefined) out.push(next);
  });
  return out ?? items;
}

/**
 * `items.filter(keep)`, but the same array when nothing is dropped.
 *
 * @example
 * filterKeep(scenario.flows, (f) => f.id !== id);
 */
export function filterKeep<T>(items: T[], keep: (item: T) => boolean): T[] {
  const out = items.filter(keep);
  return out.length === items.length ? items : out;
}

/**
 * The array with the item at `index` replaced.
 *
 * @example
 * replaceAt(group.ingress, 2, rule);
 */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}

/**
 * `item` with the given fields set (`null` removes an optional field, `undefined` leaves it);
 * `item` itself when no field changes, so an edit that changes nothing keeps identity.
 *
 * @example
 * patched(subnet, { name: 'web', ipv6CidrBlock: null }); // renamed, IPv6 block removed
 */
export function patched<T extends object>(
  item: T,
  changes: { readonly [K in keyof T]?: T[K] | null },
): T {
  const next: Record<string, unknown> = Object.fromEntries(Object.entries(item));
  let changed = false;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
    } else if (next[key] !== value) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? (next as T) : item;
}

/**
 * `sg-0abc (web)`, or the bare ID when the resource has no name of its own.
 *
 * @example
 * label(group); // 'sg-0abc (web)'
 */
export function label(resource: { readonly id: string; readonly name: string }): string {
  const name = resource.name.trim();
  return name === '' || name === resource.id ? resource.id : `${resource.id} (${name})`;
}

/**
 * The first of `base-1`, `base-2`, … that no name in `taken` uses.
 *
 * @example
 * nextName('subnet', ['subnet-1']); // 'subnet-2'
 */
export function nextName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * `1 subnet`, `3 subnets`, `2 NAT gateways`.
 *
 * @example
 * count(3, 'subnet'); // '3 subnets'
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * `a`, `a and b`, `a, b and c`.
 *
 * @example
 * listWords(['a', 'b', 'c']); // 'a, b and c'
 */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

const NAME_LIMIT = 256; // the schema's limit (AWS's Name tag allows 256 characters)

/**
 * Names are AWS Name tags: at most 256 characters.
 *
 * @example
 * nameError('x'.repeat(300)); // 'A name can be at most 256 characters.'
 */
export function nameError(name: string): string | undefined {
  return name.length > NAME_LIMIT ? `A name can be at most ${NAME_LIMIT} characters.` : undefined;
}

/**
 * Every ID the scenario uses, in any collection (IDs are unique across kinds, as in AWS).
 *
 * @example
 * allIds(scenario).has('sg-web'); // true
 */
export function allIds(scenario: Scenario): Set<string> {
  const ids = new Set<string>();
  for (const items of [
    scenario.vpcs,
    scenario.subnets,
    scenario.instances,
    scenario.securityGroups,
    scenario.networkAcls,
    scenario.routeTables,
    scenario.internetGateways,
    scenario.natGateways,
    scenario.peeringConnections,
    scenario.internetHosts,
    scenario.flows,
    scenario.networkInterfaces,
    scenario.prefixLists,
    scenario.vpcEndpoints,
    scenario.egressOnlyInternetGateways,
    scenario.transitGateways,
    scenario.transitGatewayAttachments,
    scenario.transitGatewayRouteTables,
  ] as const) {
    for (const { id } of items) ids.add(id);
  }
  return ids;
}

/**
 * Refuses a caller-chosen ID that is malformed (the schema's pattern) or already used.
 *
 * @example
 * newIdError(scenario, 'subnet-a', 'subnet'); // 'The ID subnet-a is already used.'
 */
export function newIdError(scenario: Scenario, id: string, prefix: IdPrefix): string | undefined {
  if (id.trim() === '') return 'An ID cannot be empty.';
  if (prefix !== 'flow' && !new RegExp(`^${prefix}-[0-9a-zA-Z]+$`).test(id)) {
    return `${id} is not a valid ID here: expected ${prefix}- followed by letters and digits.`;
  }
  return allIds(scenario).has(id) ? `The ID ${id} is already used.` : undefined;
}

/**
 * The refusal for an ID that names nothing.
 *
 * @example
 * missing('Subnet', 'subnet-z'); // 'Subnet subnet-z does not exist.'
 */
export function missing(kind: string, id: string): string {
  return `${kind} ${id} does not exist.`;
}

/**
 * The VPC's default security group.
 *
 * @example
 * defaultGroupOf(scenario, 'vpc-a')?.id; // 'sg-adefault'
 */
export function defaultGroupOf(scenario: Scenario, vpcId: string): SecurityGroup | undefined {
  return scenario.securityGroups.find((g) => g.vpcId === vpcId && g.isDefault);
}

/**
 * The VPC's main route table.
 *
 * @example
 * mainTableOf(scenario, 'vpc-a')?.id; // 'rtb-amain'
 */
export function mainTableOf(scenario: Scenario, vpcId: string): RouteTable | undefined {
  return scenario.routeTables.find((t) => t.vpcId === vpcId && t.main);
}

/** Peerings that are gone or refused carry no traffic and do not block a new one. */
const DEAD_PEERING: ReadonlySet<PeeringConnection['status']> = new Set([
  'deleted',
  'deleting',
  'rejected',
  'failed',
  'expired',
]);

/**
 * Whether a peering is gone or refused.
 *
 * @example
 * isDeadPeering({ ...pcx, status: 'rejected' }); // true
 */
export function isDeadPeering(pcx: PeeringConnection): boolean {
  return DEAD_PEERING.has(pcx.status);
}

/**
 * VPCs joined to this one by an active peering.
 *
 * @example
 * peeredVpcIds(scenario, 'vpc-a'); // Set { 'vpc-b' }
 */
export function peeredVpcIds(scenario: Scenario, vpcId: string): Set<string> {
  const peers = new Set<string>();
  for (const pcx of scenario.peeringConnections) {
    if (pcx.status !== 'active') continue;
    if (pcx.requesterVpcId === vpcId) peers.add(pcx.accepterVpcId);
    if (pcx.accepterVpcId === vpcId) peers.add(pcx.requesterVpcId);
  }
  return peers;
}

/**
 * The VPC a subnet ID belongs to, or undefined.
 *
 * @example
 * vpcIdOfSubnetId(scenario, 'subnet-a'); // 'vpc-a'
 */
export function vpcIdOfSubnetId(scenario: Scenario, subnetId: string): string | undefined {
  return findById(scenario.subnets, subnetId)?.vpcId;
}
