import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/types.ts';
import unmodelled from './__fixtures__/unmodelled-bundle.json';
import { importAwsBundle } from './index.ts';

function importUnmodelled(): { scenario: Scenario; warnings: string[] } {
  const result = importAwsBundle(unmodelled);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const RTB = 'rtb-0b2c3d4e5f6a70400';

function routesOf(scenario: Scenario, id: string) {
  return scenario.routeTables.find((t) => t.id === id)?.routes ?? [];
}

describe('what the model cannot hold', () => {
  it('still imports, and passes the scenario schema', () => {
    expect(importAwsBundle(unmodelled).ok).toBe(true);
  });

  it('warns about each route to a transit gateway, naming the table, the route and the target', () => {
    const { warnings } = importUnmodelled();
    expect(warnings).toContain(
      `${RTB}: route 10.9.0.0/16 -> tgw-0b2c3d4e5f6a70123 (transit gateway) is not modelled`,
    );
    expect(warnings).toContain(
      `${RTB}: route 10.8.0.0/16 -> tgw-0b2c3d4e5f6a70999 (transit gateway) is not modelled`,
    );
  });

  it('keeps routes to unmodelled targets with the target ID, so the engine can answer "unknown"', () => {
    expect(routesOf(importUnmodelled().scenario, RTB)).toEqual([
      { destination: '10.20.0.0/16', target: 'local', state: 'active' },
      { destination: '10.9.0.0/16', target: 'tgw-0b2c3d4e5f6a70123', state: 'active' },
      { destination: '10.8.0.0/16', target: 'tgw-0b2c3d4e5f6a70999', state: 'blackhole' },
      { destination: '10.7.0.0/16', target: 'vpce-0b2c3d4e5f6a70778', state: 'active' },
      { destination: '::/0', target: 'eigw-0b2c3d4e5f6a70555', state: 'active' },
      { destination: '192.168.0.0/16', target: 'vgw-0b2c3d4e5f6a70800', state: 'active' },
      { destination: '172.16.0.0/12', target: 'i-0b2c3d4e5f6a70101', state: 'active' },
      { destination: '198.18.0.0/15', target: 'eni-0b2c3d4e5f6a70105', state: 'active' },
      { destination: '0.0.0.0/0', target: 'nat-0b2c3d4e5f6a70600', state: 'active' },
    ]);
  });

  it('warns about routes to a VPC endpoint, an egress-only gateway, a VPN gateway, an instance and an interface', () => {
    const { warnings } = importUnmodelled();
    expect(warnings).toEqual(
      expect.arrayContaining([
        `${RTB}: route 10.7.0.0/16 -> vpce-0b2c3d4e5f6a70778 (VPC endpoint) is not modelled`,
        `${RTB}: route ::/0 -> eigw-0b2c3d4e5f6a70555 (egress-only internet gateway) is not modelled`,
        `${RTB}: route 192.168.0.0/16 -> vgw-0b2c3d4e5f6a70800 (virtual private gateway) is not modelled`,
        `${RTB}: route 172.16.0.0/12 -> i-0b2c3d4e5f6a70101 (instance) is not modelled`,
        `${RTB}: route 198.18.0.0/15 -> eni-0b2c3d4e5f6a70105 (network interface) is not modelled`,
      ]),
    );
  });

  it('drops a route whose destination is a prefix list, and says so', () => {
    const { scenario, warnings } = importUnmodelled();
    expect(routesOf(scenario, RTB).map((r) => r.target)).not.toContain('vpce-0b2c3d4e5f6a70777');
    expect(warnings).toContain(
      `${RTB}: route prefix list pl-63a5400a -> vpce-0b2c3d4e5f6a70777 has no destination CIDR to store (prefix-list destinations are not modelled); it is left out`,
    );
  });

  it('keeps prefix lists in security group rules as prefixList peers, with a warning each', () => {
    const { scenario, warnings } = importUnmodelled();
    const group = scenario.securityGroups[0];
    expect(group?.ingress).toContainEqual({
      protocol: 'tcp',
      portRange: { from: 443, to: 443 },
      peer: { kind: 'prefixList', prefixListId: 'pl-0b2c3d4e5f6a70901' },
      description: 'corporate ranges',
    });
    expect(group?.egress).toEqual([
      {
        protocol: 'tcp',
        portRange: { from: 443, to: 443 },
        peer: { kind: 'prefixList', prefixListId: 'pl-63a5400a' },
      },
    ]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'sg-0b2c3d4e5f6a70211: ingress rule tcp 443 from prefix list pl-0b2c3d4e5f6a70901 is not modelled',
        'sg-0b2c3d4e5f6a70211: egress rule tcp 443 to prefix list pl-63a5400a is not modelled',
      ]),
    );
  });

  it('keeps a rule naming a group of another account, and warns that it matches nothing here', () => {
    const { scenario, warnings } = importUnmodelled();
    expect(scenario.securityGroups[0]?.ingress[0]?.peer).toEqual({
      kind: 'group',
      groupId: 'sg-0ffffffffffff0001',
    });
    expect(
      warnings.some(
        (w) => w.startsWith('sg-0b2c3d4e5f6a70211:') && w.includes('sg-0ffffffffffff0001'),
      ),
    ).toBe(true);
  });

  it('leaves out a private NAT gateway, warns, and flags the route to it', () => {
    const { scenario, warnings } = importUnmodelled();
    expect(scenario.natGateways.map((n) => n.id)).toEqual(['nat-0b2c3d4e5f6a70610']);
    expect(warnings).toContain(
      'nat-0b2c3d4e5f6a70600: private NAT gateway is not modelled; it is left out',
    );
    expect(warnings).toContain(
      `${RTB}: route 0.0.0.0/0 -> nat-0b2c3d4e5f6a70600 (private NAT gateway) is not modelled`,
    );
  });

  it("keeps a NAT gateway's primary address and warns about the others", () => {
    const { scenario, warnings } = importUnmodelled();
    expect(scenario.natGateways[0]).toMatchObject({
      publicIp: '52.1.2.3',
      privateIp: '10.20.1.201',
    });
    expect(warnings).toContain(
      'nat-0b2c3d4e5f6a70610: has 2 addresses; only the primary (52.1.2.3) is modelled',
    );
  });

  it('models the primary interface (device index 0) of an instance with several, and warns', () => {
    const { scenario, warnings } = importUnmodelled();
    const instance = scenario.instances.find((i) => i.id === 'i-0b2c3d4e5f6a70101');
    expect(instance).toMatchObject({
      privateIp: '10.20.1.10',
      ipv6Address: '2600:1f18:aa:1100::b',
    });
    expect(instance?.securityGroupIds).toHaveLength(7);
    expect(instance?.securityGroupIds).not.toContain('sg-0b2c3d4e5f6a70203');
    expect(warnings).toEqual(
      expect.arrayContaining([
        'i-0b2c3d4e5f6a70101: has 2 network interfaces; only the primary (eni-0b2c3d4e5f6a70104) is modelled',
        'i-0b2c3d4e5f6a70101: secondary private addresses (10.20.1.11) are not modelled',
        'i-0b2c3d4e5f6a70101: IPv6 addresses beyond 2600:1f18:aa:1100::b (2600:1f18:aa:1100::a) are not modelled',
      ]),
    );
  });

  it('raises the groups-per-interface quota to the most groups an instance carries', () => {
    expect(importUnmodelled().scenario.quotas.securityGroupsPerInterface).toBe(7);
  });

  it('ignores an instance that is shutting down', () => {
    const ids = importUnmodelled().scenario.instances.map((i) => i.id);
    expect(ids).not.toContain('i-0b2c3d4e5f6a70121');
  });

  it('leaves out an IPv6-only subnet and its instance, with a warning for each', () => {
    const { scenario, warnings } = importUnmodelled();
    expect(scenario.subnets.map((s) => s.id)).toEqual(['subnet-0b2c3d4e5f6a70011']);
    expect(scenario.instances.map((i) => i.id)).not.toContain('i-0b2c3d4e5f6a70111');
    expect(warnings).toContain(
      'subnet-0b2c3d4e5f6a70021: is IPv6-only, which is not modelled; it is left out',
    );
    expect(
      warnings.some((w) => w.startsWith('i-0b2c3d4e5f6a70111: has no subnet or no private IPv4')),
    ).toBe(true);
  });

  it("keeps a VPC's first IPv6 block and warns about the second", () => {
    const { scenario, warnings } = importUnmodelled();
    expect(scenario.vpcs[0]?.ipv6CidrBlock).toBe('2600:1f18:aa:1100::/56');
    expect(warnings).toContain(
      'vpc-0b2c3d4e5f6a70001: IPv6 CIDR blocks beyond the first (2600:1f18:aa:2200::/56) are not modelled',
    );
  });

  it('keeps the first of two listings of one VPC and warns', () => {
    const { scenario, warnings } = importUnmodelled();
    expect(scenario.vpcs).toHaveLength(1);
    expect(scenario.vpcs[0]?.name).toBe('hub-spoke');
    expect(warnings).toContain(
      'vpc-0b2c3d4e5f6a70001: is listed more than once; the first is used',
    );
  });

  it('warns about an edge association (ingress routing) and about an association with a missing subnet', () => {
    const { warnings } = importUnmodelled();
    expect(warnings).toContain(
      'rtb-0b2c3d4e5f6a70410: edge association with igw-0b2c3d4e5f6a70500 (ingress routing) is not modelled',
    );
    expect(warnings).toContain(
      'acl-0b2c3d4e5f6a70300: association with subnet-0b2c3d4e5f6a7ffff, which is not in the bundle, is ignored',
    );
  });

  it('gives each warning once, each naming an AWS resource ID first', () => {
    const { warnings } = importUnmodelled();
    expect(new Set(warnings).size).toBe(warnings.length);
    for (const warning of warnings)
      expect(warning).toMatch(/^(vpc|subnet|i|sg|acl|rtb|nat|igw|pcx)-[0-9a-f]+: /);
  });
});

describe('routes the importer cannot read', () => {
  it('are left out with a warning when they name no target it knows', () => {
    const result = importAwsBundle({
      RouteTables: [
        {
          RouteTableId: 'rtb-0a0a0a0a0a0a0a0a1',
          VpcId: 'vpc-0a0a0a0a0a0a0a0a2',
          Routes: [
            { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' },
            {
              DestinationCidrBlock: '10.5.0.0/16',
              OdbNetworkArn: 'arn:aws:odb:…',
              State: 'active',
            },
            { GatewayId: 'local', State: 'active' },
          ],
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.scenario.routeTables[0]?.routes).toHaveLength(1);
    expect(result.value.warnings).toEqual([
      'rtb-0a0a0a0a0a0a0a0a1: route 10.5.0.0/16 has a target this importer does not know; it is left out',
      'rtb-0a0a0a0a0a0a0a0a1: route with no destination -> local has no destination CIDR to store (prefix-list destinations are not modelled); it is left out',
    ]);
  });
});
