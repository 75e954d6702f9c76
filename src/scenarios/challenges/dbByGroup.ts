import { addVpc, emptyScenario, newSecurityGroup } from '../../model/defaults.ts';
import type { Scenario } from '../../model/types.ts';
import {
  ANYWHERE,
  VISITOR,
  flow,
  fromCidr,
  fromGroup,
  idsFor,
  instance,
  on,
  planLayout,
  route,
  subnet,
} from '../build.ts';

const id = idsFor('c002');

export const DB_BY_GROUP_IDS = {
  vpc: id('vpc', 1),
  defaultSg: id('sg', 1),
  defaultAcl: id('acl', 1),
  mainRtb: id('rtb', 1),
  publicRtb: id('rtb', 2),
  igw: id('igw', 1),
  webSubnet: id('subnet', 1),
  appSubnet: id('subnet', 2),
  dbSubnet: id('subnet', 3),
  sgWeb: id('sg', 2),
  sgApp: id('sg', 3),
  sgDb: id('sg', 4),
  web: id('i', 1),
  app1: id('i', 2),
  app2: id('i', 3),
  db: id('i', 4),
  visitor: id('host', 1),
  goalApp1: id('flow', 1),
  goalApp2: id('flow', 2),
  goalWeb: id('flow', 3),
  goalWebApp: id('flow', 4),
} as const;
const ID = DB_BY_GROUP_IDS;

/**
 * Challenge 2: the database's group admits PostgreSQL from the web subnet's range (a mistake)
 * instead of from the app tier. The fix is a group reference, which follows the app instances
 * wherever they sit, in place of an address range.
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('Challenge 2: the app tier reaches the database'),
    description: 'Three tiers; the database admits the wrong one.',
    challenge: {
      task:
        'The app servers cannot reach PostgreSQL (TCP 5432) on db-1, yet the web server can, which ' +
        'it never should. Change the db group so that it admits 5432 from members of the app ' +
        'group (a group reference), and from nothing else.',
      locked: [ID.sgWeb, ID.sgApp, ID.web, ID.app1, ID.app2, ID.db],
    },
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '10.60.0.0/16',
    name: 'tiers',
    ids: {
      vpc: ID.vpc,
      securityGroup: ID.defaultSg,
      networkAcl: ID.defaultAcl,
      routeTable: ID.mainRtb,
    },
  });
  return {
    ...scenario,
    subnets: [
      subnet(ID.webSubnet, 'web', vpc.id, '10.60.1.0/24', { routeTableId: ID.publicRtb }),
      subnet(ID.appSubnet, 'app-1a', vpc.id, '10.60.2.0/24'),
      subnet(ID.dbSubnet, 'db', vpc.id, '10.60.3.0/24'),
    ],
    securityGroups: [
      ...scenario.securityGroups,
      { ...newSecurityGroup(vpc, 'web', ID.sgWeb), ingress: [fromCidr(443, ANYWHERE)] },
      { ...newSecurityGroup(vpc, 'app', ID.sgApp), ingress: [fromGroup(8080, ID.sgWeb)] },
      // The mistake: the web subnet's range, where the app tier was meant.
      { ...newSecurityGroup(vpc, 'db', ID.sgDb), ingress: [fromCidr(5432, '10.60.1.0/24')] },
    ],
    routeTables: [
      ...scenario.routeTables,
      {
        id: ID.publicRtb,
        name: 'public',
        vpcId: vpc.id,
        main: false,
        routes: [route('10.60.0.0/16', 'local'), route(ANYWHERE, ID.igw)],
      },
    ],
    internetGateways: [{ id: ID.igw, name: 'tiers-igw', vpcId: vpc.id }],
    instances: [
      instance(ID.web, 'web-1', ID.webSubnet, '10.60.1.10', [ID.sgWeb], {
        publicIp: '198.51.100.100',
      }),
      instance(ID.app1, 'app-1', ID.appSubnet, '10.60.2.10', [ID.sgApp]),
      instance(ID.app2, 'app-2', ID.appSubnet, '10.60.2.11', [ID.sgApp]),
      instance(ID.db, 'db-1', ID.dbSubnet, '10.60.3.10', [ID.sgDb]),
    ],
    internetHosts: [{ id: ID.visitor, name: 'visitor', address: VISITOR }],
    flows: [
      flow(ID.goalApp1, 'app-1 → db-1 PostgreSQL', on(ID.app1), on(ID.db), 5432, 'allowed', {
        goal: true,
      }),
      flow(ID.goalApp2, 'app-2 → db-1 PostgreSQL', on(ID.app2), on(ID.db), 5432, 'allowed', {
        goal: true,
      }),
      flow(ID.goalWeb, 'web-1 → db-1 PostgreSQL', on(ID.web), on(ID.db), 5432, 'blocked', {
        goal: true,
      }),
      flow(ID.goalWebApp, 'web-1 → app-1 on 8080', on(ID.web), on(ID.app1), 8080, 'allowed', {
        goal: true,
      }),
    ],
  };
}

export const dbByGroupScenario: Scenario = build();

export const dbByGroupLayout = planLayout(
  [
    {
      id: ID.vpc,
      x: 0,
      y: 60,
      gateways: [ID.igw],
      rows: [
        [{ id: ID.webSubnet, children: [ID.web] }],
        [{ id: ID.appSubnet, children: [ID.app1, ID.app2] }],
        [{ id: ID.dbSubnet, children: [ID.db] }],
      ],
    },
  ],
  [ID.visitor],
);
