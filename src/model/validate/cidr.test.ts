import { describe, expect, it } from 'vitest';
import { cleanScenario, find, pick } from './fixtures.ts';
import { error } from './finding.ts';
import { validate } from './index.ts';

// https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html
describe('CIDR blocks of VPCs and subnets', () => {
  it('reports a subnet that is not inside its VPC', () => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-aprivate').cidrBlock = '10.9.1.0/24';
    expect(pick(validate(s), 'subnet-outside-vpc')).toEqual([
      error(
        'subnet-outside-vpc',
        'subnet-aprivate',
        'cidrBlock',
        'Subnet CIDR 10.9.1.0/24 is not inside VPC vpc-a (10.0.0.0/16).',
      ),
    ]);
  });

  it('accepts a subnet inside a secondary CIDR block of its VPC', () => {
    const s = cleanScenario();
    find(s.vpcs, 'vpc-a').cidrBlocks.push('10.9.0.0/16');
    find(s.subnets, 'subnet-aprivate').cidrBlock = '10.9.1.0/24';
    expect(pick(validate(s), 'subnet-outside-vpc')).toEqual([]);
  });

  it('reports a subnet that only partly lies inside its VPC', () => {
    const s = cleanScenario();
    find(s.vpcs, 'vpc-a').cidrBlocks = ['10.0.0.0/24'];
    find(s.subnets, 'subnet-apublic').cidrBlock = '10.0.0.0/23';
    expect(pick(validate(s), 'subnet-outside-vpc').map((f) => f.resourceId)).toEqual([
      'subnet-apublic',
      'subnet-aprivate',
    ]);
  });

  it("reports a subnet IPv6 block that is not inside its VPC's IPv6 block", () => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-apublic').ipv6CidrBlock = '2600:1f18:bbbb:b00::/64';
    expect(pick(validate(s), 'subnet-ipv6-outside-vpc')).toEqual([
      error(
        'subnet-ipv6-outside-vpc',
        'subnet-apublic',
        'ipv6CidrBlock',
        'Subnet IPv6 CIDR 2600:1f18:bbbb:b00::/64 is not inside VPC vpc-a (2600:1f18:aaaa:a00::/56).',
      ),
    ]);
  });

  it('reports a subnet IPv6 block in a VPC that has no IPv6 block', () => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-b').ipv6CidrBlock = '2600:1f18:bbbb:b00::/64';
    expect(pick(validate(s), 'subnet-ipv6-outside-vpc')).toEqual([
      error(
        'subnet-ipv6-outside-vpc',
        'subnet-b',
        'ipv6CidrBlock',
        'Subnet IPv6 CIDR 2600:1f18:bbbb:b00::/64 is not inside VPC vpc-b, which has no IPv6 block.',
      ),
    ]);
  });

  it('reports an IPv4 subnet larger than /16', () => {
    const s = cleanScenario();
    find(s.vpcs, 'vpc-a').cidrBlocks = ['10.0.0.0/16', '10.2.0.0/16', '10.3.0.0/16'];
    find(s.subnets, 'subnet-aprivate').cidrBlock = '10.2.0.0/15';
    expect(pick(validate(s), 'subnet-size')).toEqual([
      error(
        'subnet-size',
        'subnet-aprivate',
        'cidrBlock',
        'Subnet CIDR 10.2.0.0/15 is larger than /16, the largest block AWS allows.',
      ),
    ]);
  });

  it('reports an IPv4 subnet smaller than /28', () => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-aprivate').cidrBlock = '10.0.1.0/29';
    find(s.instances, 'i-db').privateIp = '10.0.1.4';
    expect(pick(validate(s), 'subnet-size')).toEqual([
      error(
        'subnet-size',
        'subnet-aprivate',
        'cidrBlock',
        'Subnet CIDR 10.0.1.0/29 is smaller than /28, the smallest block AWS allows.',
      ),
    ]);
  });

  it('accepts IPv4 subnets of exactly /16 and /28', () => {
    const s = cleanScenario();
    find(s.vpcs, 'vpc-a').cidrBlocks.push('10.5.0.0/16');
    find(s.subnets, 'subnet-aprivate').cidrBlock = '10.5.0.0/16';
    find(s.subnets, 'subnet-b').cidrBlock = '10.1.0.0/28';
    expect(pick(validate(s), 'subnet-size')).toEqual([]);
  });

  it('reports an IPv6 subnet that is not /64 nor /44 to /60 in steps of 4', () => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-apublic').ipv6CidrBlock = '2600:1f18:aaaa:a00::/62';
    expect(pick(validate(s), 'subnet-ipv6-size')).toEqual([
      error(
        'subnet-ipv6-size',
        'subnet-apublic',
        'ipv6CidrBlock',
        'Subnet IPv6 CIDR 2600:1f18:aaaa:a00::/62 is a /62; AWS allows /64, or /44 to /60 in steps of 4.',
      ),
    ]);
  });

  it.each([56, 60, 64])('accepts an IPv6 subnet of /%i', (prefix) => {
    const s = cleanScenario();
    find(s.subnets, 'subnet-apublic').ipv6CidrBlock = `2600:1f18:aaaa:a00::/${prefix}`;
    expect(pick(validate(s), 'subnet-ipv6-size')).toEqual([]);
  });

  it('reports a VPC CIDR block larger than /16', () => {
    const s = cleanScenario();
    find(s.vpcs, 'vpc-b').cidrBlocks = ['10.1.0.0/16', '172.16.0.0/12'];
    expect(pick(validate(s), 'vpc-cidr-size')).toEqual([
      error(
        'vpc-cidr-size',
        'vpc-b',
        'cidrBlocks[1]',
        'VPC CIDR 172.16.0.0/12 is larger than /16, the largest block AWS allows.',
      ),
    ]);
  });

  it('reports a VPC CIDR block smaller than /28', () => {
    const s = cleanScenario();
    find(s.vpcs, 'vpc-b').cidrBlocks = ['10.1.0.0/30'];
    expect(pick(validate(s), 'vpc-cidr-size')).toEqual([
      error(
        'vpc-cidr-size',
        'vpc-b',
        'cidrBlocks[0]',
        'VPC CIDR 10.1.0.0/30 is smaller than /28, the smallest block AWS allows.',
      ),
    ]);
  });
});
