import { addVpc, emptyScenario, newSecurityGroup } from '../../model/defaults.ts';
import type { Scenario } from '../../model/types.ts';
import {
  flow,
  fromCidr,
  idsFor,
  instance,
  on,
  planLayout,
  route,
  sideBySide,
  subnet,
} from '../build.ts';

const id = idsFor('c005');

export const PEERING_BOTH_WAYS_IDS = {
  vpcApp: id('vpc', 1),
  vpcData: id('vpc', 2),
  sgDefaultApp: id('sg', 1),
  sgDefaultData: id('sg', 2),
  aclApp: id('acl', 1),
  aclData: id('acl', 2),
  rtbApp: id('rtb', 1),
  rtbData: id('rtb', 2),
  subnetApp: id('subnet', 1),
  subnetData: id('subnet', 2),
  sgApi: id('sg', 3),
  sgData: id('sg', 4),
  pcx: id('pcx', 1),
  api: id('i', 1),
  data: id('i', 2),
  goalToData: id('flow', 1),
  goalToApi: id('flow', 2),
  goalSsh: id('flow', 3),
} as const;
const ID = PEERING_BOTH_WAYS_IDS;

const APP_CIDR = '10.70.0.0/16';
const DATA_CIDR = '10.71.0.0/16';

/**
 * Challenge 5: two VPCs that should talk both ways over a peering connection. Three things are
 * missing: the connection was never accepted, the data VPC has no route back, and the api group
 * admits HTTPS only from its own VPC.
 */
function build(): Scenario {
  let scenario: Scenario = {
    ...emptyScenario('Challenge 5: peering both ways'),
    description: 'An app VPC and a data VPC, peered on paper only.',
    challenge: {
      task:
        'api-1 (app VPC) must query PostgreSQL on data-1 (data VPC), and data-1 must call back ' +
        'api-1 on HTTPS. SSH between them stays closed. Make the peering connection carry both ' +
        'ways: its state, the routes on both sides, and the groups.',
      locked: [ID.api, ID.data, ID.subnetApp, ID.subnetData],
    },
  };
  const app = addVpc(scenario, {
    cidrBlock: APP_CIDR,
    name: 'app',
    ids: {
      vpc: ID.vpcApp,
      securityGroup: ID.sgDefaultApp,
      networkAcl: ID.aclApp,
      routeTable: ID.rtbApp,
    },
  });
  scenario = app.scenario;
  const data = addVpc(scenario, {
    cidrBlock: DATA_CIDR,
    name: 'data',
    ids: {
      vpc: ID.vpcData,
      securityGroup: ID.sgDefaultData,
      networkAcl: ID.aclData,
      routeTable: ID.rtbData,
    },
  });
  scenario = data.scenario;
  return {
    ...scenario,
    // The app side has its route; the data side has none back.
    routeTables: scenario.routeTables.map((t) =>
      t.id === ID.rtbApp ? { ...t, routes: [...t.routes, route(DATA_CIDR, ID.pcx)] } : t,
    ),
    peeringConnections: [
      {
        id: ID.pcx,
        name: 'app-data',
        requesterVpcId: ID.vpcApp,
        accepterVpcId: ID.vpcData,
        status: 'pending-acceptance',
      },
    ],
    subnets: [
      subnet(ID.subnetApp, 'app-private', ID.vpcApp, '10.70.1.0/24'),
      subnet(ID.subnetData, 'data-private', ID.vpcData, '10.71.1.0/24'),
    ],
    securityGroups: [
      ...scenario.securityGroups,
      { ...newSecurityGroup(app.vpc, 'api', ID.sgApi), ingress: [fromCidr(443, APP_CIDR)] },
      { ...newSecurityGroup(data.vpc, 'postgres', ID.sgData), ingress: [fromCidr(5432, APP_CIDR)] },
    ],
    instances: [
      instance(ID.api, 'api-1', ID.subnetApp, '10.70.1.10', [ID.sgApi]),
      instance(ID.data, 'data-1', ID.subnetData, '10.71.1.10', [ID.sgData]),
    ],
    flows: [
      flow(ID.goalToData, 'api-1 → data-1 PostgreSQL', on(ID.api), on(ID.data), 5432, 'allowed', {
        goal: true,
      }),
      flow(ID.goalToApi, 'data-1 → api-1 HTTPS callback', on(ID.data), on(ID.api), 443, 'allowed', {
        goal: true,
      }),
      flow(ID.goalSsh, 'data-1 → api-1 SSH', on(ID.data), on(ID.api), 22, 'blocked', {
        goal: true,
      }),
    ],
  };
}

export const peeringBothWaysScenario: Scenario = build();

export const peeringBothWaysLayout = planLayout(
  sideBySide([
    { id: ID.vpcApp, rows: [[{ id: ID.subnetApp, children: [ID.api] }]] },
    { id: ID.vpcData, rows: [[{ id: ID.subnetData, children: [ID.data] }]] },
  ]),
);
