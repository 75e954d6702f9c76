import { addVpc, emptyScenario, newSecurityGroup } from '../model/defaults.ts';
import type { Scenario } from '../model/types.ts';
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
} from './build.ts';

const id = idsFor('a7a0');

export const NAT_IDS = {
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
} as const;
const ID = NAT_IDS;

/**
 * A private subnet behind a NAT gateway: its route table sends 0.0.0.0/0 to a NAT gateway in a
 * public subnet, which sends it on to the internet gateway. The workers start connections out;
 * nothing on the internet can start one in.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('A private subnet behind a NAT gateway'),
    description:
      'Instances without public addresses reach the internet through a NAT gateway in a public ' +
      'subnet (TCP, UDP and ICMP); the internet cannot start a connection to them.',
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '10.20.0.0/16',
    name: 'nat',
    ids: {
      vpc: ID.vpc,
      securityGroup: ID.defaultSg,
      networkAcl: ID.defaultAcl,
      routeTable: ID.mainRtb,
    },
  });
  const local = route('10.20.0.0/16', 'local');
  return {
    ...scenario,
    subnets: [
      subnet(ID.publicSubnet, 'public', vpc.id, '10.20.1.0/24', { routeTableId: ID.publicRtb }),
      subnet(ID.privateSubnet, 'private', vpc.id, '10.20.2.0/24', { routeTableId: ID.privateRtb }),
    ],
    // A new group: no inbound rules at all, all outbound.
    securityGroups: [...scenario.securityGroups, newSecurityGroup(vpc, 'worker', ID.sgWorker)],
    routeTables: [
      ...scenario.routeTables,
      {
        id: ID.publicRtb,
        name: 'public',
        vpcId: vpc.id,
        main: false,
        routes: [local, route(ANYWHERE, ID.igw)],
      },
      {
        id: ID.privateRtb,
        name: 'private',
        vpcId: vpc.id,
        main: false,
        routes: [local, route(ANYWHERE, ID.nat)],
      },
    ],
    internetGateways: [{ id: ID.igw, name: 'nat-igw', vpcId: vpc.id }],
    natGateways: [
      {
        id: ID.nat,
        name: 'nat-1',
        subnetId: ID.publicSubnet,
        state: 'available',
        publicIp: '203.0.113.60',
        privateIp: '10.20.1.20',
      },
    ],
    instances: [instance(ID.worker, 'worker-1', ID.privateSubnet, '10.20.2.10', [ID.sgWorker])],
    internetHosts: [{ id: ID.visitor, name: 'server', address: VISITOR }],
    flows: [
      flow(
        id('flow', 1),
        'worker-1 → internet HTTPS via NAT',
        on(ID.worker),
        at(VISITOR),
        443,
        'allowed',
      ),
      flow(
        id('flow', 2),
        'worker-1 → internet NTP (UDP) via NAT',
        on(ID.worker),
        at(VISITOR),
        123,
        'allowed',
        {
          protocol: 'udp',
        },
      ),
      // worker-1 has no public address, and the NAT gateway only answers what went out.
      flow(id('flow', 3), 'internet → worker-1 HTTPS', at(VISITOR), on(ID.worker), 443, 'blocked'),
      flow(id('flow', 4), 'internet → worker-1 SSH', at(VISITOR), on(ID.worker), 22, 'blocked'),
    ],
  };
}

export const natGatewayScenario: Scenario = build();

export const natGatewayLayout = planLayout(
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
