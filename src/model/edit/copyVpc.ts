import { newId } from '../ids.ts';
import { formatCidr, formatIp, parseCidr, parseIp, type Ipv4Range } from '../ip.ts';
import type {
  Instance,
  InternetGateway,
  NatGateway,
  NetworkAcl,
  RouteTable,
  Scenario,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
  Vpc,
} from '../types.ts';
import {
  nextFreeAddress,
  nextFreeSubnetCidr,
  nextFreeVpcCidr,
  nextPublicIp,
  vpcBlocks,
} from './addressing.ts';
import type { IdMap } from './copyParts.ts';
import { noPublicIpLeft } from './instances.ts';
import { localDestinations, withLocalRoutes } from './localRoutes.ts';
import { fail, ok, type EditResult } from './result.ts';
import { patched } from './util.ts';

/**
 * A copy of a whole VPC: each of its blocks moves to the first free `10.N.0.0/16` (keeping its
 * size), and everything inside keeps its offset in its block, so 10.0.1.10 in 10.0.0.0/16 becomes
 * 10.7.1.10 in 10.7.0.0/16. Its groups, ACLs, route tables, NAT gateways and attached internet
 * gateway are copied too, with every reference between them remapped; routes through peerings
 * are dropped, since the copy is peered with nothing. IPv6 blocks are not copied.
 *
 * @example
 * const r = copyVpc(scenario, vpc, idMap); // idMap maps every part to its copy
 */
