import { describe, expect, it } from 'vitest';
import type { PeeringConnection } from '../model/types.ts';
import { allTraffic, hop, scenario, steps, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

/** vpc-a (10.0.0.0/16) and vpc-b (10.1.0.0/16) joined by pcx-ab, with routes as asked. */
function peered(
  opts: { status?: PeeringConnection['status']; routeAtoB?: boolean; routeBtoA?: boolean } = {},
) {
  const b = scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .vpc('vpc-b', '10.1.0.0/16')
    .peering('pcx-ab', 'vpc-a', 'vpc-b', opts.status ?? 'active');
  if (opts.routeAtoB ?? true) b.routes('rtb-amain', [['10.1.0.0/16', 'pcx-ab']]);
  if (opts.routeBtoA ?? true) b.routes('rtb-bmain', [['10.0.0.0/16', 'pcx-ab']]);
  return b
    .subnet('subnet-a', 'vpc-a', '10.0.1.0/24')
    .subnet('subnet-b', 'vpc-b', '10.1.1.0/24')
    .group('sg-b', 'vpc-b', { ingress: [allTraffic('10.0.0.0/16')] })
    .instance('i-a', 'subnet-a', '10.0.1.10')
    .instance('i-b', 'subnet-b', '10.1.1.10', { groups: ['sg-b'] })
    .build();
}

describe('VPC peering', () => {
  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html
  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
  // "To enable the flow of traffic between the VPCs using private IP addresses, the owner of each
  // VPC in the VPC peering connection must manually add a route to one or more of their VPC route
  // tables that points to the IP address range of the other VPC."
  it('carries traffic over an active connection with routes on both sides, by private addresses', () => {
    const t = evaluate(peered(), tcpFlow('i-a', 'i-b', 5432));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'route')).toMatchObject({
      resourceId: 'rtb-amain',
      rule: { route: { destination: '10.1.0.0/16', target: 'pcx-ab' } },
    });
    expect(hop(t, 'request', 'peering')).toMatchObject({ verdict: 'allow', resourceId: 'pcx-ab' });
    expect(hop(t, 'request', 'nacl-ingress').packet).toMatchObject({
      source: '10.0.1.10',
      destination: '10.1.1.10',
    });
    expect(hop(t, 'response', 'route')).toMatchObject({
      resourceId: 'rtb-bmain',
      rule: { route: { destination: '10.0.0.0/16', target: 'pcx-ab' } },
    });
    expect(hop(t, 'response', 'peering')).toMatchObject({ verdict: 'allow', resourceId: 'pcx-ab' });
  });

  // spec/cli-analyze.md, "Path order": peering adds a `peering` hop after the source route.
  it('puts the peering hop after the route, on the request and on the response', () => {
    expect(steps(evaluate(peered(), tcpFlow('i-a', 'i-b', 5432)))).toEqual([
      'request:security-group-egress',
      'request:nacl-egress',
      'request:route',
      'request:peering',
      'request:nacl-ingress',
      'request:security-group-ingress',
      'response:security-group-egress',
      'response:nacl-egress',
      'response:route',
      'response:peering',
      'response:nacl-ingress',
      'response:security-group-ingress',
    ]);
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html
  // "The owner of the accepter VPC must accept the VPC peering connection request to activate it."
  it('blocks at the peering connection while it is pending acceptance', () => {
    const t = evaluate(peered({ status: 'pending-acceptance' }), tcpFlow('i-a', 'i-b', 5432));
    expect(t.verdict).toBe('blocked');
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'peering', resourceId: 'pcx-ab' });
    // Still private addressing (spec/cli-analyze.md: a peering connection in any state).
    expect(hop(t, 'request', 'route').packet.destination).toBe('10.1.1.10');
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
  it('blocks the request at the route when the requester has no route to the peer', () => {
    const t = evaluate(peered({ routeAtoB: false }), tcpFlow('i-a', 'i-b', 5432));
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'route', resourceId: 'rtb-amain' });
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
  it('blocks the response at the route when the peer has no route back', () => {
    const t = evaluate(peered({ routeBtoA: false }), tcpFlow('i-a', 'i-b', 5432));
    expect(t.verdict).toBe('blocked');
    expect(t.blockedBy).toEqual({ direction: 'response', layer: 'route', resourceId: 'rtb-bmain' });
    expect(
      t.hops.filter((h) => h.direction === 'request').every((h) => h.verdict === 'allow'),
    ).toBe(true);
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations
  // "VPC peering does not support transitive peering relationships."
  it('is not transitive: A cannot reach C through B', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .vpc('vpc-b', '10.1.0.0/16')
      .vpc('vpc-c', '10.2.0.0/16')
      .peering('pcx-ab', 'vpc-a', 'vpc-b')
      .peering('pcx-bc', 'vpc-b', 'vpc-c')
      .routes('rtb-amain', [
        ['10.1.0.0/16', 'pcx-ab'],
        ['10.2.0.0/16', 'pcx-ab'],
      ])
      .routes('rtb-bmain', [
        ['10.0.0.0/16', 'pcx-ab'],
        ['10.2.0.0/16', 'pcx-bc'],
      ])
      .routes('rtb-cmain', [
        ['10.0.0.0/16', 'pcx-bc'],
        ['10.1.0.0/16', 'pcx-bc'],
      ])
      .subnet('subnet-a', 'vpc-a', '10.0.1.0/24')
      .subnet('subnet-c', 'vpc-c', '10.2.1.0/24')
      .group('sg-c', 'vpc-c', { ingress: [allTraffic('10.0.0.0/8')] })
      .instance('i-a', 'subnet-a', '10.0.1.10')
      .instance('i-c', 'subnet-c', '10.2.1.10', { groups: ['sg-c'] })
      .build();
    const t = evaluate(s, tcpFlow('i-a', '10.2.1.10', 443));
    expect(t.verdict).toBe('blocked');
    expect(hop(t, 'request', 'route').verdict).toBe('allow');
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'peering', resourceId: 'pcx-ab' });
  });
});
