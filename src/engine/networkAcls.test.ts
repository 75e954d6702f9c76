import { describe, expect, it } from 'vitest';
import type { NaclEntry } from '../model/types.ts';
import {
  allTraffic,
  allow,
  deny,
  flow,
  hop,
  icmp,
  scenario,
  steps,
  tcp,
  tcpFlow,
} from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';
import { DEFAULT_SOURCE_PORT } from './resolve.ts';

const ALL_IN: NaclEntry[] = [allow(100, 'all', '0.0.0.0/0')];

/**
 * A client subnet and a server subnet, each with its own ACL (allow all unless replaced), and
 * groups that allow everything, so that only the ACLs decide.
 */
function twoSubnets(
  opts: {
    client?: { ingress?: NaclEntry[]; egress?: NaclEntry[] };
    server?: { ingress?: NaclEntry[]; egress?: NaclEntry[] };
  } = {},
) {
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .nacl('acl-client', 'vpc-a', {
      ingress: opts.client?.ingress ?? ALL_IN,
      egress: opts.client?.egress ?? ALL_IN,
    })
    .nacl('acl-server', 'vpc-a', {
      ingress: opts.server?.ingress ?? ALL_IN,
      egress: opts.server?.egress ?? ALL_IN,
    })
    .subnet('subnet-client', 'vpc-a', '10.0.1.0/24', { nacl: 'acl-client' })
    .subnet('subnet-server', 'vpc-a', '10.0.2.0/24', { nacl: 'acl-server' })
    .group('sg-open', 'vpc-a', { ingress: [allTraffic('0.0.0.0/0')] })
    .instance('i-client', 'subnet-client', '10.0.1.10', { groups: ['sg-open'] })
    .instance('i-server', 'subnet-server', '10.0.2.10', { groups: ['sg-open'] })
    .build();
}

describe('network ACL rule order', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
  // "Rules are evaluated starting with the lowest numbered rule. As soon as a rule matches traffic,
  // it's applied even if a higher-numbered rule contradicts it."
  it('denies at the first matching rule when a deny comes before an allow', () => {
    const s = twoSubnets({
      server: {
        ingress: [deny(100, 'tcp', '0.0.0.0/0', { ports: 22 }), allow(200, 'all', '0.0.0.0/0')],
      },
    });
    const t = evaluate(s, tcpFlow('i-client', 'i-server', 22));
    expect(t.verdict).toBe('blocked');
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-server',
      ruleNumber: 100,
    });
    expect(hop(t, 'request', 'nacl-ingress').rule).toMatchObject({
      kind: 'nacl-entry',
      networkAclId: 'acl-server',
      ruleNumber: 100,
      action: 'deny',
    });
    // Other traffic reaches rule 200.
    expect(evaluate(s, tcpFlow('i-client', 'i-server', 443)).verdict).toBe('allowed');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
  it('allows at the first matching rule when an allow comes before a deny', () => {
    const s = twoSubnets({
      server: {
        ingress: [allow(100, 'tcp', '10.0.1.0/24', { ports: 22 }), deny(200, 'all', '0.0.0.0/0')],
      },
    });
    const t = evaluate(s, tcpFlow('i-client', 'i-server', 22));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'nacl-ingress')).toMatchObject({
      verdict: 'allow',
      resourceId: 'acl-server',
      rule: { ruleNumber: 100, action: 'allow' },
    });
    expect(evaluate(s, tcpFlow('i-client', 'i-server', 23)).blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-server',
      ruleNumber: 200,
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
  it('evaluates rules in ascending number, whatever order they are listed in', () => {
    const s = twoSubnets({
      server: {
        ingress: [allow(200, 'all', '0.0.0.0/0'), deny(100, 'tcp', '0.0.0.0/0', { ports: 22 })],
      },
    });
    expect(evaluate(s, tcpFlow('i-client', 'i-server', 22)).blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-server',
      ruleNumber: 100,
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
  it('matches inbound rules on the source address and outbound rules on the destination address', () => {
    const s = twoSubnets({
      client: {
        egress: [deny(90, 'all', '10.0.2.10/32'), allow(100, 'all', '0.0.0.0/0')],
      },
      server: {
        ingress: [deny(90, 'all', '10.0.1.10/32'), allow(100, 'all', '0.0.0.0/0')],
      },
    });
    const t = evaluate(s, tcpFlow('i-client', 'i-server', 80));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-egress',
      resourceId: 'acl-client',
      ruleNumber: 90,
    });
    expect(hop(t, 'request', 'nacl-ingress').rule).toMatchObject({ ruleNumber: 90 });
  });
});

describe('the network ACL * rule', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
  // "The last rule is an asterisk (*) rule, which denies a packet if it doesn't match any of the
  // other numbered rules." The CLI lists it as 32767 (IPv4).
  it('denies what no numbered rule matches, reported as rule 32767 for IPv4', () => {
    const s = twoSubnets({ server: { ingress: [allow(100, 'tcp', '0.0.0.0/0', { ports: 80 })] } });
    const t = evaluate(s, tcpFlow('i-client', 'i-server', 22));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-server',
      ruleNumber: 32767,
    });
    const h = hop(t, 'request', 'nacl-ingress');
    expect(h.rule).toMatchObject({ kind: 'nacl-entry', ruleNumber: 32767, action: 'deny' });
    expect(h.rule?.kind === 'nacl-entry' ? h.rule.entry : 'missing').toBeUndefined();
  });
});

