import { describe, expect, it } from 'vitest';
import { cleanScenario, find, pick } from './fixtures.ts';
import { error } from './finding.ts';
import { validate } from './index.ts';

// https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
describe('addresses of instances and NAT gateways', () => {
  it('reports an instance private IP outside its subnet', () => {
    const s = cleanScenario();
    find(s.instances, 'i-db').privateIp = '10.0.2.20';
    expect(pick(validate(s), 'private-ip-outside-subnet')).toEqual([
      error(
        'private-ip-outside-subnet',
        'i-db',
        'privateIp',
        'Private IP 10.0.2.20 of instance i-db is not inside subnet subnet-aprivate (10.0.1.0/24).',
      ),
    ]);
  });

  it.each([
    ['10.0.1.0', 'network address'],
    ['10.0.1.1', 'VPC router'],
    ['10.0.1.2', 'Amazon DNS server'],
    ['10.0.1.3', 'future use'],
    ['10.0.1.255', 'broadcast address'],
  ])('reports an instance on the reserved address %s (%s)', (ip, role) => {
    const s = cleanScenario();
    find(s.instances, 'i-db').privateIp = ip;
    expect(pick(validate(s), 'private-ip-reserved')).toEqual([
      error(
        'private-ip-reserved',
        'i-db',
        'privateIp',
        `Private IP ${ip} of instance i-db is the ${role} of subnet subnet-aprivate (10.0.1.0/24), which AWS reserves.`,
      ),
    ]);
  });

  it('accepts the first and last usable addresses of a subnet', () => {
    const s = cleanScenario();
    find(s.instances, 'i-db').privateIp = '10.0.1.4';
    find(s.instances, 'i-web').privateIp = '10.0.0.254';
    expect(validate(s)).toEqual([]);
  });

  it('reports a NAT gateway private IP outside its subnet', () => {
    const s = cleanScenario();
    find(s.natGateways, 'nat-a').privateIp = '10.0.1.5';
    expect(pick(validate(s), 'private-ip-outside-subnet')).toEqual([
      error(
        'private-ip-outside-subnet',
        'nat-a',
        'privateIp',
        'Private IP 10.0.1.5 of NAT gateway nat-a is not inside subnet subnet-apublic (10.0.0.0/24).',
      ),
    ]);
  });

  it("reports an instance IPv6 address outside its subnet's IPv6 block", () => {
    const s = cleanScenario();
    find(s.instances, 'i-web').ipv6Address = '2600:1f18:aaaa:a01::10';
    expect(pick(validate(s), 'ipv6-outside-subnet')).toEqual([
      error(
        'ipv6-outside-subnet',
        'i-web',
        'ipv6Address',
        'IPv6 address 2600:1f18:aaaa:a01::10 of instance i-web is not inside subnet subnet-apublic (2600:1f18:aaaa:a00::/64).',
      ),
    ]);
  });

  it('reports an instance IPv6 address in a subnet that has no IPv6 block', () => {
    const s = cleanScenario();
    find(s.instances, 'i-db').ipv6Address = '2600:1f18:aaaa:a01::20';
    expect(pick(validate(s), 'ipv6-outside-subnet')).toEqual([
      error(
        'ipv6-outside-subnet',
        'i-db',
        'ipv6Address',
        'IPv6 address 2600:1f18:aaaa:a01::20 of instance i-db is not inside subnet subnet-aprivate, which has no IPv6 block.',
      ),
    ]);
  });
});
