import { addVpc, emptyScenario, newSecurityGroup } from '../model/defaults.ts';
import type { Scenario } from '../model/types.ts';
import {
  ANYWHERE,
  ANYWHERE_V6,
  VISITOR,
  VISITOR_V6,
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

const id = idsFor('1b60');

export const IPV6_IDS = {
  vpc: id('vpc', 1),
  defaultSg: id('sg', 1),
  defaultAcl: id('acl', 1),
  mainRtb: id('rtb', 1),
  publicRtb: id('rtb', 2),
  igw: id('igw', 1),
  publicSubnet: id('subnet', 1),
  sgDual: id('sg', 2),
  sgV4: id('sg', 3),
  web: id('i', 1),
  api: id('i', 2),
  visitor: id('host', 1),
  visitor6: id('host', 2),
} as const;
const ID = IPV6_IDS;

const VPC_V6 = '2600:1f18:4a3b:1200::/56';
const SUBNET_V6 = '2600:1f18:4a3b:1201::/64';
const WEB_V6 = '2600:1f18:4a3b:1201::10';
const API_V6 = '2600:1f18:4a3b:1201::11';

/**
 * A dual-stack subnet: the VPC and subnet carry IPv6 blocks, the route table sends both 0.0.0.0/0
 * and ::/0 to the internet gateway, and a group needs IPv6 rules of its own: 0.0.0.0/0 does not
 * match IPv6 sources. An instance's IPv6 address is public (no NAT, no separate public address).
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-migrate-ipv6.html
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('An IPv6 dual-stack subnet'),
    description:
      'A subnet with IPv4 and IPv6: routes for 0.0.0.0/0 and ::/0 to the internet gateway, and ' +
      'security group rules for each family. web-1 admits HTTPS from 0.0.0.0/0 and ::/0; api-1 ' +
      'only from 0.0.0.0/0, so IPv6 clients are turned away.',
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '10.50.0.0/16',
    ipv6CidrBlock: VPC_V6,
    name: 'dual-stack',
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
      subnet(ID.publicSubnet, 'dual-stack', vpc.id, '10.50.1.0/24', {
        ipv6CidrBlock: SUBNET_V6,
        routeTableId: ID.publicRtb,
      }),
    ],
    securityGroups: [
      ...scenario.securityGroups,
      {
        ...newSecurityGroup(vpc, 'https-dual', ID.sgDual),
        ingress: [fromCidr(443, ANYWHERE), fromCidr(443, ANYWHERE_V6)],
      },
      { ...newSecurityGroup(vpc, 'https-ipv4-only', ID.sgV4), ingress: [fromCidr(443, ANYWHERE)] },
    ],
    routeTables: [
      ...scenario.routeTables,
      {
        id: ID.publicRtb,
        name: 'public',
        vpcId: vpc.id,
        main: false,
        routes: [
          route('10.50.0.0/16', 'local'),
          route(VPC_V6, 'local'),
          route(ANYWHERE, ID.igw),
          route(ANYWHERE_V6, ID.igw),
        ],
      },
    ],
    internetGateways: [{ id: ID.igw, name: 'dual-igw', vpcId: vpc.id }],
    instances: [
      instance(ID.web, 'web-1', ID.publicSubnet, '10.50.1.10', [ID.sgDual], {
        publicIp: '198.51.100.80',
        ipv6Address: WEB_V6,
      }),
      instance(ID.api, 'api-1', ID.publicSubnet, '10.50.1.11', [ID.sgV4], {
        publicIp: '198.51.100.81',
        ipv6Address: API_V6,
      }),
    ],
    internetHosts: [
      { id: ID.visitor, name: 'v4 client', address: VISITOR },
      { id: ID.visitor6, name: 'v6 client', address: VISITOR_V6 },
    ],
    flows: [
      flow(
        id('flow', 1),
        'IPv6 visitor → web-1 HTTPS',
        at(VISITOR_V6),
        on(ID.web, WEB_V6),
        443,
        'allowed',
      ),
      flow(id('flow', 2), 'IPv4 visitor → web-1 HTTPS', at(VISITOR), on(ID.web), 443, 'allowed'),
      // 0.0.0.0/0 covers IPv4 only: api-1's group has no rule for an IPv6 source.
      flow(
        id('flow', 3),
        'IPv6 visitor → api-1 HTTPS',
        at(VISITOR_V6),
        on(ID.api, API_V6),
        443,
        'blocked',
      ),
      flow(id('flow', 4), 'IPv4 visitor → api-1 HTTPS', at(VISITOR), on(ID.api), 443, 'allowed'),
      // Out over IPv6: all outbound (::/0 too, in a dual-stack VPC) and the ::/0 route.
      flow(
        id('flow', 5),
        'web-1 → IPv6 internet HTTPS',
        on(ID.web, WEB_V6),
        at(VISITOR_V6),
        443,
        'allowed',
      ),
    ],
  };
}

export const ipv6Scenario: Scenario = build();

export const ipv6Layout = planLayout(
  [
    {
      id: ID.vpc,
      x: 0,
      y: 60,
      gateways: [ID.igw],
      rows: [[{ id: ID.publicSubnet, children: [ID.web, ID.api] }]],
    },
  ],
  [ID.visitor, ID.visitor6],
);
