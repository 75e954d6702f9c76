import { addVpc, emptyScenario } from '../defaults.ts';
import type {
  Instance,
  NaclEntry,
  NetworkAcl,
  NetworkInterface,
  RouteTable,
  SavedFlow,
  Scenario,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
  Tags,
  TransitGatewayAttachment,
} from '../types.ts';

/**
 * A generated AWS account shaped like a real organisation's: dozens of VPCs (one of them shared
 * services) joined by a transit gateway, each with public, app and data subnets in two
 * Availability Zones plus the transit gateway's own /28s, an internet gateway and a NAT gateway per
 * zone, about eleven security groups per VPC (a few hundred in all) that name each other, a custom
 * network ACL on the data tier, and interfaces of which most are AWS-managed: Lambda, load
 * balancer nodes, interface endpoints, RDS, caches, NAT gateways and the transit gateway's. EC2
 * instances are about one in seven. Deterministic: the same options give the same account.
 *
 * The benches and the large-account journey use it; `aws/__fixtures__/accountBundle.ts` writes
 * it as the AWS describe bundle the CLI and the app import.
 */
export interface AccountShape {
  /** Network interfaces in all (instances' primary ones included). */
  readonly interfaces: number;
  /** Default: one VPC per 400 interfaces, from 4 to 60. */
  readonly vpcs?: number;
  readonly seed?: number;
}

const ZONES = ['us-east-1a', 'us-east-1b'] as const;
const TEAMS = [
  'payments',
  'orders',
  'search',
  'identity',
  'catalog',
  'billing',
  'ledger',
  'media',
  'notify',
  'reports',
  'pricing',
  'fraud',
  'shipping',
  'support',
  'ads',
];
const ENVS = ['prod', 'staging', 'dev'];
const OFFICE = '198.51.100.0/24';
const VPN_USERS = '203.0.113.0/24';

