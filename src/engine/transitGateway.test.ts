import { describe, expect, it } from 'vitest';
import {
  allow,
  allTraffic,
  deny,
  hop,
  scenario,
  steps,
  tcp,
  tcpFlow,
  verdicts,
} from './__fixtures__/build.ts';
import { hubAndSpoke } from './__fixtures__/hubAndSpoke.ts';
import { evaluate } from './evaluate.ts';

/**
 * Two VPCs joined by a transit gateway. Each VPC has a workload subnet and an attachment subnet
 * in us-east-1a (each with its own, open, network ACL), and A has a second workload subnet in
 * us-east-1b. Both attachments are associated with one route table that both propagate to.
 */
function hub() {
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .vpc('vpc-b', '10.1.0.0/16')
    .nacl('acl-a1', 'vpc-a', {
      ingress: [allow(100, 'all', '0.0.0.0/0')],
      egress: [allow(100, 'all', '0.0.0.0/0')],
    })
    .nacl('acl-atgw', 'vpc-a', {
      ingress: [allow(100, 'all', '0.0.0.0/0')],
      egress: [allow(100, 'all', '0.0.0.0/0')],
    })
    .nacl('acl-b1', 'vpc-b', {
      ingress: [allow(100, 'all', '0.0.0.0/0')],
      egress: [allow(100, 'all', '0.0.0.0/0')],
    })
    .nacl('acl-btgw', 'vpc-b', {
      ingress: [allow(100, 'all', '0.0.0.0/0')],
      egress: [allow(100, 'all', '0.0.0.0/0')],
    })
    .subnet('subnet-a1', 'vpc-a', '10.0.1.0/24', { nacl: 'acl-a1' })
    .subnet('subnet-a2', 'vpc-a', '10.0.2.0/24', { zone: 'us-east-1b' })
    .subnet('subnet-atgw', 'vpc-a', '10.0.0.0/28', { nacl: 'acl-atgw' })
    .subnet('subnet-b1', 'vpc-b', '10.1.1.0/24', { nacl: 'acl-b1' })
    .subnet('subnet-btgw', 'vpc-b', '10.1.0.0/28', { nacl: 'acl-btgw' })
    .tgw('tgw-hub')
    .attachment('tgw-attach-a', 'tgw-hub', 'vpc-a', ['subnet-atgw'], { routeTable: 'tgw-rtb-hub' })
    .attachment('tgw-attach-b', 'tgw-hub', 'vpc-b', ['subnet-btgw'], { routeTable: 'tgw-rtb-hub' })
    .tgwRouteTable('tgw-rtb-hub', 'tgw-hub', ['tgw-attach-a', 'tgw-attach-b'])
    .routes('rtb-amain', [['10.1.0.0/16', 'tgw-hub']])
    .routes('rtb-bmain', [['10.0.0.0/16', 'tgw-hub']])
    .group('sg-a', 'vpc-a', { ingress: [allTraffic('10.0.0.0/8')] })
    .group('sg-b', 'vpc-b', { ingress: [allTraffic('10.0.0.0/8')] })
    .instance('i-a', 'subnet-a1', '10.0.1.10', { groups: ['sg-a'] })
    .instance('i-a2', 'subnet-a2', '10.0.2.10', { groups: ['sg-a'] })
    .instance('i-b', 'subnet-b1', '10.1.1.10', { groups: ['sg-b'] });
}

