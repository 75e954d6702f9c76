import { addVpc, emptyScenario, newSecurityGroup } from '../../model/defaults.ts';
import type { Scenario } from '../../model/types.ts';
import {
  ANYWHERE,
  VISITOR,
  at,
  flow,
  idsFor,
  instance,
  on,
  planLayout,
  route,
  subnet,
} from '../build.ts';

const id = idsFor('c004');

export const NAT_ROUTE_IDS = {
  vpc: id('vpc', 1),
  defaultSg: id('sg', 1),
  defaultAcl: id('acl', 1),
  mainRtb: id('rtb', 1),
  publicRtb: id('rtb', 2),
  privateRtb: id('rtb', 3),
  igw: id('igw', 1),
  nat: id('nat', 1),
  publicSubnet: id('subnet', 1),
  privateSubnet: id('subnet', 2),
  sgWorker: id('sg', 2),
  worker: id('i', 1),
  visitor: id('host', 1),
  goalHttps: id('flow', 1),
  goalNtp: id('flow', 2),
  goalIn: id('flow', 3),
} as const;
const ID = NAT_ROUTE_IDS;

/**
 * Challenge 4: two routing mistakes. The private table sends the internet to the internet gateway
 * (useless without a public address), and the public table, where the NAT gateway sits, has no
 * way out at all. Both tables must change; the instance may not get a public address.
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('Challenge 4: out through a NAT gateway'),
    description:
      'A private worker that should reach the internet through a NAT gateway, and cannot.',
    challenge: {
      task:
        'worker-1 must fetch packages over HTTPS and set its clock over NTP (UDP 123) through the ' +
        'NAT gateway, while nothing on the internet can reach it. worker-1 keeps no public address. ' +
        'Fix the routing: follow the packet from the private subnet to the internet.',
      locked: [ID.worker, ID.sgWorker, ID.nat, ID.publicSubnet, ID.privateSubnet],
    },
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '10.90.0.0/16',
    name: 'workers',
    ids: {
      vpc: ID.vpc,
      securityGroup: ID.defaultSg,
      networkAcl: ID.defaultAcl,
      routeTable: ID.mainRtb,
    },
  });
  const local = route('10.90.0.0/16', 'local');
  return {
    ...scenario,
    subnets: [
      subnet(ID.publicSubnet, 'public', vpc.id, '10.90.1.0/24', { routeTableId: ID.publicRtb }),
      subnet(ID.privateSubnet, 'private', vpc.id, '10.90.2.0/24', { routeTableId: ID.privateRtb }),
    ],
    securityGroups: [...scenario.securityGroups, newSecurityGroup(vpc, 'worker', ID.sgWorker)],
    routeTables: [
      ...scenario.routeTables,
      // Mistake 1: no default route, so the NAT gateway has no way to the internet.
      { id: ID.publicRtb, name: 'public', vpcId: vpc.id, main: false, routes: [local] },
      // Mistake 2: straight to the internet gateway, which needs a public address.
      {
        id: ID.privateRtb,
        name: 'private',
        vpcId: vpc.id,
        main: false,
        routes: [local, route(ANYWHERE, ID.igw)],
      },
    ],
    internetGateways: [{ id: ID.igw, name: 'workers-igw', vpcId: vpc.id }],
    natGateways: [
      {
        id: ID.nat,
        name: 'nat-1',
        subnetId: ID.publicSubnet,
        state: 'available',
        publicIp: '203.0.113.120',
        privateIp: '10.90.1.20',
      },
    ],
    instances: [instance(ID.worker, 'worker-1', ID.privateSubnet, '10.90.2.10', [ID.sgWorker])],
    internetHosts: [{ id: ID.visitor, name: 'mirror', address: VISITOR }],
    flows: [
      flow(ID.goalHttps, 'worker-1 → internet HTTPS', on(ID.worker), at(VISITOR), 443, 'allowed', {
        goal: true,
      }),
      flow(
        ID.goalNtp,
        'worker-1 → internet NTP (UDP)',
        on(ID.worker),
        at(VISITOR),
        123,
        'allowed',
        {
          goal: true,
          protocol: 'udp',
        },
      ),
      flow(ID.goalIn, 'internet → worker-1 SSH', at(VISITOR), on(ID.worker), 22, 'blocked', {
        goal: true,
      }),
    ],
  };
}

export const natRouteScenario: Scenario = build();

export const natRouteLayout = planLayout(
  [
    {
      id: ID.vpc,
      x: 0,
      y: 60,
      gateways: [ID.igw],
      rows: [
        [{ id: ID.publicSubnet, children: [ID.nat] }],
        [{ id: ID.privateSubnet, children: [ID.worker] }],
      ],
    },
  ],
  [ID.visitor],
);
