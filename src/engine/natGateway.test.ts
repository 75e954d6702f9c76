import { describe, expect, it } from 'vitest';
import type { NatGateway, NaclEntry } from '../model/types.ts';
import type { RouteSpec } from './__fixtures__/build.ts';
import { allow, flow, hop, scenario, steps, tcp, tcpFlow, verdicts } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

const INTERNET = '198.51.100.1';

/**
 * A NAT gateway in subnet-public (route to the internet gateway, ACL `acl-public`), serving
 * subnet-private (route 0.0.0.0/0 → nat-a). Everything is open unless a test says otherwise.
 */
function natScenario(
  opts: {
    publicAcl?: { ingress?: NaclEntry[]; egress?: NaclEntry[] };
    publicRoutes?: readonly RouteSpec[];
    natState?: NatGateway['state'];
  } = {},
) {
  const open = [allow(100, 'all', '0.0.0.0/0')];
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .igw('igw-a', 'vpc-a')
    .routeTable('rtb-public', 'vpc-a', opts.publicRoutes ?? [['0.0.0.0/0', 'igw-a']])
    .routeTable('rtb-private', 'vpc-a', [['0.0.0.0/0', 'nat-a']])
    .nacl('acl-public', 'vpc-a', {
      ingress: opts.publicAcl?.ingress ?? open,
      egress: opts.publicAcl?.egress ?? open,
    })
    .nacl('acl-private', 'vpc-a', { ingress: open, egress: open })
    .subnet('subnet-public', 'vpc-a', '10.0.1.0/24', {
      routeTable: 'rtb-public',
      nacl: 'acl-public',
    })
    .subnet('subnet-private', 'vpc-a', '10.0.2.0/24', {
      routeTable: 'rtb-private',
      nacl: 'acl-private',
    })
    .nat('nat-a', 'subnet-public', {
      publicIp: '198.18.200.1',
      privateIp: '10.0.1.5',
      state: opts.natState ?? 'available',
    })
    .instance('i-app', 'subnet-private', '10.0.2.10')
    .build();
}

