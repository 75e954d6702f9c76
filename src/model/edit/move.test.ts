import { describe, expect, it } from 'vitest';
import { find } from '../validate/fixtures.ts';
import { frozenScenario, newErrors, schemaValid } from './fixtures.ts';
import { addSubnet, createVpc, moveInstance, moveSubnet } from './network.ts';
import { unwrap } from './result.ts';

describe('moveInstance', () => {
  it('re-addresses an instance moved within its VPC and keeps its groups', () => {
    const s = frozenScenario();
    const before = structuredClone(s);
    const { scenario, note } = unwrap(moveInstance(s, 'i-db', 'subnet-apublic'));
    expect(find(scenario.instances, 'i-db')).toEqual({
      id: 'i-db',
      name: 'db',
      subnetId: 'subnet-apublic',
      privateIp: '10.0.0.4',
      securityGroupIds: ['sg-db'],
    });
    expect(note).toBeUndefined();
    expect(s).toEqual(before);
    expect(find(scenario.instances, 'i-web')).toBe(find(s.instances, 'i-web'));
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('gives an instance moved to another VPC that VPC’s default group, and says so', () => {
    const s = frozenScenario();
    const { scenario, note } = unwrap(moveInstance(s, 'i-db', 'subnet-b'));
    expect(find(scenario.instances, 'i-db')).toMatchObject({
      subnetId: 'subnet-b',
      privateIp: '10.1.0.4',
      securityGroupIds: ['sg-bdefault'],
    });
    expect(note).toBe(
      'i-db now carries sg-bdefault, the default security group of vpc-b (sg-db serves another VPC).',
    );
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('drops an IPv6 address the new subnet cannot hold, and saved flows follow the move', () => {
    const s = frozenScenario();
    const aimed = {
      ...s,
      flows: [{ ...s.flows[0]!, destination: { instanceId: 'i-web', address: '10.0.0.10' } }],
    };
    const { scenario, note } = unwrap(moveInstance(aimed, 'i-web', 'subnet-aprivate'));
    expect(find(scenario.instances, 'i-web')).not.toHaveProperty('ipv6Address');
    expect(note).toBe(
      'Its IPv6 address 2600:1f18:aaaa:a00::10 was dropped: it is not in subnet subnet-aprivate.',
    );
    expect(scenario.flows[0]?.destination).toEqual({ instanceId: 'i-web', address: '10.0.1.4' });
  });

  it('leaves the scenario as it is for a move into the same subnet', () => {
    const s = frozenScenario();
    expect(unwrap(moveInstance(s, 'i-db', 'subnet-aprivate')).scenario).toBe(s);
  });

  it('refuses a full subnet and unknown IDs', () => {
    const s = frozenScenario();
    const tiny = unwrap(
      addSubnet(s, { vpcId: 'vpc-b', cidrBlock: '10.1.9.0/28', id: 'subnet-tiny' }),
    ).scenario;
    // A /28 holds 16 addresses, 5 of them reserved: 11 instances fill it.
    const full = {
      ...tiny,
      instances: [
        ...s.instances,
        ...Array.from({ length: 11 }, (_, n) => ({
          id: `i-t${n}`,
          name: `t${n}`,
          subnetId: 'subnet-tiny',
          privateIp: `10.1.9.${n + 4}`,
          securityGroupIds: ['sg-bdefault'],
        })),
      ],
    };
    expect(moveInstance(full, 'i-b', 'subnet-tiny')).toEqual({
      ok: false,
      error: 'Subnet subnet-tiny (10.1.9.0/28) has no free address left.',
    });
    expect(moveInstance(s, 'i-zz', 'subnet-b')).toEqual({
      ok: false,
      error: 'Instance i-zz does not exist.',
    });
    expect(moveInstance(s, 'i-db', 'subnet-zz')).toEqual({
      ok: false,
      error: 'Subnet subnet-zz does not exist.',
    });
  });
});

describe('moveSubnet', () => {
  it('moves a subnet with its instances into another VPC, clearing what served the old VPC', () => {
    const s = frozenScenario();
    const { scenario, note } = unwrap(moveSubnet(s, 'subnet-aprivate', 'vpc-b'));
    expect(find(scenario.subnets, 'subnet-aprivate')).toEqual({
      id: 'subnet-aprivate',
      name: 'private',
      vpcId: 'vpc-b',
      cidrBlock: '10.1.1.0/24',
      availabilityZone: 'us-east-1a',
    });
    expect(find(scenario.instances, 'i-db')).toMatchObject({
      privateIp: '10.1.1.4',
      securityGroupIds: ['sg-bdefault'],
    });
    expect(note).toBe(
      'Subnet subnet-aprivate is now 10.1.1.0/24 in vpc-b, with its default network ACL and main route table. Its 1 instance was re-addressed and now carries sg-bdefault, the default security group of vpc-b.',
    );
    expect(schemaValid(scenario)).toBe(true);
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('takes its NAT gateways along and removes the old VPC’s routes to them', () => {
    const s = frozenScenario();
    const { scenario, note } = unwrap(moveSubnet(s, 'subnet-apublic', 'vpc-b'));
    expect(find(scenario.natGateways, 'nat-a').privateIp).toBe('10.1.1.5');
    expect(find(scenario.routeTables, 'rtb-amain').routes.map((r) => r.target)).not.toContain(
      'nat-a',
    );
    expect(note).toContain('1 route of the old VPC to its NAT gateways was removed.');
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('refuses when the target VPC has no room', () => {
    const s = frozenScenario();
    const small = unwrap(createVpc(s, { id: 'vpc-small', cidrBlock: '10.9.0.0/28' })).scenario;
    const full = unwrap(addSubnet(small, { vpcId: 'vpc-small' })).scenario;
    expect(moveSubnet(full, 'subnet-b', 'vpc-small')).toEqual({
      ok: false,
      error: 'VPC vpc-small has no free block left for subnet subnet-b.',
    });
  });

  it('refuses when the interfaces do not fit the smaller block the target has left', () => {
    const s = frozenScenario();
    const small = unwrap(createVpc(s, { id: 'vpc-small', cidrBlock: '10.9.0.0/28' })).scenario;
    const crowded = {
      ...small,
      instances: [
        ...small.instances,
        ...Array.from({ length: 12 }, (_, n) => ({
          id: `i-c${n}`,
          name: `c${n}`,
          subnetId: 'subnet-b',
          privateIp: `10.1.0.${n + 100}`,
          securityGroupIds: ['sg-bdefault'],
        })),
      ],
    };
    expect(moveSubnet(crowded, 'subnet-b', 'vpc-small')).toEqual({
      ok: false,
      error:
        "Subnet subnet-b's 13 addresses do not fit in 10.9.0.0/28, the largest free block of vpc-small.",
    });
  });
});
