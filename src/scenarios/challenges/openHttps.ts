import { addVpc, emptyScenario, newSecurityGroup } from '../../model/defaults.ts';
import type { Scenario } from '../../model/types.ts';
import {
  ADMIN_CIDR,
  ADMIN_LAPTOP,
  ANYWHERE,
  VISITOR,
  at,
  flow,
  fromCidr,
  idsFor,
  instance,
  on,
  planLayout,
  route,
  subnet,
} from '../build.ts';

const id = idsFor('c001');

export const OPEN_HTTPS_IDS = {
  vpc: id('vpc', 1),
  defaultSg: id('sg', 1),
  defaultAcl: id('acl', 1),
  mainRtb: id('rtb', 1),
  publicRtb: id('rtb', 2),
  igw: id('igw', 1),
  publicSubnet: id('subnet', 1),
  sgWeb: id('sg', 2),
  web: id('i', 1),
  visitor: id('host', 1),
  admin: id('host', 2),
  goalHttps: id('flow', 1),
  goalHttp: id('flow', 2),
  goalSsh: id('flow', 3),
} as const;
const ID = OPEN_HTTPS_IDS;

/**
 * Challenge 1: the web server's group admits HTTP but not HTTPS. One rule to add, in the right
 * group, without opening SSH to the world.
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('Challenge 1: open HTTPS'),
    description: 'A web server that answers HTTP but not HTTPS.',
    challenge: {
      task:
        'Visitors get a timeout on https:// while http:// works. Let HTTPS (TCP 443) reach web-1 ' +
        'from anywhere, and keep SSH closed to the internet.',
      locked: [ID.web, ID.publicRtb, ID.publicSubnet],
    },
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '10.0.0.0/16',
    name: 'shop',
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
      subnet(ID.publicSubnet, 'public', vpc.id, '10.0.1.0/24', { routeTableId: ID.publicRtb }),
    ],
    securityGroups: [
      ...scenario.securityGroups,
      {
        ...newSecurityGroup(vpc, 'web-server', ID.sgWeb),
        ingress: [fromCidr(80, ANYWHERE), fromCidr(22, ADMIN_CIDR)],
      },
    ],
    routeTables: [
      ...scenario.routeTables,
      {
        id: ID.publicRtb,
        name: 'public',
        vpcId: vpc.id,
        main: false,
        routes: [route('10.0.0.0/16', 'local'), route(ANYWHERE, ID.igw)],
      },
    ],
    internetGateways: [{ id: ID.igw, name: 'shop-igw', vpcId: vpc.id }],
    instances: [
      instance(ID.web, 'web-1', ID.publicSubnet, '10.0.1.10', [ID.sgWeb], {
        publicIp: '198.51.100.90',
      }),
    ],
    internetHosts: [
      { id: ID.visitor, name: 'visitor', address: VISITOR },
      { id: ID.admin, name: 'admin', address: ADMIN_LAPTOP },
    ],
    flows: [
      // "From anywhere": a rule that lets in the visitor alone does not meet these two.
      flow(ID.goalHttps, 'visitor → web-1 HTTPS', at(VISITOR), on(ID.web), 443, 'allowed', {
        goal: true,
        anywhere: true,
      }),
      flow(ID.goalHttp, 'visitor → web-1 HTTP', at(VISITOR), on(ID.web), 80, 'allowed', {
        goal: true,
        anywhere: true,
      }),
      flow(ID.goalSsh, 'visitor → web-1 SSH', at(VISITOR), on(ID.web), 22, 'blocked', {
        goal: true,
      }),
    ],
  };
}

export const openHttpsScenario: Scenario = build();

export const openHttpsLayout = planLayout(
  [
    {
      id: ID.vpc,
      x: 0,
      y: 60,
      gateways: [ID.igw],
      rows: [[{ id: ID.publicSubnet, children: [ID.web] }]],
    },
  ],
  [ID.visitor, ID.admin],
);
