import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from '../model/defaults.ts';
import type {
  Instance,
  Layout,
  NaclEntry,
  NetworkAcl,
  Scenario,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
} from '../model/types.ts';

/**
 * The classic three-tier VPC: a public web tier behind an internet gateway, an app tier and a
 * database tier in private subnets that reach the internet through a NAT gateway. Each tier admits
 * only the tier in front of it, by security group and by network ACL.
 *
 * IDs are fixed (not random) so that share links, saved flows, the layout and tests can name them.
 */
export const THREE_TIER_IDS = {
  vpc: 'vpc-0a1b2c3d4e5f60001',
  defaultSg: 'sg-0a1b2c3d4e5f60001',
  defaultAcl: 'acl-0a1b2c3d4e5f60001',
  mainRtb: 'rtb-0a1b2c3d4e5f60001',
  publicWeb: 'subnet-0a1b2c3d4e5f60001',
  privateApp: 'subnet-0a1b2c3d4e5f60002',
  privateDb: 'subnet-0a1b2c3d4e5f60003',
  igw: 'igw-0a1b2c3d4e5f60001',
  nat: 'nat-0a1b2c3d4e5f60001',
  publicRtb: 'rtb-0a1b2c3d4e5f60002',
  privateRtb: 'rtb-0a1b2c3d4e5f60003',
  sgWeb: 'sg-0a1b2c3d4e5f60002',
  sgApp: 'sg-0a1b2c3d4e5f60003',
  sgDb: 'sg-0a1b2c3d4e5f60004',
  aclApp: 'acl-0a1b2c3d4e5f60002',
  aclDb: 'acl-0a1b2c3d4e5f60003',
  web1: 'i-0a1b2c3d4e5f60001',
  web2: 'i-0a1b2c3d4e5f60002',
  app1: 'i-0a1b2c3d4e5f60003',
  app2: 'i-0a1b2c3d4e5f60004',
  db1: 'i-0a1b2c3d4e5f60005',
  db2: 'i-0a1b2c3d4e5f60006',
} as const;

const ID = THREE_TIER_IDS;
const ANYWHERE = '0.0.0.0/0';

const tcpFromCidr = (port: number, cidr: string): SecurityGroupRule => ({
  protocol: 'tcp',
  portRange: { from: port, to: port },
  peer: { kind: 'cidr', cidr },
});
const tcpFromGroup = (port: number, groupId: string): SecurityGroupRule => ({
  protocol: 'tcp',
  portRange: { from: port, to: port },
  peer: { kind: 'group', groupId },
});
const VPC_CIDR = '10.0.0.0/16';

const allowTcp = (ruleNumber: number, cidr: string, from: number, to = from): NaclEntry => ({
  ruleNumber,
  action: 'allow',
  protocol: 'tcp',
  cidr,
  portRange: { from, to },
});

