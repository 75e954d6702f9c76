import { parseCidr, parseIp, rangeHas, type IpRange, type IpValue } from '../model/ip.ts';
import type { Scenario } from '../model/types.ts';
import type { CNat, CompiledScenario, CPeering, CVpc } from './compiled.ts';
import { compileGroups, type CompiledGroups } from './compileGroups.ts';
import {
  compileInterfaces,
  patchInterfaces,
  type CompiledInterfaces,
} from './compileInterfaces.ts';
import {
  compileLists,
  compileNetwork,
  type CompiledLists,
  type CompiledNetwork,
} from './compileNetwork.ts';
import { compileTransit } from './compileTransit.ts';
import { PairMap } from './pairMap.ts';

export type * from './compiled.ts';

const compiledCache = new WeakMap<Scenario, CompiledScenario>();

/** The parts a compiled scenario was made of, for the next compile to reuse. */
interface Parts {
  readonly lists: CompiledLists;
  readonly network: CompiledNetwork;
  readonly groups: CompiledGroups;
  readonly enis: CompiledInterfaces;
}
const partsOf = new WeakMap<CompiledScenario, Parts>();
/** The last scenario compiled: the next one is most often it after one edit. */
let last: CompiledScenario | undefined;

/**
 * Compiles a scenario (memoised per scenario object, which the store never mutates). The parts
 * of the scenario that are the very objects of the last one compiled are not compiled again: an
 * edit of one group's rules recompiles that group and the interfaces that carry it, not the
 * network of ten thousand interfaces around it.
 */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const hit = compiledCache.get(scenario);
  if (hit) return hit;
  const compiled = compile(scenario, last);
  compiledCache.set(scenario, compiled);
  last = compiled;
  return compiled;
}

/** A compiled scenario, told apart from a scenario by a field only the compiled form has. */
export function isCompiled(x: Scenario | CompiledScenario): x is CompiledScenario {
  return 'eniList' in x;
}

const cidr = (text: string): IpRange => {
  const r = parseCidr(text);
  if (!r) throw new Error(`not a CIDR block: ${text}`); // the schema has checked every CIDR
  return r;
};

function compile(s: Scenario, before: CompiledScenario | undefined): CompiledScenario {
  const p = before ? partsOf.get(before) : undefined;
  const was = before?.source;
  const same = (...keys: (keyof Scenario)[]) =>
    was !== undefined && keys.every((k) => s[k] === was[k]);
  const ip4 = (text: string | undefined): number | undefined => {
    const v = text === undefined ? null : parseIp(text);
    return v?.family === 4 ? v.value : undefined;
  };

  const listsKept = p !== undefined && same('prefixLists', 'vpcEndpoints');
  const lists = listsKept ? p.lists : compileLists(s, cidr);
  const networkKept =
    listsKept &&
    same(
      'vpcs',
      'subnets',
      'routeTables',
      'networkAcls',
      'internetGateways',
      'egressOnlyInternetGateways',
    );
  const network = networkKept ? p.network : compileNetwork(s, lists, cidr);
  const { compiled: groups, changed } = compileGroups(
    s,
    lists.prefixLists,
    cidr,
    listsKept ? p.groups : undefined,
  );
  const enisKept = networkKept && same('instances', 'networkInterfaces') && changed !== 'all';
  const enis = enisKept
    ? patchInterfaces(p.enis, changed, groups.groupRules, groups.groupIndex)
    : compileInterfaces(s, network.subnets, groups.groupRules, groups.groupIndex);
  const { prefixLists, endpoints, endpointList } = lists;
  const { vpcs, subnets } = network;
  const warnings: string[] = [...network.warnings, ...enis.warnings];

  const natGateways = new Map<string, CNat>();
  for (const n of s.natGateways) {
    natGateways.set(n.id, {
      id: n.id,
      name: n.name,
      subnet: subnets.get(n.subnetId),
      available: n.state === 'available',
      public4: ip4(n.publicIp),
      private4: ip4(n.privateIp),
    });
  }
  const gatewayMap = (list: readonly { id: string; vpcId?: string | undefined }[]) =>
    new Map(list.map((g) => [g.id, { id: g.id, vpcId: g.vpcId }] as const));

  const peerings = new Map<string, CPeering>();
  for (const p of s.peeringConnections) {
    peerings.set(p.id, {
      id: p.id,
      name: p.name,
      vpcA: p.requesterVpcId,
      vpcB: p.accepterVpcId,
      active: p.status === 'active',
      status: p.status,
    });
  }
  const activePeers = new Map<string, Set<string>>();
  for (const p of peerings.values()) {
    if (!p.active) continue;
    for (const [a, b] of [
      [p.vpcA, p.vpcB],
      [p.vpcB, p.vpcA],
    ] as const) {
      const set = activePeers.get(a) ?? new Set<string>();
      set.add(b);
      activePeers.set(a, set);
    }
  }
  const byPair = new PairMap<CPeering>();
  for (const p of peerings.values()) if (!byPair.get(p.vpcA, p.vpcB)) byPair.set(p.vpcA, p.vpcB, p);

  const transit = compileTransit(s, vpcs, subnets, cidr);
  const referencing = new PairMap<boolean>();
  /**
   * Security group referencing across a transit gateway works for inbound rules only, and only
   * when the transit gateway and both VPC attachments have it enabled.
   * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html#vpc-attachment-security
   */
  const acrossTransit = (a: string, b: string): boolean => {
    let hit = referencing.get(a, b);
    if (hit === undefined) {
      hit = [...transit.transitGateways.values()].some((t) => {
        const x = transit.vpcAttachment(t.id, a);
        const y = transit.vpcAttachment(t.id, b);
        return t.groupReferencing && !!x?.groupReferencing && !!y?.groupReferencing;
      });
      referencing.set(a, b, hit);
    }
    return hit;
  };

  const compiled: CompiledScenario = {
    source: s,
    vpcs,
    subnets,
    eniList: enis.eniList,
    instances: enis.instances,
    interfaces: enis.interfaces,
    goneInstances: enis.goneInstances,
    groups: groups.groups,
    natGateways,
    internetGateways: gatewayMap(s.internetGateways),
    egressOnlyGateways: gatewayMap(s.egressOnlyInternetGateways),
    peerings,
    prefixLists,
    endpoints,
    transitGateways: transit.transitGateways,
    attachments: transit.attachments,
    peeringBetween: (a, b) => byPair.get(a, b),
    activePeers,
    vpcAttachment: transit.vpcAttachment,
    transitGatewayBetween: transit.transitGatewayBetween,
    groupReferenceReaches: (own, other, way) =>
      own === other ||
      (activePeers.get(own)?.has(other) ?? false) ||
      (way === 'ingress' && acrossTransit(own, other)),
    byPrivate4: enis.byPrivate4,
    byPublic4: enis.byPublic4,
    byIpv6: enis.byIpv6,
    endpointServices: endpointList.filter((e) => e.type === 'gateway' && e.prefixList),
    warnings,
  };
  partsOf.set(compiled, { lists, network, groups, enis });
  return compiled;
}

/** The VPC whose CIDR blocks contain the address, if any. */
export function vpcContaining(c: CompiledScenario, ip: IpValue): CVpc | undefined {
  for (const v of c.vpcs.values()) if (v.ranges.some((r) => rangeHas(r, ip))) return v;
  return undefined;
}
