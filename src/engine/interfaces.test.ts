import { describe, expect, it } from 'vitest';
import { allTraffic, flow, hop, scenario, tcp, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';
import { FlowError } from './types.ts';

/**
 * One VPC: a web instance with a second interface (other groups) and a secondary address, and an
 * RDS interface in a data subnet whose group admits the web group on 5432.
 */
function world() {
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16', { ipv6: '2600:1f18:aaaa:a00::/56' })
    .igw('igw-a', 'vpc-a')
    .routes('rtb-amain', [['0.0.0.0/0', 'igw-a']])
    .subnet('subnet-web', 'vpc-a', '10.0.1.0/24', { ipv6: '2600:1f18:aaaa:a01::/64' })
    .subnet('subnet-data', 'vpc-a', '10.0.2.0/24', { ipv6: '2600:1f18:aaaa:a02::/64' })
    .group('sg-web', 'vpc-a', { ingress: [tcp(443, '0.0.0.0/0')] })
    .group('sg-admin', 'vpc-a', { ingress: [tcp(22, '10.0.0.0/16')] })
    .group('sg-db', 'vpc-a', { ingress: [tcp(5432, 'sg-web')] })
    .instance('i-web', 'subnet-web', '10.0.1.10', {
      groups: ['sg-web'],
      publicIp: '198.51.100.10',
      secondary: [{ address: '10.0.1.20', publicIp: '198.51.100.20' }, { address: '10.0.1.21' }],
      eni: 'eni-web0',
    })
    .eni('eni-web1', 'subnet-web', '10.0.1.30', {
      groups: ['sg-admin'],
      attachedTo: 'i-web',
      ipv6: ['2600:1f18:aaaa:a01::30'],
    })
    .eni('eni-rds', 'subnet-data', '10.0.2.50', { kind: 'rds', groups: ['sg-db'] })
    .instance('i-app', 'subnet-data', '10.0.2.10', {
      groups: ['sg-web'],
      ipv6: '2600:1f18:aaaa:a02::10',
    });
}

// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html and
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/requester-managed-eni.html: a network
// interface is the unit security groups attach to; AWS-managed ones (RDS…) are interfaces too.
describe('the network interface is the unit (spec/cli-analyze.md, "<endpoint>")', () => {
  it('evaluates an RDS interface as a destination, by its own groups', () => {
    const t = evaluate(world().build(), tcpFlow('i-app', 'eni-rds', 5432));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'security-group-ingress').resourceId).toBe('eni-rds');
  });

  it('names the instance for its primary interface and the interface ID for another one', () => {
    const s = world().build();
    expect(
      hop(evaluate(s, tcpFlow('i-web', 'eni-rds', 5432)), 'request', 'security-group-egress')
        .resourceId,
    ).toBe('i-web');
    // Named by its own eni- ID, the primary interface is still the instance's.
    expect(
      hop(evaluate(s, tcpFlow('eni-web0', 'eni-rds', 5432)), 'request', 'security-group-egress')
        .resourceId,
    ).toBe('i-web');
    const second = evaluate(s, tcpFlow('eni-web1', 'eni-rds', 5432));
    expect(second.blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'eni-rds',
    });
    expect(hop(second, 'request', 'security-group-egress').resourceId).toBe('eni-web1');
  });

  it('applies the groups of the interface a packet uses, not the union of the instance', () => {
    const s = world().build();
    // SSH is allowed by sg-admin on the second interface only.
    expect(evaluate(s, tcpFlow('i-app', '10.0.1.30', 22)).verdict).toBe('allowed');
    expect(evaluate(s, tcpFlow('i-app', 'i-web', 22)).blockedBy).toMatchObject({
      layer: 'security-group-ingress',
      resourceId: 'i-web',
    });
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html
  it('uses exactly the secondary address a flow names, and matches group rules by it', () => {
    const s = world().build();
    const t = evaluate(s, tcpFlow('i-app', '10.0.1.21', 443));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'security-group-ingress').packet.destination).toBe('10.0.1.21');
    // From its secondary address the web instance is still a member of sg-web for sg-db's rule.
    const fromSecondary = evaluate(s, flow('10.0.1.21', 'eni-rds', 'tcp', { port: 5432 }));
    expect(fromSecondary.verdict).toBe('allowed');
    expect(hop(fromSecondary, 'request', 'security-group-egress').packet.source).toBe('10.0.1.21');
  });

  it('takes the address family of the other end, and refuses an interface without one', () => {
    const s = world().build();
    // Named by its IPv6 address, eni-web1 makes the flow IPv6: i-app answers by its IPv6 address.
    const v6 = evaluate(s, tcpFlow('2600:1f18:aaaa:a01::30', 'i-app', 443));
    expect(v6.hops[0]?.packet).toMatchObject({
      source: '2600:1f18:aaaa:a01::30',
      destination: '2600:1f18:aaaa:a02::10',
    });
    expect(() => evaluate(s, tcpFlow('eni-rds', '2600:1f18:aaaa:a01::30', 443))).toThrow(
      /eni-rds.*has no IPv6 address/,
    );
    const v6only = world()
      .eni('eni-v6', 'subnet-web', undefined, { ipv6: ['2600:1f18:aaaa:a01::66'] })
      .build();
    expect(() => evaluate(v6only, tcpFlow('eni-v6', 'i-app', 443))).toThrow(/has no IPv4 address/);
  });

  it('refuses an address inside a VPC that belongs to no interface', () => {
    expect(() => evaluate(world().build(), tcpFlow('i-app', '10.0.1.99', 443))).toThrow(FlowError);
  });

  // https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html: an
  // interface endpoint is network interfaces in subnets, with security groups.
  it('evaluates an interface endpoint as a network interface like any other, by its groups', () => {
    const s = world()
      .group('sg-endpoint', 'vpc-a', { ingress: [tcp(443, '10.0.2.0/24')] })
      .eni('eni-sqs', 'subnet-web', '10.0.1.60', {
        kind: 'interface-endpoint',
        groups: ['sg-endpoint'],
      })
      .build();
    expect(evaluate(s, tcpFlow('i-app', 'eni-sqs', 443)).verdict).toBe('allowed');
    expect(evaluate(s, tcpFlow('i-web', 'eni-sqs', 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'eni-sqs',
    });
  });

  it("applies no security group to a NAT gateway's interface", () => {
    const s = world()
      .eni('eni-nat', 'subnet-web', '10.0.1.5', { kind: 'nat-gateway', groups: [] })
      .build();
    const t = evaluate(s, tcpFlow('i-app', 'eni-nat', 443));
    expect(hop(t, 'request', 'security-group-ingress').verdict).toBe('skip');
  });
});

// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html; spec/cli-analyze.md
// ("<file>"): stopped, stopping and pending instances are evaluated like running ones, with a
// warning; terminated and shutting-down ones are gone, their other interfaces stay.
describe('instance states', () => {
  it('warns on every flow that names a stopped instance, and evaluates it as running', () => {
    const s = world()
      .instance('i-off', 'subnet-data', '10.0.2.11', { groups: ['sg-web'], state: 'stopped' })
      .build();
    const t = evaluate(s, tcpFlow('i-app', 'i-off', 443));
    expect(t.verdict).toBe('allowed');
    expect(t.warnings).toContain('i-off is stopped: it is evaluated as if it were running.');
  });

  it('refuses a terminated instance, and keeps its other interface without it', () => {
    const s = world().build();
    s.instances = s.instances.map((i) =>
      i.id === 'i-web' ? { ...i, state: 'terminated' as const } : i,
    );
    expect(() => evaluate(s, tcpFlow('i-app', 'i-web', 443))).toThrow(/i-web is terminated/);
    expect(evaluate(s, tcpFlow('i-app', 'eni-web1', 22)).verdict).toBe('allowed');
  });
});

// spec/cli-analyze.md ("Path order"): "The verdict is decided by the first hop in path order that
// neither allows nor skips: deny makes it blocked, unknown makes it unknown."
describe('precedence of unknown and deny', () => {
  const withList = () =>
    scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .subnet('subnet-a', 'vpc-a', '10.0.1.0/24')
      .subnet('subnet-b', 'vpc-a', '10.0.2.0/24')
      .prefixList('pl-aws', 'IPv4')
      .group('sg-out', 'vpc-a', {
        ingress: [allTraffic('0.0.0.0/0')],
        egress: [tcp(443, 'pl-aws')],
      })
      .group('sg-in', 'vpc-a', { ingress: [], egress: [] })
      .group('sg-open', 'vpc-a', { ingress: [allTraffic('0.0.0.0/0')] })
      .instance('i-out', 'subnet-a', '10.0.1.10', { groups: ['sg-out'] })
      .instance('i-closed', 'subnet-b', '10.0.2.10', { groups: ['sg-in'] })
      .instance('i-open', 'subnet-b', '10.0.2.11', { groups: ['sg-open'] });

  it('an unknown hop before a deny makes the flow unknown; blockedBy still names the deny', () => {
    const t = evaluate(withList().build(), tcpFlow('i-out', 'i-closed', 443));
    expect(t.verdict).toBe('unknown');
    expect(t.hops[0]?.verdict).toBe('unknown');
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'i-closed',
    });
  });

  it('a deny before an unknown hop makes the flow blocked', () => {
    const t = evaluate(withList().build(), tcpFlow('i-closed', 'i-out', 443));
    expect(t.hops[0]?.verdict).toBe('deny');
    expect(t.verdict).toBe('blocked');
  });

  it('an unknown hop alone makes the flow unknown, with a warning saying what is not known', () => {
    const t = evaluate(withList().build(), tcpFlow('i-out', 'i-open', 443));
    expect(t.verdict).toBe('unknown');
    expect(t.blockedBy).toBeNull();
    expect(t.warnings).toEqual([
      'sg-out: a rule names prefix list pl-aws, whose entries are not in the input.',
    ]);
  });
});
