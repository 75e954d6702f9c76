import { describe, expect, it } from 'vitest';
import { flow, hop, scenario, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

const INTERNET = '198.51.100.1';

/** One VPC as AWS creates it, with two subnets left on the default ACL and the main table. */
function asCreated() {
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .igw('igw-a', 'vpc-a')
    .routes('rtb-amain', [['0.0.0.0/0', 'igw-a']])
    .subnet('subnet-a', 'vpc-a', '10.0.1.0/24')
    .subnet('subnet-b', 'vpc-a', '10.0.2.0/24');
}

describe('the default security group', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
  // Inbound: "Allows inbound traffic from network interfaces (and their associated instances) that
  // are assigned to the same security group."
  it('allows inbound traffic from the instances that carry it, and from nothing else', () => {
    const s = asCreated()
      .group('sg-own', 'vpc-a')
      .instance('i-one', 'subnet-a', '10.0.1.10', { publicIp: '198.18.0.10' })
      .instance('i-two', 'subnet-b', '10.0.2.10')
      .instance('i-stranger', 'subnet-a', '10.0.1.11', { groups: ['sg-own'] })
      .build();
    const member = evaluate(s, tcpFlow('i-one', 'i-two', 5432));
    expect(member.verdict).toBe('allowed');
    expect(hop(member, 'request', 'security-group-ingress').rule).toMatchObject({
      groupId: 'sg-adefault',
      rule: { protocol: 'all', peer: { kind: 'group', groupId: 'sg-adefault' } },
    });
    expect(evaluate(s, flow('i-one', 'i-two', 50)).verdict).toBe('allowed');

    expect(evaluate(s, tcpFlow('i-stranger', 'i-two', 5432)).blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'i-two',
    });
    expect(evaluate(s, tcpFlow(INTERNET, 'i-one', 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'i-one',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
  // Outbound: "Allows all outbound IPv4 traffic."
  it('allows all outbound traffic', () => {
    const s = asCreated()
      .instance('i-one', 'subnet-a', '10.0.1.10', { publicIp: '198.18.0.10' })
      .build();
    const t = evaluate(s, tcpFlow('i-one', INTERNET, 443));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'security-group-egress').rule).toMatchObject({
      groupId: 'sg-adefault',
      rule: { protocol: 'all', peer: { kind: 'cidr', cidr: '0.0.0.0/0' } },
    });
  });
});

describe('a new security group', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
  // "When you first create a security group, it has no inbound rules... it has an outbound rule
  // that allows all outbound traffic from the resource."
  it('allows no inbound traffic and all outbound traffic', () => {
    const s = asCreated()
      .group('sg-new', 'vpc-a')
      .instance('i-new', 'subnet-a', '10.0.1.10', { publicIp: '198.18.0.10', groups: ['sg-new'] })
      .instance('i-peer', 'subnet-b', '10.0.2.10', { groups: ['sg-new'] })
      .build();
    expect(evaluate(s, tcpFlow('i-peer', 'i-new', 22)).blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'i-new',
    });
    expect(evaluate(s, tcpFlow(INTERNET, 'i-new', 22)).blockedBy).toMatchObject({
      layer: 'security-group-ingress',
    });
    expect(evaluate(s, tcpFlow('i-new', INTERNET, 443)).verdict).toBe('allowed');
  });
});

describe('the default network ACL', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
  // "The default network ACL is configured to allow all traffic to flow in and out of the subnets
  // with which it is associated."
  it('allows all traffic in and out', () => {
    const s = asCreated()
      .group('sg-open', 'vpc-a', {
        ingress: [{ protocol: 'all', peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }],
      })
      .instance('i-one', 'subnet-a', '10.0.1.10', { publicIp: '198.18.0.10', groups: ['sg-open'] })
      .instance('i-two', 'subnet-b', '10.0.2.10', { groups: ['sg-open'] })
      .build();
    for (const f of [
      tcpFlow('i-one', 'i-two', 22, 1024),
      flow('i-one', 'i-two', 'udp', { port: 53 }),
      flow('i-one', 'i-two', 'icmp'),
      flow('i-one', 'i-two', 50),
      tcpFlow(INTERNET, 'i-one', 8443, 33000),
    ]) {
      const t = evaluate(s, f);
      expect(t.verdict).toBe('allowed');
      for (const h of t.hops.filter((x) => x.layer.startsWith('nacl'))) {
        expect(h).toMatchObject({
          resourceId: 'acl-adefault',
          verdict: 'allow',
          rule: { ruleNumber: 100 },
        });
      }
    }
  });
});

describe('a new network ACL', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-basics.html
  // "Each custom network ACL denies all inbound and outbound traffic until you add rules."
  it('denies all traffic in and out until rules are added', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .nacl('acl-new', 'vpc-a')
      .subnet('subnet-a', 'vpc-a', '10.0.1.0/24', { nacl: 'acl-new' })
      .subnet('subnet-b', 'vpc-a', '10.0.2.0/24')
      .instance('i-one', 'subnet-a', '10.0.1.10')
      .instance('i-two', 'subnet-b', '10.0.2.10')
      .build();
    const out = evaluate(s, tcpFlow('i-one', 'i-two', 22));
    expect(out.blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-egress',
      resourceId: 'acl-new',
      ruleNumber: 32767,
    });
    expect(hop(out, 'response', 'nacl-ingress')).toMatchObject({
      resourceId: 'acl-new',
      verdict: 'deny',
    });

    expect(evaluate(s, tcpFlow('i-two', 'i-one', 22)).blockedBy).toEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-new',
      ruleNumber: 32767,
    });
  });
});
