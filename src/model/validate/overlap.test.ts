import { describe, expect, it } from 'vitest';
import { cleanScenario, find, pick } from './fixtures.ts';
import { error } from './finding.ts';
import { validate } from './index.ts';

describe('overlapping blocks', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
  it('reports two subnets of one VPC whose IPv4 blocks overlap', () => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-aprivate').cidrBlock = '10.0.0.128/25';
    find(s.instances, 'i-db').privateIp = '10.0.0.200';
    expect(pick(validate(s), 'subnet-overlap')).toEqual([
      error(
        'subnet-overlap',
        'subnet-aprivate',
        'cidrBlock',
        'Subnet CIDR 10.0.0.128/25 overlaps subnet subnet-apublic (10.0.0.0/24) in VPC vpc-a.',
      ),
    ]);
  });

  it('reports an overlap hidden behind a smaller subnet that starts between them', () => {
    const s = cleanScenario();
    // 10.0.0.0/20 reaches past 10.0.1.0/24 and 10.0.2.0/24: both overlap it, not each other.
    find(s.subnets, 'subnet-apublic').cidrBlock = '10.0.0.0/20';
    s.subnets.push({
      ...find(s.subnets, 'subnet-aprivate'),
      id: 'subnet-a3',
      cidrBlock: '10.0.2.0/24',
    });
    expect(pick(validate(s), 'subnet-overlap').map((f) => f.message)).toEqual([
      'Subnet CIDR 10.0.1.0/24 overlaps subnet subnet-apublic (10.0.0.0/20) in VPC vpc-a.',
      'Subnet CIDR 10.0.2.0/24 overlaps subnet subnet-apublic (10.0.0.0/20) in VPC vpc-a.',
    ]);
  });

  it('reports two subnets of one VPC whose IPv6 blocks overlap', () => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-aprivate').ipv6CidrBlock = '2600:1f18:aaaa:a00::/64';
    expect(pick(validate(s), 'subnet-overlap')).toEqual([
      error(
        'subnet-overlap',
        'subnet-aprivate',
        'ipv6CidrBlock',
        'Subnet CIDR 2600:1f18:aaaa:a00::/64 overlaps subnet subnet-apublic (2600:1f18:aaaa:a00::/64) in VPC vpc-a.',
      ),
    ]);
  });

  it('accepts the same subnet CIDR in two different VPCs', () => {
    const s = cleanScenario();
    s.peeringConnections = [];
    for (const table of s.routeTables)
      table.routes = table.routes.filter((r) => r.target !== 'pcx-ab');
    find(s.vpcs, 'vpc-b').cidrBlocks = ['10.0.0.0/16'];
    find(s.subnets, 'subnet-b').cidrBlock = '10.0.1.0/24';
    find(s.instances, 'i-b').privateIp = '10.0.1.30';
    expect(validate(s)).toEqual([]);
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/create-vpc-peering-connection.html
  it('reports a peering between VPCs whose IPv4 CIDRs overlap', () => {
    const s = cleanScenario();
    find(s.vpcs, 'vpc-b').cidrBlocks = ['10.1.0.0/16', '10.0.128.0/17'];
    expect(pick(validate(s), 'peering-cidr-overlap')).toEqual([
      error(
        'peering-cidr-overlap',
        'pcx-ab',
        'accepterVpcId',
        'Peering pcx-ab joins VPCs whose CIDRs overlap: 10.0.0.0/16 (vpc-a) and 10.0.128.0/17 (vpc-b).',
      ),
    ]);
  });

  it('does not report overlap for a peering that AWS already failed or deleted', () => {
    const s = cleanScenario();
    find(s.vpcs, 'vpc-b').cidrBlocks = ['10.0.0.0/16'];
    find(s.peeringConnections, 'pcx-ab').status = 'failed';
    expect(pick(validate(s), 'peering-cidr-overlap')).toEqual([]);
  });
});
