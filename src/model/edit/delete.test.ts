import { describe, expect, it } from 'vitest';
import { emptyScenario } from '../defaults.ts';
import { find } from '../validate/fixtures.ts';
import { deleteResources, deletionCascade } from './delete.ts';
import { deepFreeze, frozenScenario, newErrors, schemaValid } from './fixtures.ts';
import { addInstance, addNatGateway, addSubnet, createVpc } from './network.ts';
import { unwrap } from './result.ts';

/** vpc-0abc (prod): 3 subnets, 2 instances in each, a NAT gateway in the first. */
function prod() {
  let s = unwrap(createVpc(emptyScenario(), { id: 'vpc-0abc', name: 'prod' })).scenario;
  for (const id of ['subnet-1', 'subnet-2', 'subnet-3']) {
    s = unwrap(addSubnet(s, { vpcId: 'vpc-0abc', id })).scenario;
    s = unwrap(addInstance(s, { subnetId: id })).scenario;
    s = unwrap(addInstance(s, { subnetId: id })).scenario;
  }
  return deepFreeze(unwrap(addNatGateway(s, { subnetId: 'subnet-1' })).scenario);
}

// https://docs.aws.amazon.com/vpc/latest/userguide/delete-vpc.html
describe('deletionCascade', () => {
  it('takes everything inside a VPC, and says so in one sentence', () => {
    const s = prod();
    const { ids, summary } = deletionCascade(s, ['vpc-0abc']);
    expect(summary).toBe(
      'Deleting vpc-0abc (prod) also deletes 3 subnets, 6 instances and 1 NAT gateway.',
    );
    expect(ids).toHaveLength(1 + 3 + 6 + 1 + 1 + 1 + 1);
    expect(ids[0]).toBe('vpc-0abc');
  });

  it('detaches the VPC’s internet gateway, deletes its peerings and blackholes routes to them', () => {
    const s = frozenScenario();
    const { ids, summary } = deletionCascade(s, ['vpc-a']);
    expect(summary).toBe(
      'Deleting vpc-a (vpc) also deletes 2 subnets, 2 instances, 2 security groups, 1 network ACL, 1 route table, 1 NAT gateway, 1 peering connection and 1 saved flow, detaches internet gateway igw-a, and turns 1 route into a blackhole.',
    );
    expect(ids).toEqual([
      'vpc-a',
      'subnet-apublic',
      'subnet-aprivate',
      'i-web',
      'i-db',
      'sg-adefault',
      'sg-web',
      'sg-db',
      'acl-adefault',
      'acl-aprivate',
      'rtb-amain',
      'rtb-apublic',
      'nat-a',
      'pcx-ab',
      'flow-1',
    ]);
  });

  it('takes a subnet’s instances and NAT gateways, and the flows that name them', () => {
    expect(deletionCascade(frozenScenario(), ['subnet-apublic']).summary).toBe(
      'Deleting subnet-apublic (public) also deletes 1 instance, 1 NAT gateway and 1 saved flow, and turns 1 route into a blackhole.',
    );
  });

  it('turns routes to a deleted internet gateway into blackholes, as AWS does', () => {
    expect(deletionCascade(frozenScenario(), ['igw-a']).summary).toBe(
      'Deleting igw-a (igw) turns 2 routes into blackholes.',
    );
  });

  it('keeps a default group, default ACL or main table unless their VPC goes', () => {
    const s = frozenScenario();
    expect(deletionCascade(s, ['sg-adefault', 'nope'])).toEqual({
      ids: [],
      summary:
        "Nothing to delete. sg-adefault (default) stays: a VPC's default security group goes only with its VPC.",
    });
    expect(deletionCascade(s, ['rtb-amain', 'i-db']).summary).toBe(
      "Deleting i-db (db) also deletes 1 saved flow. rtb-amain (main) stays: a VPC's main route table goes only with its VPC.",
    );
  });

  it('says what a deleted group, ACL or table leaves behind', () => {
    const s = frozenScenario();
    expect(deletionCascade(s, ['sg-web']).summary).toBe(
      'Deleting sg-web (web) removes 1 security group rule naming a deleted group, and detaches a deleted group from 1 instance.',
    );
    expect(deletionCascade(s, ['acl-aprivate']).summary).toBe(
      'Deleting acl-aprivate (private) returns 1 subnet to the default network ACL.',
    );
    expect(deletionCascade(s, ['rtb-apublic', 'i-b']).summary).toBe(
      'Deleting rtb-apublic (public) and i-b (b) returns 1 subnet to the main route table.',
    );
  });
});

describe('deleteResources', () => {
  it('deletes a VPC and mends what remains, leaving a valid scenario', () => {
    const s = frozenScenario();
    const before = structuredClone(s);
    const { scenario, removed } = deleteResources(s, ['vpc-a']);
    expect(s).toEqual(before);
    expect(removed).toEqual(deletionCascade(s, ['vpc-a']).ids);
    expect(scenario.vpcs.map((v) => v.id)).toEqual(['vpc-b']);
    expect(find(scenario.internetGateways, 'igw-a')).toEqual({ id: 'igw-a', name: 'igw' });
    expect(find(scenario.routeTables, 'rtb-bmain').routes[1]).toEqual({
      destination: '10.0.0.0/16',
      target: 'pcx-ab',
      state: 'blackhole',
    });
    expect(scenario.flows).toEqual([]);
    expect(find(scenario.instances, 'i-b')).toBe(find(s.instances, 'i-b'));
    expect(find(scenario.subnets, 'subnet-b')).toBe(find(s.subnets, 'subnet-b'));
    expect(schemaValid(scenario)).toBe(true);
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('gives an instance left without groups its VPC’s default group', () => {
    const { scenario } = deleteResources(frozenScenario(), ['sg-web']);
    expect(find(scenario.instances, 'i-web').securityGroupIds).toEqual(['sg-adefault']);
    expect(find(scenario.securityGroups, 'sg-db').ingress).toEqual([]);
  });

  it('returns the scenario itself when nothing goes', () => {
    const s = frozenScenario();
    expect(deleteResources(s, ['sg-adefault', 'nope'])).toEqual({ scenario: s, removed: [] });
    expect(deleteResources(s, []).scenario).toBe(s);
  });
});