describe('network ACLs are stateless', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html
  it("checks the response against the client's source port, 49152 by default", () => {
    const s = twoSubnets({
      client: { ingress: [allow(100, 'tcp', '0.0.0.0/0', { ports: [49152, 65535] })] },
    });
    expect(DEFAULT_SOURCE_PORT).toBe(49152);
    const t = evaluate(s, tcpFlow('i-client', 'i-server', 443));
    expect(t.verdict).toBe('allowed');
    const back = hop(t, 'response', 'nacl-ingress');
    expect(back).toMatchObject({ resourceId: 'acl-client', verdict: 'allow' });
    expect(back.packet).toMatchObject({
      source: '10.0.2.10',
      destination: '10.0.1.10',
      sourcePort: 443,
      destinationPort: 49152,
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html
  // "Many Linux kernels (including the Amazon Linux kernel) use ports 32768-61000."
  it("blocks the response at the client subnet's inbound ACL when it omits a Linux ephemeral port", () => {
    const s = twoSubnets({
      client: { ingress: [allow(100, 'tcp', '0.0.0.0/0', { ports: [49152, 65535] })] },
    });
    const t = evaluate(s, tcpFlow('i-client', 'i-server', 443, 40000));
    expect(t.verdict).toBe('blocked');
    expect(t.blockedBy).toEqual({
      direction: 'response',
      layer: 'nacl-ingress',
      resourceId: 'acl-client',
      ruleNumber: 32767,
    });
    expect(hop(t, 'response', 'nacl-ingress').packet.destinationPort).toBe(40000);
    // The request itself passed every layer.
    expect(t.hops.filter((h) => h.direction === 'request').map((h) => h.verdict)).not.toContain(
      'deny',
    );
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html
  it("blocks the response at the server subnet's outbound ACL when it omits the client's port", () => {
    const s = twoSubnets({
      server: { egress: [allow(100, 'tcp', '0.0.0.0/0', { ports: [49152, 65535] })] },
    });
    expect(evaluate(s, tcpFlow('i-client', 'i-server', 443)).verdict).toBe('allowed');
    const t = evaluate(s, tcpFlow('i-client', 'i-server', 443, 40000));
    expect(t.blockedBy).toEqual({
      direction: 'response',
      layer: 'nacl-egress',
      resourceId: 'acl-server',
      ruleNumber: 32767,
    });
    expect(hop(t, 'response', 'nacl-egress').packet).toMatchObject({
      sourcePort: 443,
      destinationPort: 40000,
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
  // An echo request (type 8) is answered by an echo reply (type 0), which the ACLs check too.
  it('checks the ICMP echo reply on the way back', () => {
    const echoOnly = twoSubnets({
      server: {
        ingress: [allow(100, 'icmp', '0.0.0.0/0', { icmp: [8, -1] })],
        egress: [allow(100, 'icmp', '0.0.0.0/0', { icmp: [8, -1] })],
      },
    });
    const ping = flow('i-client', 'i-server', 'icmp');
    const t = evaluate(echoOnly, ping);
    expect(t.blockedBy).toEqual({
      direction: 'response',
      layer: 'nacl-egress',
      resourceId: 'acl-server',
      ruleNumber: 32767,
    });
    expect(hop(t, 'request', 'nacl-ingress').packet).toMatchObject({ icmpType: 8, icmpCode: 0 });
    expect(hop(t, 'response', 'nacl-egress').packet).toMatchObject({ icmpType: 0, icmpCode: 0 });

    const withReply = twoSubnets({
      server: {
        ingress: [allow(100, 'icmp', '0.0.0.0/0', { icmp: [8, -1] })],
        egress: [allow(100, 'icmp', '0.0.0.0/0', { icmp: [0, -1] })],
      },
    });
    expect(evaluate(withReply, ping).verdict).toBe('allowed');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html (ICMP type and code)
  it('gives ICMP messages other than an echo request no response hops', () => {
    const s = twoSubnets({
      client: { ingress: [] },
      server: { egress: [] },
    });
    const t = evaluate(s, flow('i-client', 'i-server', 'icmp', { icmpType: 3, icmpCode: 4 }));
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual([
      'request:security-group-egress',
      'request:nacl-egress',
      'request:route',
      'request:nacl-ingress',
      'request:security-group-ingress',
    ]);
    expect(hop(t, 'request', 'nacl-ingress').packet).toMatchObject({ icmpType: 3, icmpCode: 4 });
  });
});

describe('network ACLs and subnets', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
  // A network ACL controls traffic in and out of a subnet, so two instances of one subnet talk
  // without crossing it.
  it('does not check traffic between two instances of the same subnet (skip)', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .nacl('acl-closed', 'vpc-a')
      .subnet('subnet-a', 'vpc-a', '10.0.1.0/24', { nacl: 'acl-closed' })
      .group('sg-open', 'vpc-a', { ingress: [allTraffic('10.0.0.0/16')] })
      .instance('i-one', 'subnet-a', '10.0.1.10', { groups: ['sg-open'] })
      .instance('i-two', 'subnet-a', '10.0.1.11', { groups: ['sg-open'] })
      .build();
    const t = evaluate(s, tcpFlow('i-one', 'i-two', 22));
    expect(t.verdict).toBe('allowed');
    const naclHops = t.hops.filter((h) => h.layer === 'nacl-egress' || h.layer === 'nacl-ingress');
    expect(naclHops).toHaveLength(4);
    for (const h of naclHops)
      expect(h).toMatchObject({ verdict: 'skip', resourceId: 'acl-closed' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
  // "Each subnet in your VPC must be associated with a network ACL. If you don't explicitly
  // associate a subnet with a network ACL, the subnet is automatically associated with the default
  // network ACL."
  it("uses the VPC's default ACL for a subnet without an explicit association", () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .naclEntries('acl-adefault', {
        ingress: [deny(50, 'tcp', '0.0.0.0/0', { ports: 22 }), allow(100, 'all', '0.0.0.0/0')],
      })
      .nacl('acl-other', 'vpc-a', { ingress: ALL_IN, egress: ALL_IN })
      .subnet('subnet-client', 'vpc-a', '10.0.1.0/24', { nacl: 'acl-other' })
      .subnet('subnet-server', 'vpc-a', '10.0.2.0/24')
      .group('sg-open', 'vpc-a', { ingress: [tcp([0, 65535], '0.0.0.0/0')] })
      .instance('i-client', 'subnet-client', '10.0.1.10', { groups: ['sg-open'] })
      .instance('i-server', 'subnet-server', '10.0.2.10', { groups: ['sg-open'] })
      .build();
    const t = evaluate(s, tcpFlow('i-client', 'i-server', 22));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-adefault',
      ruleNumber: 50,
    });
    expect(hop(t, 'response', 'nacl-egress').resourceId).toBe('acl-adefault');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html (ICMP rules)
  it('matches an ICMP rule by type and code', () => {
    const s = twoSubnets({
      server: {
        ingress: [allow(100, 'icmp', '0.0.0.0/0', { icmp: [3, 4] })],
      },
    });
    const fragNeeded = flow('i-client', 'i-server', 'icmp', { icmpType: 3, icmpCode: 4 });
    expect(evaluate(s, fragNeeded).verdict).toBe('allowed');
    const otherCode = flow('i-client', 'i-server', 'icmp', { icmpType: 3, icmpCode: 1 });
    expect(evaluate(s, otherCode).blockedBy).toMatchObject({
      layer: 'nacl-ingress',
      ruleNumber: 32767,
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html (ICMP type)
  it('allows an echo request by an ICMP type 8 group rule and lets its echo reply back statefully', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .subnet('subnet-a', 'vpc-a', '10.0.1.0/24')
      .subnet('subnet-b', 'vpc-a', '10.0.2.0/24')
      .group('sg-ping', 'vpc-a', { ingress: [icmp('10.0.0.0/16', 8)] })
      .instance('i-a', 'subnet-a', '10.0.1.10', { groups: ['sg-ping'] })
      .instance('i-b', 'subnet-b', '10.0.2.10', { groups: ['sg-ping'] })
      .build();
    const t = evaluate(s, flow('i-a', 'i-b', 'icmp'));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'response', 'security-group-ingress').packet).toMatchObject({ icmpType: 0 });
  });
});
