import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from '../../model/defaults.ts';
import type {
  Instance,
  NetworkInterface,
  Scenario,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
} from '../../model/types.ts';

/** A small deterministic PRNG (mulberry32), so generated scenarios are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n: number, width = 17) => n.toString(16).padStart(width, '0');

export interface DeploymentShape {
  readonly vpcs: number;
  readonly subnetsPerVpc: number;
  readonly instances: number;
  readonly roles: number;
  readonly groups: number;
  readonly nacls: number;
  readonly seed: number;
  /**
   * How many of `instances` are made network interfaces that are not instances (an RDS or load
   * balancer interface, every `instances / interfaces`-th one), so the matrix runs over interfaces.
   */
  readonly interfaces?: number;
}

export const BENCH_SHAPE: DeploymentShape = {
  vpcs: 5,
  subnetsPerVpc: 10,
  instances: 1000,
  roles: 40,
  groups: 200,
  nacls: 10,
  seed: 42,
};

/** The matrix bench's shape: 1,000 interfaces, 200 of them not instances (RDS, load balancers). */
export const MATRIX_BENCH_SHAPE: DeploymentShape = { ...BENCH_SHAPE, interfaces: 200 };

const PORTS = [22, 80, 443, 3306, 5432, 6379, 8080, 9090, 53, 3389];

/**
 * A scenario shaped like a real deployment: VPCs of subnets, roles whose instances share a set of
 * 1–3 groups and spread over 2–3 subnets, groups with up to 10 rules (half of them group
 * references, some /32), custom NACLs, an internet gateway and a peering between the first two VPCs.
 */
