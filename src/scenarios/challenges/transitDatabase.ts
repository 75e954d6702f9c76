import { addVpc, emptyScenario, newSecurityGroup } from '../../model/defaults.ts';
import type { Endpoint, NetworkInterface, SavedFlow, Scenario, Vpc } from '../../model/types.ts';
import {
  fromCidr,
  idsFor,
  instance,
  planLayout,
  sideBySide,
  route,
  subnet,
  withHubsAndEndpoints,
} from '../build.ts';

const id = idsFor('c006');

export const TRANSIT_DATABASE_IDS = {
  vpcApp: id('vpc', 1),
  vpcData: id('vpc', 2),
  sgDefaultApp: id('sg', 1),
  sgDefaultData: id('sg', 2),
  aclApp: id('acl', 1),
  aclData: id('acl', 2),
  rtbApp: id('rtb', 1),
  rtbData: id('rtb', 2),
  subnetApp: id('subnet', 1),
  subnetWeb: id('subnet', 2),
  subnetData: id('subnet', 3),
  sgApp: id('sg', 3),
  sgDb: id('sg', 4),
  tgw: id('tgw', 1),
  tgwRtb: id('tgw-rtb', 1),
  attachApp: id('tgw-attach', 1),
  attachData: id('tgw-attach', 2),
  app: id('i', 1),
  web: id('i', 2),
  db: id('eni', 1),
  goalApp: id('flow', 1),
  goalSsh: id('flow', 2),
  goalWeb: id('flow', 3),
} as const;
const ID = TRANSIT_DATABASE_IDS;

const APP_CIDR = '10.80.0.0/16';
const APP_SUBNET = '10.80.1.0/24';
const DATA_CIDR = '10.81.0.0/16';

const tcpFlow = (
  flowId: string,
  name: string,
  source: Endpoint,
  destination: Endpoint,
  port: number,
  expected: 'allowed' | 'blocked',
): SavedFlow => ({
  id: flowId,
  name,
  source,
  destination,
  protocol: 'tcp',
  port,
  expected,
  goal: true,
});

/**
 * Challenge 6: an app VPC and a data VPC joined by a transit gateway, and the database (an RDS
 * interface) out of reach. Three things are wrong: the data VPC's attachment does not propagate to
 * the transit gateway's route table (so it has no route to the data VPC), the data VPC has no
 * route back to the app VPC, and the database's group admits only its own VPC. The app subnet,
 * and only it, must reach PostgreSQL.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Scenarios.html
 */
