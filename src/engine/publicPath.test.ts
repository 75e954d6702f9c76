import { describe, expect, it } from 'vitest';
import { allTraffic, hop, scenario, steps, tcp, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

/**
 * One VPC, two public subnets and a private one behind a NAT gateway. sg-from-web admits the web
 * group; sg-from-ip admits web's public address; the private instance leaves by the NAT gateway.
 */
function world() {
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .igw('igw-a', 'vpc-a')
    .routeTable('rtb-public', 'vpc-a', [['0.0.0.0/0', 'igw-a']])
    .routeTable('rtb-private', 'vpc-a', [['0.0.0.0/0', 'nat-a']])
    .subnet('subnet-public', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-public' })
    .subnet('subnet-public2', 'vpc-a', '10.0.3.0/24', { routeTable: 'rtb-public' })
    .subnet('subnet-private', 'vpc-a', '10.0.2.0/24', { routeTable: 'rtb-private' })
    .nat('nat-a', 'subnet-public', { publicIp: '198.18.200.1', privateIp: '10.0.1.5' })
    .group('sg-web', 'vpc-a', { ingress: [allTraffic('0.0.0.0/0')] })
    .group('sg-from-web', 'vpc-a', { ingress: [tcp(443, 'sg-web')] })
    .group('sg-from-ip', 'vpc-a', { ingress: [tcp(443, '198.18.0.10/32')] })
    .group('sg-from-nat', 'vpc-a', { ingress: [tcp(443, '198.18.200.1/32')] })
    .instance('i-web', 'subnet-public', '10.0.1.10', {
      publicIp: '198.18.0.10',
      groups: ['sg-web'],
    })
    .instance('i-app', 'subnet-private', '10.0.2.10', { groups: ['sg-web'] })
    .instance('i-byGroup', 'subnet-public2', '10.0.3.10', {
      publicIp: '198.18.0.20',
      groups: ['sg-from-web'],
    })
    .instance('i-byIp', 'subnet-public2', '10.0.3.11', {
      publicIp: '198.18.0.21',
      groups: ['sg-from-ip'],
    })
    .instance('i-byNat', 'subnet-public2', '10.0.3.12', {
      publicIp: '198.18.0.22',
      groups: ['sg-from-nat'],
    });
}

// spec/cli-analyze.md ("A public address is a public path"); AWS: traffic to a public address
// leaves through the internet gateway, which maps it back to the private address
// (https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html), and a rule naming
// a group matches only private addresses
// (https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing).
describe('a public address is a public path', () => {
  it('leaves by the source route and enters through the internet gateway, even within one VPC', () => {
    const t = evaluate(world().build(), tcpFlow('i-web', '198.18.0.21', 443));
    expect(t.verdict).toBe('allowed');
    expect(steps(t).slice(0, 7)).toEqual([
      'request:security-group-egress',
      'request:nacl-egress',
      'request:route',
      'request:internet-gateway',
      'request:internet-gateway',
      'request:nacl-ingress',
      'request:security-group-ingress',
    ]);
  });

  it("shows the destination the source's public address, which CIDR rules are matched against", () => {
    const t = evaluate(world().build(), tcpFlow('i-web', '198.18.0.21', 443));
    expect(hop(t, 'request', 'security-group-ingress').packet).toMatchObject({
      source: '198.18.0.10',
      destination: '10.0.3.11',
    });
  });

  it('never matches a rule naming a group, though the source carries that group', () => {
    const s = world().build();
    expect(evaluate(s, tcpFlow('i-web', 'i-byGroup', 443)).verdict).toBe('allowed');
    expect(evaluate(s, tcpFlow('i-web', '198.18.0.20', 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: 'i-byGroup',
    });
  });

  it("shows the NAT gateway's Elastic IP for a source behind it", () => {
    const t = evaluate(world().build(), tcpFlow('i-app', '198.18.0.22', 443));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'security-group-ingress').packet.source).toBe('198.18.200.1');
    expect(steps(t)).toContain('request:nat-gateway');
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html
  it('reaches an interface by the Elastic IP of a secondary address, arriving at that address', () => {
    const s = world()
      .instance('i-multi', 'subnet-public2', '10.0.3.30', {
        groups: ['sg-web'],
        secondary: [{ address: '10.0.3.31', publicIp: '198.18.0.31' }],
      })
      .build();
    const t = evaluate(s, tcpFlow('i-web', '198.18.0.31', 443));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'internet-gateway', 1).packet.destination).toBe('198.18.0.31');
    expect(hop(t, 'request', 'security-group-ingress').packet.destination).toBe('10.0.3.31');
  });
});
