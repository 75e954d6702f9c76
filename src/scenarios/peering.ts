import { addVpc, emptyScenario, newSecurityGroup } from '../model/defaults.ts';
import type { Scenario, Vpc } from '../model/types.ts';
import {
  flow,
  fromCidr,
  idsFor,
  instance,
  on,
  planLayout,
  route,
  sideBySide,
  subnet,
} from './build.ts';

const id = idsFor('bee0');

export const PEERING_IDS = {
  vpcA: id('vpc', 1),
  vpcB: id('vpc', 2),
  vpcC: id('vpc', 3),
  sgDefaultA: id('sg', 1),
  sgDefaultB: id('sg', 2),
  sgDefaultC: id('sg', 3),
  aclA: id('acl', 1),
  aclB: id('acl', 2),
  aclC: id('acl', 3),
  rtbA: id('rtb', 1),
  rtbB: id('rtb', 2),
  rtbC: id('rtb', 3),
  subnetA: id('subnet', 1),
  subnetB: id('subnet', 2),
  subnetC: id('subnet', 3),
  sgA: id('sg', 4),
  sgB: id('sg', 5),
  sgC: id('sg', 6),
  pcxAB: id('pcx', 1),
  pcxBC: id('pcx', 2),
  a1: id('i', 1),
  b1: id('i', 2),
  c1: id('i', 3),
} as const;
const ID = PEERING_IDS;

/** Every VPC admits HTTPS from the whole 10.0.0.0/8, so only routing and peering decide. */
const PRIVATE_RANGE = '10.0.0.0/8';

/**
 * VPC peering is not transitive. A is peered with B, and B with C. A's table even sends C's range
 * to the A–B connection, and B routes to both; still A cannot reach C, because a peering
 * connection carries only traffic between its own two VPCs: B never forwards it.
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations
 */
function build(): Scenario {
  let scenario: Scenario = {
    ...emptyScenario('VPC peering is not transitive'),
    description:
      'Three VPCs in a chain: A–B and B–C are peered, with routes on both sides. A reaches B and B ' +
      'reaches C, but A cannot reach C through B, even with a route: peering is not transitive. ' +
      'A needs its own peering connection with C.',
  };
  const vpcs: Vpc[] = [];
  const add = (
    name: string,
    cidrBlock: string,
    ids: { vpc: string; securityGroup: string; networkAcl: string; routeTable: string },
  ) => {
    const result = addVpc(scenario, { cidrBlock, name, ids });
    scenario = result.scenario;
    vpcs.push(result.vpc);
    return result.vpc;
  };
  const a = add('vpc-a', '10.0.0.0/16', {
    vpc: ID.vpcA,
    securityGroup: ID.sgDefaultA,
    networkAcl: ID.aclA,
    routeTable: ID.rtbA,
  });
  const b = add('vpc-b', '10.1.0.0/16', {
    vpc: ID.vpcB,
    securityGroup: ID.sgDefaultB,
    networkAcl: ID.aclB,
    routeTable: ID.rtbB,
  });
  const c = add('vpc-c', '10.2.0.0/16', {
    vpc: ID.vpcC,
    securityGroup: ID.sgDefaultC,
    networkAcl: ID.aclC,
    routeTable: ID.rtbC,
  });
  const extraRoutes: Record<string, ReturnType<typeof route>[]> = {
    [ID.rtbA]: [route('10.1.0.0/16', ID.pcxAB), route('10.2.0.0/16', ID.pcxAB)],
    [ID.rtbB]: [route('10.0.0.0/16', ID.pcxAB), route('10.2.0.0/16', ID.pcxBC)],
    [ID.rtbC]: [route('10.1.0.0/16', ID.pcxBC), route('10.0.0.0/16', ID.pcxBC)],
  };
  const https = (vpc: Vpc, name: string, groupId: string) => ({
    ...newSecurityGroup(vpc, name, groupId),
    ingress: [fromCidr(443, PRIVATE_RANGE)],
  });
  return {
    ...scenario,
    routeTables: scenario.routeTables.map((t) => ({
      ...t,
      routes: [...t.routes, ...(extraRoutes[t.id] ?? [])],
    })),
    peeringConnections: [
      { id: ID.pcxAB, name: 'a-b', requesterVpcId: a.id, accepterVpcId: b.id, status: 'active' },
      { id: ID.pcxBC, name: 'b-c', requesterVpcId: b.id, accepterVpcId: c.id, status: 'active' },
    ],
    subnets: [
      subnet(ID.subnetA, 'a-private', a.id, '10.0.1.0/24'),
      subnet(ID.subnetB, 'b-private', b.id, '10.1.1.0/24'),
      subnet(ID.subnetC, 'c-private', c.id, '10.2.1.0/24'),
    ],
    securityGroups: [
      ...scenario.securityGroups,
      https(a, 'https-a', ID.sgA),
      https(b, 'https-b', ID.sgB),
      https(c, 'https-c', ID.sgC),
    ],
    instances: [
      instance(ID.a1, 'a-1', ID.subnetA, '10.0.1.10', [ID.sgA]),
      instance(ID.b1, 'b-1', ID.subnetB, '10.1.1.10', [ID.sgB]),
      instance(ID.c1, 'c-1', ID.subnetC, '10.2.1.10', [ID.sgC]),
    ],
    flows: [
      flow(id('flow', 1), 'a-1 → b-1 HTTPS (peered)', on(ID.a1), on(ID.b1), 443, 'allowed'),
      flow(id('flow', 2), 'b-1 → c-1 HTTPS (peered)', on(ID.b1), on(ID.c1), 443, 'allowed'),
      // A's route sends it into a–b, which carries only A↔B traffic: stopped at the connection.
      flow(
        id('flow', 3),
        'a-1 → c-1 HTTPS (through B: not transitive)',
        on(ID.a1),
        on(ID.c1, '10.2.1.10'),
        443,
        'blocked',
      ),
      flow(
        id('flow', 4),
        'c-1 → a-1 HTTPS (through B: not transitive)',
        on(ID.c1),
        on(ID.a1, '10.0.1.10'),
        443,
        'blocked',
      ),
    ],
  };
}

export const peeringScenario: Scenario = build();

const vpcOf = (vpcId: string, subnetId: string, child: string) => ({
  id: vpcId,
  rows: [[{ id: subnetId, children: [child] }]],
});

// A, B and C one above another: the chain reads top to bottom and the diagram stays wide enough
// on a laptop for its route labels to be read.
export const peeringLayout = planLayout(
  sideBySide(
    [
      vpcOf(ID.vpcA, ID.subnetA, ID.a1),
      vpcOf(ID.vpcB, ID.subnetB, ID.b1),
      vpcOf(ID.vpcC, ID.subnetC, ID.c1),
    ],
    { across: false },
  ),
);
