import { describe, expect, it } from 'vitest';
import { newSecurityGroup } from '../defaults.ts';
import { cleanScenario, find, pick } from './fixtures.ts';
import { error } from './finding.ts';
import { validate } from './index.ts';

// https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
describe('security groups per network interface', () => {
  const sixGroups = () => {
    const s = cleanScenario();
    const vpc = find(s.vpcs, 'vpc-a');
    const ids = ['sg-g1', 'sg-g2', 'sg-g3', 'sg-g4', 'sg-g5'];
    s.securityGroups.push(...ids.map((id) => newSecurityGroup(vpc, id, id)));
    find(s.instances, 'i-web').securityGroupIds.push(...ids);
    return s;
  };

  it('reports an instance with more groups than the quota (5 by default)', () => {
    expect(pick(validate(sixGroups()), 'security-group-quota')).toEqual([
      error(
        'security-group-quota',
        'i-web',
        'securityGroupIds',
        'Instance i-web has 6 security groups; the quota is 5 per network interface.',
      ),
    ]);
  });

  it('accepts as many groups as a raised quota allows', () => {
    const s = sixGroups();
    s.quotas.securityGroupsPerInterface = 6;
    expect(validate(s)).toEqual([]);
  });
});
