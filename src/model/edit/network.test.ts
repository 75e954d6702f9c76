import { describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from '../defaults.ts';
import type { Scenario } from '../types.ts';
import { find } from '../validate/fixtures.ts';
import { frozenScenario, newErrors, schemaValid } from './fixtures.ts';
import {
  addInstance,
  addSubnet,
  createVpc,
  nextFreeAddress,
  nextFreeSubnetCidr,
  nextPublicIp,
  updateInstance,
  updateSubnet,
  updateVpc,
} from './network.ts';
import { unwrap } from './result.ts';

/** A scenario with one VPC of the given block and no subnets. */
function oneVpc(cidrBlock: string): Scenario {
  return addVpc(emptyScenario(), {
    cidrBlock,
    ids: { vpc: 'vpc-x', securityGroup: 'sg-x', networkAcl: 'acl-x', routeTable: 'rtb-x' },
  }).scenario;
}

describe('nextFreeSubnetCidr', () => {
  it('gives the first /24 of the VPC that no subnet uses', () => {
    const s = frozenScenario();
    expect(nextFreeSubnetCidr(s, 'vpc-a')).toBe('10.0.2.0/24');
    expect(nextFreeSubnetCidr(s, 'vpc-b')).toBe('10.1.1.0/24');
  });

  it('gives a block of the asked size, aligned', () => {
    expect(nextFreeSubnetCidr(frozenScenario(), 'vpc-a', 20)).toBe('10.0.16.0/20');
  });

  it('looks in every block of the VPC', () => {
    let s = oneVpc('10.0.0.0/24');
    s = unwrap(updateVpc(s, 'vpc-x', { cidrBlocks: ['10.0.0.0/24', '10.9.0.0/16'] }));
    s = unwrap(addSubnet(s, { vpcId: 'vpc-x', cidrBlock: '10.0.0.0/24' })).scenario;
    expect(nextFreeSubnetCidr(s, 'vpc-x')).toBe('10.9.0.0/24');
  });

  it('falls back to smaller blocks down to /28 when no /24 is left, then to null', () => {
    let s = oneVpc('10.0.0.0/24');
    s = unwrap(addSubnet(s, { vpcId: 'vpc-x', cidrBlock: '10.0.0.0/25' })).scenario;
    expect(nextFreeSubnetCidr(s, 'vpc-x')).toBe('10.0.0.128/25');
    s = unwrap(addSubnet(s, { vpcId: 'vpc-x', cidrBlock: '10.0.0.128/26' })).scenario;
    s = unwrap(addSubnet(s, { vpcId: 'vpc-x', cidrBlock: '10.0.0.192/27' })).scenario;
    s = unwrap(addSubnet(s, { vpcId: 'vpc-x', cidrBlock: '10.0.0.224/28' })).scenario;
    expect(nextFreeSubnetCidr(s, 'vpc-x')).toBe('10.0.0.240/28');
    s = unwrap(addSubnet(s, { vpcId: 'vpc-x', cidrBlock: '10.0.0.240/28' })).scenario;
    expect(nextFreeSubnetCidr(s, 'vpc-x')).toBeNull();
  });

  it('is null for a VPC that does not exist', () => {
    expect(nextFreeSubnetCidr(frozenScenario(), 'vpc-nope')).toBeNull();
  });
});

describe('nextFreeAddress', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html (five reserved addresses)
  it('skips the four addresses AWS reserves at the start', () => {
    expect(nextFreeAddress(frozenScenario(), 'subnet-aprivate')).toBe('10.0.1.4');
  });

  it('skips addresses used by instances and NAT gateways', () => {
    let s = oneVpc('10.0.0.0/16');
    s = unwrap(addSubnet(s, { vpcId: 'vpc-x', cidrBlock: '10.0.0.0/24', id: 'subnet-x' })).scenario;
    s = unwrap(addInstance(s, { subnetId: 'subnet-x' })).scenario;
    s = unwrap(addInstance(s, { subnetId: 'subnet-x' })).scenario;
    expect(s.instances.map((i) => i.privateIp)).toEqual(['10.0.0.4', '10.0.0.5']);
    expect(nextFreeAddress(s, 'subnet-x')).toBe('10.0.0.6');
  });

  it('never gives the broadcast address, and is null when the subnet is full', () => {
    let s = oneVpc('10.0.0.0/16');
    s = unwrap(addSubnet(s, { vpcId: 'vpc-x', cidrBlock: '10.0.0.0/28', id: 'subnet-x' })).scenario;
    for (let n = 0; n < 11; n++) s = unwrap(addInstance(s, { subnetId: 'subnet-x' })).scenario;
    expect(s.instances.at(-1)?.privateIp).toBe('10.0.0.14');
    expect(nextFreeAddress(s, 'subnet-x')).toBeNull();
    expect(addInstance(s, { subnetId: 'subnet-x' })).toEqual({
      ok: false,
      error: 'Subnet subnet-x (10.0.0.0/28) has no free address left.',
    });
  });
});

