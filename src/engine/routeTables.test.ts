import { describe, expect, it } from 'vitest';
import type { RouteSpec } from './__fixtures__/build.ts';
import { allTraffic, hop, scenario, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

const INTERNET = '198.51.100.1';

/** A public instance in subnet-web, whose table is `rtb-web` with the given routes (or the main table). */
function publicInstance(
  routes: readonly RouteSpec[] | 'main',
  mainRoutes: readonly RouteSpec[] = [],
) {
  const b = scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .igw('igw-a', 'vpc-a')
    .routes('rtb-amain', mainRoutes);
  if (routes !== 'main') b.routeTable('rtb-web', 'vpc-a', routes);
  return b
    .subnet(
      'subnet-web',
      'vpc-a',
      '10.0.1.0/24',
      routes === 'main' ? {} : { routeTable: 'rtb-web' },
    )
    .subnet('subnet-app', 'vpc-a', '10.0.2.0/24')
    .group('sg-open', 'vpc-a', { ingress: [allTraffic('0.0.0.0/0')] })
    .instance('i-web', 'subnet-web', '10.0.1.10', { publicIp: '198.18.0.10', groups: ['sg-open'] })
    .instance('i-app', 'subnet-app', '10.0.2.10', { groups: ['sg-open'] })
    .build();
}

describe('route tables', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
  // "Each subnet in your VPC must be associated with a route table... If you don't explicitly
  // associate a subnet with a particular route table, the subnet is implicitly associated with the
  // main route table."
  it('routes a subnet without an explicit association by the main route table', () => {
    const s = publicInstance('main', [['0.0.0.0/0', 'igw-a']]);
    const t = evaluate(s, tcpFlow('i-web', INTERNET, 443));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'route')).toMatchObject({
      resourceId: 'rtb-amain',
      verdict: 'allow',
      rule: {
        kind: 'route',
        routeTableId: 'rtb-amain',
        route: { destination: '0.0.0.0/0', target: 'igw-a' },
      },
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
  it('routes a subnet with an explicit association by its own table, not the main one', () => {
    const s = publicInstance([], [['0.0.0.0/0', 'igw-a']]);
    const t = evaluate(s, tcpFlow('i-web', INTERNET, 443));
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'route', resourceId: 'rtb-web' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html
  // "We use the most specific route in your route table that matches the traffic to determine how
  // to route the traffic (longest prefix match)."
  it('picks the most specific route that covers the destination (a /24 over a /16)', () => {
    const s = publicInstance([
      ['198.51.0.0/16', 'igw-a'],
      ['198.51.100.0/24', 'igw-a', 'blackhole'],
    ]);
    const inside24 = evaluate(s, tcpFlow('i-web', '198.51.100.1', 443));
    expect(inside24.blockedBy).toEqual({
      direction: 'request',
      layer: 'route',
      resourceId: 'rtb-web',
    });
    expect(hop(inside24, 'request', 'route').rule).toMatchObject({
      route: { destination: '198.51.100.0/24', state: 'blackhole' },
    });

    const outside24 = evaluate(s, tcpFlow('i-web', '198.51.7.1', 443));
    expect(outside24.verdict).toBe('allowed');
    expect(hop(outside24, 'request', 'route').rule).toMatchObject({
      route: { destination: '198.51.0.0/16', target: 'igw-a' },
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html
  it('picks the most specific route whatever order the routes are listed in', () => {
    const s = publicInstance([
      ['198.51.100.0/24', 'igw-a'],
      ['0.0.0.0/0', 'igw-a', 'blackhole'],
    ]);
    expect(evaluate(s, tcpFlow('i-web', '198.51.100.1', 443)).verdict).toBe('allowed');
    expect(evaluate(s, tcpFlow('i-web', '203.0.113.1', 443)).blockedBy).toMatchObject({
      layer: 'route',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
  // "Every route table contains a local route for communication within the VPC."
  it('carries traffic inside the VPC by the local route', () => {
    const s = publicInstance([['0.0.0.0/0', 'igw-a']]);
    const t = evaluate(s, tcpFlow('i-web', 'i-app', 22));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'route')).toMatchObject({
      resourceId: 'rtb-web',
      rule: { route: { destination: '10.0.0.0/16', target: 'local' } },
    });
    expect(hop(t, 'response', 'route')).toMatchObject({
      resourceId: 'rtb-amain',
      rule: { route: { destination: '10.0.0.0/16', target: 'local' } },
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html ("blackhole": the
  // route's target is not available, so the traffic is dropped)
  it('drops traffic whose route is a blackhole', () => {
    const s = publicInstance([['0.0.0.0/0', 'igw-a', 'blackhole']]);
    const t = evaluate(s, tcpFlow('i-web', INTERNET, 443));
    expect(t.verdict).toBe('blocked');
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'route', resourceId: 'rtb-web' });
    expect(hop(t, 'request', 'route')).toMatchObject({
      verdict: 'deny',
      rule: { route: { destination: '0.0.0.0/0', state: 'blackhole' } },
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
  it('drops traffic that no route covers', () => {
    const s = publicInstance([]);
    const t = evaluate(s, tcpFlow('i-web', INTERNET, 443));
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'route', resourceId: 'rtb-web' });
    expect(hop(t, 'request', 'route').rule).toBeNull();
  });
});

describe('internet gateways', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  // "Attach an internet gateway to your VPC. Add a route to your subnet's route table that directs
  // internet-bound traffic to the internet gateway. Ensure that instances in your subnet have a
  // public IPv4 address or an IPv6 address."
  it('lets an instance with a public address reach the internet through an attached gateway and a route', () => {
    const s = publicInstance([['0.0.0.0/0', 'igw-a']]);
    const t = evaluate(s, tcpFlow('i-web', INTERNET, 443));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'internet-gateway')).toMatchObject({
      verdict: 'allow',
      resourceId: 'igw-a',
    });
    expect(hop(t, 'response', 'internet-gateway').verdict).toBe('allow');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  it('blocks at the internet gateway, naming the VPC, when no gateway is attached', () => {
    const detached = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .igw('igw-a', undefined)
      .routeTable('rtb-web', 'vpc-a', [['0.0.0.0/0', 'igw-a']])
      .subnet('subnet-web', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-web' })
      .instance('i-web', 'subnet-web', '10.0.1.10', { publicIp: '198.18.0.10' })
      .build();
    const t = evaluate(detached, tcpFlow('i-web', INTERNET, 443));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'internet-gateway',
      resourceId: 'vpc-a',
    });

    const none = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .routeTable('rtb-web', 'vpc-a', [['0.0.0.0/0', 'igw-gone']])
      .subnet('subnet-web', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-web' })
      .instance('i-web', 'subnet-web', '10.0.1.10', { publicIp: '198.18.0.10' })
      .build();
    expect(evaluate(none, tcpFlow('i-web', INTERNET, 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'internet-gateway',
      resourceId: 'vpc-a',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  it('blocks at the route when the subnet has no route to the gateway', () => {
    const s = publicInstance([]);
    const t = evaluate(s, tcpFlow('i-web', INTERNET, 443));
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'route', resourceId: 'rtb-web' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  it('blocks at the internet gateway, naming the instance, when the instance has no public address', () => {
    const s = publicInstance([], [['0.0.0.0/0', 'igw-a']]);
    const t = evaluate(s, tcpFlow('i-app', INTERNET, 443));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'internet-gateway',
      resourceId: 'i-app',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  it('lets the internet reach an instance with a public address when its rules allow it', () => {
    const s = publicInstance([['0.0.0.0/0', 'igw-a']]);
    const t = evaluate(s, tcpFlow(INTERNET, 'i-web', 443));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'internet-gateway')).toMatchObject({
      verdict: 'allow',
      resourceId: 'igw-a',
    });
    expect(hop(t, 'request', 'nacl-ingress').packet).toMatchObject({
      source: INTERNET,
      destination: '10.0.1.10',
    });
    expect(hop(t, 'response', 'route')).toMatchObject({ resourceId: 'rtb-web', verdict: 'allow' });

    // By its public address, too.
    expect(evaluate(s, tcpFlow(INTERNET, '198.18.0.10', 443)).verdict).toBe('allowed');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  it("needs the instance subnet's route to the gateway for the response of a connection from the internet", () => {
    const s = publicInstance([]);
    const t = evaluate(s, tcpFlow(INTERNET, 'i-web', 443));
    expect(t.blockedBy).toEqual({ direction: 'response', layer: 'route', resourceId: 'rtb-web' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  it('blocks a connection from the internet to an instance without a public address at the internet gateway', () => {
    const s = publicInstance([], [['0.0.0.0/0', 'igw-a']]);
    const byId = evaluate(s, tcpFlow(INTERNET, 'i-app', 443));
    expect(byId.blockedBy).toEqual({
      direction: 'request',
      layer: 'internet-gateway',
      resourceId: 'i-app',
    });
    const byPrivateAddress = evaluate(s, tcpFlow(INTERNET, '10.0.2.10', 443));
    expect(byPrivateAddress.blockedBy).toEqual({
      direction: 'request',
      layer: 'internet-gateway',
      resourceId: 'i-app',
    });
    // A public instance addressed at its private address cannot be reached from the internet either.
    expect(evaluate(s, tcpFlow(INTERNET, '10.0.1.10', 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'internet-gateway',
      resourceId: 'i-web',
    });
  });
});