// AWS, "How network ACLs work with transit gateways"
// (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-nacls.html):
//   "Same subnet for EC2 instances and transit gateway association. [...] NACL rules are applied
//   as follows for traffic from instances to the transit gateway: Outbound rules use the
//   destination IP address for evaluation. Inbound rules use the source IP address for
//   evaluation. NACL rules are applied as follows for traffic from the transit gateway to the
//   instances: Outbound rules are not evaluated. Inbound rules are not evaluated."
//   "Different subnets for EC2 instances and transit gateway association. [...] NACL rules are
//   applied as follows for the transit gateway subnet: Outbound rules use the destination IP
//   address to evaluate traffic from the transit gateway to the instances. Outbound rules are not
//   used to evaluate traffic from the instances to the transit gateway. Inbound rules use the
//   source IP address to evaluate traffic from the instances to the transit gateway. Inbound
//   rules are not used to evaluate traffic from the transit gateway to the instances."
describe('transit gateway: network ACLs of the attachment subnets (tgw-nacls.html)', () => {
  it('different subnets: source subnet out, its attachment subnet in, the transit gateway, the destination attachment subnet out, the destination subnet in; and back the same way', () => {
    const t = evaluate(hub().build(), tcpFlow('i-a', 'i-b', 443));
    expect(t.verdict).toBe('allowed');
    expect(t.hops.map((h) => `${h.direction}:${h.layer}:${h.resourceId}`)).toEqual([
      'request:security-group-egress:i-a',
      'request:nacl-egress:acl-a1',
      'request:route:rtb-amain',
      'request:nacl-ingress:acl-atgw',
      'request:transit-gateway:tgw-rtb-hub',
      'request:nacl-egress:acl-btgw',
      'request:nacl-ingress:acl-b1',
      'request:security-group-ingress:i-b',
      'response:security-group-egress:i-b',
      'response:nacl-egress:acl-b1',
      'response:route:rtb-bmain',
      'response:nacl-ingress:acl-btgw',
      'response:transit-gateway:tgw-rtb-hub',
      'response:nacl-egress:acl-atgw',
      'response:nacl-ingress:acl-a1',
      'response:security-group-ingress:i-a',
    ]);
  });

  it("matches the attachment subnet's inbound rules on the source address, and its outbound rules on the destination address", () => {
    const inbound = hub()
      .naclEntries('acl-atgw', {
        ingress: [deny(90, 'all', '10.0.1.0/24'), allow(100, 'all', '0.0.0.0/0')],
      })
      .build();
    expect(evaluate(inbound, tcpFlow('i-a', 'i-b', 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-atgw',
      ruleNumber: 90,
    });
    const outbound = hub()
      .naclEntries('acl-btgw', {
        egress: [deny(90, 'tcp', '10.1.1.10/32', { ports: 443 }), allow(100, 'all', '0.0.0.0/0')],
      })
      .build();
    expect(evaluate(outbound, tcpFlow('i-a', 'i-b', 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-egress',
      resourceId: 'acl-btgw',
      ruleNumber: 90,
    });
  });

  it("same subnet, toward the instances: neither the attachment subnet's outbound rules nor the destination's inbound rules are evaluated", () => {
    const s = hub()
      .naclEntries('acl-btgw', { ingress: [], egress: [] })
      .instance('i-btgw', 'subnet-btgw', '10.1.0.10', { groups: ['sg-b'] })
      .build();
    const t = evaluate(s, { ...tcpFlow('i-a', 'i-btgw', 443) });
    expect(verdicts(t).slice(4, 8)).toEqual([
      'request:transit-gateway=allow',
      'request:nacl-egress=skip',
      'request:nacl-ingress=skip',
      'request:security-group-ingress=allow',
    ]);
    expect(hop(t, 'request', 'nacl-egress', 1).reason).toMatch(/attachment's own subnet/);
    // The reply leaves its own subnet for the transit gateway: both rules apply, and deny.
    expect(t.blockedBy).toEqual({
      direction: 'response',
      layer: 'nacl-egress',
      resourceId: 'acl-btgw',
      ruleNumber: 32767,
    });
  });

  it("same subnet, from the instances: the attachment subnet's inbound rules apply even though it is the source's own subnet", () => {
    const s = hub()
      .naclEntries('acl-atgw', {
        ingress: [deny(80, 'all', '10.0.0.0/28'), allow(100, 'all', '0.0.0.0/0')],
      })
      .instance('i-atgw', 'subnet-atgw', '10.0.0.10', { groups: ['sg-a'] })
      .build();
    const t = evaluate(s, tcpFlow('i-atgw', 'i-b', 443));
    expect(steps(t).slice(0, 5)).toEqual([
      'request:security-group-egress',
      'request:nacl-egress',
      'request:route',
      'request:nacl-ingress',
      'request:transit-gateway',
    ]);
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-atgw',
      ruleNumber: 80,
    });
  });
});

// https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html: "any resources in
// Availability Zones where there is no transit gateway attachment cannot reach the transit gateway."
describe('transit gateway: Availability Zones', () => {
  it('blocks a source in a zone where its VPC attachment has no subnet, naming the attachment', () => {
    const t = evaluate(hub().build(), tcpFlow('i-a2', 'i-b', 443));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'transit-gateway',
      resourceId: 'tgw-attach-a',
    });
    expect(hop(t, 'request', 'transit-gateway').reason).toMatch(/no subnet in us-east-1b/);
  });

  it("leaves by the destination attachment's subnet in the source's zone, else in the destination's, else its first by ID", () => {
    const base = () =>
      hub()
        .nacl('acl-b2tgw', 'vpc-b', {
          ingress: [allow(100, 'all', '0.0.0.0/0')],
          egress: [allow(100, 'all', '0.0.0.0/0')],
        })
        .subnet('subnet-b2tgw', 'vpc-b', '10.1.0.16/28', { zone: 'us-east-1b', nacl: 'acl-b2tgw' })
        .subnet('subnet-b2', 'vpc-b', '10.1.2.0/24', { zone: 'us-east-1b' })
        .instance('i-b2', 'subnet-b2', '10.1.2.10', { groups: ['sg-b'] });
    const both = base().build();
    both.transitGatewayAttachments[1]!.subnetIds = ['subnet-btgw', 'subnet-b2tgw'];
    // Source in us-east-1a, destination in us-east-1b: the source's zone wins.
    expect(
      hop(evaluate(both, tcpFlow('i-a', 'i-b2', 443)), 'request', 'nacl-egress', 1).resourceId,
    ).toBe('acl-btgw');
    const onlyB = base().build();
    onlyB.transitGatewayAttachments[1]!.subnetIds = ['subnet-b2tgw'];
    expect(
      hop(evaluate(onlyB, tcpFlow('i-a', 'i-b2', 443)), 'request', 'nacl-egress', 1).resourceId,
    ).toBe('acl-b2tgw');
    // Neither zone: the first subnet by ID (subnet-b2tgw sorts before subnet-btgw).
    const neither = base()
      .subnet('subnet-b3tgw', 'vpc-b', '10.1.0.32/28', { zone: 'us-east-1c' })
      .build();
    neither.transitGatewayAttachments[1]!.subnetIds = ['subnet-btgw', 'subnet-b3tgw'];
    const far = evaluate(neither, tcpFlow('i-a', 'i-b2', 443));
    expect(hop(far, 'request', 'nacl-egress', 1).subnetId).toBe('subnet-btgw');
  });
});

