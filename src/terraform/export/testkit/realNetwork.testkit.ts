import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from '../../../model/defaults.ts';
import { ScenarioSchema } from '../../../model/schema.ts';
import type { Scenario, SecurityGroupRule } from '../../../model/types.ts';

/**
 * Test data: a network with everything the export writes beyond the built-in scenarios (model
 * version 2): a secondary CIDR block, an instance with a secondary address and Elastic IPs, an
 * extra interface attached at device index 1, a standalone interface, an RDS interface (AWS's:
 * left out), a customer prefix list named by a rule, the S3 list with a gateway endpoint, an
 * interface endpoint, an egress-only gateway, a transit gateway with its default table, a table
 * of its own, a static and a blackhole route, a pending peering connection, and the default
 * group, ACL and main table changed, and another table made main.
 */
const id = (prefix: string, n: number) => `${prefix}-0e${String(n).padStart(15, '0')}`;

const tcp = (port: number, peer: SecurityGroupRule['peer']): SecurityGroupRule => ({
  protocol: 'tcp',
  portRange: { from: port, to: port },
  peer,
});

function build(): Scenario {
  let s = { ...emptyScenario('Hub and spoke'), description: 'Model version 2 export test data.' };
  const hubIds = {
    vpc: id('vpc', 1),
    securityGroup: id('sg', 1),
    networkAcl: id('acl', 1),
    routeTable: id('rtb', 1),
  };
  const hub = addVpc(s, {
    cidrBlock: '10.10.0.0/16',
    name: 'hub',
    ipv6CidrBlock: '2600:1f18:aaaa:1000::/56',
    ids: hubIds,
  });
  s = hub.scenario;
  const spokeIds = {
    vpc: id('vpc', 2),
    securityGroup: id('sg', 2),
    networkAcl: id('acl', 2),
    routeTable: id('rtb', 2),
  };
  const spoke = addVpc(s, { cidrBlock: '10.20.0.0/16', name: 'spoke', ids: spokeIds });
  s = spoke.scenario;
  const hubVpc = { ...hub.vpc, cidrBlocks: ['10.10.0.0/16', '100.64.0.0/24'] };
  const sgWeb = newSecurityGroup(hubVpc, 'web', id('sg', 3));
  const sgDb = newSecurityGroup(hubVpc, 'db', id('sg', 4));
  const sgApi = newSecurityGroup(spoke.vpc, 'api', id('sg', 5));
  const sgEndpoint = newSecurityGroup(hubVpc, 'endpoint', id('sg', 6));
  const office = id('pl', 1);
  const s3 = 'pl-63a5400a';
  return ScenarioSchema.parse({
    ...s,
    vpcs: [hubVpc, spoke.vpc],
    subnets: [
      {
        id: id('subnet', 1),
        name: 'hub-public',
        vpcId: hubIds.vpc,
        cidrBlock: '10.10.1.0/24',
        ipv6CidrBlock: '2600:1f18:aaaa:1001::/64',
        availabilityZone: 'eu-west-1a',
        routeTableId: id('rtb', 3),
      },
      {
        id: id('subnet', 2),
        name: 'hub-data',
        vpcId: hubIds.vpc,
        cidrBlock: '10.10.2.0/24',
        availabilityZone: 'eu-west-1a',
        networkAclId: id('acl', 3),
      },
      {
        id: id('subnet', 3),
        name: 'hub-extra',
        vpcId: hubIds.vpc,
        cidrBlock: '100.64.0.0/26',
        availabilityZone: 'eu-west-1a',
      },
      {
        id: id('subnet', 4),
        name: 'spoke-app',
        vpcId: spokeIds.vpc,
        cidrBlock: '10.20.1.0/24',
        availabilityZone: 'eu-west-1a',
        routeTableId: id('rtb', 4),
      },
    ],
    securityGroups: [
      ...s.securityGroups.map((g) =>
        g.id === hubIds.securityGroup
          ? { ...g, ingress: [...g.ingress, tcp(22, { kind: 'prefixList', prefixListId: office })] }
          : g,
      ),
      {
        ...sgWeb,
        ingress: [
          tcp(443, { kind: 'cidr', cidr: '0.0.0.0/0' }),
          tcp(443, { kind: 'cidr', cidr: '::/0' }),
        ],
      },
      {
        ...sgDb,
        ingress: [
          tcp(5432, { kind: 'group', groupId: sgWeb.id }),
          tcp(5432, { kind: 'cidr', cidr: '10.20.0.0/16' }),
        ],
        egress: [],
      },
      {
        ...sgApi,
        ingress: [
          tcp(8080, { kind: 'cidr', cidr: '10.10.0.0/16' }),
          {
            protocol: 'icmp',
            icmpTypeCode: { type: 8, code: -1 },
            peer: { kind: 'cidr', cidr: '10.10.0.0/16' },
          },
        ],
      },
      { ...sgEndpoint, ingress: [tcp(443, { kind: 'cidr', cidr: '10.10.0.0/16' })] },
    ],
    networkAcls: s.networkAcls
      .map((a) =>
        a.id === hubIds.networkAcl
          ? {
              ...a,
              ingress: [
                {
                  ruleNumber: 90,
                  action: 'deny',
                  protocol: 'tcp',
                  cidr: '198.51.100.0/24',
                  portRange: { from: 443, to: 443 },
                },
                ...a.ingress,
              ],
            }
          : a,
      )
      .concat([
        {
          ...newNetworkAcl(hubVpc, 'data', id('acl', 3)),
          ingress: [
            {
              ruleNumber: 100,
              action: 'allow',
              protocol: 'tcp',
              cidr: '10.0.0.0/8',
              portRange: { from: 5432, to: 5432 },
            },
            {
              ruleNumber: 110,
              action: 'allow',
              protocol: 'icmp',
              cidr: '10.0.0.0/8',
              icmpTypeCode: { type: -1, code: -1 },
            },
          ],
          egress: [{ ruleNumber: 100, action: 'allow', protocol: 'all', cidr: '0.0.0.0/0' }],
        },
      ]),
    routeTables: [
      ...s.routeTables.map((t) =>
        t.id === hubIds.routeTable
          ? {
              ...t,
              main: false,
              routes: [
                ...t.routes,
                { destination: '10.20.0.0/16', target: id('tgw', 1), state: 'active' },
              ],
            }
          : t.id === spokeIds.routeTable
            ? {
                ...t,
                routes: [
                  ...t.routes,
                  { destination: '10.10.0.0/16', target: id('tgw', 1), state: 'active' },
                ],
              }
            : t,
      ),
      {
        id: id('rtb', 3),
        name: 'hub-public',
        vpcId: hubIds.vpc,
        main: false,
        routes: [
          { destination: '10.10.0.0/16', target: 'local', state: 'active' },
          { destination: '100.64.0.0/24', target: 'local', state: 'active' },
          { destination: '2600:1f18:aaaa:1000::/56', target: 'local', state: 'active' },
          { destination: '0.0.0.0/0', target: id('igw', 1), state: 'active' },
          { destination: '::/0', target: id('eigw', 1), state: 'active' },
          { destination: '10.20.0.0/16', target: id('tgw', 1), state: 'active' },
          { destination: s3, target: id('vpce', 1), state: 'active' },
        ],
      },
      {
        id: id('rtb', 5),
        name: 'hub-main',
        vpcId: hubIds.vpc,
        main: true,
        routes: [
          { destination: '10.10.0.0/16', target: 'local', state: 'active' },
          { destination: '100.64.0.0/24', target: 'local', state: 'active' },
          { destination: '2600:1f18:aaaa:1000::/56', target: 'local', state: 'active' },
          { destination: '10.20.0.0/16', target: id('tgw', 1), state: 'active' },
          { destination: '0.0.0.0/0', target: id('nat', 1), state: 'active' },
        ],
      },
      {
        id: id('rtb', 4),
        name: 'spoke-app',
        vpcId: spokeIds.vpc,
        main: false,
        routes: [
          { destination: '10.20.0.0/16', target: 'local', state: 'active' },
          { destination: '10.10.0.0/16', target: id('tgw', 1), state: 'active' },
          { destination: '192.168.0.0/16', target: id('pcx', 1), state: 'active' },
        ],
      },
    ],
    natGateways: [
      {
        id: id('nat', 1),
        name: 'hub-nat',
        subnetId: id('subnet', 1),
        publicIp: '203.0.113.30',
        privateIp: '10.10.1.100',
      },
    ],
    internetGateways: [{ id: id('igw', 1), name: 'hub-igw', vpcId: hubIds.vpc }],
    egressOnlyInternetGateways: [{ id: id('eigw', 1), name: 'hub-eigw', vpcId: hubIds.vpc }],
    peeringConnections: [
      {
        id: id('pcx', 1),
        name: 'hub-spoke',
        requesterVpcId: hubIds.vpc,
        accepterVpcId: spokeIds.vpc,
        status: 'pending-acceptance',
      },
    ],
    instances: [
      {
        id: id('i', 1),
        name: 'web',
        subnetId: id('subnet', 1),
        privateIp: '10.10.1.10',
        publicIp: '203.0.113.20',
        publicIpSource: 'elastic',
        ipv6Address: '2600:1f18:aaaa:1001::10',
        secondaryPrivateIps: [{ address: '10.10.1.11' }],
        securityGroupIds: [sgWeb.id],
        tags: { Name: 'web', Tier: 'web' },
      },
      {
        id: id('i', 2),
        name: 'db',
        subnetId: id('subnet', 2),
        privateIp: '10.10.2.10',
        securityGroupIds: [sgDb.id],
      },
      {
        id: id('i', 3),
        name: 'api',
        subnetId: id('subnet', 4),
        privateIp: '10.20.1.10',
        securityGroupIds: [sgApi.id],
      },
    ],
    networkInterfaces: [
      {
        id: id('eni', 1),
        name: 'web-admin',
        kind: 'instance',
        subnetId: id('subnet', 3),
        privateIp: '100.64.0.10',
        publicIp: '203.0.113.21',
        publicIpSource: 'elastic',
        securityGroupIds: [hubIds.securityGroup],
        attachment: { instanceId: id('i', 1), deviceIndex: 1 },
      },
      {
        id: id('eni', 2),
        name: 'spare',
        kind: 'other',
        subnetId: id('subnet', 2),
        privateIp: '10.10.2.20',
        secondaryPrivateIps: [{ address: '10.10.2.21' }],
        securityGroupIds: [sgDb.id],
      },
      {
        id: id('eni', 3),
        name: 'orders-db',
        kind: 'rds',
        subnetId: id('subnet', 2),
        privateIp: '10.10.2.30',
        securityGroupIds: [sgDb.id],
      },
    ],
    prefixLists: [
      {
        id: office,
        name: 'office',
        addressFamily: 'IPv4',
        managedBy: 'customer',
        maxEntries: 5,
        entries: [{ cidr: '192.0.2.0/28', description: 'HQ' }],
      },
      {
        id: s3,
        name: 'com.amazonaws.eu-west-1.s3',
        addressFamily: 'IPv4',
        managedBy: 'aws',
        entries: [{ cidr: '52.218.0.0/17' }],
      },
    ],
    vpcEndpoints: [
      {
        id: id('vpce', 1),
        name: 's3',
        vpcId: hubIds.vpc,
        type: 'gateway',
        serviceName: 'com.amazonaws.eu-west-1.s3',
        routeTableIds: [id('rtb', 3)],
        prefixListId: s3,
      },
      {
        id: id('vpce', 2),
        name: 'sqs',
        vpcId: hubIds.vpc,
        type: 'interface',
        serviceName: 'com.amazonaws.eu-west-1.sqs',
        subnetIds: [id('subnet', 2)],
        securityGroupIds: [sgEndpoint.id],
      },
    ],
    transitGateways: [
      {
        id: id('tgw', 1),
        name: 'core',
        securityGroupReferencingSupport: false,
        associationDefaultRouteTableId: id('tgw-rtb', 1),
        propagationDefaultRouteTableId: id('tgw-rtb', 1),
      },
    ],
    transitGatewayAttachments: [
      {
        id: id('tgw-attach', 1),
        name: 'hub',
        transitGatewayId: id('tgw', 1),
        vpcId: hubIds.vpc,
        subnetIds: [id('subnet', 2)],
        associatedRouteTableId: id('tgw-rtb', 1),
      },
      {
        id: id('tgw-attach', 2),
        name: 'spoke',
        transitGatewayId: id('tgw', 1),
        vpcId: spokeIds.vpc,
        subnetIds: [id('subnet', 4)],
        associatedRouteTableId: id('tgw-rtb', 2),
      },
    ],
    transitGatewayRouteTables: [
      {
        id: id('tgw-rtb', 1),
        name: 'core default',
        transitGatewayId: id('tgw', 1),
        propagations: [id('tgw-attach', 1), id('tgw-attach', 2)],
      },
      {
        id: id('tgw-rtb', 2),
        name: 'spokes',
        transitGatewayId: id('tgw', 1),
        propagations: [id('tgw-attach', 2)],
        routes: [
          { destination: '10.10.0.0/16', attachmentId: id('tgw-attach', 1), type: 'static' },
          { destination: '10.10.2.0/25', state: 'blackhole', type: 'static' },
        ],
      },
    ],
    flows: [
      {
        id: 'f1',
        name: 'internet → web HTTPS (Elastic IP)',
        source: { address: '192.0.2.200' },
        destination: { instanceId: id('i', 1) },
        protocol: 'tcp',
        port: 443,
      },
      {
        id: 'f2',
        name: 'denied range → web HTTPS',
        source: { address: '198.51.100.7' },
        destination: { instanceId: id('i', 1) },
        protocol: 'tcp',
        port: 443,
      },
      {
        id: 'f3',
        name: 'IPv6 internet → web HTTPS',
        source: { address: '2001:db8::1' },
        destination: { instanceId: id('i', 1) },
        protocol: 'tcp',
        port: 443,
      },
      {
        id: 'f4',
        name: 'web → IPv6 internet via egress-only',
        source: { instanceId: id('i', 1) },
        destination: { address: '2001:db8::2' },
        protocol: 'tcp',
        port: 443,
      },
      {
        id: 'f5',
        name: 'web → db PostgreSQL',
        source: { instanceId: id('i', 1) },
        destination: { instanceId: id('i', 2) },
        protocol: 'tcp',
        port: 5432,
      },
      {
        id: 'f6',
        name: 'web → orders-db (RDS)',
        source: { instanceId: id('i', 1) },
        destination: { interfaceId: id('eni', 3) },
        protocol: 'tcp',
        port: 5432,
      },
      {
        id: 'f7',
        name: 'api → db across the transit gateway',
        source: { instanceId: id('i', 3) },
        destination: { instanceId: id('i', 2) },
        protocol: 'tcp',
        port: 5432,
      },
      {
        id: 'f8',
        name: 'web → api across the transit gateway',
        source: { instanceId: id('i', 1) },
        destination: { instanceId: id('i', 3) },
        protocol: 'tcp',
        port: 8080,
      },
      {
        id: 'f9',
        name: 'office → web-admin SSH',
        source: { address: '192.0.2.5' },
        destination: { interfaceId: id('eni', 1) },
        protocol: 'tcp',
        port: 22,
      },
      {
        id: 'f10',
        name: 'web → S3 through the gateway endpoint',
        source: { instanceId: id('i', 1) },
        destination: { address: '52.218.1.1' },
        protocol: 'tcp',
        port: 443,
      },
      {
        id: 'f11',
        name: 'web → spare interface',
        source: { instanceId: id('i', 1) },
        destination: { interfaceId: id('eni', 2) },
        protocol: 'tcp',
        port: 5432,
      },
      {
        id: 'f12',
        name: 'api pings db',
        source: { instanceId: id('i', 3) },
        destination: { instanceId: id('i', 2) },
        protocol: 'icmp',
      },
    ],
  });
}

export const realNetwork: Scenario = build();
