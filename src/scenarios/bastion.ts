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
  fromGroup,
  idsFor,
  instance,
  on,
  planLayout,
  route,
  subnet,
} from './build.ts';

const id = idsFor('ba51');

export const BASTION_IDS = {
  vpc: id('vpc', 1),
  defaultSg: id('sg', 1),
  defaultAcl: id('acl', 1),
  mainRtb: id('rtb', 1),
  publicRtb: id('rtb', 2),
  igw: id('igw', 1),
  publicSubnet: id('subnet', 1),
  privateSubnet: id('subnet', 2),
  sgBastion: id('sg', 2),
  sgPrivate: id('sg', 3),
  bastion: id('i', 1),
  app1: id('i', 2),
  app2: id('i', 3),
  visitor: id('host', 1),
  admin: id('host', 2),
} as const;
const ID = BASTION_IDS;

/**
 * A bastion host: the one instance that takes SSH from the administrators' range, in a public
 * subnet; the private instances take SSH only from interfaces that carry the bastion's group.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html (group references)
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('A bastion host'),
    description:
      'Administrators reach private instances only through a bastion host: the bastion admits SSH ' +
      `from ${ADMIN_CIDR}, and the private group admits SSH only from members of the bastion's ` +
      'group, wherever they sit.',
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '10.10.0.0/16',
    name: 'bastion',
    ids: {
      vpc: ID.vpc,
      securityGroup: ID.defaultSg,
      networkAcl: ID.defaultAcl,
      routeTable: ID.mainRtb,
    },
  });
  const groups = [
    { ...newSecurityGroup(vpc, 'bastion', ID.sgBastion), ingress: [fromCidr(22, ADMIN_CIDR)] },
    {
      ...newSecurityGroup(vpc, 'private-ssh', ID.sgPrivate),
      ingress: [fromGroup(22, ID.sgBastion)],
    },
  ];
  return {
    ...scenario,
    subnets: [
      subnet(ID.publicSubnet, 'public', vpc.id, '10.10.1.0/24', { routeTableId: ID.publicRtb }),
      // No association: the main table, which routes only inside the VPC.
      subnet(ID.privateSubnet, 'private', vpc.id, '10.10.2.0/24'),
    ],
    securityGroups: [...scenario.securityGroups, ...groups],
    routeTables: [
      ...scenario.routeTables,
      {
        id: ID.publicRtb,
        name: 'public',
        vpcId: vpc.id,
        main: false,
        routes: [route('10.10.0.0/16', 'local'), route(ANYWHERE, ID.igw)],
      },
    ],
    internetGateways: [{ id: ID.igw, name: 'bastion-igw', vpcId: vpc.id }],
    instances: [
      instance(ID.bastion, 'bastion', ID.publicSubnet, '10.10.1.10', [ID.sgBastion], {
        publicIp: '198.51.100.50',
      }),
      instance(ID.app1, 'app-1', ID.privateSubnet, '10.10.2.10', [ID.sgPrivate]),
      instance(ID.app2, 'app-2', ID.privateSubnet, '10.10.2.11', [ID.sgPrivate]),
    ],
    internetHosts: [
      { id: ID.visitor, name: 'stranger', address: VISITOR },
      { id: ID.admin, name: 'admin', address: ADMIN_LAPTOP },
    ],
    flows: [
      flow(id('flow', 1), 'admin → bastion SSH', at(ADMIN_LAPTOP), on(ID.bastion), 22, 'allowed'),
      // Matched by the group reference: the bastion's interface carries the bastion group.
      flow(id('flow', 2), 'bastion → app-1 SSH', on(ID.bastion), on(ID.app1), 22, 'allowed'),
      flow(id('flow', 3), 'stranger → bastion SSH', at(VISITOR), on(ID.bastion), 22, 'blocked'),
      // app-1 has no public address: the internet gateway has nothing to deliver to.
      flow(
        id('flow', 4),
        'admin → app-1 SSH (skipping the bastion)',
        at(ADMIN_LAPTOP),
        on(ID.app1),
        22,
        'blocked',
      ),
      // Same subnet, same group: the reference names the bastion group, which app-2 does not carry.
      flow(
        id('flow', 5),
        'app-2 → app-1 SSH (a neighbour is not the bastion)',
        on(ID.app2),
        on(ID.app1),
        22,
        'blocked',
      ),
    ],
  };
}

export const bastionScenario: Scenario = build();

export const bastionLayout = planLayout(
  [
    {
      id: ID.vpc,
      x: 0,
      y: 60,
      gateways: [ID.igw],
      rows: [
        [{ id: ID.publicSubnet, children: [ID.bastion] }],
        [{ id: ID.privateSubnet, children: [ID.app1, ID.app2] }],
      ],
    },
  ],
  [ID.admin, ID.visitor],
);
