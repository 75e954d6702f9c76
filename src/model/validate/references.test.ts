import { describe, expect, it } from 'vitest';
import type { Scenario } from '../types.ts';
import { cleanScenario, find, pick } from './fixtures.ts';
import { error } from './finding.ts';
import { validate } from './index.ts';

describe('references between resources', () => {
  const cases: ReadonlyArray<readonly [string, (s: Scenario) => void, string, string, string]> = [
    [
      "an instance's subnet",
      (s) => (find(s.instances, 'i-db').subnetId = 'subnet-gone'),
      'i-db',
      'subnetId',
      'Instance i-db refers to subnet subnet-gone, which does not exist.',
    ],
    [
      "a subnet's VPC",
      (s) => (find(s.subnets, 'subnet-b').vpcId = 'vpc-gone'),
      'subnet-b',
      'vpcId',
      'Subnet subnet-b refers to VPC vpc-gone, which does not exist.',
    ],
    [
      "a subnet's network ACL",
      (s) => (find(s.subnets, 'subnet-aprivate').networkAclId = 'acl-gone'),
      'subnet-aprivate',
      'networkAclId',
      'Subnet subnet-aprivate refers to network ACL acl-gone, which does not exist.',
    ],
    [
      "a subnet's route table",
      (s) => (find(s.subnets, 'subnet-apublic').routeTableId = 'rtb-gone'),
      'subnet-apublic',
      'routeTableId',
      'Subnet subnet-apublic refers to route table rtb-gone, which does not exist.',
    ],
    [
      "an instance's security group",
      (s) => find(s.instances, 'i-web').securityGroupIds.push('sg-gone'),
      'i-web',
      'securityGroupIds[1]',
      'Instance i-web refers to security group sg-gone, which does not exist.',
    ],
    [
      "a security group rule's peer group",
      (s) => {
        const rule = find(s.securityGroups, 'sg-db').ingress[0];
        if (rule) rule.peer = { kind: 'group', groupId: 'sg-gone' };
      },
      'sg-db',
      'ingress[0].peer.groupId',
      'Security group sg-db refers to security group sg-gone, which does not exist.',
    ],
    [
      "a NAT gateway's subnet",
      (s) => (find(s.natGateways, 'nat-a').subnetId = 'subnet-gone'),
      'nat-a',
      'subnetId',
      'NAT gateway nat-a refers to subnet subnet-gone, which does not exist.',
    ],
    [
      "a peering's requester VPC",
      (s) => (find(s.peeringConnections, 'pcx-ab').requesterVpcId = 'vpc-gone'),
      'pcx-ab',
      'requesterVpcId',
      'Peering connection pcx-ab refers to VPC vpc-gone, which does not exist.',
    ],
    [
      "a peering's accepter VPC",
      (s) => (find(s.peeringConnections, 'pcx-ab').accepterVpcId = 'vpc-gone'),
      'pcx-ab',
      'accepterVpcId',
      'Peering connection pcx-ab refers to VPC vpc-gone, which does not exist.',
    ],
    [
      "an internet gateway's VPC",
      (s) => s.internetGateways.push({ id: 'igw-x', name: 'x', vpcId: 'vpc-gone' }),
      'igw-x',
      'vpcId',
      'Internet gateway igw-x refers to VPC vpc-gone, which does not exist.',
    ],
    [
      "a security group's VPC",
      (s) => (find(s.securityGroups, 'sg-web').vpcId = 'vpc-gone'),
      'sg-web',
      'vpcId',
      'Security group sg-web refers to VPC vpc-gone, which does not exist.',
    ],
    [
      "a saved flow's instance",
      (s) => {
        const flow = s.flows[0];
        if (flow) flow.destination = { instanceId: 'i-gone' };
      },
      'flow-1',
      'destination.instanceId',
      'Flow flow-1 refers to instance i-gone, which does not exist.',
    ],
  ];

  it.each(cases)('reports a missing reference: %s', (_, edit, resourceId, field, message) => {
    const s = cleanScenario();
    edit(s);
    expect(pick(validate(s), 'missing-reference')).toEqual([
      error('missing-reference', resourceId, field, message),
    ]);
  });

  it('reports a subnet whose network ACL belongs to another VPC', () => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-b').networkAclId = 'acl-aprivate';
    expect(pick(validate(s), 'reference-other-vpc')).toEqual([
      error(
        'reference-other-vpc',
        'subnet-b',
        'networkAclId',
        'Subnet subnet-b uses network ACL acl-aprivate of VPC vpc-a, but the subnet is in VPC vpc-b.',
      ),
    ]);
  });

  it('reports a subnet whose route table belongs to another VPC', () => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-b').routeTableId = 'rtb-apublic';
    expect(pick(validate(s), 'reference-other-vpc')).toEqual([
      error(
        'reference-other-vpc',
        'subnet-b',
        'routeTableId',
        'Subnet subnet-b uses route table rtb-apublic of VPC vpc-a, but the subnet is in VPC vpc-b.',
      ),
    ]);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html
  it("reports an instance's security group in another VPC than the instance", () => {
    const s = cleanScenario();
    find(s.instances, 'i-b').securityGroupIds = ['sg-bdefault', 'sg-web'];
    expect(pick(validate(s), 'reference-other-vpc')).toEqual([
      error(
        'reference-other-vpc',
        'i-b',
        'securityGroupIds[1]',
        'Instance i-b uses security group sg-web of VPC vpc-a, but the instance is in VPC vpc-b.',
      ),
    ]);
  });
});