function build(): Scenario {
  let scenario: Scenario = {
    ...emptyScenario('Challenge 6: the database across the transit gateway'),
    description:
      'An app VPC and a data VPC, both attached to a transit gateway; the RDS database never answers.',
    challenge: {
      task:
        'app-1 (app VPC) must query PostgreSQL on orders-db, an RDS database in the data VPC, ' +
        'across the transit gateway. web-1, in the app VPC’s other subnet, must not reach it, and ' +
        'SSH stays closed. Look at the transit gateway’s route table, both VPCs’ route tables and ' +
        'the database’s group.',
      locked: [ID.app, ID.web, ID.db, ID.subnetApp, ID.subnetWeb, ID.subnetData],
    },
  };
  const add = (
    name: string,
    cidrBlock: string,
    ids: { vpc: string; securityGroup: string; networkAcl: string; routeTable: string },
  ): Vpc => {
    const result = addVpc(scenario, { cidrBlock, name, ids });
    scenario = result.scenario;
    return result.vpc;
  };
  const app = add('app', APP_CIDR, {
    vpc: ID.vpcApp,
    securityGroup: ID.sgDefaultApp,
    networkAcl: ID.aclApp,
    routeTable: ID.rtbApp,
  });
  const data = add('data', DATA_CIDR, {
    vpc: ID.vpcData,
    securityGroup: ID.sgDefaultData,
    networkAcl: ID.aclData,
    routeTable: ID.rtbData,
  });
  const db: NetworkInterface = {
    id: ID.db,
    name: 'orders-db',
    description: 'RDSNetworkInterface',
    kind: 'rds',
    subnetId: ID.subnetData,
    privateIp: '10.81.1.20',
    secondaryPrivateIps: [],
    ipv6Addresses: [],
    securityGroupIds: [ID.sgDb],
  };
  const attachment = (attachmentId: string, name: string, vpcId: string, subnetId: string) => ({
    id: attachmentId,
    name,
    transitGatewayId: ID.tgw,
    resourceType: 'vpc' as const,
    vpcId,
    subnetIds: [subnetId],
    state: 'available' as const,
    securityGroupReferencingSupport: true,
    associatedRouteTableId: ID.tgwRtb,
  });
  return {
    ...scenario,
    // The app side routes the data VPC to the transit gateway; the data side has no route back.
    routeTables: scenario.routeTables.map((t) =>
      t.id === ID.rtbApp ? { ...t, routes: [...t.routes, route(DATA_CIDR, ID.tgw)] } : t,
    ),
    subnets: [
      subnet(ID.subnetApp, 'app', app.id, APP_SUBNET),
      subnet(ID.subnetWeb, 'web', app.id, '10.80.2.0/24'),
      subnet(ID.subnetData, 'data', data.id, '10.81.1.0/24'),
    ],
    securityGroups: [
      ...scenario.securityGroups,
      newSecurityGroup(app, 'app', ID.sgApp),
      { ...newSecurityGroup(data, 'postgres', ID.sgDb), ingress: [fromCidr(5432, DATA_CIDR)] },
    ],
    instances: [
      instance(ID.app, 'app-1', ID.subnetApp, '10.80.1.10', [ID.sgApp]),
      instance(ID.web, 'web-1', ID.subnetWeb, '10.80.2.10', [ID.sgApp]),
    ],
    networkInterfaces: [db],
    transitGateways: [
      {
        id: ID.tgw,
        name: 'core-tgw',
        state: 'available',
        securityGroupReferencingSupport: false,
        associationDefaultRouteTableId: ID.tgwRtb,
        propagationDefaultRouteTableId: ID.tgwRtb,
      },
    ],
    transitGatewayAttachments: [
      attachment(ID.attachApp, 'app', app.id, ID.subnetApp),
      attachment(ID.attachData, 'data', data.id, ID.subnetData),
    ],
    // Only the app attachment propagates: the table knows no route to the data VPC.
    transitGatewayRouteTables: [
      {
        id: ID.tgwRtb,
        name: 'default',
        transitGatewayId: ID.tgw,
        propagations: [ID.attachApp],
        routes: [],
      },
    ],
    flows: [
      tcpFlow(
        ID.goalApp,
        'app-1 → orders-db PostgreSQL',
        { instanceId: ID.app },
        { interfaceId: ID.db },
        5432,
        'allowed',
      ),
      tcpFlow(
        ID.goalSsh,
        'app-1 → orders-db SSH',
        { instanceId: ID.app },
        { interfaceId: ID.db },
        22,
        'blocked',
      ),
      tcpFlow(
        ID.goalWeb,
        'web-1 → orders-db PostgreSQL',
        { instanceId: ID.web },
        { interfaceId: ID.db },
        5432,
        'blocked',
      ),
    ],
  };
}

export const transitDatabaseScenario: Scenario = build();

export const transitDatabaseLayout = withHubsAndEndpoints(
  planLayout(
    sideBySide([
      {
        id: ID.vpcApp,
        rows: [
          [
            { id: ID.subnetApp, children: [ID.app] },
            { id: ID.subnetWeb, children: [ID.web] },
          ],
        ],
      },
      { id: ID.vpcData, rows: [[{ id: ID.subnetData, children: [ID.db] }]] },
    ]),
  ),
  [{ id: ID.tgw, vpcIds: [ID.vpcApp, ID.vpcData] }],
);
