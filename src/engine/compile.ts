import {
  parseCidr,
  parseIp,
  rangeHas,
  rangeOffset,
  type IpRange,
  type IpValue,
} from '../model/ip.ts';
import type { Scenario } from '../model/types.ts';
import type {
  CEndpoint,
  CGroup,
  CNacl,
  CNat,
  CompiledScenario,
  CPeering,
  CPrefixList,
  CRouteTable,
  CSgRule,
  CSubnet,
  CVpc,
} from './compiled.ts';
import { compileInterfaces } from './compileInterfaces.ts';
import { compileRouteTable } from './compileRoutes.ts';
import { compileNacl, compilePrefixList, compileSgRule } from './compileRules.ts';
import { compileTransit } from './compileTransit.ts';
import { PairMap } from './pairMap.ts';

export type * from './compiled.ts';

const compiledCache = new WeakMap<Scenario, CompiledScenario>();

/** Compiles a scenario (memoised per scenario object, which the store never mutates). */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const hit = compiledCache.get(scenario);
  if (hit) return hit;
  const compiled = compile(scenario);
  compiledCache.set(scenario, compiled);
  return compiled;
}

/** A compiled scenario, told apart from a scenario by a field only the compiled form has. */
export function isCompiled(x: Scenario | CompiledScenario): x is CompiledScenario {
  return 'eniList' in x;
}

function compile(s: Scenario): CompiledScenario {
  const warnings: string[] = [];
  const cidr = (text: string): IpRange => {
    const r = parseCidr(text);
    if (!r) throw new Error(`not a CIDR block: ${text}`); // the schema has checked every CIDR
    return r;
  };
  const ip4 = (text: string | undefined): number | undefined => {
    const v = text === undefined ? null : parseIp(text);
    return v?.family === 4 ? v.value : undefined;
  };

  const prefixLists = new Map<string, CPrefixList>();
  for (const p of s.prefixLists) prefixLists.set(p.id, compilePrefixList(p, cidr));
  const endpoints = new Map<string, CEndpoint>();
  for (const e of s.vpcEndpoints) {
    endpoints.set(e.id, {
      id: e.id,
      name: e.name,
      vpcId: e.vpcId,
      type: e.type,
      serviceName: e.serviceName,
      available: e.state === 'available',
      state: e.state,
      routeTableIds: new Set(e.routeTableIds),
      prefixList: e.prefixListId === undefined ? undefined : prefixLists.get(e.prefixListId),
      policyIsDefault: e.policyIsDefault,
    });
  }
  const endpointList = [...endpoints.values()];

  const nacls = new Map<string, CNacl>();
  for (const n of s.networkAcls) nacls.set(n.id, compileNacl(n, cidr));
  const vpcRanges = new Map<string, IpRange[]>();
  for (const v of s.vpcs) {
    vpcRanges.set(v.id, [...v.cidrBlocks, ...(v.ipv6CidrBlock ? [v.ipv6CidrBlock] : [])].map(cidr));
  }
  const tables = new Map<string, CRouteTable>();
  for (const t of s.routeTables) {
    const input = {
      id: t.id,
      name: t.name,
      routes: t.routes,
      vpcRanges: vpcRanges.get(t.vpcId) ?? [],
      inScenario: true,
    };
    tables.set(t.id, compileRouteTable(input, cidr, prefixLists, endpointList, warnings));
  }

  const vpcs = new Map<string, CVpc>();
  for (const v of s.vpcs) {
    const ranges = vpcRanges.get(v.id) ?? [];
    const primary = ranges[0];
    const main = s.routeTables.find((t) => t.vpcId === v.id && t.main);
    const defNacl = s.networkAcls.find((n) => n.vpcId === v.id && n.isDefault);
    const igw = s.internetGateways.find((g) => g.vpcId === v.id);
    const eigw = s.egressOnlyInternetGateways.find((g) => g.vpcId === v.id);
    if (!main)
      warnings.push(
        `${v.id} has no main route table; subnets without a table use its local routes only.`,
      );
    if (!defNacl)
      warnings.push(`${v.id} has no default network ACL; subnets without an ACL are not filtered.`);
    const local = { id: `${v.id}:local`, name: 'local routes', routes: [], vpcRanges: ranges };
    vpcs.set(v.id, {
      id: v.id,
      name: v.name,
      ranges,
      dnsResolver: primary?.family === 4 ? (rangeOffset(primary, 2).value as number) : -1,
      internetGatewayId: igw?.id,
      egressOnlyGatewayId: eigw?.id,
      mainRouteTable: main
        ? tables.get(main.id)
        : compileRouteTable({ ...local, inScenario: false }, cidr, prefixLists, [], warnings),
      defaultNacl: defNacl ? nacls.get(defNacl.id) : undefined,
    });
  }

  const subnets = new Map<string, CSubnet>();
  for (const sn of s.subnets) {
    const vpc = vpcs.get(sn.vpcId);
    if (!vpc) {
      warnings.push(
        `${sn.id} names VPC ${sn.vpcId}, which is not in the scenario; it is left out.`,
      );
      continue;
    }
    subnets.set(sn.id, {
      id: sn.id,
      name: sn.name,
      cidrBlock: sn.cidrBlock,
      ipv6CidrBlock: sn.ipv6CidrBlock,
      zone: sn.availabilityZone,
      vpc,
      routeTable: (sn.routeTableId && tables.get(sn.routeTableId)) || vpc.mainRouteTable,
      nacl: (sn.networkAclId && nacls.get(sn.networkAclId)) || vpc.defaultNacl,
    });
  }

  const groupRules = new Map<string, { ingress: CSgRule[]; egress: CSgRule[] }>();
  const groups = new Map<string, CGroup>();
  const groupIndex = new Map<string, number>();
  s.securityGroups.forEach((g, i) => {
    if (!groupIndex.has(g.id)) groupIndex.set(g.id, i);
  });
  for (const g of s.securityGroups) {
    const rule = (r: (typeof g.ingress)[number], i: number) =>
      compileSgRule(g.id, i, r, cidr, prefixLists, groupIndex);
    groupRules.set(g.id, { ingress: g.ingress.map(rule), egress: g.egress.map(rule) });
    groups.set(g.id, { id: g.id, name: g.name, vpcId: g.vpcId, isDefault: g.isDefault });
  }
  const enis = compileInterfaces(s, subnets, groupRules, groupIndex, warnings);

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

  return {
    source: s,
    vpcs,
    subnets,
    eniList: enis.eniList,
    instances: enis.instances,
    interfaces: enis.interfaces,
    goneInstances: enis.goneInstances,
    groups,
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
}

/** The VPC whose CIDR blocks contain the address, if any. */
export function vpcContaining(c: CompiledScenario, ip: IpValue): CVpc | undefined {
  for (const v of c.vpcs.values()) if (v.ranges.some((r) => rangeHas(r, ip))) return v;
  return undefined;
}