export function generateDeployment(shape: DeploymentShape = BENCH_SHAPE): Scenario {
  const rand = rng(shape.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  let s = emptyScenario('generated deployment');
  const vpcIds: string[] = [];
  for (let v = 0; v < shape.vpcs; v++) {
    const r = addVpc(s, {
      cidrBlock: `10.${v * 10}.0.0/16`,
      name: `vpc-${v}`,
      ids: {
        vpc: `vpc-${hex(v + 1)}`,
        securityGroup: `sg-${hex(0xd0 + v)}`,
        networkAcl: `acl-${hex(0xd0 + v)}`,
        routeTable: `rtb-${hex(0xd0 + v)}`,
      },
    });
    s = r.scenario;
    vpcIds.push(r.vpc.id);
  }
  const igws = vpcIds.map((vpcId, v) => ({ id: `igw-${hex(v + 1)}`, name: `igw-${v}`, vpcId }));
  const pcx = {
    id: `pcx-${hex(1)}`,
    name: 'peering 0-1',
    requesterVpcId: vpcIds[0] as string,
    accepterVpcId: vpcIds[1] as string,
    status: 'active' as const,
  };
  const routeTables = s.routeTables.map((t) => {
    const v = vpcIds.indexOf(t.vpcId);
    const extra = [
      { destination: '0.0.0.0/0', target: `igw-${hex(v + 1)}`, state: 'active' as const },
    ];
    if (v === 0) extra.push({ destination: '10.10.0.0/16', target: pcx.id, state: 'active' });
    if (v === 1) extra.push({ destination: '10.0.0.0/16', target: pcx.id, state: 'active' });
    return { ...t, routes: [...t.routes, ...extra] };
  });

  const subnets: Subnet[] = [];
  vpcIds.forEach((vpcId, v) => {
    for (let k = 0; k < shape.subnetsPerVpc; k++) {
      subnets.push({
        id: `subnet-${hex(v * 100 + k + 1)}`,
        name: `subnet-${v}-${k}`,
        vpcId,
        cidrBlock: `10.${v * 10}.${k}.0/24`,
        availabilityZone: k % 2 ? 'us-east-1b' : 'us-east-1a',
      });
    }
  });

  const nacls = [];
  for (let a = 0; a < shape.nacls; a++) {
    const vpc = s.vpcs[a % shape.vpcs];
    if (!vpc) continue;
    const n = newNetworkAcl(vpc, `nacl-${a}`, `acl-${hex(a + 1)}`);
    let num = 100;
    const ingress = [];
    for (let e = 0; e < 4; e++) {
      const port = pick(PORTS);
      ingress.push({
        ruleNumber: num,
        action: rand() < 0.2 ? ('deny' as const) : ('allow' as const),
        protocol: 'tcp' as const,
        portRange: { from: port, to: port },
        cidr:
          rand() < 0.5
            ? '10.0.0.0/8'
            : `10.${(a % shape.vpcs) * 10}.${Math.floor(rand() * shape.subnetsPerVpc)}.0/24`,
      });
      num += 10;
    }
    ingress.push({
      ruleNumber: num,
      action: 'allow' as const,
      protocol: 'tcp' as const,
      portRange: { from: 1024, to: 65535 },
      cidr: '0.0.0.0/0',
    });
    ingress.push({
      ruleNumber: num + 10,
      action: 'allow' as const,
      protocol: 'all' as const,
      cidr: '10.0.0.0/8',
    });
    const egress = [
      { ruleNumber: 100, action: 'allow' as const, protocol: 'all' as const, cidr: '0.0.0.0/0' },
    ];
    nacls.push({ ...n, ingress, egress });
    // Associate the NACL with two subnets of its VPC.
    const own = subnets.filter((x) => x.vpcId === vpc.id);
    for (const x of [own[(a * 2) % own.length], own[(a * 2 + 1) % own.length]])
      if (x) x.networkAclId = n.id;
  }

  const groupsPerVpc = Math.ceil(shape.groups / shape.vpcs);
  const groups: SecurityGroup[] = [];
  for (let g = 0; g < shape.groups; g++) {
    const vpc = s.vpcs[Math.floor(g / groupsPerVpc)] ?? s.vpcs[0];
    if (!vpc) continue;
    groups.push(newSecurityGroup(vpc, `group-${g}`, `sg-${hex(g + 1)}`));
  }

  const roles: { vpcId: string; groupIds: string[]; subnetIds: string[]; public: boolean }[] = [];
  for (let r = 0; r < shape.roles; r++) {
    const v = r % shape.vpcs;
    const vpcId = vpcIds[v] as string;
    const own = groups.filter((g) => g.vpcId === vpcId);
    const groupIds = [
      ...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(own).id)),
    ];
    const subs = subnets.filter((x) => x.vpcId === vpcId);
    const subnetIds = [
      ...new Set(Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(subs).id)),
    ];
    roles.push({ vpcId, groupIds, subnetIds, public: r % 8 === 0 });
  }

  const instances: Instance[] = [];
  const nextHost = new Map<string, number>();
  for (let i = 0; i < shape.instances; i++) {
    const role = roles[i % shape.roles] as (typeof roles)[number];
    const subnetId = pick(role.subnetIds);
    const subnet = subnets.find((x) => x.id === subnetId) as Subnet;
    const host = nextHost.get(subnetId) ?? 10;
    nextHost.set(subnetId, host + 1);
    const base = subnet.cidrBlock.split('.').slice(0, 3).join('.');
    instances.push({
      id: `i-${hex(i + 1)}`,
      name: `role${i % shape.roles}-${i}`,
      subnetId,
      privateIp: `${base}.${host}`,
      ...(role.public ? { publicIp: `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}` } : {}),
      securityGroupIds: role.groupIds,
    });
  }

  // Rules: up to 10 per group, half referencing a group of the same VPC (or the peered one), some /32.
  for (const g of groups) {
    const peers = groups.filter(
      (o) => o.vpcId === g.vpcId || (g.vpcId === vpcIds[0] && o.vpcId === vpcIds[1]),
    );
    const count = 1 + Math.floor(rand() * 10);
    const ingress: SecurityGroupRule[] = [];
    for (let r = 0; r < count; r++) {
      const port = pick(PORTS);
      const portRange = { from: port, to: port };
      const roll = rand();
      if (roll < 0.5)
        ingress.push({
          protocol: 'tcp',
          portRange,
          peer: { kind: 'group', groupId: pick(peers).id },
        });
      else if (roll < 0.55)
        ingress.push({
          protocol: 'tcp',
          portRange,
          peer: { kind: 'cidr', cidr: `${pick(instances).privateIp}/32` },
        });
      else
        ingress.push({
          protocol: 'tcp',
          portRange,
          peer: { kind: 'cidr', cidr: rand() < 0.3 ? '0.0.0.0/0' : '10.0.0.0/8' },
        });
    }
    g.ingress = ingress;
  }

  // Some interfaces are not instances: they keep the same subnet, address and groups.
  const every = shape.interfaces ? Math.floor(shape.instances / shape.interfaces) : 0;
  const isInterface = (_: Instance, i: number) => every > 0 && i % every === every - 1;
  const networkInterfaces: NetworkInterface[] = instances.filter(isInterface).map((x, k) => ({
    id: `eni-${hex(k + 1)}`,
    name: x.name,
    kind: k % 2 ? 'load-balancer' : 'rds',
    subnetId: x.subnetId,
    privateIp: x.privateIp,
    secondaryPrivateIps: [],
    ...(x.publicIp ? { publicIp: x.publicIp } : {}),
    ipv6Addresses: [],
    securityGroupIds: x.securityGroupIds,
  }));

  return {
    ...s,
    subnets,
    instances: instances.filter((x, i) => !isInterface(x, i)),
    networkInterfaces,
    securityGroups: [...s.securityGroups, ...groups],
    networkAcls: [...s.networkAcls, ...nacls],
    routeTables,
    internetGateways: igws,
    peeringConnections: [pcx],
  };
}

export const BENCH_SERVICES = PORTS.map((port) => ({ protocol: 'tcp' as const, port }));
