import { describe, expect, it } from 'vitest';
import { cleanScenario, find, pick } from './fixtures.ts';
import { warning } from './finding.ts';
import { validate } from './index.ts';

describe('CIDR blocks with host bits set', () => {
  it('warns about a subnet CIDR with host bits set', () => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-aprivate').cidrBlock = '10.0.1.5/24';
    expect(pick(validate(s), 'cidr-host-bits')).toEqual([
      warning(
        'cidr-host-bits',
        'subnet-aprivate',
        'cidrBlock',
        'CIDR 10.0.1.5/24 has host bits set; AWS reads it as 10.0.1.0/24.',
      ),
    ]);
  });

  it('warns about host bits in VPC, rule, ACL entry and route CIDRs, naming each field', () => {
    const s = cleanScenario();
    find(s.vpcs, 'vpc-b').cidrBlocks = ['10.1.0.7/16'];
    find(s.securityGroups, 'sg-web').ingress.push({
      protocol: 'tcp',
      portRange: { from: 80, to: 80 },
      peer: { kind: 'cidr', cidr: '2600:1f18::1/32' },
    });
    find(s.networkAcls, 'acl-aprivate').egress[1]!.cidr = '192.168.1.1/16';
    find(s.routeTables, 'rtb-bmain').routes[1]!.destination = '10.0.0.1/16';
    const found = pick(validate(s), 'cidr-host-bits').map((f) => [
      f.resourceId,
      f.field,
      f.message,
    ]);
    expect(found).toEqual([
      [
        'vpc-b',
        'cidrBlocks[0]',
        'CIDR 10.1.0.7/16 has host bits set; AWS reads it as 10.1.0.0/16.',
      ],
      [
        'sg-web',
        'ingress[1].peer.cidr',
        'CIDR 2600:1f18::1/32 has host bits set; AWS reads it as 2600:1f18::/32.',
      ],
      [
        'acl-aprivate',
        'egress[1].cidr',
        'CIDR 192.168.1.1/16 has host bits set; AWS reads it as 192.168.0.0/16.',
      ],
      [
        'rtb-bmain',
        'routes[1].destination',
        'CIDR 10.0.0.1/16 has host bits set; AWS reads it as 10.0.0.0/16.',
      ],
    ]);
  });

  it('does not warn about a /32 or a /0', () => {
    const s = cleanScenario();
    find(s.networkAcls, 'acl-aprivate').egress[1]!.cidr = '192.168.1.1/32';
    expect(pick(validate(s), 'cidr-host-bits')).toEqual([]);
  });
});
