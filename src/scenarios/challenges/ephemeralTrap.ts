import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from '../../model/defaults.ts';
import type { Scenario } from '../../model/types.ts';
import {
  ANYWHERE,
  VISITOR,
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
} from '../build.ts';

const id = idsFor('c003');

export const EPHEMERAL_TRAP_IDS = {
  vpc: id('vpc', 1),
  defaultSg: id('sg', 1),
  defaultAcl: id('acl', 1),
  mainRtb: id('rtb', 1),
  publicRtb: id('rtb', 2),
  igw: id('igw', 1),
  publicSubnet: id('subnet', 1),
  webAcl: id('acl', 2),
  sgWeb: id('sg', 2),
  web: id('i', 1),
  visitor: id('host', 1),
  goalIn: id('flow', 1),
  goalOut: id('flow', 2),
  goalSsh: id('flow', 3),
} as const;
const ID = EPHEMERAL_TRAP_IDS;

/**
 * Challenge 3: a network ACL that allows 443 in and 443 out. Requests pass, responses die: NACLs
 * are stateless, and the response goes to the client's ephemeral port. Only the ACL may change.
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('Challenge 3: the ephemeral-port trap'),
    description: 'A web server whose subnet ACL lets requests in but no responses out.',
    challenge: {
      task:
        'The security group admits HTTPS, yet visitors time out, and web-1 cannot download its ' +
        'updates over HTTPS either. Fix the subnet’s network ACL (it is stateless: think of where ' +
        'each response goes) without opening SSH.',
      locked: [ID.sgWeb, ID.web, ID.publicSubnet, ID.publicRtb, ID.defaultAcl],
    },
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '10.80.0.0/16',
    name: 'trap',
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
      subnet(ID.publicSubnet, 'public', vpc.id, '10.80.1.0/24', {
        routeTableId: ID.publicRtb,
        networkAclId: ID.webAcl,
      }),
    ],
    securityGroups: [
      ...scenario.securityGroups,
      { ...newSecurityGroup(vpc, 'https', ID.sgWeb), ingress: [fromCidr(443, ANYWHERE)] },
    ],
    networkAcls: [
      ...scenario.networkAcls,
      {
        ...newNetworkAcl(vpc, 'web', ID.webAcl),
        ingress: [entry(100, 'allow', 'tcp', ANYWHERE, 443)],
        egress: [entry(100, 'allow', 'tcp', ANYWHERE, 443)],
      },
    ],
    routeTables: [
      ...scenario.routeTables,
      {
        id: ID.publicRtb,
        name: 'public',
        vpcId: vpc.id,
        main: false,
        routes: [route('10.80.0.0/16', 'local'), route(ANYWHERE, ID.igw)],
      },
    ],
    internetGateways: [{ id: ID.igw, name: 'trap-igw', vpcId: vpc.id }],
    instances: [
      instance(ID.web, 'web-1', ID.publicSubnet, '10.80.1.10', [ID.sgWeb], {
        publicIp: '198.51.100.110',
      }),
    ],
    internetHosts: [{ id: ID.visitor, name: 'visitor', address: VISITOR }],
    flows: [
      flow(ID.goalIn, 'visitor → web-1 HTTPS', at(VISITOR), on(ID.web), 443, 'allowed', {
        goal: true,
      }),
      flow(
        ID.goalOut,
        'web-1 → internet HTTPS (updates)',
        on(ID.web),
        at(VISITOR),
        443,
        'allowed',
        { goal: true },
      ),
      flow(ID.goalSsh, 'visitor → web-1 SSH', at(VISITOR), on(ID.web), 22, 'blocked', {
        goal: true,
      }),
    ],
  };
}

export const ephemeralTrapScenario: Scenario = build();

export const ephemeralTrapLayout = planLayout(
  [
    {
      id: ID.vpc,
      x: 0,
      y: 60,
      gateways: [ID.igw],
      rows: [[{ id: ID.publicSubnet, children: [ID.web] }]],
    },
  ],
  [ID.visitor],
);
