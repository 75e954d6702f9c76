import { describe, expect, it } from 'vitest';
import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from './defaults.ts';
import { ScenarioSchema } from './schema.ts';

// https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
// https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
// https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html#RouteTables
describe('a new VPC comes with what AWS creates', () => {
  const { scenario, vpc } = addVpc(emptyScenario(), {
    cidrBlock: '10.0.0.0/16',
    ipv6CidrBlock: '2600:1f18:1::/56',
  });

  it('has a default security group: inbound from itself, all outbound (IPv4 and IPv6)', () => {
    const sg = scenario.securityGroups.find((g) => g.vpcId === vpc.id);
    expect(sg?.isDefault).toBe(true);
    expect(sg?.ingress).toEqual([{ protocol: 'all', peer: { kind: 'group', groupId: sg?.id } }]);
    expect(sg?.egress.map((r) => r.peer)).toEqual([
      { kind: 'cidr', cidr: '0.0.0.0/0' },
      { kind: 'cidr', cidr: '::/0' },
    ]);
  });

  it('has a default network ACL that allows everything in and out', () => {
    const acl = scenario.networkAcls.find((n) => n.vpcId === vpc.id);
    expect(acl?.isDefault).toBe(true);
    expect(acl?.ingress.map((e) => [e.ruleNumber, e.action, e.protocol, e.cidr])).toEqual([
      [100, 'allow', 'all', '0.0.0.0/0'],
      [101, 'allow', 'all', '::/0'],
    ]);
    expect(acl?.egress).toHaveLength(2);
  });

  it('has a main route table with the local route for each CIDR', () => {
    const rtb = scenario.routeTables.find((t) => t.vpcId === vpc.id);
    expect(rtb?.main).toBe(true);
    expect(rtb?.routes).toEqual([
      { destination: '10.0.0.0/16', target: 'local', state: 'active' },
      { destination: '2600:1f18:1::/56', target: 'local', state: 'active' },
    ]);
  });

  it('is a valid scenario with AWS-shaped IDs', () => {
    expect(ScenarioSchema.safeParse(scenario).success).toBe(true);
    expect(vpc.id).toMatch(/^vpc-[0-9a-f]{17}$/);
  });

  it('makes new groups with no inbound rules and new ACLs with no entries', () => {
    expect(newSecurityGroup(vpc, 'web').ingress).toEqual([]);
    expect(newSecurityGroup(vpc, 'web').egress).toHaveLength(2);
    const acl = newNetworkAcl(vpc, 'locked');
    expect([acl.ingress, acl.egress, acl.isDefault]).toEqual([[], [], false]);
  });
});
