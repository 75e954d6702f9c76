import { addVpc, emptyScenario, newSecurityGroup } from '../model/defaults.ts';
import type { Scenario, Vpc } from '../model/types.ts';
import {
  flow,
  fromCidr,
  idsFor,
  instance,
  on,
  planLayout,
  sideBySide,
  route,
  subnet,
  withHubsAndEndpoints,
} from './build.ts';

const id = idsFor('b7a0');

export const HUB_AND_SPOKE_IDS = {
  vpcHub: id('vpc', 1),
  vpcA: id('vpc', 2),
  vpcB: id('vpc', 3),
  sgDefaultHub: id('sg', 1),
  sgDefaultA: id('sg', 2),
  sgDefaultB: id('sg', 3),
  aclHub: id('acl', 1),
  aclA: id('acl', 2),
  aclB: id('acl', 3),
  rtbHub: id('rtb', 1),
  rtbA: id('rtb', 2),
  rtbB: id('rtb', 3),
  subnetHub: id('subnet', 1),
  subnetA: id('subnet', 2),
  subnetB: id('subnet', 3),
  sgTools: id('sg', 4),
  sgA: id('sg', 5),
  sgB: id('sg', 6),
  tgw: id('tgw', 1),
  tgwRtb: id('tgw-rtb', 1),
  attachHub: id('tgw-attach', 1),
  attachA: id('tgw-attach', 2),
  attachB: id('tgw-attach', 3),
  tools: id('i', 1),
  appA: id('i', 2),
  appB: id('i', 3),
} as const;
const ID = HUB_AND_SPOKE_IDS;

const HUB = '10.10.0.0/16';
const SPOKE_A = '10.11.0.0/16';
const SPOKE_B = '10.12.0.0/16';
/** Every group admits HTTPS from the whole 10.0.0.0/8: only routing decides. */
const PRIVATE_RANGE = '10.0.0.0/8';

/**
 * Hub and spoke through a transit gateway: a hub VPC of shared tools and two spoke VPCs, all
 * attached to one transit gateway whose route table learns every VPC's block by propagation. The
 * hub routes both spokes to the transit gateway, and spoke A routes the hub back; spoke B's route
 * table was never given its route back to the hub, so the hub's requests reach app-b and its
 * responses have nowhere to go. The spokes route only the hub, so they cannot reach each other.
 * https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html
 * https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-centralized-router.html
 */
