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

  // A route may name a transit gateway this account cannot describe (shared from another account):
  // valid AWS data, kept, reported once per gateway, and unknown where it decides.
  // https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html
  it('warns once about each transit gateway that routes name but the bundle does not hold', () => {
    const { warnings } = importUnmodelled();
    expect(warnings).toContain(
      `tgw-0b2c3d4e5f6a70123: transit gateway is not in the bundle (TransitGateways; another account's?); flows its routes carry are unknown (routes in ${RTB})`,
    );
    expect(warnings).toContain(
      `tgw-0b2c3d4e5f6a70999: transit gateway is not in the bundle (TransitGateways; another account's?); flows its routes carry are unknown (routes in ${RTB})`,
    );
  });

  it('keeps every route with its target ID and destination (a prefix list too), so the engine can answer', () => {
    expect(routesOf(importUnmodelled().scenario, RTB)).toEqual([
      { destination: '10.20.0.0/16', target: 'local', state: 'active' },
      { destination: '10.9.0.0/16', target: 'tgw-0b2c3d4e5f6a70123', state: 'active' },
      { destination: '10.8.0.0/16', target: 'tgw-0b2c3d4e5f6a70999', state: 'blackhole' },
      { destination: 'pl-63a5400a', target: 'vpce-0b2c3d4e5f6a70777', state: 'active' },
      { destination: '10.7.0.0/16', target: 'vpce-0b2c3d4e5f6a70778', state: 'active' },
      { destination: '::/0', target: 'eigw-0b2c3d4e5f6a70555', state: 'active' },
      { destination: '192.168.0.0/16', target: 'vgw-0b2c3d4e5f6a70800', state: 'active' },
      // A NAT instance's route names the instance and its interface: the interface is the target.
      { destination: '172.16.0.0/12', target: 'eni-0b2c3d4e5f6a70104', state: 'active' },
      { destination: '198.18.0.0/15', target: 'eni-0b2c3d4e5f6a70105', state: 'active' },
      { destination: '0.0.0.0/0', target: 'nat-0b2c3d4e5f6a70600', state: 'active' },
    ]);
  });

  it('warns once per unmodelled target: a VPN gateway, interfaces, endpoints and an egress-only gateway the bundle lacks', () => {
    const { warnings } = importUnmodelled();
    expect(warnings).toEqual(
      expect.arrayContaining([
        `vgw-0b2c3d4e5f6a70800: virtual private gateway (VPN, Direct Connect) is not modelled; flows its routes carry are unknown (routes in ${RTB})`,
        `eni-0b2c3d4e5f6a70104: a network interface as a route target (an appliance?) forwards what the engine does not model; flows its routes carry are unknown (routes in ${RTB})`,
        `vpce-0b2c3d4e5f6a70777: endpoint is not in the bundle (VpcEndpoints; a Network Firewall endpoint?); flows its routes carry are unknown (routes in ${RTB})`,
        `eigw-0b2c3d4e5f6a70555: egress-only internet gateway is not in the bundle (EgressOnlyInternetGateways) (routes in ${RTB})`,
      ]),
    );
  });

  it('gives those warnings to the flows of the VPC whose tables name the target', () => {
    const result = importAwsBundle(unmodelled);
    if (!result.ok) throw new Error('expected the import to succeed');
    const vgw = result.value.flowWarnings.find((w) => w.line.startsWith('vgw-'));
    expect(vgw?.scope).toEqual(['vpc-0b2c3d4e5f6a70001']);
  });

  it('keeps prefix lists in security group rules as prefixList peers, and warns once per list it lacks', () => {
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
        'pl-0b2c3d4e5f6a70901: named by sg-0b2c3d4e5f6a70211, but it is not in the bundle (PrefixLists, PrefixListEntries); where its rules and routes could decide, a flow is unknown',
        `pl-63a5400a: named by sg-0b2c3d4e5f6a70211, ${RTB}, but it is not in the bundle (PrefixLists, PrefixListEntries); where its rules and routes could decide, a flow is unknown`,
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
      `nat-0b2c3d4e5f6a70600: private NAT gateway is not modelled; flows its routes carry are unknown (routes in ${RTB})`,
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

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html
  it('models every interface of an instance: the primary (device index 0) inline, the others attached', () => {
    const { scenario, warnings } = importUnmodelled();
    const instance = scenario.instances.find((i) => i.id === 'i-0b2c3d4e5f6a70101');
    expect(instance).toMatchObject({
      privateIp: '10.20.1.10',
      secondaryPrivateIps: [{ address: '10.20.1.11' }],
      ipv6Address: '2600:1f18:aa:1100::b',
      secondaryIpv6Addresses: ['2600:1f18:aa:1100::a'],
      primaryInterfaceId: 'eni-0b2c3d4e5f6a70104',
    });
    expect(instance?.securityGroupIds).toHaveLength(7);
    expect(instance?.securityGroupIds).not.toContain('sg-0b2c3d4e5f6a70203');
    const second = scenario.networkInterfaces.find(
      (n) => n.attachment?.instanceId === instance?.id,
    );
    expect(second).toMatchObject({
      kind: 'instance',
      attachment: { instanceId: 'i-0b2c3d4e5f6a70101', deviceIndex: 1 },
    });
    expect(second?.securityGroupIds).toContain('sg-0b2c3d4e5f6a70203');
    expect(warnings.filter((w) => w.startsWith('i-0b2c3d4e5f6a70101:'))).toEqual([]);
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
      expect(warning).toMatch(
        /^(vpc|subnet|i|sg|acl|rtb|nat|igw|pcx|tgw|vpce|eigw|vgw|eni|pl)-[0-9a-f]+: /,
      );
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
            { DestinationCidrBlock: '10.5.0.0/16', State: 'active' },
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
      'rtb-0a0a0a0a0a0a0a0a1: route -> local has no destination; it is left out',
    ]);
  });
});