/** mulberry32: small, fast and the same everywhere. */
function rng(seed: number): () => number {
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

const tcp = (port: number, peer: SecurityGroupRule['peer'], to = port): SecurityGroupRule => ({
  protocol: 'tcp',
  portRange: { from: port, to },
  peer,
});
const cidrPeer = (cidr: string): SecurityGroupRule['peer'] => ({ kind: 'cidr', cidr });
const groupPeer = (groupId: string): SecurityGroupRule['peer'] => ({ kind: 'group', groupId });
const ALL_OUT: SecurityGroupRule = { protocol: 'all', peer: cidrPeer('0.0.0.0/0') };

/** What one kind of interface is: where it lives, which groups it carries, what AWS calls it. */
interface Role {
  readonly key: string;
  readonly kind: NetworkInterface['kind'];
  readonly tier: 'public' | 'app' | 'data' | 'tgw';
  /** Share of a VPC's interfaces. */
  readonly share: number;
  readonly groups: readonly string[];
  readonly publicIp?: boolean;
  readonly service: string;
}

/** Shares of a VPC's interfaces; most are AWS-managed. */
const ROLES: readonly Role[] = [
  { key: 'web', kind: 'instance', tier: 'app', share: 0.07, groups: ['web'], service: 'web' },
  {
    key: 'app',
    kind: 'instance',
    tier: 'app',
    share: 0.06,
    groups: ['app', 'monitoring'],
    service: 'api',
  },
  { key: 'worker', kind: 'instance', tier: 'app', share: 0.02, groups: ['app'], service: 'jobs' },
  { key: 'lambda', kind: 'lambda', tier: 'app', share: 0.3, groups: ['lambda'], service: 'fn' },
  {
    key: 'alb',
    kind: 'load-balancer',
    tier: 'public',
    share: 0.12,
    groups: ['alb'],
    publicIp: true,
    service: 'edge',
  },
  {
    key: 'nlb',
    kind: 'load-balancer',
    tier: 'app',
    share: 0.05,
    groups: ['app'],
    service: 'internal',
  },
  {
    key: 'vpce',
    kind: 'interface-endpoint',
    tier: 'app',
    share: 0.16,
    groups: ['endpoints'],
    service: 'aws',
  },
  { key: 'rds', kind: 'rds', tier: 'data', share: 0.1, groups: ['db'], service: 'db' },
  { key: 'cache', kind: 'other', tier: 'data', share: 0.1, groups: ['cache'], service: 'cache' },
  {
    key: 'eks',
    kind: 'other',
    tier: 'app',
    share: 0.02,
    groups: ['app', 'lambda'],
    service: 'k8s',
  },
];

/** The groups of one VPC, by key, with their rules (group keys resolved to IDs). */
function vpcGroups(
  vpcId: string,
  vpcCidr: string,
  sharedCidr: string,
  id: (key: string) => string,
): SecurityGroup[] {
  const group = (
    key: string,
    ingress: SecurityGroupRule[],
    egress: SecurityGroupRule[] = [ALL_OUT],
  ): SecurityGroup => ({
    id: id(key),
    name: `${key}-sg`,
    description: `${key} tier`,
    vpcId,
    isDefault: false,
    ingress,
    egress,
  });
  return [
    group('alb', [tcp(443, cidrPeer('0.0.0.0/0')), tcp(80, cidrPeer('0.0.0.0/0'))]),
    group('web', [tcp(8080, groupPeer(id('alb'))), tcp(22, groupPeer(id('bastion')))]),
    group('app', [
      tcp(8443, groupPeer(id('web'))),
      tcp(8443, groupPeer(id('app'))),
      tcp(8443, cidrPeer('10.0.0.0/8')),
      tcp(22, groupPeer(id('bastion'))),
    ]),
    group('lambda', []),
    group('db', [
      tcp(5432, groupPeer(id('app'))),
      tcp(5432, groupPeer(id('lambda'))),
      tcp(5432, cidrPeer(sharedCidr)),
    ]),
    group('cache', [tcp(6379, groupPeer(id('app'))), tcp(6379, groupPeer(id('lambda')))]),
    group('endpoints', [tcp(443, cidrPeer(vpcCidr))]),
    group('bastion', [tcp(22, cidrPeer(OFFICE)), tcp(22, cidrPeer(VPN_USERS))]),
    group('monitoring', [tcp(9100, cidrPeer(sharedCidr)), tcp(9090, cidrPeer(sharedCidr))]),
    group('batch', [tcp(8080, groupPeer(id('app')))]),
  ];
}

/** The data tier's network ACL: the databases' ports from inside the organisation, and replies. */
function dataAcl(vpcId: string, id: string): NetworkAcl {
  const allow = (ruleNumber: number, cidr: string, from: number, to = from): NaclEntry => ({
    ruleNumber,
    action: 'allow',
    protocol: 'tcp',
    cidr,
    portRange: { from, to },
  });
  return {
    id,
    name: 'data-acl',
    vpcId,
    isDefault: false,
    ingress: [
      allow(100, '10.0.0.0/8', 5432),
      allow(110, '10.0.0.0/8', 6379),
      allow(120, '10.0.0.0/8', 1024, 65535),
    ],
    egress: [allow(100, '10.0.0.0/8', 1024, 65535), allow(110, '0.0.0.0/0', 443)],
  };
}

/**
 * Generates the account. About 11 groups per VPC, 8 subnets per VPC, 2 NAT gateways per VPC, one
 * transit gateway with an attachment per VPC and a route table that knows every VPC.
 */
export function generateAccount(shape: AccountShape): Scenario {
  const random = rng(shape.seed ?? 7);
  const vpcCount = shape.vpcs ?? Math.min(60, Math.max(4, Math.round(shape.interfaces / 400)));
  let serial = 0;
  const next = (prefix: string) => `${prefix}-${hex(++serial)}`;
  let s: Scenario = { ...emptyScenario(`Generated account (${shape.interfaces} interfaces)`) };
  const subnets: Subnet[] = [];
  const groups: SecurityGroup[] = [];
  const acls: NetworkAcl[] = [];
  const tables: RouteTable[] = [];
  const instances: Instance[] = [];
  const enis: NetworkInterface[] = [];
  const attachments: TransitGatewayAttachment[] = [];
  const tgwId = next('tgw');
  const tgwRtbId = next('tgw-rtb');
  const sharedCidr = '10.0.0.0/16';
  const cursorOf = new Map<string, number>();
  let publicSerial = 1;
  const publicIp = () => {
    const n = publicSerial++;
    return `52.${(n >> 16) & 255}.${(n >> 8) & 255}.${(n & 255) + 0}`;
  };
  // The remainder of the interfaces after the NAT and transit gateway ones, spread over the VPCs.
  const fixedPerVpc = ZONES.length * 2;
  const perVpc = Math.max(1, Math.floor((shape.interfaces - vpcCount * fixedPerVpc) / vpcCount));
  let leftover = shape.interfaces - vpcCount * (fixedPerVpc + perVpc);

  for (let v = 0; v < vpcCount; v++) {
    const team = v === 0 ? 'shared' : (TEAMS[(v - 1) % TEAMS.length] as string);
    const env =
      v === 0 ? 'prod' : (ENVS[Math.floor((v - 1) / TEAMS.length) % ENVS.length] as string);
    const vpcCidr = `10.${v}.0.0/16`;
    const added = addVpc(s, {
      cidrBlock: vpcCidr,
      name: `${env}-${team}`,
      ids: {
        vpc: next('vpc'),
        securityGroup: next('sg'),
        networkAcl: next('acl'),
        routeTable: next('rtb'),
      },
    });
    s = added.scenario;
    const vpc = added.vpc;
    const gid = new Map<string, string>();
    const id = (key: string) => {
      let g = gid.get(key);
      if (g === undefined) {
        g = next('sg');
        gid.set(key, g);
      }
      return g;
    };
    groups.push(...vpcGroups(vpc.id, vpcCidr, sharedCidr, id));
    const igw = next('igw');
    s = {
      ...s,
      internetGateways: [
        ...s.internetGateways,
        { id: igw, name: `${vpc.name}-igw`, vpcId: vpc.id },
      ],
    };
    const acl = dataAcl(vpc.id, next('acl'));
    acls.push(acl);
    const publicRtb: RouteTable = {
      id: next('rtb'),
      name: `${vpc.name}-public`,
      vpcId: vpc.id,
      main: false,
      routes: [
        { destination: vpcCidr, target: 'local', state: 'active' },
        { destination: '0.0.0.0/0', target: igw, state: 'active' },
        { destination: '10.0.0.0/8', target: tgwId, state: 'active' },
      ],
    };
    const dataRtb: RouteTable = {
      id: next('rtb'),
      name: `${vpc.name}-data`,
      vpcId: vpc.id,
      main: false,
      routes: [
        { destination: vpcCidr, target: 'local', state: 'active' },
        { destination: '10.0.0.0/8', target: tgwId, state: 'active' },
      ],
    };
    tables.push(publicRtb, dataRtb);
    // Subnets: public, app, data per zone, then the transit gateway's /28s.
    const tierSubnets = new Map<string, Subnet[]>();
    const cursor = cursorOf;
    const tierBase = { public: 0, app: 64, data: 128, tgw: 250 } as const;
    ZONES.forEach((zone, z) => {
      const natSubnetId = next('subnet');
      const natId = next('nat');
      const privateRtb: RouteTable = {
        id: next('rtb'),
        name: `${vpc.name}-private-${zone.slice(-1)}`,
        vpcId: vpc.id,
        main: false,
        routes: [
          { destination: vpcCidr, target: 'local', state: 'active' },
          { destination: '0.0.0.0/0', target: natId, state: 'active' },
          { destination: '10.0.0.0/8', target: tgwId, state: 'active' },
        ],
      };
      tables.push(privateRtb);
      for (const tier of ['public', 'app', 'data', 'tgw'] as const) {
        const third = tierBase[tier] + z * (tier === 'tgw' ? 1 : 32);
        const subnet: Subnet = {
          id: tier === 'public' ? natSubnetId : next('subnet'),
          name: `${vpc.name}-${tier}-${zone.slice(-1)}`,
          vpcId: vpc.id,
          cidrBlock: tier === 'tgw' ? `10.${v}.${third}.0/28` : `10.${v}.${third}.0/19`,
          availabilityZone: zone,
          routeTableId:
            tier === 'public' ? publicRtb.id : tier === 'data' ? dataRtb.id : privateRtb.id,
          ...(tier === 'data' ? { networkAclId: acl.id } : {}),
        };
        subnets.push(subnet);
        tierSubnets.set(tier, [...(tierSubnets.get(tier) ?? []), subnet]);
        cursor.set(subnet.id, 4); // AWS keeps the first four addresses of every subnet
      }
      const natPublic = publicIp();
      const natPrivate = `10.${v}.${tierBase.public + z * 32}.4`;
      cursor.set(natSubnetId, 5);
      s = {
        ...s,
        natGateways: [
          ...s.natGateways,
          {
            id: natId,
            name: `${vpc.name}-nat-${zone.slice(-1)}`,
            subnetId: natSubnetId,
            state: 'available',
            publicIp: natPublic,
            privateIp: natPrivate,
          },
        ],
      };
      enis.push({
        id: next('eni'),
        name: `${vpc.name}-nat-${zone.slice(-1)}`,
        description: `Interface for NAT Gateway ${natId}`,
        kind: 'nat-gateway',
        subnetId: natSubnetId,
        privateIp: natPrivate,
        secondaryPrivateIps: [],
        publicIp: natPublic,
        ipv6Addresses: [],
        securityGroupIds: [],
      });
    });
    // The transit gateway attachment, with its interface in each zone's /28.
    const attachmentId = next('tgw-attach');
    const tgwSubnets = tierSubnets.get('tgw') ?? [];
    attachments.push({
      id: attachmentId,
      name: `${vpc.name}-attachment`,
      transitGatewayId: tgwId,
      resourceType: 'vpc',
      vpcId: vpc.id,
      subnetIds: tgwSubnets.map((t) => t.id),
      state: 'available',
      securityGroupReferencingSupport: true,
      associatedRouteTableId: tgwRtbId,
    });
    for (const t of tgwSubnets) {
      enis.push({
        id: next('eni'),
        name: `${vpc.name}-tgw-${t.availabilityZone.slice(-1)}`,
        description: `Network Interface for Transit Gateway Attachment ${attachmentId}`,
        kind: 'transit-gateway-attachment',
        subnetId: t.id,
        privateIp: addressIn(t, cursor),
        secondaryPrivateIps: [],
        ipv6Addresses: [],
        securityGroupIds: [],
      });
    }
    // The VPC's own interfaces, by role.
    const count = perVpc + (leftover-- > 0 ? 1 : 0);
    let made = 0;
    ROLES.forEach((role, r) => {
      const n = r === ROLES.length - 1 ? count - made : Math.round(count * role.share);
      for (let k = 0; k < n && made < count; k++, made++) {
        const choices = tierSubnets.get(role.tier) ?? [];
        const subnet = choices[k % choices.length] as Subnet;
        // One in ten instances also carries the batch group: groups vary within a subnet.
        const extra = role.kind === 'instance' && random() < 0.1 ? [id('batch')] : [];
        const sgs = [...role.groups.map(id), ...extra];
        const tags: Tags = { team, env, service: `${team}-${role.service}` };
        const privateIp = addressIn(subnet, cursor);
        const name = `${vpc.name}-${role.key}-${k + 1}`;
        const pub = role.publicIp ? publicIp() : undefined;
        if (role.kind === 'instance') {
          instances.push({
            id: next('i'),
            name,
            subnetId: subnet.id,
            privateIp,
            ...(pub ? { publicIp: pub } : {}),
            securityGroupIds: sgs,
            primaryInterfaceId: next('eni'),
            tags: { Name: name, ...tags },
          });
        } else {
          enis.push({
            id: next('eni'),
            name,
            description: describeManaged(role, name),
            kind: role.kind,
            subnetId: subnet.id,
            privateIp,
            secondaryPrivateIps: [],
            ...(pub ? { publicIp: pub } : {}),
            ipv6Addresses: [],
            securityGroupIds: sgs,
            tags,
          });
        }
      }
    });
  }
  const vpcs = s.vpcs;
  // A bastion in the shared VPC, reachable from the office and the VPN users.
  const shared = subnets.find((x) => x.vpcId === vpcs[0]?.id && x.name.includes('public'));
  const bastionGroup = groups.find((g) => g.vpcId === vpcs[0]?.id && g.name === 'bastion-sg');
  if (shared && bastionGroup) {
    instances.push({
      id: next('i'),
      name: 'bastion',
      subnetId: shared.id,
      privateIp: addressIn(shared, cursorOf),
      publicIp: publicIp(),
      securityGroupIds: [bastionGroup.id],
      primaryInterfaceId: next('eni'),
      tags: { Name: 'bastion', team: 'shared', env: 'prod', service: 'shared-bastion' },
    });
  }
  const flows: SavedFlow[] = [];
  const first = (kind: string, vpcIndex: number) =>
    [...instances, ...enis].find(
      (x) => x.name.startsWith(`${vpcs[vpcIndex]?.name}-${kind}-`) && 'subnetId' in x,
    );
  for (let v = 1; v < Math.min(vpcs.length, 6); v++) {
    const app = first('app', v);
    const rds = first('rds', v);
    const alb = first('alb', v);
    if (app && rds && 'privateIp' in app) {
      flows.push({
        id: `flow-${flows.length + 1}`,
        name: `${vpcs[v]?.name} app → database`,
        source: 'primaryInterfaceId' in app ? { instanceId: app.id } : { interfaceId: app.id },
        destination: { interfaceId: rds.id },
        protocol: 'tcp',
        port: 5432,
        expected: 'allowed',
      });
    }
    if (alb) {
      flows.push({
        id: `flow-${flows.length + 1}`,
        name: `internet → ${vpcs[v]?.name} load balancer HTTPS`,
        source: { address: '203.0.113.50' },
        destination: { interfaceId: alb.id },
        protocol: 'tcp',
        port: 443,
        expected: 'allowed',
      });
    }
  }
  return {
    ...s,
    description:
      'A generated organisation: VPCs joined by a transit gateway, most interfaces AWS-managed.',
    subnets,
    securityGroups: [...s.securityGroups, ...groups],
    networkAcls: [...s.networkAcls, ...acls],
    routeTables: [...s.routeTables, ...tables],
    instances,
    networkInterfaces: enis,
    transitGateways: [
      {
        id: tgwId,
        name: 'org-hub',
        state: 'available',
        securityGroupReferencingSupport: false,
        associationDefaultRouteTableId: tgwRtbId,
        propagationDefaultRouteTableId: tgwRtbId,
      },
    ],
    transitGatewayAttachments: attachments,
    transitGatewayRouteTables: [
      {
        id: tgwRtbId,
        name: 'org-hub-routes',
        transitGatewayId: tgwId,
        // Every VPC attachment propagates its VPC's block: each VPC reaches every other.
        propagations: attachments.map((a) => a.id),
        routes: [],
      },
    ],
    flows,
  };
}

/** The next free address of a subnet (AWS keeps the first four). */
function addressIn(subnet: Subnet, cursor: Map<string, number>): string {
  const offset = cursor.get(subnet.id) ?? 4;
  cursor.set(subnet.id, offset + 1);
  const [a, b, c] = subnet.cidrBlock.split('.').map(Number) as [number, number, number];
  const value = c * 256 + offset;
  return `${a}.${b}.${value >> 8}.${value & 255}`;
}

/** A number from a text (FNV-1a), for IDs that only need to look like AWS's. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193) >>> 0;
  return h;
}

/** The description AWS gives a requester-managed interface of this kind. */
function describeManaged(role: Role, name: string): string {
  switch (role.kind) {
    case 'lambda':
      return `AWS Lambda VPC ENI-${name}`;
    case 'load-balancer':
      return `ELB ${role.key === 'nlb' ? 'net' : 'app'}/${name}/50dc6c495c0c9188`;
    case 'interface-endpoint':
      return `VPC Endpoint Interface vpce-${hex(hash(name))}`;
    case 'rds':
      return 'RDSNetworkInterface';
    default:
      return `ElastiCache ${name}`;
  }
}