describe('nextPublicIp', () => {
  it('hands out documentation addresses (RFC 5737) no interface uses', () => {
    const s = frozenScenario();
    expect(nextPublicIp(s)).toBe('198.51.100.1');
    const next = unwrap(addInstance(s, { subnetId: 'subnet-apublic', publicIp: true }));
    expect(next.instance.publicIp).toBe('198.51.100.1');
    expect(nextPublicIp(next.scenario)).toBe('198.51.100.2');
  });
});

describe('createVpc', () => {
  it('takes the first free 10.N.0.0/16 and brings the defaults AWS creates', () => {
    const s = frozenScenario();
    const { scenario, vpc } = unwrap(createVpc(s, { name: 'staging' }));
    expect(vpc.cidrBlocks).toEqual(['10.2.0.0/16']);
    expect(vpc.name).toBe('staging');
    expect(scenario.securityGroups.filter((g) => g.vpcId === vpc.id && g.isDefault)).toHaveLength(
      1,
    );
    expect(scenario.routeTables.filter((t) => t.vpcId === vpc.id && t.main)).toHaveLength(1);
    expect(newErrors(s, scenario)).toEqual([]);
    expect(scenario.subnets).toBe(s.subnets);
  });

  it('refuses a malformed block or one AWS does not allow', () => {
    const s = frozenScenario();
    expect(createVpc(s, { cidrBlock: '10.0.0.0/33' })).toEqual({
      ok: false,
      error: '10.0.0.0/33 is not a valid IPv4 CIDR block.',
    });
    expect(createVpc(s, { cidrBlock: '10.0.0.0/8' })).toEqual({
      ok: false,
      error: 'VPC CIDR 10.0.0.0/8 is larger than /16, the largest block AWS allows.',
    });
  });
});

