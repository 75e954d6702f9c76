import { addVpc, emptyScenario } from '../model/defaults.ts';
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

const id = idsFor('def0');

/** Fixed IDs, so that links, flows, the layout and tests can name them. */
export const DEFAULT_VPC_IDS = {
  vpc: id('vpc', 1),
  defaultSg: id('sg', 1),
  defaultAcl: id('acl', 1),
  mainRtb: id('rtb', 1),
  igw: id('igw', 1),
  subnetA: id('subnet', 1),
  subnetB: id('subnet', 2),
  subnetC: id('subnet', 3),
  instanceA: id('i', 1),
  instanceB: id('i', 2),
  visitor: id('host', 1),
} as const;
const ID = DEFAULT_VPC_IDS;

/**
 * The VPC AWS makes in every region: 172.31.0.0/16, one public /20 subnet per Availability Zone,
 * an internet gateway routed from the main route table, the default security group (inbound only
 * from itself) and the default network ACL (everything in and out).
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('The default VPC'),
    description:
      'What AWS creates in each region: one public subnet per Availability Zone, the main route ' +
      'table sending 0.0.0.0/0 to the internet gateway, the default network ACL allowing ' +
      'everything, and the default security group admitting only its own members.',
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '172.31.0.0/16',
    name: 'default',
    ids: {
      vpc: ID.vpc,
      securityGroup: ID.defaultSg,
      networkAcl: ID.defaultAcl,
      routeTable: ID.mainRtb,
    },
  });
  return {
    ...scenario,
    // The default VPC's main table routes the internet, so every default subnet is public.
    routeTables: scenario.routeTables.map((t) =>
      t.id === ID.mainRtb ? { ...t, routes: [...t.routes, route(ANYWHERE, ID.igw)] } : t,
    ),
    internetGateways: [{ id: ID.igw, name: 'default-igw', vpcId: vpc.id }],
    subnets: [
      subnet(ID.subnetA, 'default-1a', vpc.id, '172.31.0.0/20', { availabilityZone: 'us-east-1a' }),
      subnet(ID.subnetB, 'default-1b', vpc.id, '172.31.16.0/20', {
        availabilityZone: 'us-east-1b',
      }),
      subnet(ID.subnetC, 'default-1c', vpc.id, '172.31.32.0/20', {
        availabilityZone: 'us-east-1c',
      }),
    ],
    instances: [
      instance(ID.instanceA, 'server-a', ID.subnetA, '172.31.0.10', [ID.defaultSg], {
        publicIp: '198.51.100.41',
      }),
      instance(ID.instanceB, 'server-b', ID.subnetB, '172.31.16.10', [ID.defaultSg], {
        publicIp: '198.51.100.42',
      }),
    ],
    internetHosts: [{ id: ID.visitor, name: 'visitor', address: VISITOR }],
    flows: [
      // Both carry the default group, which admits all traffic from its own members; the default
      // ACL allows everything, so crossing Availability Zones changes nothing.
      flow(
        id('flow', 1),
        'server-a → server-b SSH (same default group)',
        on(ID.instanceA),
        on(ID.instanceB),
        22,
        'allowed',
      ),
      // The default group's only inbound rule names the group itself: nothing from the internet.
      flow(id('flow', 2), 'internet → server-a SSH', at(VISITOR), on(ID.instanceA), 22, 'blocked'),
      flow(id('flow', 3), 'internet → server-a HTTP', at(VISITOR), on(ID.instanceA), 80, 'blocked'),
      // All outbound is allowed, the main table routes to the gateway and the instance is public.
      flow(
        id('flow', 4),
        'server-a → internet HTTPS',
        on(ID.instanceA),
        at(VISITOR),
        443,
        'allowed',
      ),
    ],
  };
}

export const defaultVpcScenario: Scenario = build();

export const defaultVpcLayout = planLayout(
  [
    {
      id: ID.vpc,
      x: 0,
      y: 60,
      gateways: [ID.igw],
      rows: [
        [
          { id: ID.subnetA, children: [ID.instanceA] },
          { id: ID.subnetB, children: [ID.instanceB] },
          { id: ID.subnetC, children: [] },
        ],
      ],
    },
  ],
  [ID.visitor],
);
