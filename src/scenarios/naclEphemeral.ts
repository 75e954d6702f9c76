import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from '../model/defaults.ts';
import type { Scenario } from '../model/types.ts';
import {
  ANYWHERE,
  EPHEMERAL,
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
} from './build.ts';

const id = idsFor('e9e0');

export const NACL_EPHEMERAL_IDS = {
  vpc: id('vpc', 1),
  defaultSg: id('sg', 1),
  defaultAcl: id('acl', 1),
  mainRtb: id('rtb', 1),
  publicRtb: id('rtb', 2),
  igw: id('igw', 1),
  trapSubnet: id('subnet', 1),
  fixedSubnet: id('subnet', 2),
  trapAcl: id('acl', 2),
  fixedAcl: id('acl', 3),
  sgWeb: id('sg', 2),
  trapWeb: id('i', 1),
  fixedWeb: id('i', 2),
  visitor: id('host', 1),
} as const;
const ID = NACL_EPHEMERAL_IDS;

/**
 * The NACL ephemeral-port trap. Network ACLs are stateless: the response to a request on 443
 * goes back to the client's ephemeral port (Linux 32768–60999, Windows 49152–65535, NAT gateways
 * 1024–65535), and must be allowed like any other packet. The "trap" ACL allows 443 in and only
 * 443 out, so every response dies; the "fixed" ACL adds 1024–65535 both ways.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('The NACL ephemeral-port trap'),
    description:
      'Two identical web servers; only their subnets’ network ACLs differ. The trap ACL allows ' +
      'TCP 443 in and TCP 443 out, so responses (to the client’s ephemeral port) are denied. The ' +
      'fixed ACL also allows 1024–65535 in and out.',
  };
  const { scenario, vpc } = addVpc(base, {
    cidrBlock: '10.30.0.0/16',
    name: 'ephemeral',
    ids: {
      vpc: ID.vpc,
      securityGroup: ID.defaultSg,
      networkAcl: ID.defaultAcl,
      routeTable: ID.mainRtb,
    },
  });
  const acls = [
    {
      ...newNetworkAcl(vpc, 'trap: 443 only', ID.trapAcl),
      ingress: [entry(100, 'allow', 'tcp', ANYWHERE, 443)],
      egress: [entry(100, 'allow', 'tcp', ANYWHERE, 443)],
    },
    {
      ...newNetworkAcl(vpc, 'fixed: 443 + ephemeral', ID.fixedAcl),
      ingress: [
        entry(100, 'allow', 'tcp', ANYWHERE, 443),
        entry(110, 'allow', 'tcp', ANYWHERE, EPHEMERAL),
      ],
      egress: [
        entry(100, 'allow', 'tcp', ANYWHERE, 443),
        entry(110, 'allow', 'tcp', ANYWHERE, EPHEMERAL),
      ],
    },
  ];
  return {
    ...scenario,
    subnets: [
      subnet(ID.trapSubnet, 'trap', vpc.id, '10.30.1.0/24', {
        routeTableId: ID.publicRtb,
        networkAclId: ID.trapAcl,
      }),
      subnet(ID.fixedSubnet, 'fixed', vpc.id, '10.30.2.0/24', {
        routeTableId: ID.publicRtb,
        networkAclId: ID.fixedAcl,
      }),
    ],
    securityGroups: [
      ...scenario.securityGroups,
      { ...newSecurityGroup(vpc, 'https', ID.sgWeb), ingress: [fromCidr(443, ANYWHERE)] },
    ],
    networkAcls: [...scenario.networkAcls, ...acls],
    routeTables: [
      ...scenario.routeTables,
      {
        id: ID.publicRtb,
        name: 'public',
        vpcId: vpc.id,
        main: false,
        routes: [route('10.30.0.0/16', 'local'), route(ANYWHERE, ID.igw)],
      },
    ],
    internetGateways: [{ id: ID.igw, name: 'ephemeral-igw', vpcId: vpc.id }],
    instances: [
      instance(ID.trapWeb, 'web-trap', ID.trapSubnet, '10.30.1.10', [ID.sgWeb], {
        publicIp: '198.51.100.61',
      }),
      instance(ID.fixedWeb, 'web-fixed', ID.fixedSubnet, '10.30.2.10', [ID.sgWeb], {
        publicIp: '198.51.100.62',
      }),
    ],
    internetHosts: [{ id: ID.visitor, name: 'visitor', address: VISITOR }],
    flows: [
      // The request passes (443 in); the response to port 49152 meets only "443 out" and the `*`
      // rule: denied at the trap ACL's egress.
      flow(
        id('flow', 1),
        'visitor → web-trap HTTPS (the response dies)',
        at(VISITOR),
        on(ID.trapWeb),
        443,
        'blocked',
      ),
      // Outbound, the same trap the other way: the response comes in to an ephemeral port.
      flow(
        id('flow', 2),
        'web-trap → internet HTTPS (the response dies)',
        on(ID.trapWeb),
        at(VISITOR),
        443,
        'blocked',
      ),
      flow(
        id('flow', 3),
        'visitor → web-fixed HTTPS',
        at(VISITOR),
        on(ID.fixedWeb),
        443,
        'allowed',
      ),
      flow(
        id('flow', 4),
        'web-fixed → internet HTTPS',
        on(ID.fixedWeb),
        at(VISITOR),
        443,
        'allowed',
      ),
    ],
  };
}

export const naclEphemeralScenario: Scenario = build();

export const naclEphemeralLayout = planLayout(
  [
    {
      id: ID.vpc,
      x: 0,
      y: 60,
      gateways: [ID.igw],
      rows: [
        [
          { id: ID.trapSubnet, children: [ID.trapWeb] },
          { id: ID.fixedSubnet, children: [ID.fixedWeb] },
        ],
      ],
    },
  ],
  [ID.visitor],
);
