import { addVpc, emptyScenario, newSecurityGroup } from '../model/defaults.ts';
import type { Scenario } from '../model/types.ts';
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
} from './build.ts';

const id = idsFor('a0b1');

export const PUBLIC_WEB_IDS = {
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
} as const;
const ID = PUBLIC_WEB_IDS;

/**
 * One web server on the internet: an internet gateway, a subnet whose route table sends 0.0.0.0/0
 * to it, a public IPv4 address, and a group open on HTTP and HTTPS to everyone but on SSH only to
 * the administrators' office range.
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules-reference.html#sg-rules-web-server
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('A public web server'),
    description:
      'A web server reachable from the internet: the internet gateway, the route to it, the public ' +
      'address, and a security group that admits HTTP and HTTPS from anywhere but SSH only from ' +
      `the administrators' range ${ADMIN_CIDR}.`,
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '10.0.0.0/16',
    name: 'web',
    ids: {
      vpc: ID.vpc,
      securityGroup: ID.defaultSg,
      networkAcl: ID.defaultAcl,
      routeTable: ID.mainRtb,
    },
  });
  const web = {
    ...newSecurityGroup(vpc, 'web-server', ID.sgWeb),
    ingress: [fromCidr(80, ANYWHERE), fromCidr(443, ANYWHERE), fromCidr(22, ADMIN_CIDR)],
  };
  return {
    ...scenario,
    subnets: [
      subnet(ID.publicSubnet, 'public', vpc.id, '10.0.1.0/24', { routeTableId: ID.publicRtb }),
    ],
    securityGroups: [...scenario.securityGroups, web],
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
    internetGateways: [{ id: ID.igw, name: 'web-igw', vpcId: vpc.id }],
    instances: [
      instance(ID.web, 'web-1', ID.publicSubnet, '10.0.1.10', [ID.sgWeb], {
        publicIp: '198.51.100.20',
      }),
    ],
    internetHosts: [
      { id: ID.visitor, name: 'visitor', address: VISITOR },
      { id: ID.admin, name: 'admin', address: ADMIN_LAPTOP },
    ],
    flows: [
      flow(id('flow', 1), 'visitor → web-1 HTTP', at(VISITOR), on(ID.web), 80, 'allowed'),
      flow(id('flow', 2), 'visitor → web-1 HTTPS', at(VISITOR), on(ID.web), 443, 'allowed'),
      flow(id('flow', 3), 'admin → web-1 SSH', at(ADMIN_LAPTOP), on(ID.web), 22, 'allowed'),
      // The SSH rule names the admin range only: the group has no rule for anyone else.
      flow(id('flow', 4), 'visitor → web-1 SSH', at(VISITOR), on(ID.web), 22, 'blocked'),
      // Outbound: the new group allows all, the route leads to the gateway, the address is public.
      flow(
        id('flow', 5),
        'web-1 → internet HTTPS (updates)',
        on(ID.web),
        at(VISITOR),
        443,
        'allowed',
      ),
    ],
  };
}

export const publicWebScenario: Scenario = build();

export const publicWebLayout = planLayout(
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
