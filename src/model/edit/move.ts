import { formatIp, parseCidr, parseIp, rangeHas } from '../ip.ts';
import type { Endpoint, Instance, NatGateway, SavedFlow, Scenario, Subnet } from '../types.ts';
import {
  nextFreeAddress,
  nextFreeSubnetCidr,
  privateAddressesInVpc,
  RESERVED_AT_START,
} from './addressing.ts';
import { fail, ok, type EditResult } from './result.ts';
import {
  count,
  defaultGroupOf,
  filterKeep,
  findById,
  listWords,
  mapKeep,
  missing,
  patched,
  updateById,
  vpcIdOfSubnetId,
} from './util.ts';

/**
 * Dragging an instance or a subnet somewhere else. AWS cannot move either (it would terminate and
 * relaunch), so the move re-addresses what moved, and across VPCs gives instances the target's
 * default security group, because a group serves one VPC only.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html
 */
export interface MoveResult {
  readonly scenario: Scenario;
  /** What else changed, in a sentence or two, when the move did more than re-address. */
  readonly note?: string;
}

/**
 * Moves an instance into another subnet, at that subnet's next free address. Its IPv6 address is
 * dropped unless the new subnet's block holds it; saved flows aimed at its old addresses follow.
 *
 * @example
 * const r = moveInstance(scenario, 'i-web', 'subnet-b');
 * if (r.ok && r.value.note) toast(r.value.note);
 */
export function moveInstance(
  scenario: Scenario,
  instanceId: string,
  subnetId: string,
): EditResult<MoveResult> {
  const instance = findById(scenario.instances, instanceId);
  if (instance === undefined) return fail(missing('Instance', instanceId));
  const subnet = findById(scenario.subnets, subnetId);
  if (subnet === undefined) return fail(missing('Subnet', subnetId));
  if (instance.subnetId === subnetId) return ok({ scenario });
  const others = { ...scenario, instances: scenario.instances.filter((i) => i.id !== instanceId) };
  const privateIp = nextFreeAddress(others, subnetId);
  if (privateIp === null) {
    return fail(`Subnet ${subnetId} (${subnet.cidrBlock}) has no free address left.`);
  }
  const notes: string[] = [];
  const fromVpc = vpcIdOfSubnetId(scenario, instance.subnetId);
  const crossing = fromVpc !== subnet.vpcId;
  const fallback = defaultGroupOf(scenario, subnet.vpcId);
  if (crossing) notes.push(groupNote(instanceId, instance.securityGroupIds, fallback?.id, subnet));
  const keepsIpv6 = instance.ipv6Address === undefined || holdsIpv6(subnet, instance.ipv6Address);
  if (!keepsIpv6) {
    notes.push(
      `Its IPv6 address ${instance.ipv6Address ?? ''} was dropped: it is not in subnet ${subnetId}.`,
    );
  }
  const moved = patched(instance, {
    subnetId,
    privateIp,
    ipv6Address: keepsIpv6 ? undefined : null,
    securityGroupIds: crossing ? (fallback === undefined ? [] : [fallback.id]) : undefined,
  });
  const next: Scenario = {
    ...scenario,
    instances: updateById(scenario.instances, instanceId, () => moved),
    flows: followAddresses(scenario.flows, [[instance, moved]]),
  };
  return ok(notes.length === 0 ? { scenario: next } : { scenario: next, note: notes.join(' ') });
}

function holdsIpv6(subnet: Subnet, address: string): boolean {
  const range = subnet.ipv6CidrBlock === undefined ? null : parseCidr(subnet.ipv6CidrBlock);
  const ip = parseIp(address);
  return range !== null && ip !== null && rangeHas(range, ip);
}

function groupNote(
  who: string,
  groups: readonly string[],
  fallback: string | undefined,
  subnet: Subnet,
): string {
  const serve = groups.length === 1 ? 'serves' : 'serve';
  const had = groups.length === 0 ? '' : ` (${listWords(groups)} ${serve} another VPC)`;
  return fallback === undefined
    ? `${who} lost its security groups${had}: ${subnet.vpcId} has no default group.`
    : `${who} now carries ${fallback}, the default security group of ${subnet.vpcId}${had}.`;
}

/**
 * Saved flows that aim at an instance's old private or IPv6 address follow it to the new one
 * (or drop the address, aiming at the instance as a whole, when it has none).
 */
function followAddresses(
  flows: SavedFlow[],
  moves: ReadonlyArray<readonly [Instance, Instance]>,
): SavedFlow[] {
  const byId = new Map(moves.map(([before, after]) => [before.id, [before, after] as const]));
  const follow = (end: Endpoint): Endpoint => {
    if (!('instanceId' in end) || end.address === undefined) return end;
    const pair = byId.get(end.instanceId);
    if (pair === undefined) return end;
    const [before, after] = pair;
    if (end.address === before.privateIp) return { ...end, address: after.privateIp };
    if (end.address === before.ipv6Address) {
      return after.ipv6Address === undefined
        ? { instanceId: end.instanceId }
        : { ...end, address: after.ipv6Address };
    }
    return end;
  };
  return mapKeep(flows, (flow) => {
    const source = follow(flow.source);
    const destination = follow(flow.destination);
    return source === flow.source && destination === flow.destination
      ? flow
      : { ...flow, source, destination };
  });
}

