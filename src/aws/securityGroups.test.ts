import { describe, expect, it } from 'vitest';
import type { SecurityGroup } from '../model/types.ts';
import small from './__fixtures__/small-bundle.json';
import { importAwsBundle } from './index.ts';

function groups(bundle: unknown): SecurityGroup[] {
  const result = importAwsBundle(bundle);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.scenario.securityGroups;
}

function group(id: string): SecurityGroup {
  const found = groups(small).find((g) => g.id === id);
  if (!found) throw new Error(`${id} is missing`);
  return found;
}

/** A bundle with one group holding the given inbound permissions. */
function withIngress(...permissions: object[]): unknown {
  return {
    SecurityGroups: [
      {
        GroupId: 'sg-0d4e5f6a7b8c90001',
        GroupName: 'test',
        Description: 'test',
        VpcId: 'vpc-0d4e5f6a7b8c90000',
        IpPermissions: permissions,
        IpPermissionsEgress: [],
      },
    ],
  };
}

function ingressOf(...permissions: object[]): SecurityGroup['ingress'] {
  return groups(withIngress(...permissions))[0]?.ingress ?? [];
}

describe('security groups', () => {
  it('marks the group named "default" as the default group and keeps its GroupName as name', () => {
    const defaultGroup = group('sg-0a1b2c3d4e5f60201');
    expect(defaultGroup).toMatchObject({
      name: 'default',
      isDefault: true,
      description: 'default VPC security group',
    });
    expect(group('sg-0a1b2c3d4e5f60202')).toMatchObject({ name: 'web-sg', isDefault: false });
  });

  it('uses the GroupName as name when the group has no Name tag', () => {
    expect(group('sg-0a1b2c3d4e5f60203').name).toBe('app');
  });

  it('expands one permission into one rule per peer, keeping each range description', () => {
    expect(group('sg-0a1b2c3d4e5f60202').ingress.slice(0, 2)).toEqual([
      {
        protocol: 'tcp',
        portRange: { from: 443, to: 443 },
        peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
        description: 'HTTPS from anywhere',
      },
      {
        protocol: 'tcp',
        portRange: { from: 443, to: 443 },
        peer: { kind: 'cidr', cidr: '::/0' },
        description: 'HTTPS from anywhere (IPv6)',
      },
    ]);
  });

  it('reads a UserIdGroupPairs entry as a group peer', () => {
    expect(group('sg-0a1b2c3d4e5f60202').egress).toEqual([
      {
        protocol: 'tcp',
        portRange: { from: 8080, to: 8081 },
        peer: { kind: 'group', groupId: 'sg-0a1b2c3d4e5f60203' },
        description: 'to the app tier',
      },
    ]);
    expect(group('sg-0a1b2c3d4e5f60201').ingress).toEqual([
      { protocol: 'all', peer: { kind: 'group', groupId: 'sg-0a1b2c3d4e5f60201' } },
    ]);
  });

  it('reads ICMP FromPort as the type and ToPort as the code, -1 meaning all', () => {
    const [, , echo, icmpv6] = group('sg-0a1b2c3d4e5f60202').ingress;
    expect(echo).toEqual({
      protocol: 'icmp',
      icmpTypeCode: { type: 8, code: -1 },
      peer: { kind: 'cidr', cidr: '10.0.0.0/16' },
    });
    expect(icmpv6).toEqual({
      protocol: 'icmpv6',
      icmpTypeCode: { type: -1, code: -1 },
      peer: { kind: 'cidr', cidr: '2600:1f16:abc:de00::/56' },
    });
  });

  it('reads a TCP or UDP permission without ports as the whole port range', () => {
    const [, udp] = group('sg-0a1b2c3d4e5f60203').ingress;
    expect(udp).toEqual({
      protocol: 'udp',
      portRange: { from: 0, to: 65535 },
      peer: { kind: 'cidr', cidr: '10.0.0.0/16' },
    });
  });

  it('reads FromPort/ToPort -1 on TCP as the whole port range', () => {
    const [rule] = ingressOf({
      IpProtocol: 'tcp',
      FromPort: -1,
      ToPort: -1,
      IpRanges: [{ CidrIp: '10.0.0.0/8' }],
    });
    expect(rule?.portRange).toEqual({ from: 0, to: 65535 });
  });

  it('reads a protocol number as that number, without ports', () => {
    const [, , esp] = group('sg-0a1b2c3d4e5f60203').ingress;
    expect(esp).toEqual({ protocol: 50, peer: { kind: 'cidr', cidr: '192.0.2.0/24' } });
  });

  it('reads the numbers of named protocols as their names ("6" is tcp, "58" is icmpv6)', () => {
    const [tcp, icmpv6] = ingressOf(
      { IpProtocol: '6', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
      { IpProtocol: '58', FromPort: 128, ToPort: 0, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
    );
    expect(tcp).toMatchObject({ protocol: 'tcp', portRange: { from: 22, to: 22 } });
    expect(icmpv6).toMatchObject({ protocol: 'icmpv6', icmpTypeCode: { type: 128, code: 0 } });
  });

  it('reads IpProtocol "-1" as all traffic and ignores any ports given with it', () => {
    const [rule] = ingressOf({
      IpProtocol: '-1',
      FromPort: 80,
      ToPort: 80,
      IpRanges: [{ CidrIp: '10.0.0.0/8' }],
    });
    expect(rule).toEqual({ protocol: 'all', peer: { kind: 'cidr', cidr: '10.0.0.0/8' } });
  });
});