describe('updateVpc', () => {
  it('keeps the local routes of every table in step with the blocks', () => {
    const s = frozenScenario();
    const next = unwrap(updateVpc(s, 'vpc-b', { cidrBlocks: ['10.1.0.0/16', '10.5.0.0/16'] }));
    expect(find(next.routeTables, 'rtb-bmain').routes).toEqual([
      { destination: '10.1.0.0/16', target: 'local', state: 'active' },
      { destination: '10.5.0.0/16', target: 'local', state: 'active' },
      { destination: '10.0.0.0/16', target: 'pcx-ab', state: 'active' },
    ]);
    expect(find(next.routeTables, 'rtb-amain')).toBe(find(s.routeTables, 'rtb-amain'));
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
  it('adds the IPv6 allow-all rules to the default ACL when an IPv6 block is associated', () => {
    const next = unwrap(
      updateVpc(frozenScenario(), 'vpc-b', { ipv6CidrBlock: '2600:1f18:b::/56' }),
    );
    const acl = find(next.networkAcls, 'acl-bdefault');
    expect(acl.ingress.map((e) => [e.ruleNumber, e.cidr])).toEqual([
      [100, '0.0.0.0/0'],
      [101, '::/0'],
    ]);
    expect(find(next.securityGroups, 'sg-bdefault').egress.map((r) => r.peer)).toContainEqual({
      kind: 'cidr',
      cidr: '::/0',
    });
    expect(find(next.routeTables, 'rtb-bmain').routes[1]?.destination).toBe('2600:1f18:b::/56');
  });

  it('removes the IPv6 block with null', () => {
    const next = unwrap(updateVpc(frozenScenario(), 'vpc-a', { ipv6CidrBlock: null }));
    expect(find(next.vpcs, 'vpc-a')).not.toHaveProperty('ipv6CidrBlock');
    expect(find(next.routeTables, 'rtb-amain').routes.filter((r) => r.target === 'local')).toEqual([
      { destination: '10.0.0.0/16', target: 'local', state: 'active' },
    ]);
  });

  it('refuses malformed blocks, naming them, and an empty list', () => {
    const s = frozenScenario();
    expect(updateVpc(s, 'vpc-a', { cidrBlocks: ['10.0.0.0/33'] })).toEqual({
      ok: false,
      error: '10.0.0.0/33 is not a valid IPv4 CIDR block.',
    });
    expect(updateVpc(s, 'vpc-a', { ipv6CidrBlock: '10.0.0.0/16' })).toEqual({
      ok: false,
      error: '10.0.0.0/16 is not a valid IPv6 CIDR block.',
    });
    expect(updateVpc(s, 'vpc-a', { cidrBlocks: [] })).toEqual({
      ok: false,
      error: 'A VPC needs at least one IPv4 CIDR block.',
    });
    expect(updateVpc(s, 'vpc-z', { name: 'z' })).toEqual({
      ok: false,
      error: 'VPC vpc-z does not exist.',
    });
  });

  it('returns the same scenario when nothing changes', () => {
    const s = frozenScenario();
    expect(unwrap(updateVpc(s, 'vpc-a', { name: 'vpc' }))).toBe(s);
  });
});

describe('addSubnet', () => {
  it('places a new subnet in the next free /24, named subnet-N, in us-east-1a', () => {
    const s = frozenScenario();
    const before = structuredClone(s);
    const { scenario, subnet } = unwrap(addSubnet(s, { vpcId: 'vpc-a' }));
    expect(subnet).toMatchObject({
      name: 'subnet-1',
      vpcId: 'vpc-a',
      cidrBlock: '10.0.2.0/24',
      availabilityZone: 'us-east-1a',
    });
    expect(subnet.id).toMatch(/^subnet-[0-9a-f]{17}$/);
    expect(s).toEqual(before);
    expect(scenario.subnets.slice(0, 3)).toEqual(s.subnets);
    expect(scenario.subnets[0]).toBe(s.subnets[0]);
    expect(scenario.instances).toBe(s.instances);
    expect(schemaValid(scenario)).toBe(true);
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('takes a given block, name, zone and ID', () => {
    const r = unwrap(
      addSubnet(frozenScenario(), {
        vpcId: 'vpc-b',
        cidrBlock: '10.1.128.0/20',
        name: 'data',
        availabilityZone: 'eu-west-1b',
        id: 'subnet-data',
      }),
    );
    expect(r.subnet).toEqual({
      id: 'subnet-data',
      name: 'data',
      vpcId: 'vpc-b',
      cidrBlock: '10.1.128.0/20',
      availabilityZone: 'eu-west-1b',
    });
  });

  it('refuses a block that is malformed, outside the VPC, overlapping or of a size AWS refuses', () => {
    const s = frozenScenario();
    const add = (cidrBlock: string) => addSubnet(s, { vpcId: 'vpc-a', cidrBlock });
    expect(add('10.0.0.0/33')).toEqual({
      ok: false,
      error: '10.0.0.0/33 is not a valid IPv4 CIDR block.',
    });
    expect(add('10.9.0.0/24')).toEqual({
      ok: false,
      error: '10.9.0.0/24 is not inside VPC vpc-a (10.0.0.0/16).',
    });
    expect(add('10.0.1.128/25')).toEqual({
      ok: false,
      error: '10.0.1.128/25 overlaps subnet subnet-aprivate (10.0.1.0/24) in VPC vpc-a.',
    });
    expect(add('10.0.9.0/29')).toEqual({
      ok: false,
      error: 'Subnet CIDR 10.0.9.0/29 is smaller than /28, the smallest block AWS allows.',
    });
  });

  it('refuses a VPC that does not exist, one that is full, and an ID already used', () => {
    const s = frozenScenario();
    expect(addSubnet(s, { vpcId: 'vpc-z' })).toEqual({
      ok: false,
      error: 'VPC vpc-z does not exist.',
    });
    const full = unwrap(addSubnet(oneVpc('10.0.0.0/28'), { vpcId: 'vpc-x' })).scenario;
    expect(addSubnet(full, { vpcId: 'vpc-x' })).toEqual({
      ok: false,
      error: 'VPC vpc-x has no free block left for a subnet, not even a /28.',
    });
    expect(addSubnet(s, { vpcId: 'vpc-a', id: 'subnet-b' })).toEqual({
      ok: false,
      error: 'The ID subnet-b is already used.',
    });
  });
});

describe('updateSubnet', () => {
  it('keeps a well-formed block even outside the VPC: validate reports it beside the field', () => {
    const s = frozenScenario();
    const next = unwrap(updateSubnet(s, 'subnet-b', { cidrBlock: '10.7.0.0/24', name: 'moved' }));
    expect(find(next.subnets, 'subnet-b')).toMatchObject({
      cidrBlock: '10.7.0.0/24',
      name: 'moved',
    });
    expect(newErrors(s, next).map((f) => f.code)).toContain('subnet-outside-vpc');
  });

  it('refuses malformed blocks, naming them', () => {
    const s = frozenScenario();
    expect(updateSubnet(s, 'subnet-b', { cidrBlock: '10.0.0.0/33' })).toEqual({
      ok: false,
      error: '10.0.0.0/33 is not a valid IPv4 CIDR block.',
    });
    expect(updateSubnet(s, 'subnet-b', { ipv6CidrBlock: 'fe80::/200' })).toEqual({
      ok: false,
      error: 'fe80::/200 is not a valid IPv6 CIDR block.',
    });
  });

  it('removes the IPv6 block with null and leaves other subnets alone', () => {
    const s = frozenScenario();
    const next = unwrap(updateSubnet(s, 'subnet-apublic', { ipv6CidrBlock: null }));
    expect(find(next.subnets, 'subnet-apublic')).not.toHaveProperty('ipv6CidrBlock');
    expect(find(next.subnets, 'subnet-b')).toBe(find(s.subnets, 'subnet-b'));
  });
});

describe('addInstance', () => {
  it('launches at the next free address with the VPC default group', () => {
    const s = frozenScenario();
    const { scenario, instance } = unwrap(addInstance(s, { subnetId: 'subnet-b' }));
    expect(instance).toMatchObject({
      name: 'instance-1',
      subnetId: 'subnet-b',
      privateIp: '10.1.0.4',
      securityGroupIds: ['sg-bdefault'],
    });
    expect(instance).not.toHaveProperty('publicIp');
    expect(instance.id).toMatch(/^i-[0-9a-f]{17}$/);
    expect(newErrors(s, scenario)).toEqual([]);
    expect(scenario.subnets).toBe(s.subnets);
  });

  it('takes a given address, public address and groups', () => {
    const r = unwrap(
      addInstance(frozenScenario(), {
        subnetId: 'subnet-apublic',
        name: 'api',
        privateIp: '10.0.0.50',
        publicIp: '198.51.100.77',
        securityGroupIds: ['sg-web', 'sg-adefault'],
        id: 'i-api',
      }),
    );
    expect(r.instance).toEqual({
      id: 'i-api',
      name: 'api',
      subnetId: 'subnet-apublic',
      privateIp: '10.0.0.50',
      publicIp: '198.51.100.77',
      securityGroupIds: ['sg-web', 'sg-adefault'],
    });
  });

  it('refuses an address AWS would not hand out', () => {
    const add = (privateIp: string) =>
      addInstance(frozenScenario(), { subnetId: 'subnet-apublic', privateIp });
    expect(add('10.0.0.300')).toEqual({
      ok: false,
      error: '10.0.0.300 is not a valid IPv4 address.',
    });
    expect(add('10.0.1.9')).toEqual({
      ok: false,
      error: '10.0.1.9 is not inside subnet subnet-apublic (10.0.0.0/24).',
    });
    expect(add('10.0.0.2')).toEqual({
      ok: false,
      error:
        '10.0.0.2 is the Amazon DNS server of subnet subnet-apublic (10.0.0.0/24), which AWS reserves.',
    });
    expect(add('10.0.0.255')).toEqual({
      ok: false,
      error:
        '10.0.0.255 is the broadcast address of subnet subnet-apublic (10.0.0.0/24), which AWS reserves.',
    });
    expect(add('10.0.0.5')).toEqual({
      ok: false,
      error: '10.0.0.5 is already used by nat-a in VPC vpc-a.',
    });
  });

  it('refuses a public address in use, groups of another VPC, no groups, or too many', () => {
    const s = frozenScenario();
    expect(addInstance(s, { subnetId: 'subnet-b', publicIp: '203.0.113.10' })).toEqual({
      ok: false,
      error: '203.0.113.10 is already used by i-web.',
    });
    expect(addInstance(s, { subnetId: 'subnet-b', securityGroupIds: ['sg-web'] })).toEqual({
      ok: false,
      error: 'Security group sg-web belongs to vpc-a, but the new instance is in vpc-b.',
    });
    expect(addInstance(s, { subnetId: 'subnet-b', securityGroupIds: [] })).toEqual({
      ok: false,
      error:
        'An instance needs at least one security group (AWS requires one per network interface).',
    });
    const tight = { ...s, quotas: { securityGroupsPerInterface: 1 } };
    expect(
      addInstance(tight, { subnetId: 'subnet-apublic', securityGroupIds: ['sg-web', 'sg-db'] }),
    ).toEqual({
      ok: false,
      error:
        "An instance can carry at most 1 security groups (the scenario's quota); 2 were given.",
    });
    expect(addInstance(s, { subnetId: 'subnet-z' })).toEqual({
      ok: false,
      error: 'Subnet subnet-z does not exist.',
    });
  });
});

describe('updateInstance', () => {
  it('keeps a well-formed address even when validate will object', () => {
    const s = frozenScenario();
    const next = unwrap(updateInstance(s, 'i-db', { privateIp: '10.0.1.1' }));
    expect(find(next.instances, 'i-db').privateIp).toBe('10.0.1.1');
    expect(newErrors(s, next).map((f) => f.code)).toEqual(['private-ip-reserved']);
  });

  it('allocates a public address with true, keeps one it has, and removes it with null', () => {
    const s = frozenScenario();
    const withIp = unwrap(updateInstance(s, 'i-db', { publicIp: true }));
    expect(find(withIp.instances, 'i-db').publicIp).toBe('198.51.100.1');
    expect(unwrap(updateInstance(s, 'i-web', { publicIp: true }))).toBe(s);
    const without = unwrap(updateInstance(s, 'i-web', { publicIp: null, ipv6Address: null }));
    expect(find(without.instances, 'i-web')).not.toHaveProperty('publicIp');
    expect(find(without.instances, 'i-web')).not.toHaveProperty('ipv6Address');
  });

  it('refuses malformed addresses, naming them', () => {
    const s = frozenScenario();
    expect(updateInstance(s, 'i-db', { privateIp: '10.0.1' })).toEqual({
      ok: false,
      error: '10.0.1 is not a valid IPv4 address.',
    });
    expect(updateInstance(s, 'i-db', { publicIp: '2600::1' })).toEqual({
      ok: false,
      error: '2600::1 is not a valid IPv4 address.',
    });
    expect(updateInstance(s, 'i-db', { ipv6Address: '10.0.1.5' })).toEqual({
      ok: false,
      error: '10.0.1.5 is not a valid IPv6 address.',
    });
    expect(updateInstance(s, 'i-db', { privateIp: '' })).toEqual({
      ok: false,
      error: 'An empty value is not a valid IPv4 address.',
    });
  });
});