/**
 * Moves a subnet into another VPC: it takes the target's next free block of its own size (or
 * smaller), its instances and NAT gateways are re-addressed in it and its instances carry the
 * target's default group; its ACL and route-table associations and IPv6 block are cleared, and
 * routes of its old VPC that pointed at its NAT gateways are removed.
 *
 * @example
 * const r = moveSubnet(scenario, 'subnet-db', 'vpc-b');
 */
export function moveSubnet(
  scenario: Scenario,
  subnetId: string,
  vpcId: string,
): EditResult<MoveResult> {
  const subnet = findById(scenario.subnets, subnetId);
  if (subnet === undefined) return fail(missing('Subnet', subnetId));
  if (findById(scenario.vpcs, vpcId) === undefined) return fail(missing('VPC', vpcId));
  if (subnet.vpcId === vpcId) return ok({ scenario });
  const prefix = parseCidr(subnet.cidrBlock)?.prefix ?? 24;
  const cidrBlock = nextFreeSubnetCidr(scenario, vpcId, prefix);
  const range = cidrBlock === null ? null : parseCidr(cidrBlock);
  if (cidrBlock === null || range === null || range.family !== 4) {
    return fail(`VPC ${vpcId} has no free block left for subnet ${subnetId}.`);
  }
  const instances = scenario.instances.filter((i) => i.subnetId === subnetId);
  const nats = scenario.natGateways.filter((n) => n.subnetId === subnetId);
  const taken = privateAddressesInVpc(scenario, vpcId);
  const free: string[] = [];
  for (let v = range.first + RESERVED_AT_START; v < range.last; v++) {
    if (!taken.has(v)) free.push(formatIp({ family: 4, value: v }));
  }
  const needed = instances.length + nats.filter((n) => n.privateIp !== undefined).length;
  if (free.length < needed) {
    return fail(
      `Subnet ${subnetId}'s ${needed} addresses do not fit in ${cidrBlock}, the largest free block of ${vpcId}.`,
    );
  }
  const fallback = defaultGroupOf(scenario, vpcId);
  const groups = fallback === undefined ? [] : [fallback.id];
  const nextAddress = () => free.shift() ?? '';
  const moves = instances.map((i): readonly [Instance, Instance] => [
    i,
    patched(i, { privateIp: nextAddress(), ipv6Address: null, securityGroupIds: groups }),
  ]);
  const movedNats = new Map(
    nats.map((n): [string, NatGateway] => [
      n.id,
      n.privateIp === undefined ? n : { ...n, privateIp: nextAddress() },
    ]),
  );
  const movedInstances = new Map(moves.map(([before, after]) => [before.id, after]));
  let removedRoutes = 0;
  const routeTables = mapKeep(scenario.routeTables, (t) => {
    if (t.vpcId === vpcId) return t;
    const routes = filterKeep(t.routes, (r) => !movedNats.has(r.target));
    removedRoutes += t.routes.length - routes.length;
    return routes === t.routes ? t : { ...t, routes };
  });
  const moved = patched(subnet, {
    vpcId,
    cidrBlock,
    ipv6CidrBlock: null,
    networkAclId: null,
    routeTableId: null,
  });
  const next: Scenario = {
    ...scenario,
    subnets: updateById(scenario.subnets, subnetId, () => moved),
    instances: mapKeep(scenario.instances, (i) => movedInstances.get(i.id) ?? i),
    natGateways: mapKeep(scenario.natGateways, (n) => movedNats.get(n.id) ?? n),
    routeTables,
    flows: followAddresses(scenario.flows, moves),
  };
  const notes = [
    `Subnet ${subnetId} is now ${cidrBlock} in ${vpcId}, with its default network ACL and main route table.`,
  ];
  if (instances.length > 0) {
    const one = instances.length === 1;
    const were = `Its ${count(instances.length, 'instance')} ${one ? 'was' : 'were'} re-addressed`;
    notes.push(
      fallback === undefined
        ? `${were} and lost ${one ? 'its' : 'their'} security groups: ${vpcId} has no default group.`
        : `${were} and now ${one ? 'carries' : 'carry'} ${fallback.id}, the default security group of ${vpcId}.`,
    );
  }
  if (removedRoutes > 0) {
    const were = removedRoutes === 1 ? 'was' : 'were';
    notes.push(
      `${count(removedRoutes, 'route')} of the old VPC to its NAT gateways ${were} removed.`,
    );
  }
  return ok({ scenario: next, note: notes.join(' ') });
}
