import fc from 'fast-check';
import { addVpc, allOutbound, emptyScenario } from '../../model/defaults.ts';
import type {
  FlowSpec,
  Instance,
  NaclEntry,
  NatGateway,
  NetworkAcl,
  Protocol,
  Route,
  RouteTable,
  Scenario,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
} from '../../model/types.ts';
import { rng } from './generate.ts';

/**
 * fast-check arbitraries for small but valid scenarios: 1–2 VPCs (optionally peered), a few
 * subnets, instances, groups with random rules (CIDRs down to one instance's /32, and group
 * references), network ACLs with random numbered entries, route tables with internet gateway,
 * NAT gateway, peering and blackhole routes. A plan of small numbers is drawn (so fast-check can
 * shrink it) and turned into a scenario by `buildScenario`; every index is taken modulo the
 * length of what it picks from, so every plan builds a valid scenario.
 */

export const INTERNET_ADDRESSES = ['198.51.100.1', '198.51.100.200', '192.0.2.44'] as const;

const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'icmp', 'all', 50];
const PORT_RANGES: readonly (readonly [number, number])[] = [
  [22, 22],
  [443, 443],
  [53, 53],
  [1024, 65535],
  [49152, 65535],
  [32768, 60999],
  [0, 65535],
];
const ICMP: readonly (readonly [number, number])[] = [
  [8, -1],
  [0, -1],
  [-1, -1],
  [3, 4],
];

export interface RulePlan {
  readonly protocol: number;
  readonly ports: number;
  readonly icmp: number;
  readonly peer: number;
}
export interface EntryPlan {
  readonly ruleNumber: number;
  readonly deny: boolean;
  readonly protocol: number;
  readonly ports: number;
  readonly icmp: number;
  readonly cidr: number;
}
interface RoutePlan {
  readonly destination: number;
  /** 0 internet gateway, 1 NAT gateway, 2 peering connection, 3 blackhole. */
  readonly target: number;
}
export interface ScenarioPlan {
  readonly vpcs: number;
  /** 0 none, 1 active, 2 pending acceptance. */
  readonly peering: number;
  /** Per VPC: 0 attached internet gateway, 1 detached, 2 none. */
  readonly igw: readonly number[];
  /** Per VPC: a NAT gateway, or null. */
  readonly nat: readonly ({ readonly subnet: number; readonly available: boolean } | null)[];
  readonly subnets: readonly {
    readonly vpc: number;
    readonly nacl: number;
    readonly table: number;
  }[];
  readonly nacls: readonly {
    readonly vpc: number;
    readonly ingress: readonly EntryPlan[];
    readonly egress: readonly EntryPlan[];
  }[];
  readonly tables: readonly { readonly vpc: number; readonly routes: readonly RoutePlan[] }[];
  readonly mainRoutes: readonly (readonly RoutePlan[])[];
  readonly groups: readonly {
    readonly vpc: number;
    readonly ingress: readonly RulePlan[];
    readonly egress: readonly RulePlan[] | null;
  }[];
  readonly instances: readonly {
    readonly subnet: number;
    readonly public: boolean;
    readonly groups: readonly number[];
  }[];
}

const small = (max: number) => fc.nat({ max });

export const rulePlanArb: fc.Arbitrary<RulePlan> = fc.record({
  protocol: small(PROTOCOLS.length - 1),
  ports: small(PORT_RANGES.length - 1),
  icmp: small(ICMP.length - 1),
  peer: small(60),
});

export const entryPlanArb: fc.Arbitrary<EntryPlan> = fc.record({
  ruleNumber: fc.integer({ min: 1, max: 400 }),
  deny: fc.boolean(),
  protocol: small(PROTOCOLS.length - 1),
  ports: small(PORT_RANGES.length - 1),
  icmp: small(ICMP.length - 1),
  cidr: small(40),
});

const entriesArb = fc.uniqueArray(entryPlanArb, {
  maxLength: 4,
  selector: (e) => e.ruleNumber,
});
const routePlanArb: fc.Arbitrary<RoutePlan> = fc.record({
  destination: small(5),
  target: small(3),
});

