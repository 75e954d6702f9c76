import { describe, expect, it } from 'vitest';
import type { RouteSpec } from './__fixtures__/build.ts';
import { allow, hop, scenario, steps, tcp, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

const HOST6 = '2001:db8::1';
const A6 = '2600:1f18:abcd:1201::10';
const B6 = '2600:1f18:abcd:1202::10';

/** A dual-stack VPC: two dual-stack subnets and instances, groups open on TCP 443 from ::/0 only. */
function dualStack(opts: { routes?: readonly RouteSpec[]; aclB?: 'default' | 'ipv4-only' } = {}) {
  const b = scenario()
    .vpc('vpc-a', '10.0.0.0/16', { ipv6: '2600:1f18:abcd:1200::/56' })
    .igw('igw-a', 'vpc-a')
    .routeTable(
      'rtb-public',
      'vpc-a',
      opts.routes ?? [
        ['0.0.0.0/0', 'igw-a'],
        ['::/0', 'igw-a'],
      ],
    )
    .nacl('acl-v4', 'vpc-a', {
      ingress: [allow(100, 'all', '0.0.0.0/0')],
      egress: [allow(100, 'all', '0.0.0.0/0')],
    });
  return b
    .subnet('subnet-a', 'vpc-a', '10.0.1.0/24', {
      ipv6: '2600:1f18:abcd:1201::/64',
      routeTable: 'rtb-public',
    })
    .subnet('subnet-b', 'vpc-a', '10.0.2.0/24', {
      ipv6: '2600:1f18:abcd:1202::/64',
      ...(opts.aclB === 'ipv4-only' ? { nacl: 'acl-v4' } : {}),
    })
    .group('sg-v6', 'vpc-a', { ingress: [tcp(443, '::/0')] })
    .instance('i-a', 'subnet-a', '10.0.1.10', { ipv6: A6, groups: ['sg-v6'] })
    .instance('i-b', 'subnet-b', '10.0.2.10', { ipv6: B6, groups: ['sg-v6'] })
    .build();
}

describe('IPv6', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html (IPv6 CIDR sources);
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-migrate-ipv6.html
  it('lets dual-stack instances talk over IPv6 by a ::/0 rule, which does not match IPv4', () => {
    const s = dualStack();
    const v6 = evaluate(s, tcpFlow('i-a', B6, 443));
    expect(v6.verdict).toBe('allowed');
    expect(hop(v6, 'request', 'security-group-ingress')).toMatchObject({
      verdict: 'allow',
      packet: { source: A6, destination: B6 },
      rule: { rule: { peer: { kind: 'cidr', cidr: '::/0' } } },
    });
    expect(hop(v6, 'request', 'route').rule).toMatchObject({
      route: { destination: '2600:1f18:abcd:1200::/56', target: 'local' },
    });

    expect(evaluate(s, tcpFlow('i-a', 'i-b', 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'i-b',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  // "Ensure that instances in your subnet have a public IPv4 address or an IPv6 address."
  it('reaches the internet over IPv6 through the internet gateway, with no public IPv4 address', () => {
    const t = evaluate(dualStack(), tcpFlow('i-a', HOST6, 443));
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual([
      'request:security-group-egress',
      'request:nacl-egress',
      'request:route',
      'request:internet-gateway',
      'response:internet-gateway',
      'response:nacl-ingress',
      'response:security-group-ingress',
    ]);
    expect(hop(t, 'request', 'route').rule).toMatchObject({
      route: { destination: '::/0', target: 'igw-a' },
    });
    expect(hop(t, 'request', 'internet-gateway')).toMatchObject({
      verdict: 'allow',
      resourceId: 'igw-a',
    });
    // The default ACL of a dual-stack VPC has its IPv6 allow-all entries (rule 101).
    expect(hop(t, 'request', 'nacl-egress').rule).toMatchObject({
      ruleNumber: 101,
      action: 'allow',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html (a ::/0 route)
  it('needs an IPv6 route to the gateway: 0.0.0.0/0 does not carry IPv6', () => {
    const t = evaluate(dualStack({ routes: [['0.0.0.0/0', 'igw-a']] }), tcpFlow('i-a', HOST6, 443));
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'route', resourceId: 'rtb-public' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  it('lets the internet reach an instance at its IPv6 address when its rules allow it', () => {
    const t = evaluate(dualStack(), tcpFlow(HOST6, 'i-a', 443));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'security-group-ingress').packet).toMatchObject({
      source: HOST6,
      destination: A6,
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html: AWS lists the IPv6 `*` rule
  // as 32768.
  it('reports the IPv6 * rule of a network ACL as rule 32768', () => {
    const t = evaluate(dualStack({ aclB: 'ipv4-only' }), tcpFlow('i-a', B6, 443));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-v4',
      ruleNumber: 32768,
    });
  });
});
