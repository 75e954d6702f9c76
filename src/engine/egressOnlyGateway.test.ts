import { describe, expect, it } from 'vitest';
import { allTraffic, hop, scenario, steps, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

const V6_HOST = '2001:db8::1';

/** A dual-stack VPC whose subnet sends ::/0 to an egress-only internet gateway. */
function world(opts: { igw?: boolean } = {}) {
  const b = scenario().vpc('vpc-a', '10.0.0.0/16', { ipv6: '2600:1f18:aaaa:a00::/56' });
  if (opts.igw) b.igw('igw-a', 'vpc-a');
  return b
    .eigw('eigw-a', 'vpc-a')
    .routes('rtb-amain', [['::/0', 'eigw-a']])
    .subnet('subnet-a', 'vpc-a', '10.0.1.0/24', { ipv6: '2600:1f18:aaaa:a01::/64' })
    .group('sg-open', 'vpc-a', { ingress: [allTraffic('::/0')] })
    .instance('i-a', 'subnet-a', '10.0.1.10', {
      ipv6: '2600:1f18:aaaa:a01::10',
      groups: ['sg-open'],
    });
}

// https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html: "An
// egress-only internet gateway is stateful: it forwards traffic from the instances in the subnet
// to the internet or other AWS services, and then sends the response back to the instances", and
// it "prevents the internet from initiating an IPv6 connection with your instances".
describe('egress-only internet gateways', () => {
  it('carry IPv6 out and let the reply back in', () => {
    const t = evaluate(world().build(), tcpFlow('i-a', V6_HOST, 443));
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual([
      'request:security-group-egress',
      'request:nacl-egress',
      'request:route',
      'request:egress-only-internet-gateway',
      'response:egress-only-internet-gateway',
      'response:nacl-ingress',
      'response:security-group-ingress',
    ]);
    expect(hop(t, 'request', 'egress-only-internet-gateway').resourceId).toBe('eigw-a');
  });

  it('never let a connection from the internet in: it can enter only through an internet gateway', () => {
    const none = evaluate(world().build(), tcpFlow(V6_HOST, 'i-a', 443));
    expect(none.blockedBy).toEqual({
      direction: 'request',
      layer: 'internet-gateway',
      resourceId: 'vpc-a',
    });
    expect(none.hops[0]?.reason).toMatch(/lets in only replies/);
    // With an internet gateway it enters, but the reply cannot leave by the egress-only gateway.
    const igw = evaluate(world({ igw: true }).build(), tcpFlow(V6_HOST, 'i-a', 443));
    expect(igw.blockedBy).toEqual({
      direction: 'response',
      layer: 'route',
      resourceId: 'rtb-amain',
    });
  });

  it('name the VPC when none is attached', () => {
    const s = world().build();
    s.egressOnlyInternetGateways = [{ id: 'eigw-a', name: 'eigw-a' }];
    expect(evaluate(s, tcpFlow('i-a', V6_HOST, 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'egress-only-internet-gateway',
      resourceId: 'vpc-a',
    });
  });
});
