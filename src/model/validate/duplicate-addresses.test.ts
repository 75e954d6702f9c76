import { describe, expect, it } from 'vitest';
import { cleanScenario, find, pick } from './fixtures.ts';
import { error } from './finding.ts';
import { validate } from './index.ts';

// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html
describe('duplicate addresses', () => {
  it('reports two instances with one private IP in one VPC', () => {
    const s = cleanScenario();
    s.instances.push({ ...find(s.instances, 'i-db'), id: 'i-db2' });
    expect(pick(validate(s), 'duplicate-private-ip')).toEqual([
      error(
        'duplicate-private-ip',
        'i-db2',
        'privateIp',
        'Private IP 10.0.1.20 of instance i-db2 is already used by instance i-db in VPC vpc-a.',
      ),
    ]);
  });

  it('reports an instance on the private IP of a NAT gateway', () => {
    const s = cleanScenario();
    find(s.instances, 'i-web').privateIp = '10.0.0.5';
    expect(pick(validate(s), 'duplicate-private-ip')).toEqual([
      error(
        'duplicate-private-ip',
        'nat-a',
        'privateIp',
        'Private IP 10.0.0.5 of NAT gateway nat-a is already used by instance i-web in VPC vpc-a.',
      ),
    ]);
  });

  it('accepts one private IP in two different VPCs', () => {
    const s = cleanScenario();
    // Two VPCs with the same CIDR cannot be peered, so the peering goes.
    s.peeringConnections = [];
    for (const table of s.routeTables)
      table.routes = table.routes.filter((r) => r.target !== 'pcx-ab');
    find(s.vpcs, 'vpc-b').cidrBlocks = ['10.0.0.0/16'];
    find(s.subnets, 'subnet-b').cidrBlock = '10.0.1.0/24';
    find(s.instances, 'i-b').privateIp = '10.0.1.20';
    expect(validate(s)).toEqual([]);
  });

  it('reports one public IP on two instances in different VPCs', () => {
    const s = cleanScenario();
    find(s.instances, 'i-b').publicIp = '203.0.113.10';
    expect(pick(validate(s), 'duplicate-public-ip')).toEqual([
      error(
        'duplicate-public-ip',
        'i-b',
        'publicIp',
        'Public IP 203.0.113.10 of instance i-b is already used by instance i-web.',
      ),
    ]);
  });

  it('reports a NAT gateway on the public IP of an instance', () => {
    const s = cleanScenario();
    find(s.natGateways, 'nat-a').publicIp = '203.0.113.10';
    expect(pick(validate(s), 'duplicate-public-ip')).toEqual([
      error(
        'duplicate-public-ip',
        'nat-a',
        'publicIp',
        'Public IP 203.0.113.10 of NAT gateway nat-a is already used by instance i-web.',
      ),
    ]);
  });

  // AWS lists a NAT gateway's own network interface (`Interface for NAT Gateway nat-…`), which holds
  // the gateway's addresses: one resource, not two.
  // https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html
  it("accepts a NAT gateway's own network interface on the gateway's addresses", () => {
    const s = cleanScenario();
    const nat = find(s.natGateways, 'nat-a');
    s.networkInterfaces.push({
      id: 'eni-nat',
      name: 'nat-a interface',
      description: 'Interface for NAT Gateway nat-a',
      kind: 'nat-gateway',
      subnetId: nat.subnetId,
      ...(nat.privateIp === undefined ? {} : { privateIp: nat.privateIp }),
      ...(nat.publicIp === undefined ? {} : { publicIp: nat.publicIp }),
      secondaryPrivateIps: [],
      ipv6Addresses: [],
      securityGroupIds: [],
    });
    expect(validate(s)).toEqual([]);
  });
});