// https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html and
// https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html ("Route evaluation
// order": the most specific route for the destination address, then static before propagated).
describe('transit gateway: route tables', () => {
  it('drops by a blackhole route, more specific than the propagated one, naming the route table', () => {
    const s = hub().build();
    s.transitGatewayRouteTables[0]!.routes.push({
      destination: '10.1.1.0/24',
      state: 'blackhole',
      type: 'static',
    });
    const t = evaluate(s, tcpFlow('i-a', 'i-b', 443));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'transit-gateway',
      resourceId: 'tgw-rtb-hub',
    });
    expect(hop(t, 'request', 'transit-gateway').rule).toMatchObject({
      kind: 'transit-gateway-route',
      route: { destination: '10.1.1.0/24', state: 'blackhole' },
    });
    expect(t.fixes.map((f) => f.edit?.kind)).toContain('add-transit-gateway-route');
  });

  it('a spoke whose route table has no route back blocks the response, with its own route table named', () => {
    const s = hub().tgwRouteTable('tgw-rtb-spoke', 'tgw-hub', ['tgw-attach-a']).build();
    s.transitGatewayAttachments[1]!.associatedRouteTableId = 'tgw-rtb-spoke';
    s.transitGatewayRouteTables[1]!.propagations = [];
    const t = evaluate(s, tcpFlow('i-a', 'i-b', 443));
    expect(t.blockedBy).toEqual({
      direction: 'response',
      layer: 'transit-gateway',
      resourceId: 'tgw-rtb-spoke',
    });
    expect(t.fixes[0]?.edit).toEqual({
      kind: 'propagate-transit-gateway-route',
      routeTableId: 'tgw-rtb-spoke',
      attachmentId: 'tgw-attach-a',
    });
  });

  it('cannot tell past a route to an attachment of another kind (a VPN)', () => {
    const s = hub()
      .attachment('tgw-attach-vpn', 'tgw-hub', 'vpc-b', [], { resourceType: 'vpn' })
      .build();
    s.transitGatewayRouteTables[0]!.routes.push({
      destination: '10.1.1.0/24',
      attachmentId: 'tgw-attach-vpn',
      state: 'active',
      type: 'static',
    });
    const t = evaluate(s, tcpFlow('i-a', 'i-b', 443));
    expect(t.verdict).toBe('unknown');
    expect(hop(t, 'request', 'transit-gateway').verdict).toBe('unknown');
    expect(t.warnings.join(' ')).toMatch(/vpn attachment/);
  });

  it('blocks at an attachment that is not available, naming it', () => {
    const s = hub().build();
    s.transitGatewayAttachments[0]!.state = 'pending';
    expect(evaluate(s, tcpFlow('i-a', 'i-b', 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'transit-gateway',
      resourceId: 'tgw-attach-a',
    });
  });

  it('needs the return route in the destination subnet too', () => {
    const s = hub().build();
    s.routeTables = s.routeTables.map((t) =>
      t.id === 'rtb-bmain' ? { ...t, routes: t.routes.filter((r) => r.target !== 'tgw-hub') } : t,
    );
    expect(evaluate(s, tcpFlow('i-a', 'i-b', 443)).blockedBy).toEqual({
      direction: 'response',
      layer: 'route',
      resourceId: 'rtb-bmain',
    });
  });
});

