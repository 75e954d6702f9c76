import { describe, expect, it } from 'vitest';
import type { NetworkAcl } from '../model/types.ts';
import small from './__fixtures__/small-bundle.json';
import { importAwsBundle } from './index.ts';

function acls(bundle: unknown): NetworkAcl[] {
  const result = importAwsBundle(bundle);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.scenario.networkAcls;
}

function acl(id: string): NetworkAcl {
  const found = acls(small).find((a) => a.id === id);
  if (!found) throw new Error(`${id} is missing`);
  return found;
}

describe('network ACLs', () => {
  it("drops entry 32767, AWS's implicit * rule for IPv4, and 32768, its IPv6 twin", () => {
    const numbers = (a: NetworkAcl) => [...a.ingress, ...a.egress].map((e) => e.ruleNumber);
    expect(numbers(acl('acl-0a1b2c3d4e5f60300'))).toEqual([100, 101, 100, 101]);
    expect(numbers(acl('acl-0a1b2c3d4e5f60310'))).not.toContain(32767);
  });

  it('keeps IsDefault', () => {
    expect(acl('acl-0a1b2c3d4e5f60300').isDefault).toBe(true);
    expect(acl('acl-0a1b2c3d4e5f60310').isDefault).toBe(false);
  });

  it('splits entries by Egress into ingress and egress lists', () => {
    const custom = acl('acl-0a1b2c3d4e5f60310');
    expect(custom.egress).toEqual([
      {
        ruleNumber: 100,
        action: 'allow',
        protocol: 'tcp',
        cidr: '0.0.0.0/0',
        portRange: { from: 1024, to: 65535 },
      },
    ]);
    expect(custom.ingress).toHaveLength(6);
  });

  it('orders entries by rule number, as AWS evaluates them', () => {
    expect(acl('acl-0a1b2c3d4e5f60310').ingress.map((e) => e.ruleNumber)).toEqual([
      50, 200, 210, 220, 230, 240,
    ]);
  });

  it('reads Protocol numbers: "-1" all, "6" tcp, "17" udp, "1" icmp, "58" icmpv6, others as numbers', () => {
    expect(acl('acl-0a1b2c3d4e5f60310').ingress).toEqual([
      { ruleNumber: 50, action: 'deny', protocol: 'all', cidr: '10.0.1.13/32' },
      {
        ruleNumber: 200,
        action: 'allow',
        protocol: 'tcp',
        cidr: '10.0.1.0/24',
        portRange: { from: 8080, to: 8081 },
      },
      {
        ruleNumber: 210,
        action: 'allow',
        protocol: 'icmp',
        cidr: '10.0.0.0/16',
        icmpTypeCode: { type: 8, code: 0 },
      },
      {
        ruleNumber: 220,
        action: 'allow',
        protocol: 'udp',
        cidr: '10.0.0.0/16',
        portRange: { from: 53, to: 53 },
      },
      { ruleNumber: 230, action: 'allow', protocol: 50, cidr: '192.0.2.0/24' },
      {
        ruleNumber: 240,
        action: 'allow',
        protocol: 'icmpv6',
        cidr: '2600:1f16:abc:de00::/56',
        icmpTypeCode: { type: -1, code: -1 },
      },
    ]);
  });

  it('reads a TCP entry without PortRange as every port and an ICMP entry without IcmpTypeCode as every type', () => {
    const [bundleAcl] = acls({
      NetworkAcls: [
        {
          NetworkAclId: 'acl-0e5f6a7b8c9d00001',
          VpcId: 'vpc-0e5f6a7b8c9d00000',
          IsDefault: false,
          Entries: [
            {
              RuleNumber: 10,
              Protocol: '6',
              RuleAction: 'allow',
              Egress: false,
              CidrBlock: '10.0.0.0/8',
            },
            {
              RuleNumber: 20,
              Protocol: '1',
              RuleAction: 'allow',
              Egress: false,
              CidrBlock: '10.0.0.0/8',
            },
          ],
        },
      ],
    });
    expect(bundleAcl?.ingress.map((e) => [e.portRange, e.icmpTypeCode])).toEqual([
      [{ from: 0, to: 65535 }, undefined],
      [undefined, { type: -1, code: -1 }],
    ]);
  });
});