const natPlanArb: fc.Arbitrary<{ subnet: number; available: boolean } | null> = fc.option(
  fc.record({ subnet: small(3), available: fc.boolean() }),
);

export const scenarioPlanArb: fc.Arbitrary<ScenarioPlan> = fc.record({
  vpcs: fc.integer({ min: 1, max: 2 }),
  peering: small(2),
  igw: fc.tuple(fc.oneof(fc.constant(0), small(2)), fc.oneof(fc.constant(0), small(2))),
  nat: fc.tuple(natPlanArb, natPlanArb),
  subnets: fc.array(fc.record({ vpc: small(1), nacl: small(3), table: small(3) }), {
    minLength: 1,
    maxLength: 4,
  }),
  nacls: fc.array(fc.record({ vpc: small(1), ingress: entriesArb, egress: entriesArb }), {
    maxLength: 3,
  }),
  tables: fc.array(fc.record({ vpc: small(1), routes: fc.array(routePlanArb, { maxLength: 3 }) }), {
    maxLength: 3,
  }),
  mainRoutes: fc.tuple(
    fc.array(routePlanArb, { maxLength: 2 }),
    fc.array(routePlanArb, { maxLength: 2 }),
  ),
  groups: fc.array(
    fc.record({
      vpc: small(1),
      ingress: fc.array(rulePlanArb, { maxLength: 4 }),
      egress: fc.option(fc.array(rulePlanArb, { maxLength: 3 }), { freq: 2 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  instances: fc.array(
    fc.record({
      subnet: small(3),
      public: fc.boolean(),
      groups: fc.array(small(4), { minLength: 1, maxLength: 2 }),
    }),
    { minLength: 2, maxLength: 7 },
  ),
});

const LETTERS = ['a', 'b'] as const;
const vpcId = (v: number) => `vpc-${LETTERS[v] ?? 'a'}`;
const vpcCidr = (v: number) => `10.${v}.0.0/16`;

function pick<T>(xs: readonly T[], i: number): T {
  const x = xs[i % xs.length];
  if (x === undefined) throw new Error('pick from an empty list');
  return x;
}

function ruleTraffic(p: { protocol: number; ports: number; icmp: number }) {
  const protocol = pick(PROTOCOLS, p.protocol);
  const [from, to] = pick(PORT_RANGES, p.ports);
  const [type, code] = pick(ICMP, p.icmp);
  return {
    protocol,
    ...(protocol === 'tcp' || protocol === 'udp' ? { portRange: { from, to } } : {}),
    ...(protocol === 'icmp' ? { icmpTypeCode: { type, code } } : {}),
  };
}

/** Builds the scenario a plan describes. */
export function buildScenario(plan: ScenarioPlan): Scenario {
  const vpcCount = plan.vpcs;
  let s = emptyScenario('random scenario');
  for (let v = 0; v < vpcCount; v++) {
    const x = LETTERS[v] ?? 'a';
    s = addVpc(s, {
      cidrBlock: vpcCidr(v),
      name: vpcId(v),
      ids: {
        vpc: vpcId(v),
        securityGroup: `sg-${x}default`,
        networkAcl: `acl-${x}default`,
        routeTable: `rtb-${x}main`,
      },
    }).scenario;
  }
  const peered = vpcCount === 2 && plan.peering !== 0;
  const peeringConnections = peered
    ? [
        {
          id: 'pcx-ab',
          name: 'pcx-ab',
          requesterVpcId: vpcId(0),
          accepterVpcId: vpcId(1),
          status: plan.peering === 1 ? ('active' as const) : ('pending-acceptance' as const),
        },
      ]
    : [];
  const internetGateways = [];
  for (let v = 0; v < vpcCount; v++) {
    const state = plan.igw[v] ?? 0;
    if (state === 0)
      internetGateways.push({ id: `igw-${LETTERS[v]}`, name: 'igw', vpcId: vpcId(v) });
    if (state === 1) internetGateways.push({ id: `igw-${LETTERS[v]}`, name: 'igw' });
  }

  // Subnets: 10.<vpc>.<k+1>.0/24.
  const subnets: Subnet[] = [];
  const perVpc = [0, 0];
  const subnetVpc: number[] = [];
  plan.subnets.forEach((p, i) => {
    const v = p.vpc % vpcCount;
    const k = (perVpc[v] ?? 0) + 1;
    perVpc[v] = k;
    subnetVpc.push(v);
    subnets.push({
      id: `subnet-s${i}`,
      name: `subnet-s${i}`,
      vpcId: vpcId(v),
      cidrBlock: `10.${v}.${k}.0/24`,
      availabilityZone: 'us-east-1a',
    });
  });

  // Instances: 10.<vpc>.<k>.<10+n>, public 198.18.0.<i+1>.
  const hostCount = new Map<string, number>();
  const placed = plan.instances.map((p, i) => {
    const subnet = pick(subnets, p.subnet);
    const n = hostCount.get(subnet.id) ?? 0;
    hostCount.set(subnet.id, n + 1);
    const base = subnet.cidrBlock.split('.').slice(0, 3).join('.');
    return { p, i, subnet, privateIp: `${base}.${10 + n}`, publicIp: `198.18.0.${i + 1}` };
  });

  // NAT gateways: 198.18.100.<v+1>, private address .5 of their subnet.
  const natGateways: NatGateway[] = [];
  for (let v = 0; v < vpcCount; v++) {
    const n = plan.nat[v];
    const own = subnets.filter((x) => x.vpcId === vpcId(v));
    if (!n || own.length === 0) continue;
    const subnet = pick(own, n.subnet);
    natGateways.push({
      id: `nat-${LETTERS[v]}`,
      name: 'nat',
      subnetId: subnet.id,
      state: n.available ? 'available' : 'pending',
      publicIp: `198.18.100.${v + 1}`,
      privateIp: `${subnet.cidrBlock.split('.').slice(0, 3).join('.')}.5`,
    });
  }

  const cidrPool = [
    '0.0.0.0/0',
    '10.0.0.0/8',
    ...Array.from({ length: vpcCount }, (_, v) => vpcCidr(v)),
    ...subnets.map((x) => x.cidrBlock),
    ...placed.map((x) => `${x.privateIp}/32`),
    ...placed.filter((x) => x.p.public).map((x) => `${x.publicIp}/32`),
    '198.51.100.0/24',
    '198.51.100.1/32',
    '198.18.0.0/16',
    '192.0.2.0/24',
  ];

  // Groups: the default group of each VPC, then the plan's.
  const groups: SecurityGroup[] = [...s.securityGroups];
  plan.groups.forEach((g, i) => {
    const v = g.vpc % vpcCount;
    groups.push({
      id: `sg-g${i}`,
      name: `group-${i}`,
      description: '',
      vpcId: vpcId(v),
      isDefault: false,
      ingress: [],
      egress: allOutbound(false),
    });
  });
  const rule = (v: number, r: RulePlan): SecurityGroupRule => {
    const referable = groups.filter((g) => g.vpcId === vpcId(v) || peered);
    const pool: string[] = [...cidrPool, ...referable.map((g) => g.id)];
    const peer = pick(pool, r.peer);
    return {
      ...ruleTraffic(r),
      peer: peer.startsWith('sg-')
        ? { kind: 'group', groupId: peer }
        : { kind: 'cidr', cidr: peer },
    };
  };
  plan.groups.forEach((g, i) => {
    const v = g.vpc % vpcCount;
    const group = groups[vpcCount + i];
    if (!group) return;
    groups[vpcCount + i] = {
      ...group,
      ingress: g.ingress.map((r) => rule(v, r)),
      egress: g.egress === null ? group.egress : g.egress.map((r) => rule(v, r)),
    };
  });

  const instances: Instance[] = placed.map(({ p, i, subnet, privateIp, publicIp }) => {
    const own = groups.filter((g) => g.vpcId === subnet.vpcId);
    return {
      id: `i-n${i}`,
      name: `instance-${i}`,
      subnetId: subnet.id,
      privateIp,
      ...(p.public ? { publicIp } : {}),
      securityGroupIds: [...new Set(p.groups.map((k) => pick(own, k).id))],
    };
  });

  // Network ACLs.
  const entry = (e: EntryPlan): NaclEntry => ({
    ruleNumber: e.ruleNumber,
    action: e.deny ? 'deny' : 'allow',
    cidr: pick(cidrPool, e.cidr),
    ...ruleTraffic(e),
  });
  const nacls: NetworkAcl[] = plan.nacls.map((n, i) => ({
    id: `acl-n${i}`,
    name: `acl-${i}`,
    vpcId: vpcId(n.vpc % vpcCount),
    isDefault: false,
    ingress: n.ingress.map(entry),
    egress: n.egress.map(entry),
  }));

  // Route tables.
  const routesOf = (v: number, plans: readonly RoutePlan[]): Route[] => {
    const other = v === 0 ? 1 : 0;
    const destinations = [
      '0.0.0.0/0',
      '198.51.100.0/24',
      '192.0.2.0/24',
      '198.18.0.0/16',
      vpcCidr(other),
      `10.${other}.1.0/24`,
    ];
    const out: Route[] = [];
    for (const r of plans) {
      const destination = pick(destinations, r.destination);
      if (out.some((x) => x.destination === destination)) continue;
      const x = LETTERS[v] ?? 'a';
      if (r.target === 0) out.push({ destination, target: `igw-${x}`, state: 'active' });
      if (r.target === 1 && natGateways.some((n) => n.id === `nat-${x}`)) {
        out.push({ destination, target: `nat-${x}`, state: 'active' });
      }
      if (r.target === 2 && peered) out.push({ destination, target: 'pcx-ab', state: 'active' });
      if (r.target === 3) out.push({ destination, target: `igw-${x}`, state: 'blackhole' });
    }
    return out;
  };
  const routeTables: RouteTable[] = s.routeTables.map((t, v) => ({
    ...t,
    routes: [...t.routes, ...routesOf(v, plan.mainRoutes[v] ?? [])],
  }));
  plan.tables.forEach((t, i) => {
    const v = t.vpc % vpcCount;
    routeTables.push({
      id: `rtb-t${i}`,
      name: `rtb-${i}`,
      vpcId: vpcId(v),
      main: false,
      routes: [
        { destination: vpcCidr(v), target: 'local', state: 'active' },
        ...routesOf(v, t.routes),
      ],
    });
  });

  // Associations: index 0 is the default ACL / main table, others the VPC's own.
  const associated = subnets.map((x, i): Subnet => {
    const p = plan.subnets[i];
    const own = <T extends { vpcId: string; id: string }>(xs: T[]) =>
      xs.filter((y) => y.vpcId === x.vpcId);
    const acls = own(nacls);
    const tables = own(routeTables.filter((t) => !t.main));
    const acl = p && acls.length > 0 ? acls[p.nacl % (acls.length + 1)] : undefined;
    const table = p && tables.length > 0 ? tables[p.table % (tables.length + 1)] : undefined;
    return {
      ...x,
      ...(acl ? { networkAclId: acl.id } : {}),
      ...(table ? { routeTableId: table.id } : {}),
    };
  });

  return {
    ...s,
    subnets: associated,
    instances,
    securityGroups: groups,
    networkAcls: [...s.networkAcls, ...nacls],
    routeTables,
    internetGateways,
    natGateways,
    peeringConnections,
  };
}

export interface FlowPlan {
  readonly source: number;
  readonly destination: number;
  readonly protocol: number;
  readonly port: number;
  readonly sourcePort: number;
  readonly icmpType: number;
  readonly internet: number;
  /** 0: by instance ID; 1: at its public address when it has one; 2: the Amazon DNS resolver. */
  readonly addressing: number;
}

export const flowPlanArb: fc.Arbitrary<FlowPlan> = fc.record({
  source: small(8),
  destination: small(8),
  protocol: small(3),
  port: small(3),
  sourcePort: small(3),
  icmpType: small(1),
  internet: small(INTERNET_ADDRESSES.length - 1),
  addressing: fc.oneof(fc.constant(0), small(2)),
});

/** A flow between two different endpoints of the scenario (its instances and one internet host). */
export function buildFlow(s: Scenario, p: FlowPlan): FlowSpec {
  const n = s.instances.length + 1;
  const src = p.source % n;
  let dst = p.destination % n;
  if (dst === src) dst = (dst + 1) % n;
  const internet = pick(INTERNET_ADDRESSES, p.internet);
  const srcInstance = s.instances[src];
  const dstInstance = s.instances[dst];
  const source = srcInstance ? { instanceId: srcInstance.id } : { address: internet };
  let destination: FlowSpec['destination'] = dstInstance
    ? { instanceId: dstInstance.id }
    : { address: internet };
  if (p.addressing === 1 && dstInstance?.publicIp !== undefined) {
    destination = { address: dstInstance.publicIp };
  }
  if (p.addressing === 2 && srcInstance) {
    const v = srcInstance.privateIp.split('.')[1] ?? '0';
    destination = { address: `10.${v}.0.2` };
  }
  const protocol = pick(['tcp', 'udp', 'icmp', 50] as const, p.protocol);
  return {
    source,
    destination,
    protocol,
    ...(protocol === 'tcp' || protocol === 'udp'
      ? { port: pick([22, 443, 53, 8080], p.port) }
      : {}),
    ...(protocol === 'tcp' || protocol === 'udp'
      ? { sourcePort: pick([49152, 40000, 1024, 65535], p.sourcePort) }
      : {}),
    ...(protocol === 'icmp' ? { icmpType: pick([8, 3], p.icmpType) } : {}),
  };
}

/** Shuffles a copy of a list with a seeded generator. */
export function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * The same scenario with the groups of each instance, the rules of each group, the entries of each
 * ACL and the routes of each table listed in another order.
 */
export function reordered(s: Scenario, seed: number): Scenario {
  const random = rng(seed);
  return {
    ...s,
    instances: s.instances.map((i) => ({
      ...i,
      securityGroupIds: shuffled(i.securityGroupIds, random),
    })),
    securityGroups: s.securityGroups.map((g) => ({
      ...g,
      ingress: shuffled(g.ingress, random),
      egress: shuffled(g.egress, random),
    })),
    networkAcls: s.networkAcls.map((n) => ({
      ...n,
      ingress: shuffled(n.ingress, random),
      egress: shuffled(n.egress, random),
    })),
    routeTables: s.routeTables.map((t) => ({ ...t, routes: shuffled(t.routes, random) })),
  };
}

/** A security group rule drawn from the same pools as the scenario's (for "add an allow rule"). */
export function extraRule(
  s: Scenario,
  groupIndex: number,
  r: RulePlan,
): { groupId: string; rule: SecurityGroupRule } {
  const group = pick(s.securityGroups, groupIndex);
  const pool = [
    '0.0.0.0/0',
    '10.0.0.0/8',
    '198.51.100.0/24',
    ...s.instances.flatMap((i) => [
      `${i.privateIp}/32`,
      ...(i.publicIp ? [`${i.publicIp}/32`] : []),
    ]),
    ...s.securityGroups.map((g) => g.id),
  ];
  const peer = pick(pool, r.peer);
  return {
    groupId: group.id,
    rule: {
      ...ruleTraffic(r),
      peer: peer.startsWith('sg-')
        ? { kind: 'group', groupId: peer }
        : { kind: 'cidr', cidr: peer },
    },
  };
}

/** A network ACL entry drawn from the same pools as the scenario's, with the given number. */
export function extraEntry(s: Scenario, ruleNumber: number, e: EntryPlan): NaclEntry {
  const pool = [
    '0.0.0.0/0',
    '10.0.0.0/8',
    '198.51.100.0/24',
    ...s.subnets.map((x) => x.cidrBlock),
    ...s.instances.map((i) => `${i.privateIp}/32`),
  ];
  return {
    ruleNumber,
    action: e.deny ? 'deny' : 'allow',
    cidr: pick(pool, e.cidr),
    ...ruleTraffic(e),
  };
}