// https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html (security group referencing:
// inbound rules only, when enabled on the transit gateway and on both VPC attachments)
describe('transit gateway: security group referencing', () => {
  const referencing = (tgw: boolean, a: boolean, b: boolean) => {
    const s = hub()
      .group('sg-b-from-a', 'vpc-b', { ingress: [tcp(443, 'sg-a')] })
      .instance('i-b9', 'subnet-b1', '10.1.1.90', { groups: ['sg-b-from-a'] })
      .build();
    s.transitGateways[0]!.securityGroupReferencingSupport = tgw;
    s.transitGatewayAttachments[0]!.securityGroupReferencingSupport = a;
    s.transitGatewayAttachments[1]!.securityGroupReferencingSupport = b;
    return evaluate(s, tcpFlow('i-a', 'i-b9', 443)).verdict;
  };

  it('matches an inbound rule naming a group of the other VPC only when all three enable it', () => {
    expect(referencing(true, true, true)).toBe('allowed');
    expect(referencing(false, true, true)).toBe('blocked');
    expect(referencing(true, false, true)).toBe('blocked');
    expect(referencing(true, true, false)).toBe('blocked');
  });
});

describe("the benches' hub and spoke (src/engine/transitGateway.bench.ts)", () => {
  it('lets one spoke reach the other through the transit gateway, every hop evaluated', () => {
    const { scenario: s, flow } = hubAndSpoke();
    const t = evaluate(s, flow);
    expect(t.verdict).toBe('allowed');
    expect(t.hops.filter((h) => h.layer === 'transit-gateway')).toHaveLength(2);
    expect(t.hops.filter((h) => h.verdict === 'skip')).toEqual([]);
  });
});

// A route may name a transit gateway that is shared from another account, and an attachment may be
// associated with a route table that only the transit gateway's owner can describe: the input then
// lacks them, which is valid AWS data, so the hop cannot be told rather than denied.
// https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html ("Share a transit gateway")
// https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
describe('transit gateway: what the input does not hold', () => {
  it('a route to a transit gateway that is not in the input is unknown at transit-gateway', () => {
    const s = hub().build();
    s.routeTables = s.routeTables.map((rt) => ({
      ...rt,
      routes: rt.routes.map((r) =>
        r.target === 'tgw-hub' ? { ...r, target: 'tgw-elsewhere' } : r,
      ),
    }));
    const t = evaluate(s, { ...tcpFlow('i-a', 'i-b', 443), destination: { address: '10.1.1.10' } });
    expect(t.verdict).toBe('unknown');
    const h = t.hops.find((x) => x.layer === 'transit-gateway');
    expect(h).toMatchObject({ verdict: 'unknown', resourceId: 'tgw-elsewhere' });
    expect(t.warnings.join('\n')).toMatch(/tgw-elsewhere/);
  });

  it('an attachment associated with a route table that is not in the input is unknown at transit-gateway', () => {
    const s = hub().build();
    s.transitGatewayAttachments = s.transitGatewayAttachments.map((a) =>
      a.id === 'tgw-attach-a' ? { ...a, associatedRouteTableId: 'tgw-rtb-owners' } : a,
    );
    const t = evaluate(s, tcpFlow('i-a', 'i-b', 443));
    expect(t.verdict).toBe('unknown');
    expect(t.hops.find((x) => x.layer === 'transit-gateway')).toMatchObject({
      verdict: 'unknown',
      resourceId: 'tgw-rtb-owners',
    });
  });
});