export function copyVpc(scenario: Scenario, vpc: Vpc, idMap: IdMap): EditResult<Scenario> {
  const moves: Array<{ from: Ipv4Range; to: Ipv4Range }> = [];
  const taken = vpcBlocks(scenario);
  for (const text of vpc.cidrBlocks) {
    const from = parseCidr(text);
    if (from === null || from.family !== 4) continue;
    if (from.prefix < 16)
      return fail(`VPC ${vpc.id} cannot be copied: its block ${text} is larger than /16.`);
    const base = nextFreeVpcCidr(taken);
    const slot = base === null ? null : parseCidr(base);
    if (slot === null || slot.family !== 4)
      return fail(`No 10.N.0.0/16 block is free for a copy of ${vpc.id}.`);
    const to: Ipv4Range = {
      family: 4,
      first: slot.first,
      last: slot.first + (from.last - from.first),
      prefix: from.prefix,
    };
    taken.push(slot);
    moves.push({ from, to });
  }
  const shift = (value: number): number | null => {
    const move = moves.find((m) => m.from.first <= value && value <= m.from.last);
    return move === undefined ? null : move.to.first + (value - move.from.first);
  };

  const inside = <T extends { vpcId: string }>(items: readonly T[]) =>
    items.filter((x) => x.vpcId === vpc.id);
  const subnets = inside(scenario.subnets);
  const subnetIds = new Set(subnets.map((s) => s.id));
  const instances = scenario.instances.filter((i) => subnetIds.has(i.subnetId));
  const nats = scenario.natGateways.filter((n) => subnetIds.has(n.subnetId));
  const groups = inside(scenario.securityGroups);
  const acls = inside(scenario.networkAcls);
  const tables = inside(scenario.routeTables);
  const igws = scenario.internetGateways.filter((g) => g.vpcId === vpc.id);
  if (moves.length === 0) return fail(`VPC ${vpc.id} has no IPv4 block to copy.`);
  // IDs of this VPC's parts only: a reference to anything outside stays as it is.
  const local: IdMap = {};
  const newVpcId = newId('vpc');
  local[vpc.id] = newVpcId;
  for (const [items, prefix] of [
    [subnets, 'subnet'],
    [instances, 'i'],
    [nats, 'nat'],
    [groups, 'sg'],
    [acls, 'acl'],
    [tables, 'rtb'],
    [igws, 'igw'],
  ] as const) {
    for (const x of items) local[x.id] = newId(prefix);
  }
  const map = (id: string) => local[id] ?? id;
  Object.assign(idMap, local);

  const clone: Vpc = {
    id: newVpcId,
    name: `${vpc.name} copy`,
    cidrBlocks: moves.map((m) => formatCidr(m.to)),
  };
  const copyGroups = groups.map((g): SecurityGroup => {
    const remap = (r: SecurityGroupRule): SecurityGroupRule =>
      r.peer.kind === 'group' && local[r.peer.groupId] !== undefined
        ? { ...r, peer: { kind: 'group', groupId: map(r.peer.groupId) } }
        : r;
    return {
      ...g,
      id: map(g.id),
      vpcId: newVpcId,
      ingress: g.ingress.map(remap),
      egress: g.egress.map(remap),
    };
  });
  const copyAcls = acls.map((a): NetworkAcl => ({ ...a, id: map(a.id), vpcId: newVpcId }));
  const copyIgws = igws.map((g): InternetGateway => ({
    ...g,
    id: map(g.id),
    name: `${g.name} copy`,
    vpcId: newVpcId,
  }));
  const copyTables = tables.map((t): RouteTable => {
    const routes = t.routes
      .filter((r) => !r.target.startsWith('pcx-'))
      .map((r) => (r.target === 'local' ? r : { ...r, target: map(r.target) }));
    return withLocalRoutes(
      { ...t, id: map(t.id), vpcId: newVpcId, routes },
      localDestinations(clone),
    );
  });

  // Subnets whose block shifts cleanly keep their offset; any other is placed afterwards.
  const placed: Subnet[] = [];
  const unplaced: Subnet[] = [];
  for (const s of subnets) {
    const range = parseCidr(s.cidrBlock);
    const first = range === null || range.family !== 4 ? null : shift(range.first);
    const last = range === null || range.family !== 4 ? null : shift(range.last);
    const base = patched(s, { ipv6CidrBlock: null });
    const copy = {
      ...base,
      id: map(s.id),
      vpcId: newVpcId,
      ...(s.networkAclId === undefined ? {} : { networkAclId: map(s.networkAclId) }),
      ...(s.routeTableId === undefined ? {} : { routeTableId: map(s.routeTableId) }),
    };
    if (
      range !== null &&
      first !== null &&
      last !== null &&
      last - first === Number(range.last) - Number(range.first)
    ) {
      placed.push({
        ...copy,
        cidrBlock: formatCidr({ family: 4, first, last, prefix: range.prefix }),
      });
    } else {
      unplaced.push(copy);
    }
  }
  let next: Scenario = {
    ...scenario,
    vpcs: [...scenario.vpcs, clone],
    subnets: [...scenario.subnets, ...placed],
    securityGroups: [...scenario.securityGroups, ...copyGroups],
    networkAcls: [...scenario.networkAcls, ...copyAcls],
    routeTables: [...scenario.routeTables, ...copyTables],
    internetGateways: [...scenario.internetGateways, ...copyIgws],
  };
  for (const s of unplaced) {
    const prefix = parseCidr(s.cidrBlock)?.prefix ?? 24;
    const cidrBlock = nextFreeSubnetCidr(next, newVpcId, prefix);
    if (cidrBlock === null) return fail(`The copy of ${vpc.id} has no room for subnet ${s.id}.`);
    next = { ...next, subnets: [...next.subnets, { ...s, cidrBlock }] };
  }

  // Interfaces keep their shifted address where it lies in their subnet's copy; the others get
  // the next free address once every shifted one is in place, so none is handed out twice.
  const placedIds = new Set(placed.map((s) => s.id));
  const shifted = (subnetId: string, text: string | undefined): string | null => {
    const ip = text === undefined ? null : parseIp(text);
    if (ip === null || ip.family !== 4 || !placedIds.has(map(subnetId))) return null;
    const value = shift(ip.value);
    return value === null ? null : formatIp({ family: 4, value });
  };
  const fallbackGroup = groups.find((g) => g.isDefault);
  for (const pass of ['shifted', 'free'] as const) {
    for (const original of [...instances, ...nats]) {
      const subnetId = map(original.subnetId);
      let privateIp = shifted(original.subnetId, original.privateIp);
      if ((pass === 'shifted') !== (privateIp !== null)) continue;
      if (privateIp === null && original.privateIp !== undefined) {
        privateIp = nextFreeAddress(next, subnetId);
        if (privateIp === null) {
          return fail(`Subnet ${subnetId} has no free address left for a copy of ${original.id}.`);
        }
      }
      const publicIp = original.publicIp === undefined ? null : nextPublicIp(next);
      if (original.publicIp !== undefined && publicIp === null) return fail(noPublicIpLeft);
      const addresses = { privateIp: privateIp ?? null, publicIp };
      if ('securityGroupIds' in original) {
        const mapped = original.securityGroupIds.filter((g) => local[g] !== undefined).map(map);
        const securityGroupIds =
          mapped.length > 0 || fallbackGroup === undefined ? mapped : [map(fallbackGroup.id)];
        const copy: Instance = {
          ...patched(original, { ...addresses, ipv6Address: null }),
          id: map(original.id),
          subnetId,
          securityGroupIds,
        };
        next = { ...next, instances: [...next.instances, copy] };
      } else {
        const copy: NatGateway = {
          ...patched(original, addresses),
          id: map(original.id),
          subnetId,
        };
        next = { ...next, natGateways: [...next.natGateways, copy] };
      }
    }
  }
  return ok(next);
}
