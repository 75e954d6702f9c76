import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from '../model/defaults.ts';
import { addGatewayEndpoint, ensureServicePrefixList, unwrap } from '../model/edit.ts';
import type { Scenario } from '../model/types.ts';
import {
  ANYWHERE,
  EPHEMERAL,
  at,
  entry,
  flow,
  idsFor,
  instance,
  on,
  planLayout,
  route,
  subnet,
  withHubsAndEndpoints,
} from './build.ts';

const id = idsFor('b7b0');

export const S3_ENDPOINT_IDS = {
  vpc: id('vpc', 1),
  defaultSg: id('sg', 1),
  defaultAcl: id('acl', 1),
  mainRtb: id('rtb', 1),
  privateRtb: id('rtb', 2),
  appAcl: id('acl', 2),
  batchAcl: id('acl', 3),
  appSubnet: id('subnet', 1),
  batchSubnet: id('subnet', 2),
  sgS3: id('sg', 2),
  endpoint: id('vpce', 1),
  app: id('i', 1),
  batch: id('i', 2),
} as const;
const ID = S3_ENDPOINT_IDS;

const VPC_CIDR = '10.40.0.0/16';
const S3 = 'com.amazonaws.us-east-1.s3';
/** An address in S3's prefix list of us-east-1: the engine takes it for S3 itself. */
export const S3_ADDRESS = '52.216.0.10';

/**
 * S3 through a gateway endpoint, and the network ACL that forgets S3's answers. Both private
 * subnets use a route table the endpoint lists, so AWS routes S3's prefix list to the endpoint and
 * traffic never touches the internet; their group allows HTTPS out to that prefix list only. S3
 * still answers from its own public blocks to the client's ephemeral port: the batch subnet's ACL
 * admits 1024–65535 back in, the app subnet's admits only its own VPC, so app-1's requests leave
 * and the responses die at its ACL's `*` rule.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html
 */
function build(): Scenario {
  const base: Scenario = {
    ...emptyScenario('S3 through a gateway endpoint'),
    description:
      'Two private subnets reach S3 through a gateway endpoint, without an internet gateway. The ' +
      'route is AWS’s (from S3’s prefix list to the endpoint), the group names the prefix list, but ' +
      'network ACLs are stateless and take only CIDR blocks: the app subnet’s ACL never lets S3’s ' +
      'answers back in.',
  };
  const added = addVpc(base, {
    cidrBlock: VPC_CIDR,
    name: 'storage',
    ids: {
      vpc: ID.vpc,
      securityGroup: ID.defaultSg,
      networkAcl: ID.defaultAcl,
      routeTable: ID.mainRtb,
    },
  });
  const { vpc } = added;
  const listed = unwrap(ensureServicePrefixList(added.scenario, S3));
  const s3List = listed.prefixList.id;
  const drawn: Scenario = {
    ...listed.scenario,
    subnets: [
      subnet(ID.appSubnet, 'app-private', vpc.id, '10.40.1.0/24', {
        routeTableId: ID.privateRtb,
        networkAclId: ID.appAcl,
      }),
      subnet(ID.batchSubnet, 'batch-private', vpc.id, '10.40.2.0/24', {
        routeTableId: ID.privateRtb,
        networkAclId: ID.batchAcl,
      }),
    ],
    networkAcls: [
      ...listed.scenario.networkAcls,
      {
        // Out to anything on 443; in only from the VPC: S3's answers are not from the VPC.
        ...newNetworkAcl(vpc, 'app: VPC only in', ID.appAcl),
        ingress: [entry(100, 'allow', 'all', VPC_CIDR)],
        egress: [entry(100, 'allow', 'tcp', ANYWHERE, 443), entry(110, 'allow', 'all', VPC_CIDR)],
      },
      {
        ...newNetworkAcl(vpc, 'batch: VPC + ephemeral in', ID.batchAcl),
        ingress: [
          entry(100, 'allow', 'all', VPC_CIDR),
          entry(110, 'allow', 'tcp', ANYWHERE, EPHEMERAL),
        ],
        egress: [entry(100, 'allow', 'tcp', ANYWHERE, 443), entry(110, 'allow', 'all', VPC_CIDR)],
      },
    ],
    securityGroups: [
      ...listed.scenario.securityGroups,
      {
        ...newSecurityGroup(vpc, 's3-clients', ID.sgS3),
        egress: [
          {
            protocol: 'tcp',
            portRange: { from: 443, to: 443 },
            peer: { kind: 'prefixList', prefixListId: s3List },
            description: 'S3 through the gateway endpoint',
          },
        ],
      },
    ],
    routeTables: [
      ...listed.scenario.routeTables,
      {
        id: ID.privateRtb,
        name: 'private',
        vpcId: vpc.id,
        main: false,
        routes: [route(VPC_CIDR, 'local')],
      },
    ],
    instances: [
      instance(ID.app, 'app-1', ID.appSubnet, '10.40.1.10', [ID.sgS3]),
      instance(ID.batch, 'batch-1', ID.batchSubnet, '10.40.2.10', [ID.sgS3]),
    ],
    flows: [
      flow(
        id('flow', 1),
        'batch-1 → S3 HTTPS (through the endpoint)',
        on(ID.batch),
        at(S3_ADDRESS),
        443,
        'allowed',
      ),
      // The request reaches S3; the answer, from 52.216.0.10 to port 49152, meets only the `*` rule.
      flow(
        id('flow', 2),
        'app-1 → S3 HTTPS (the ACL drops the answer)',
        on(ID.app),
        at(S3_ADDRESS),
        443,
        'blocked',
      ),
      // The group allows HTTPS out to S3's prefix list only.
      flow(
        id('flow', 3),
        'batch-1 → internet HTTPS (no way out)',
        on(ID.batch),
        at('198.51.100.20'),
        443,
        'blocked',
      ),
    ],
  };
  // AWS adds the route from S3's prefix list to the endpoint in the table it lists.
  return unwrap(
    addGatewayEndpoint(drawn, {
      vpcId: vpc.id,
      serviceName: S3,
      prefixListId: s3List,
      routeTableIds: [ID.privateRtb],
      name: 's3',
      id: ID.endpoint,
    }),
  ).scenario;
}

export const s3EndpointScenario: Scenario = build();

export const s3EndpointLayout = withHubsAndEndpoints(
  planLayout([
    {
      id: ID.vpc,
      x: 0,
      y: 0,
      rows: [
        [
          { id: ID.appSubnet, children: [ID.app] },
          { id: ID.batchSubnet, children: [ID.batch] },
        ],
      ],
    },
  ]),
  [],
  [{ id: ID.endpoint, vpcId: ID.vpc }],
);
