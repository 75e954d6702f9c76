import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from '../model/defaults.ts';
import type { Scenario } from '../model/types.ts';
import {
  ANYWHERE,
  at,
  entry,
  flow,
  fromCidr,
  idsFor,
  instance,
  on,
  planLayout,
  route,
  subnet,
} from './build.ts';

const id = idsFor('0de0');

export const NACL_ORDER_IDS = {
  vpc: id('vpc', 1),
  defaultSg: id('sg', 1),
  defaultAcl: id('acl', 1),
  mainRtb: id('rtb', 1),
  publicRtb: id('rtb', 2),
  igw: id('igw', 1),
  denyFirstSubnet: id('subnet', 1),
  allowFirstSubnet: id('subnet', 2),
  denyFirstAcl: id('acl', 2),
  allowFirstAcl: id('acl', 3),
  sgSsh: id('sg', 2),
  hostA: id('i', 1),
  hostB: id('i', 2),
  blockedHost: id('host', 1),
  otherHost: id('host', 2),
} as const;
const ID = NACL_ORDER_IDS;

/** The network the ACLs mean to keep out, and a host in it; another host elsewhere. */
const BLOCKED_NET = '192.0.2.0/24';
const BLOCKED = '192.0.2.66';
const OTHER = '203.0.113.77';

/**
 * NACL rule order: rules are evaluated from the lowest number up and the first match decides.
 * Both ACLs hold the same two rules for SSH, "deny 192.0.2.0/24" and "allow 0.0.0.0/0", numbered
 * the other way round: with the deny first it keeps the network out; after the allow it never
 * matches.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('NACL rule order'),
    description:
      `Two subnets whose ACLs both deny SSH from ${BLOCKED_NET} and allow it from anywhere. In ` +
      '"deny first" the deny is rule 90, before the allow (100): that network is kept out. In ' +
      '"allow first" the deny is rule 110, after the allow: the allow matches first and the deny ' +
      'never applies.',
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '10.40.0.0/16',
    name: 'rule-order',
    ids: {
      vpc: ID.vpc,
      securityGroup: ID.defaultSg,
      networkAcl: ID.defaultAcl,
      routeTable: ID.mainRtb,
    },
  });
  const allOut = [entry(100, 'allow', 'all', ANYWHERE)];
  const acls = [
    {
      ...newNetworkAcl(vpc, 'deny first', ID.denyFirstAcl),
      ingress: [
        entry(90, 'deny', 'tcp', BLOCKED_NET, 22),
        entry(100, 'allow', 'tcp', ANYWHERE, 22),
      ],
      egress: allOut,
    },
    {
      ...newNetworkAcl(vpc, 'allow first', ID.allowFirstAcl),
      ingress: [
        entry(100, 'allow', 'tcp', ANYWHERE, 22),
        entry(110, 'deny', 'tcp', BLOCKED_NET, 22),
      ],
      egress: allOut,
    },
  ];
  return {
    ...scenario,
    subnets: [
      subnet(ID.denyFirstSubnet, 'deny first', vpc.id, '10.40.1.0/24', {
        routeTableId: ID.publicRtb,
        networkAclId: ID.denyFirstAcl,
      }),
      subnet(ID.allowFirstSubnet, 'allow first', vpc.id, '10.40.2.0/24', {
        routeTableId: ID.publicRtb,
        networkAclId: ID.allowFirstAcl,
      }),
    ],
    securityGroups: [
      ...scenario.securityGroups,
      { ...newSecurityGroup(vpc, 'ssh', ID.sgSsh), ingress: [fromCidr(22, ANYWHERE)] },
    ],
    networkAcls: [...scenario.networkAcls, ...acls],
    routeTables: [
      ...scenario.routeTables,
      {
        id: ID.publicRtb,
        name: 'public',
        vpcId: vpc.id,
        main: false,
        routes: [route('10.40.0.0/16', 'local'), route(ANYWHERE, ID.igw)],
      },
    ],
    internetGateways: [{ id: ID.igw, name: 'order-igw', vpcId: vpc.id }],
    instances: [
      instance(ID.hostA, 'host-a', ID.denyFirstSubnet, '10.40.1.10', [ID.sgSsh], {
        publicIp: '198.51.100.71',
      }),
      instance(ID.hostB, 'host-b', ID.allowFirstSubnet, '10.40.2.10', [ID.sgSsh], {
        publicIp: '198.51.100.72',
      }),
    ],
    internetHosts: [
      { id: ID.blockedHost, name: 'unwanted', address: BLOCKED },
      { id: ID.otherHost, name: 'other', address: OTHER },
    ],
    flows: [
      flow(
        id('flow', 1),
        'unwanted → host-a SSH (deny 90 comes first)',
        at(BLOCKED),
        on(ID.hostA),
        22,
        'blocked',
      ),
      flow(id('flow', 2), 'other → host-a SSH (allow 100)', at(OTHER), on(ID.hostA), 22, 'allowed'),
      // Rule 100 matches first; rule 110 is never reached.
      flow(
        id('flow', 3),
        'unwanted → host-b SSH (allow 100 comes first)',
        at(BLOCKED),
        on(ID.hostB),
        22,
        'allowed',
      ),
      flow(id('flow', 4), 'other → host-b SSH (allow 100)', at(OTHER), on(ID.hostB), 22, 'allowed'),
    ],
  };
}

export const naclOrderScenario: Scenario = build();

export const naclOrderLayout = planLayout(
  [
    {
      id: ID.vpc,
      x: 0,
      y: 60,
      gateways: [ID.igw],
      rows: [
        [
          { id: ID.denyFirstSubnet, children: [ID.hostA] },
          { id: ID.allowFirstSubnet, children: [ID.hostB] },
        ],
      ],
    },
  ],
  [ID.blockedHost, ID.otherHost],
);