function build(): Scenario {
  const base = {
    ...emptyScenario('Three-tier web application'),
    description:
      'A public web tier, a private app tier and a private database tier. The internet reaches ' +
      'only the web servers; each tier admits only the tier in front of it; the private tiers ' +
      'reach the internet through a NAT gateway.',
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: VPC_CIDR,
    name: 'three-tier',
    ids: {
      vpc: ID.vpc,
      securityGroup: ID.defaultSg,
      networkAcl: ID.defaultAcl,
      routeTable: ID.mainRtb,
    },
  });

  const subnet = (
    id: string,
    name: string,
    cidrBlock: string,
    availabilityZone: string,
    extra: Pick<Subnet, 'networkAclId' | 'routeTableId'>,
  ): Subnet => ({ id, name, vpcId: vpc.id, cidrBlock, availabilityZone, ...extra });
  // The public subnet keeps the VPC's default network ACL (no networkAclId), which allows all.
  const subnets: Subnet[] = [
    subnet(ID.publicWeb, 'public-web', '10.0.1.0/24', 'us-east-1a', { routeTableId: ID.publicRtb }),
    subnet(ID.privateApp, 'private-app', '10.0.2.0/24', 'us-east-1a', {
      routeTableId: ID.privateRtb,
      networkAclId: ID.aclApp,
    }),
    subnet(ID.privateDb, 'private-db', '10.0.3.0/24', 'us-east-1a', {
      routeTableId: ID.privateRtb,
      networkAclId: ID.aclDb,
    }),
  ];

  const withIngress = (group: SecurityGroup, ingress: SecurityGroupRule[]): SecurityGroup => ({
    ...group,
    ingress,
  });
  const groups: SecurityGroup[] = [
    withIngress(newSecurityGroup(vpc, 'web', ID.sgWeb), [
      tcpFromCidr(443, ANYWHERE),
      tcpFromCidr(80, ANYWHERE),
    ]),
    withIngress(newSecurityGroup(vpc, 'app', ID.sgApp), [tcpFromGroup(8080, ID.sgWeb)]),
    withIngress(newSecurityGroup(vpc, 'db', ID.sgDb), [tcpFromGroup(5432, ID.sgApp)]),
  ];

  // NACLs are stateless: rule 110 admits the responses that come back to the app tier's
  // ephemeral ports (from the database, and through the NAT gateway from the internet).
  const acls: NetworkAcl[] = [
    {
      ...newNetworkAcl(vpc, 'app', ID.aclApp),
      ingress: [allowTcp(100, '10.0.1.0/24', 8080), allowTcp(110, ANYWHERE, 1024, 65535)],
      egress: [{ ruleNumber: 100, action: 'allow', protocol: 'all', cidr: ANYWHERE }],
    },
    {
      ...newNetworkAcl(vpc, 'db', ID.aclDb),
      // The db ACL admits PostgreSQL from the whole VPC (and answers on the ephemeral ports); which
      // tier may connect is the db group's decision.
      ingress: [allowTcp(100, VPC_CIDR, 5432)],
      egress: [allowTcp(100, VPC_CIDR, 1024, 65535)],
    },
  ];

  const instance = (
    id: string,
    name: string,
    subnetId: string,
    privateIp: string,
    groupId: string,
    publicIp?: string,
  ): Instance => ({
    id,
    name,
    subnetId,
    privateIp,
    ...(publicIp ? { publicIp } : {}),
    securityGroupIds: [groupId],
  });
  const instances: Instance[] = [
    instance(ID.web1, 'web-1', ID.publicWeb, '10.0.1.10', ID.sgWeb, '198.51.100.11'),
    instance(ID.web2, 'web-2', ID.publicWeb, '10.0.1.11', ID.sgWeb, '198.51.100.12'),
    instance(ID.app1, 'app-1', ID.privateApp, '10.0.2.10', ID.sgApp),
    instance(ID.app2, 'app-2', ID.privateApp, '10.0.2.11', ID.sgApp),
    instance(ID.db1, 'db-1', ID.privateDb, '10.0.3.10', ID.sgDb),
    instance(ID.db2, 'db-2', ID.privateDb, '10.0.3.11', ID.sgDb),
  ];

  const local = { destination: VPC_CIDR, target: 'local', state: 'active' } as const;
  const defaultRoute = (target: string) =>
    ({ destination: ANYWHERE, target, state: 'active' }) as const;

  return {
    ...scenario,
    subnets,
    instances,
    securityGroups: [...scenario.securityGroups, ...groups],
    networkAcls: [...scenario.networkAcls, ...acls],
    routeTables: [
      ...scenario.routeTables,
      {
        id: ID.publicRtb,
        name: 'public',
        vpcId: vpc.id,
        main: false,
        routes: [local, defaultRoute(ID.igw)],
      },
      {
        id: ID.privateRtb,
        name: 'private',
        vpcId: vpc.id,
        main: false,
        routes: [local, defaultRoute(ID.nat)],
      },
    ],
    internetGateways: [{ id: ID.igw, name: 'three-tier-igw', vpcId: vpc.id }],
    natGateways: [
      {
        id: ID.nat,
        name: 'three-tier-nat',
        subnetId: ID.publicWeb,
        state: 'available',
        publicIp: '203.0.113.10',
        privateIp: '10.0.1.100',
      },
    ],
    flows: [
      {
        id: 'flow-0a1b2c3d4e5f60001',
        name: 'internet → web-1 HTTPS',
        source: { address: '203.0.113.50' },
        destination: { instanceId: ID.web1 },
        protocol: 'tcp',
        port: 443,
        expected: 'allowed',
      },
      {
        id: 'flow-0a1b2c3d4e5f60002',
        name: 'web-1 → app-1 on 8080',
        source: { instanceId: ID.web1 },
        destination: { instanceId: ID.app1 },
        protocol: 'tcp',
        port: 8080,
        expected: 'allowed',
      },
      {
        id: 'flow-0a1b2c3d4e5f60003',
        name: 'app-1 → db-1 PostgreSQL',
        source: { instanceId: ID.app1 },
        destination: { instanceId: ID.db1 },
        protocol: 'tcp',
        port: 5432,
        expected: 'allowed',
      },
      {
        // Stopped at the db group, which admits 5432 only from the app group.
        id: 'flow-0a1b2c3d4e5f60004',
        name: 'web-1 → db-1 PostgreSQL (skips the app tier)',
        source: { instanceId: ID.web1 },
        destination: { instanceId: ID.db1 },
        protocol: 'tcp',
        port: 5432,
        expected: 'blocked',
      },
      {
        // db-1 has no public address, so the internet gateway has nothing to deliver to.
        id: 'flow-0a1b2c3d4e5f60005',
        name: 'internet → db-1 PostgreSQL',
        source: { address: '203.0.113.50' },
        destination: { instanceId: ID.db1 },
        protocol: 'tcp',
        port: 5432,
        expected: 'blocked',
      },
      {
        // Out through the NAT gateway (public subnet, default ACL); the response returns to the
        // app tier on an ephemeral port, which app ACL rule 110 admits.
        id: 'flow-0a1b2c3d4e5f60006',
        name: 'app-1 → internet HTTPS via NAT',
        source: { instanceId: ID.app1 },
        destination: { address: '203.0.113.80' },
        protocol: 'tcp',
        port: 443,
        expected: 'allowed',
      },
    ],
  };
}

export const threeTierScenario: Scenario = build();

/**
 * Hand-placed layout: the internet gateway above the VPC, the tiers stacked top to bottom.
 * Child positions are relative to their container (React Flow's `parentId` convention).
 */
export const threeTierLayout: Layout = {
  nodes: {
    [ID.igw]: { x: 250, y: 0 },
    [ID.vpc]: { x: 0, y: 110, width: 670, height: 564 },
    [ID.publicWeb]: { x: 40, y: 56, width: 590, height: 140 },
    [ID.privateApp]: { x: 40, y: 220, width: 590, height: 140 },
    [ID.privateDb]: { x: 40, y: 384, width: 590, height: 140 },
    [ID.web1]: { x: 20, y: 56 },
    [ID.web2]: { x: 210, y: 56 },
    [ID.nat]: { x: 400, y: 56 },
    [ID.app1]: { x: 20, y: 56 },
    [ID.app2]: { x: 210, y: 56 },
    [ID.db1]: { x: 20, y: 56 },
    [ID.db2]: { x: 210, y: 56 },
  },
};
