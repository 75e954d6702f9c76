import { describe, expect, it } from 'vitest';
import { allTraffic, hop, scenario, tcp, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

/** One VPC: a public subnet (route to the internet gateway) and a private one (main table). */
function vpcA() {
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .igw('igw-a', 'vpc-a')
    .routeTable('rtb-public', 'vpc-a', [['0.0.0.0/0', 'igw-a']])
    .subnet('subnet-web', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-public' })
    .subnet('subnet-app', 'vpc-a', '10.0.2.0/24');
}

describe('security groups', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
  // "You can specify allow rules, but not deny rules."
  it('allow only: what no rule allows is denied, and an instance without groups sends nothing', () => {
    const s = vpcA()
      .group('sg-app', 'vpc-a', { ingress: [tcp(22, '10.0.0.0/16')] })
      .instance('i-app', 'subnet-app', '10.0.2.10', { groups: ['sg-app'] })
      .instance('i-bare', 'subnet-web', '10.0.1.10', { groups: [] })
      .instance('i-web', 'subnet-web', '10.0.1.11', { groups: ['sg-app'] })
      .build();

    const notAllowed = evaluate(s, tcpFlow('i-web', 'i-app', 80));
    expect(notAllowed.verdict).toBe('blocked');
    expect(notAllowed.blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'i-app',
    });
    expect(hop(notAllowed, 'request', 'security-group-ingress').rule).toBeNull();

    const bare = evaluate(s, tcpFlow('i-bare', 'i-app', 22));
    expect(bare.blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-egress',
      resourceId: 'i-bare',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
  // "When you associate multiple security groups with a resource, the rules from each security
  // group are aggregated to form a single set of rules."
  it('treats the groups of an instance as one union of their rules', () => {
    const s = vpcA()
      .group('sg-ssh', 'vpc-a', { ingress: [tcp(22, '10.0.0.0/16')] })
      .group('sg-https', 'vpc-a', { ingress: [tcp(443, '10.0.0.0/16')] })
      .instance('i-web', 'subnet-web', '10.0.1.10', { groups: ['sg-ssh'] })
      .instance('i-app', 'subnet-app', '10.0.2.10', { groups: ['sg-ssh', 'sg-https'] })
      .build();

    const ssh = evaluate(s, tcpFlow('i-web', 'i-app', 22));
    expect(ssh.verdict).toBe('allowed');
    expect(hop(ssh, 'request', 'security-group-ingress').rule).toMatchObject({
      kind: 'security-group-rule',
      groupId: 'sg-ssh',
    });

    const https = evaluate(s, tcpFlow('i-web', 'i-app', 443));
    expect(https.verdict).toBe('allowed');
    expect(hop(https, 'request', 'security-group-ingress').rule).toMatchObject({
      kind: 'security-group-rule',
      groupId: 'sg-https',
    });

    expect(evaluate(s, tcpFlow('i-web', 'i-app', 80)).blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'i-app',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing
  it('matches a rule naming a group against the private addresses of its members in the same VPC', () => {
    const s = vpcA()
      .group('sg-web', 'vpc-a', { egress: [tcp(8080, 'sg-app')] })
      .group('sg-other', 'vpc-a')
      .group('sg-app', 'vpc-a', { ingress: [tcp(8080, 'sg-web')] })
      .instance('i-web', 'subnet-web', '10.0.1.10', { groups: ['sg-web'] })
      .instance('i-other', 'subnet-web', '10.0.1.11', { groups: ['sg-other'] })
      .instance('i-app', 'subnet-app', '10.0.2.10', { groups: ['sg-app'] })
      .instance('i-app2', 'subnet-app', '10.0.2.11', { groups: ['sg-other'] })
      .build();

    const member = evaluate(s, tcpFlow('i-web', 'i-app', 8080));
    expect(member.verdict).toBe('allowed');
    expect(hop(member, 'request', 'security-group-egress').rule).toMatchObject({
      groupId: 'sg-web',
      rule: { peer: { kind: 'group', groupId: 'sg-app' } },
    });
    expect(hop(member, 'request', 'security-group-ingress').rule).toMatchObject({
      groupId: 'sg-app',
      rule: { peer: { kind: 'group', groupId: 'sg-web' } },
    });

    // Not a member of sg-web: the inbound rule does not match.
    expect(evaluate(s, tcpFlow('i-other', 'i-app', 8080)).blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'i-app',
    });
    // The destination is not a member of sg-app: the outbound rule does not match.
    expect(evaluate(s, tcpFlow('i-web', 'i-app2', 8080)).blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-egress',
      resourceId: 'i-web',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html
  it('matches a rule naming a group of a VPC joined by an active peering connection', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .vpc('vpc-b', '10.1.0.0/16')
      .peering('pcx-ab', 'vpc-a', 'vpc-b')
      .routes('rtb-amain', [['10.1.0.0/16', 'pcx-ab']])
      .routes('rtb-bmain', [['10.0.0.0/16', 'pcx-ab']])
      .subnet('subnet-a', 'vpc-a', '10.0.1.0/24')
      .subnet('subnet-b', 'vpc-b', '10.1.1.0/24')
      .group('sg-client', 'vpc-a')
      .group('sg-db', 'vpc-b', { ingress: [tcp(5432, 'sg-client')] })
      .instance('i-client', 'subnet-a', '10.0.1.10', { groups: ['sg-client'] })
      .instance('i-db', 'subnet-b', '10.1.1.10', { groups: ['sg-db'] })
      .build();

    const t = evaluate(s, tcpFlow('i-client', 'i-db', 5432));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'security-group-ingress')).toMatchObject({
      verdict: 'allow',
      rule: { groupId: 'sg-db', rule: { peer: { kind: 'group', groupId: 'sg-client' } } },
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html
  it('does not match a rule naming a group of a VPC whose peering connection is not active', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .vpc('vpc-b', '10.1.0.0/16')
      .peering('pcx-ab', 'vpc-a', 'vpc-b', 'pending-acceptance')
      .routes('rtb-amain', [['10.1.0.0/16', 'pcx-ab']])
      .routes('rtb-bmain', [['10.0.0.0/16', 'pcx-ab']])
      .subnet('subnet-a', 'vpc-a', '10.0.1.0/24')
      .subnet('subnet-b', 'vpc-b', '10.1.1.0/24')
      .group('sg-client', 'vpc-a')
      .group('sg-db', 'vpc-b', { ingress: [tcp(5432, 'sg-client')] })
      .instance('i-client', 'subnet-a', '10.0.1.10', { groups: ['sg-client'] })
      .instance('i-db', 'subnet-b', '10.1.1.10', { groups: ['sg-db'] })
      .build();

    const t = evaluate(s, tcpFlow('i-client', 'i-db', 5432));
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'peering', resourceId: 'pcx-ab' });
    // The blocked path goes on: the group reference does not match either.
    expect(hop(t, 'request', 'security-group-ingress').verdict).toBe('deny');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing
  // "Incoming traffic is allowed based on the private IP addresses of the network interfaces that
  // are associated with the source security group (and not the public IP or Elastic IP addresses)."
  it('never matches a rule naming a group for traffic that arrives from the internet at a public address', () => {
    const base = () =>
      vpcA()
        .group('sg-web', 'vpc-a')
        .instance('i-web', 'subnet-web', '10.0.1.10', {
          publicIp: '198.18.0.10',
          groups: ['sg-web'],
        })
        .instance('i-web2', 'subnet-web', '10.0.1.11', {
          publicIp: '198.18.0.11',
          groups: ['sg-web2'],
        });
    const byGroup = base()
      .group('sg-web2', 'vpc-a', { ingress: [tcp(443, 'sg-web')] })
      .build();
    const toPublic = {
      source: { instanceId: 'i-web' },
      destination: { address: '198.18.0.11' },
      protocol: 'tcp' as const,
      port: 443,
    };

    const t = evaluate(byGroup, toPublic);
    expect(t.verdict).toBe('blocked');
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'i-web2',
    });
    expect(hop(t, 'request', 'security-group-ingress').packet.source).toBe('198.18.0.10');

    // The same traffic is allowed by a rule naming the public address.
    const byAddress = base()
      .group('sg-web2', 'vpc-a', { ingress: [tcp(443, '198.18.0.10/32')] })
      .build();
    expect(evaluate(byAddress, toPublic).verdict).toBe('allowed');
    // And the group rule does match over the private address.
    expect(evaluate(byGroup, tcpFlow('i-web', 'i-web2', 443)).verdict).toBe('allowed');
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html
  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html ("stateful")
  it('lets the response to an allowed request through whatever the rules say (stateful)', () => {
    const s = vpcA()
      .group('sg-web', 'vpc-a', { ingress: [], egress: [tcp(8080, '10.0.2.0/24')] })
      .group('sg-app', 'vpc-a', { ingress: [tcp(8080, '10.0.1.0/24')], egress: [] })
      .instance('i-web', 'subnet-web', '10.0.1.10', { groups: ['sg-web'] })
      .instance('i-app', 'subnet-app', '10.0.2.10', { groups: ['sg-app'] })
      .build();

    const t = evaluate(s, tcpFlow('i-web', 'i-app', 8080));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'response', 'security-group-egress')).toMatchObject({
      resourceId: 'i-app',
      verdict: 'allow',
      rule: { kind: 'security-group-stateful' },
    });
    expect(hop(t, 'response', 'security-group-ingress')).toMatchObject({
      resourceId: 'i-web',
      verdict: 'allow',
      rule: { kind: 'security-group-stateful' },
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
  // "If your security group has no outbound rules, no outbound traffic is allowed."
  it('checks the outbound rules of the source on the request', () => {
    const s = vpcA()
      .group('sg-web', 'vpc-a', { egress: [tcp(443, '0.0.0.0/0')] })
      .group('sg-app', 'vpc-a', { ingress: [allTraffic('10.0.0.0/16')] })
      .instance('i-web', 'subnet-web', '10.0.1.10', { groups: ['sg-web'] })
      .instance('i-app', 'subnet-app', '10.0.2.10', { groups: ['sg-app'] })
      .build();

    expect(evaluate(s, tcpFlow('i-web', 'i-app', 443)).verdict).toBe('allowed');
    const t = evaluate(s, tcpFlow('i-web', 'i-app', 8080));
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-egress',
      resourceId: 'i-web',
    });
  });
});