describe('NAT gateways', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
  // "You can use a public NAT gateway to enable instances in a private subnet to send outbound
  // traffic to the internet, while preventing the internet from establishing connections to the
  // instances."
  it('lets an instance of a private subnet start a connection to the internet', () => {
    const t = evaluate(natScenario(), tcpFlow('i-app', INTERNET, 443));
    expect(t.verdict).toBe('allowed');
    expect(t.blockedBy).toBeNull();
    expect(hop(t, 'request', 'route')).toMatchObject({
      resourceId: 'rtb-private',
      rule: { route: { destination: '0.0.0.0/0', target: 'nat-a' } },
    });
    expect(hop(t, 'request', 'nat-gateway')).toMatchObject({
      verdict: 'allow',
      resourceId: 'nat-a',
    });
    expect(hop(t, 'request', 'internet-gateway')).toMatchObject({
      verdict: 'allow',
      resourceId: 'igw-a',
    });
  });

  // spec/cli-analyze.md, "Path order": through a NAT gateway, after the source route, the NAT
  // subnet's nacl-ingress, nat-gateway, the NAT subnet's nacl-egress and route, internet-gateway.
  it("puts the NAT subnet's ACL and route table on the path, named by their own IDs", () => {
    const t = evaluate(natScenario(), tcpFlow('i-app', INTERNET, 443));
    expect(steps(t)).toEqual([
      'request:security-group-egress',
      'request:nacl-egress',
      'request:route',
      'request:nacl-ingress',
      'request:nat-gateway',
      'request:nacl-egress',
      'request:route',
      'request:internet-gateway',
      'response:internet-gateway',
      'response:nacl-ingress',
      'response:nat-gateway',
      'response:nacl-egress',
      'response:route',
      'response:nacl-ingress',
      'response:security-group-ingress',
    ]);
    expect(t.hops.map((h) => h.resourceId)).toEqual([
      'i-app',
      'acl-private',
      'rtb-private',
      'acl-public',
      'nat-a',
      'acl-public',
      'rtb-public',
      'igw-a',
      'igw-a',
      'acl-public',
      'nat-a',
      'acl-public',
      'rtb-public',
      'acl-private',
      'i-app',
    ]);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html (the NAT gateway's
  // subnet ACL applies to its traffic)
  it("blocks at the NAT subnet's ACL, naming that ACL, when it denies the traffic", () => {
    const closed = natScenario({ publicAcl: { ingress: [], egress: [] } });
    const t = evaluate(closed, tcpFlow('i-app', INTERNET, 443));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-public',
      ruleNumber: 32767,
    });
    expect(hop(t, 'request', 'nacl-egress', 1)).toMatchObject({
      resourceId: 'acl-public',
      verdict: 'deny',
    });

    const noEgress = natScenario({
      publicAcl: {
        ingress: [allow(100, 'all', '0.0.0.0/0')],
        egress: [allow(100, 'all', '10.0.0.0/16')],
      },
    });
    expect(evaluate(noEgress, tcpFlow('i-app', INTERNET, 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-egress',
      resourceId: 'acl-public',
      ruleNumber: 32767,
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-scenarios.html
  // The NAT gateway's subnet routes internet traffic to the internet gateway.
  it("needs the NAT subnet's route to the internet gateway", () => {
    const noRoute = natScenario({ publicRoutes: [] });
    const t = evaluate(noRoute, tcpFlow('i-app', INTERNET, 443));
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'route', resourceId: 'rtb-public' });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-scenarios.html
  // "The NAT gateway sends the traffic to the internet gateway"; a NAT subnet whose internet route
  // leads back to a NAT gateway is a loop, not a way out.
  it("does not take a NAT subnet's route back to a NAT gateway as a way to the internet", () => {
    const loop = natScenario({ publicRoutes: [['0.0.0.0/0', 'nat-a']] });
    expect(evaluate(loop, tcpFlow('i-app', INTERNET, 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'route',
      resourceId: 'rtb-public',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html; spec/cli-analyze.md:
  // a NAT gateway does not serve instances of its own subnet.
  it('does not serve instances of its own subnet', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .igw('igw-a', 'vpc-a')
      .routeTable('rtb-public', 'vpc-a', [['0.0.0.0/0', 'nat-a']])
      .subnet('subnet-public', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-public' })
      .nat('nat-a', 'subnet-public', { publicIp: '198.18.200.1', privateIp: '10.0.1.5' })
      .instance('i-pub', 'subnet-public', '10.0.1.10')
      .build();
    const t = evaluate(s, tcpFlow('i-pub', INTERNET, 443));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'nat-gateway',
      resourceId: 'nat-a',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html
  // "A NAT gateway supports the following protocols: TCP, UDP, and ICMP."
  it('carries TCP, UDP and ICMP only', () => {
    const s = natScenario();
    expect(evaluate(s, tcpFlow('i-app', INTERNET, 443)).verdict).toBe('allowed');
    expect(evaluate(s, flow('i-app', INTERNET, 'udp', { port: 123 })).verdict).toBe('allowed');
    expect(evaluate(s, flow('i-app', INTERNET, 'icmp')).verdict).toBe('allowed');
    const esp = evaluate(s, flow('i-app', INTERNET, 50));
    expect(esp.blockedBy).toEqual({
      direction: 'request',
      layer: 'nat-gateway',
      resourceId: 'nat-a',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html (state)
  it('blocks traffic through a NAT gateway that is not available', () => {
    for (const state of ['pending', 'failed', 'deleted'] as const) {
      const t = evaluate(natScenario({ natState: state }), tcpFlow('i-app', INTERNET, 443));
      expect(t.blockedBy, state).toEqual({
        direction: 'request',
        layer: 'nat-gateway',
        resourceId: 'nat-a',
      });
    }
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
  // "...while preventing the internet from establishing connections to the instances."
  it('never lets the internet start a connection to an instance behind it', () => {
    const t = evaluate(natScenario(), tcpFlow(INTERNET, 'i-app', 443));
    expect(t.verdict).toBe('blocked');
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'internet-gateway',
      resourceId: 'i-app',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html; spec/cli-analyze.md:
  // through a NAT gateway the translated source port is the client's source port.
  it("returns the response to the client's source port, which the NAT subnet's ACL must allow", () => {
    const s = natScenario({
      publicAcl: {
        ingress: [
          allow(100, 'all', '10.0.0.0/16'),
          allow(110, 'tcp', '0.0.0.0/0', { ports: [49152, 65535] }),
        ],
        egress: [allow(100, 'all', '0.0.0.0/0')],
      },
    });
    const ok = evaluate(s, tcpFlow('i-app', INTERNET, 443));
    expect(ok.verdict).toBe('allowed');
    expect(hop(ok, 'response', 'nacl-ingress').packet).toMatchObject({
      source: INTERNET,
      sourcePort: 443,
      destinationPort: 49152,
    });

    const linux = evaluate(s, tcpFlow('i-app', INTERNET, 443, 40000));
    expect(linux.blockedBy).toEqual({
      direction: 'response',
      layer: 'nacl-ingress',
      resourceId: 'acl-public',
      ruleNumber: 32767,
    });
    expect(hop(linux, 'response', 'nacl-ingress').packet.destinationPort).toBe(40000);
    expect(verdicts(linux).filter((v) => v.endsWith('=deny'))).toEqual([
      'response:nacl-ingress=deny',
    ]);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html: a NAT gateway only
  // carries connections its clients open, so the reply to a connection that came in through the
  // internet gateway must go back through it, not through a NAT gateway.
  it('blocks the response of a connection from the internet when the subnet routes the internet through a NAT gateway', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .igw('igw-a', 'vpc-a')
      .routeTable('rtb-public', 'vpc-a', [['0.0.0.0/0', 'igw-a']])
      .routeTable('rtb-private', 'vpc-a', [['0.0.0.0/0', 'nat-a']])
      .subnet('subnet-public', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-public' })
      .subnet('subnet-private', 'vpc-a', '10.0.2.0/24', { routeTable: 'rtb-private' })
      .nat('nat-a', 'subnet-public', { publicIp: '198.18.200.1', privateIp: '10.0.1.5' })
      .group('sg-https', 'vpc-a', { ingress: [tcp(443, '0.0.0.0/0')] })
      .instance('i-odd', 'subnet-private', '10.0.2.10', {
        publicIp: '198.18.0.10',
        groups: ['sg-https'],
      })
      .build();
    const t = evaluate(s, tcpFlow(INTERNET, 'i-odd', 443));
    expect(t.blockedBy).toEqual({
      direction: 'response',
      layer: 'route',
      resourceId: 'rtb-private',
    });
    expect(hop(t, 'request', 'internet-gateway').verdict).toBe('allow');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html (a NAT gateway
  // uses source ports 1024-65535); spec/cli-analyze.md: "the translated source port is the
  // client's source port when it is 1024 or above, else 1024".
  it('translates a client port below 1024 to 1024, and keeps one at or above it', () => {
    const s = natScenario({
      publicAcl: {
        ingress: [
          allow(100, 'all', '10.0.0.0/16'),
          allow(110, 'tcp', '0.0.0.0/0', { ports: 1024 }),
        ],
        egress: [allow(100, 'all', '0.0.0.0/0')],
      },
    });
    const low = evaluate(s, tcpFlow('i-app', INTERNET, 443, 600));
    expect(hop(low, 'request', 'nacl-egress', 1).packet.sourcePort).toBe(1024);
    expect(hop(low, 'response', 'nacl-ingress').packet.destinationPort).toBe(1024);
    // Back inside, the reply returns to the client's own port.
    expect(hop(low, 'response', 'nacl-ingress', 1).packet.destinationPort).toBe(600);
    expect(low.verdict).toBe('allowed');
    const high = evaluate(s, tcpFlow('i-app', INTERNET, 443, 2000));
    expect(hop(high, 'request', 'nacl-egress', 1).packet.sourcePort).toBe(2000);
    expect(high.blockedBy).toMatchObject({
      direction: 'response',
      layer: 'nacl-ingress',
      resourceId: 'acl-public',
    });
  });
});