function build(): Scenario {
  let scenario: Scenario = {
    ...emptyScenario('Hub and spoke: a missing return route'),
    description:
      'A transit gateway joins a hub VPC and two spokes. Its route table knows all three VPCs, but ' +
      'traffic also needs each VPC’s own route to the transit gateway, both ways. Spoke B has no ' +
      'route back to the hub: the hub’s requests arrive, the responses are dropped.',
  };
  const add = (
    name: string,
    cidrBlock: string,
    ids: { vpc: string; securityGroup: string; networkAcl: string; routeTable: string },
  ): Vpc => {
    const result = addVpc(scenario, { cidrBlock, name, ids });
    scenario = result.scenario;
    return result.vpc;
  };
  const hub = add('hub', HUB, {
    vpc: ID.vpcHub,
    securityGroup: ID.sgDefaultHub,
    networkAcl: ID.aclHub,
    routeTable: ID.rtbHub,
  });
  const a = add('spoke-a', SPOKE_A, {
    vpc: ID.vpcA,
    securityGroup: ID.sgDefaultA,
    networkAcl: ID.aclA,
    routeTable: ID.rtbA,
  });
  const b = add('spoke-b', SPOKE_B, {
    vpc: ID.vpcB,
    securityGroup: ID.sgDefaultB,
    networkAcl: ID.aclB,
    routeTable: ID.rtbB,
  });
  // Spoke B's table has no route to the hub: the return route that was forgotten.
  const extraRoutes: Record<string, ReturnType<typeof route>[]> = {
    [ID.rtbHub]: [route(SPOKE_A, ID.tgw), route(SPOKE_B, ID.tgw)],
    [ID.rtbA]: [route(HUB, ID.tgw)],
    [ID.rtbB]: [],
  };
  const https = (vpc: Vpc, name: string, groupId: string) => ({
    ...newSecurityGroup(vpc, name, groupId),
    ingress: [fromCidr(443, PRIVATE_RANGE)],
  });
  const attachment = (attachmentId: string, name: string, vpcId: string, subnetId: string) => ({
    id: attachmentId,
    name,
    transitGatewayId: ID.tgw,
    resourceType: 'vpc' as const,
    vpcId,
    subnetIds: [subnetId],
    state: 'available' as const,
    securityGroupReferencingSupport: true,
    associatedRouteTableId: ID.tgwRtb,
  });
  return {
    ...scenario,
    routeTables: scenario.routeTables.map((t) => ({
      ...t,
      routes: [...t.routes, ...(extraRoutes[t.id] ?? [])],
    })),
    subnets: [
      subnet(ID.subnetHub, 'hub-tools', hub.id, '10.10.1.0/24'),
      subnet(ID.subnetA, 'a-app', a.id, '10.11.1.0/24'),
      subnet(ID.subnetB, 'b-app', b.id, '10.12.1.0/24'),
    ],
    securityGroups: [
      ...scenario.securityGroups,
      https(hub, 'tools', ID.sgTools),
      https(a, 'app-a', ID.sgA),
      https(b, 'app-b', ID.sgB),
    ],
    instances: [
      instance(ID.tools, 'tools-1', ID.subnetHub, '10.10.1.10', [ID.sgTools]),
      instance(ID.appA, 'app-a', ID.subnetA, '10.11.1.10', [ID.sgA]),
      instance(ID.appB, 'app-b', ID.subnetB, '10.12.1.10', [ID.sgB]),
    ],
    transitGateways: [
      {
        id: ID.tgw,
        name: 'hub-tgw',
        state: 'available',
        securityGroupReferencingSupport: false,
        associationDefaultRouteTableId: ID.tgwRtb,
        propagationDefaultRouteTableId: ID.tgwRtb,
      },
    ],
    transitGatewayAttachments: [
      attachment(ID.attachHub, 'hub', hub.id, ID.subnetHub),
      attachment(ID.attachA, 'spoke-a', a.id, ID.subnetA),
      attachment(ID.attachB, 'spoke-b', b.id, ID.subnetB),
    ],
    transitGatewayRouteTables: [
      {
        id: ID.tgwRtb,
        name: 'default',
        transitGatewayId: ID.tgw,
        propagations: [ID.attachHub, ID.attachA, ID.attachB],
        routes: [],
      },
    ],
    flows: [
      flow(
        id('flow', 1),
        'tools-1 → app-a HTTPS (routed both ways)',
        on(ID.tools),
        on(ID.appA),
        443,
        'allowed',
      ),
      flow(id('flow', 2), 'app-a → tools-1 HTTPS', on(ID.appA), on(ID.tools), 443, 'allowed'),
      // The request crosses the transit gateway; app-b's answer finds no route to 10.10.0.0/16.
      flow(
        id('flow', 3),
        'tools-1 → app-b HTTPS (no route back from spoke B)',
        on(ID.tools),
        on(ID.appB),
        443,
        'blocked',
      ),
      // Spoke A routes only the hub to the transit gateway.
      flow(
        id('flow', 4),
        'app-a → app-b HTTPS (spokes route only the hub)',
        on(ID.appA),
        on(ID.appB),
        443,
        'blocked',
      ),
    ],
  };
}

export const hubAndSpokeScenario: Scenario = build();

const vpcOf = (vpcId: string, subnetId: string, child: string) => ({
  id: vpcId,
  rows: [[{ id: subnetId, children: [child] }]],
});

export const hubAndSpokeLayout = withHubsAndEndpoints(
  planLayout(
    // Not peered: the attachments' labels sit below, so the VPCs stand closer together.
    sideBySide(
      [
        vpcOf(ID.vpcA, ID.subnetA, ID.appA),
        vpcOf(ID.vpcHub, ID.subnetHub, ID.tools),
        vpcOf(ID.vpcB, ID.subnetB, ID.appB),
      ],
      { apart: 80 },
    ),
  ),
  [{ id: ID.tgw, vpcIds: [ID.vpcA, ID.vpcHub, ID.vpcB] }],
);
