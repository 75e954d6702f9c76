import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../model/schema.ts';
import type { Scenario } from '../model/types.ts';
import small from './__fixtures__/small-bundle.json';
import { importAwsBundle } from './index.ts';

function importSmall(): { scenario: Scenario; warnings: string[] } {
  const result = importAwsBundle(small);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const byId = <T extends { id: string }>(items: readonly T[], id: string): T => {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`${id} is missing`);
  return found;
};

describe('importing a small complete describe bundle', () => {
  it('produces a scenario that passes the scenario schema, with no warnings', () => {
    const { scenario, warnings } = importSmall();
    expect(ScenarioSchema.safeParse(scenario).success).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('does not modify the bundle it reads', () => {
    const before = JSON.stringify(small);
    importSmall();
    expect(JSON.stringify(small)).toBe(before);
  });

  it('names the scenario after its VPCs and counts what it holds', () => {
    const { scenario } = importSmall();
    expect(scenario.name).toBe('AWS: shop-staging');
    expect(scenario.description).toBe(
      'Imported from aws ec2 describe-* output: 1 VPC, 2 subnets, 2 instances.',
    );
  });

  it('takes a name given by the caller', () => {
    const result = importAwsBundle(small, { name: 'staging snapshot' });
    expect(result.ok && result.value.scenario.name).toBe('staging snapshot');
  });

  it('keeps AWS IDs and uses Name tags as names, falling back to the ID', () => {
    const { scenario } = importSmall();
    expect(scenario.vpcs.map((v) => [v.id, v.name])).toEqual([
      ['vpc-0a1b2c3d4e5f60001', 'shop-staging'],
    ]);
    expect(scenario.subnets.map((s) => s.name)).toEqual(['public-a', 'subnet-0a1b2c3d4e5f60021']);
    expect(byId(scenario.networkAcls, 'acl-0a1b2c3d4e5f60300').name).toBe('acl-0a1b2c3d4e5f60300');
    expect(byId(scenario.internetGateways, 'igw-0a1b2c3d4e5f60500').name).toBe('shop-igw');
  });

  it("lists the VPC's primary CIDR first, then its other associated blocks, not disassociated ones", () => {
    const vpc = byId(importSmall().scenario.vpcs, 'vpc-0a1b2c3d4e5f60001');
    expect(vpc.cidrBlocks).toEqual(['10.0.0.0/16', '100.64.0.0/16']);
    expect(vpc.ipv6CidrBlock).toBe('2600:1f16:abc:de00::/56');
  });

  it('reads subnets with their zone and IPv6 block', () => {
    const { scenario } = importSmall();
    const publicA = byId(scenario.subnets, 'subnet-0a1b2c3d4e5f60011');
    expect(publicA).toMatchObject({
      vpcId: 'vpc-0a1b2c3d4e5f60001',
      cidrBlock: '10.0.1.0/24',
      ipv6CidrBlock: '2600:1f16:abc:de01::/64',
      availabilityZone: 'us-east-2a',
    });
    expect(byId(scenario.subnets, 'subnet-0a1b2c3d4e5f60021').ipv6CidrBlock).toBeUndefined();
  });

  it("takes a subnet's NACL and route table from the NACLs' and route tables' associations", () => {
    const { scenario } = importSmall();
    expect(byId(scenario.subnets, 'subnet-0a1b2c3d4e5f60011')).toMatchObject({
      networkAclId: 'acl-0a1b2c3d4e5f60300',
      routeTableId: 'rtb-0a1b2c3d4e5f60410',
    });
  });

  it('leaves a subnet without an explicit route table association on the main table', () => {
    const { scenario } = importSmall();
    const privateSubnet = byId(scenario.subnets, 'subnet-0a1b2c3d4e5f60021');
    expect(privateSubnet.routeTableId).toBeUndefined();
    expect(privateSubnet.networkAclId).toBe('acl-0a1b2c3d4e5f60310');
  });

  it('marks the route table whose association says Main: true as the main table', () => {
    const { scenario } = importSmall();
    expect(byId(scenario.routeTables, 'rtb-0a1b2c3d4e5f60400').main).toBe(true);
    expect(byId(scenario.routeTables, 'rtb-0a1b2c3d4e5f60410').main).toBe(false);
  });

  it('reads routes to local, an internet gateway, a NAT gateway and a peering, with their state', () => {
    const { scenario } = importSmall();
    expect(byId(scenario.routeTables, 'rtb-0a1b2c3d4e5f60400').routes).toEqual([
      { destination: '10.0.0.0/16', target: 'local', state: 'active' },
      { destination: '100.64.0.0/16', target: 'local', state: 'active' },
      { destination: '2600:1f16:abc:de00::/56', target: 'local', state: 'active' },
      { destination: '0.0.0.0/0', target: 'nat-0a1b2c3d4e5f60600', state: 'active' },
      { destination: '172.31.0.0/16', target: 'pcx-0a1b2c3d4e5f60700', state: 'blackhole' },
    ]);
    expect(byId(scenario.routeTables, 'rtb-0a1b2c3d4e5f60410').routes).toContainEqual({
      destination: '::/0',
      target: 'igw-0a1b2c3d4e5f60500',
      state: 'active',
    });
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html
  it('reads instances with their primary interface, addresses, subnet, groups and tags', () => {
    const { scenario } = importSmall();
    expect(byId(scenario.instances, 'i-0a1b2c3d4e5f60101')).toEqual({
      id: 'i-0a1b2c3d4e5f60101',
      name: 'web-1',
      subnetId: 'subnet-0a1b2c3d4e5f60011',
      privateIp: '10.0.1.10',
      publicIp: '3.14.15.92',
      // Owned by "amazon": an auto-assigned public address, not an Elastic IP.
      publicIpSource: 'auto',
      ipv6Address: '2600:1f16:abc:de01::10',
      securityGroupIds: ['sg-0a1b2c3d4e5f60202'],
      primaryInterfaceId: 'eni-0a1b2c3d4e5f60103',
      tags: { Name: 'web-1' },
    });
    expect(byId(scenario.instances, 'i-0a1b2c3d4e5f60111')).toMatchObject({
      name: 'i-0a1b2c3d4e5f60111',
      privateIp: '10.0.2.20',
      securityGroupIds: ['sg-0a1b2c3d4e5f60201', 'sg-0a1b2c3d4e5f60203'],
    });
  });

  it('keeps stopped instances, with their state, and ignores terminated ones', () => {
    const ids = importSmall().scenario.instances.map((i) => i.id);
    expect(ids).toContain('i-0a1b2c3d4e5f60111');
    expect(byId(importSmall().scenario.instances, 'i-0a1b2c3d4e5f60111').state).toBe('stopped');
    expect(ids).not.toContain('i-0a1b2c3d4e5f60121');
  });

  it('attaches an internet gateway whose attachment is "available", and leaves a detached one unattached', () => {
    const { scenario } = importSmall();
    expect(byId(scenario.internetGateways, 'igw-0a1b2c3d4e5f60500').vpcId).toBe(
      'vpc-0a1b2c3d4e5f60001',
    );
    expect(byId(scenario.internetGateways, 'igw-0a1b2c3d4e5f60510').vpcId).toBeUndefined();
  });

  it("reads a public NAT gateway's subnet, state and addresses", () => {
    expect(importSmall().scenario.natGateways).toEqual([
      {
        id: 'nat-0a1b2c3d4e5f60600',
        name: 'shop-nat',
        subnetId: 'subnet-0a1b2c3d4e5f60011',
        state: 'available',
        publicIp: '3.14.15.200',
        privateIp: '10.0.1.200',
      },
    ]);
  });

  it("reads a peering connection's two VPCs and its status code", () => {
    expect(importSmall().scenario.peeringConnections).toEqual([
      {
        id: 'pcx-0a1b2c3d4e5f60700',
        name: 'pcx-0a1b2c3d4e5f60700',
        requesterVpcId: 'vpc-0a1b2c3d4e5f60001',
        accepterVpcId: 'vpc-0f1e2d3c4b5a60001',
        status: 'pending-acceptance',
      },
    ]);
  });

  it('keeps the default quota of 5 groups per interface when no instance carries more', () => {
    expect(importSmall().scenario.quotas.securityGroupsPerInterface).toBe(5);
  });

  it('starts with no saved flows', () => {
    expect(importSmall().scenario.flows).toEqual([]);
  });
});

describe('sections of a bundle', () => {
  it('may be absent: a bundle of describe-vpcs alone imports', () => {
    const result = importAwsBundle({ Vpcs: small.Vpcs });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.scenario.vpcs).toHaveLength(1);
    expect(result.value.scenario.subnets).toEqual([]);
  });

  it('may be empty lists', () => {
    const result = importAwsBundle({ Vpcs: [], Subnets: [], Reservations: [] });
    expect(result.ok && result.value.scenario.vpcs).toEqual([]);
  });
});
