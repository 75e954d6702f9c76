import { describe, expect, it } from 'vitest';
import {
  allTraffic,
  allow,
  deny,
  hop,
  REQUEST_LOCAL,
  RESPONSE_LOCAL,
  scenario,
  steps,
  tcp,
  tcpFlow,
  verdicts,
} from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

const INTERNET = '198.51.100.1';

/**
 * Two VPCs: vpc-a with a public subnet (web, web2) and a private one (app) behind nat-a; vpc-b
 * (db) peered with vpc-a. Everything is open, so each test breaks only what it looks at.
 */
function world() {
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .vpc('vpc-b', '10.1.0.0/16')
    .igw('igw-a', 'vpc-a')
    .peering('pcx-ab', 'vpc-a', 'vpc-b')
    .routeTable('rtb-public', 'vpc-a', [
      ['0.0.0.0/0', 'igw-a'],
      ['10.1.0.0/16', 'pcx-ab'],
    ])
    .routeTable('rtb-private', 'vpc-a', [
      ['0.0.0.0/0', 'nat-a'],
      ['10.1.0.0/16', 'pcx-ab'],
    ])
    .routes('rtb-bmain', [['10.0.0.0/16', 'pcx-ab']])
    .subnet('subnet-public', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-public' })
    .subnet('subnet-private', 'vpc-a', '10.0.2.0/24', { routeTable: 'rtb-private' })
    .subnet('subnet-b', 'vpc-b', '10.1.1.0/24')
    .nat('nat-a', 'subnet-public', { publicIp: '198.18.200.1', privateIp: '10.0.1.5' })
    .group('sg-open', 'vpc-a', { ingress: [allTraffic('0.0.0.0/0')] })
    .group('sg-openb', 'vpc-b', { ingress: [allTraffic('0.0.0.0/0')] })
    .instance('i-web', 'subnet-public', '10.0.1.10', {
      publicIp: '198.18.0.10',
      groups: ['sg-open'],
    })
    .instance('i-web2', 'subnet-public', '10.0.1.11', {
      publicIp: '198.18.0.11',
      groups: ['sg-open'],
    })
    .instance('i-app', 'subnet-private', '10.0.2.10', { groups: ['sg-open'] })
    .instance('i-db', 'subnet-b', '10.1.1.10', { groups: ['sg-openb'] });
}

describe('path order (spec/cli-analyze.md, "Path order")', () => {
  it('between two subnets of one VPC: source SG, ACL and route, then destination ACL and SG, and back', () => {
    const t = evaluate(world().build(), tcpFlow('i-web', 'i-app', 8080));
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual([...REQUEST_LOCAL, ...RESPONSE_LOCAL]);
    expect(t.hops.map((h) => h.resourceId)).toEqual([
      'i-web',
      'acl-adefault',
      'rtb-public',
      'acl-adefault',
      'i-app',
      'i-app',
      'acl-adefault',
      'rtb-private',
      'acl-adefault',
      'i-web',
    ]);
  });

  it('within one subnet: the same hops, with the two ACL hops of each way skipped', () => {
    const t = evaluate(world().build(), tcpFlow('i-web', 'i-web2', 8080));
    expect(steps(t)).toEqual([...REQUEST_LOCAL, ...RESPONSE_LOCAL]);
    expect(verdicts(t)).toEqual([
      'request:security-group-egress=allow',
      'request:nacl-egress=skip',
      'request:route=allow',
      'request:nacl-ingress=skip',
      'request:security-group-ingress=allow',
      'response:security-group-egress=allow',
      'response:nacl-egress=skip',
      'response:route=allow',
      'response:nacl-ingress=skip',
      'response:security-group-ingress=allow',
    ]);
  });

  it('to the internet through an internet gateway: the gateway after the source route, first on the way back', () => {
    const t = evaluate(world().build(), tcpFlow('i-web', INTERNET, 443));
    expect(steps(t)).toEqual([
      'request:security-group-egress',
      'request:nacl-egress',
      'request:route',
      'request:internet-gateway',
      'response:internet-gateway',
      'response:nacl-ingress',
      'response:security-group-ingress',
    ]);
  });

  it('from the internet: the gateway first, and on the way back the route to it', () => {
    const t = evaluate(world().build(), tcpFlow(INTERNET, 'i-web', 443));
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual([
      'request:internet-gateway',
      'request:nacl-ingress',
      'request:security-group-ingress',
      'response:security-group-egress',
      'response:nacl-egress',
      'response:route',
      'response:internet-gateway',
    ]);
  });

  it("to another instance's public address: out through one gateway hop and in through another", () => {
    const t = evaluate(world().build(), {
      source: { instanceId: 'i-web' },
      destination: { address: '198.18.0.11' },
      protocol: 'tcp',
      port: 443,
    });
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual([
      'request:security-group-egress',
      'request:nacl-egress',
      'request:route',
      'request:internet-gateway',
      'request:internet-gateway',
      'request:nacl-ingress',
      'request:security-group-ingress',
      'response:security-group-egress',
      'response:nacl-egress',
      'response:route',
      'response:internet-gateway',
      'response:internet-gateway',
      'response:nacl-ingress',
      'response:security-group-ingress',
    ]);
  });

  it('through a NAT gateway: the NAT subnet ACL in, the gateway, its ACL out and route, then the internet gateway', () => {
    const t = evaluate(world().build(), tcpFlow('i-app', INTERNET, 443));
    expect(t.verdict).toBe('allowed');
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
    expect(hop(t, 'request', 'nacl-ingress').subnetId).toBe('subnet-public');
    expect(hop(t, 'response', 'nacl-ingress', 1).subnetId).toBe('subnet-private');
  });

  // spec/cli-analyze.md, "<endpoint>": an instance named by ID is addressed by its private address
  // within one VPC or across a peering, else by its public address.
  it('between two VPCs that no peering joins: by public addresses, through both internet gateways', () => {
    const s = world()
      .vpc('vpc-c', '10.2.0.0/16')
      .igw('igw-c', 'vpc-c')
      .routes('rtb-cmain', [['0.0.0.0/0', 'igw-c']])
      .subnet('subnet-c', 'vpc-c', '10.2.1.0/24')
      .group('sg-openc', 'vpc-c', { ingress: [allTraffic('0.0.0.0/0')] })
      .instance('i-c', 'subnet-c', '10.2.1.10', { publicIp: '198.18.0.70', groups: ['sg-openc'] })
      .build();
    const t = evaluate(s, tcpFlow('i-web', 'i-c', 443));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'route').packet.destination).toBe('198.18.0.70');
    expect(t.hops.filter((h) => h.layer === 'internet-gateway').map((h) => h.resourceId)).toEqual([
      'igw-a',
      'igw-c',
      'igw-c',
      'igw-a',
    ]);
    expect(hop(t, 'request', 'security-group-ingress').packet).toMatchObject({
      source: '198.18.0.10',
      destination: '10.2.1.10',
    });
  });

  it('over a peering connection: the peering hop after the route, both ways', () => {
    const t = evaluate(world().build(), tcpFlow('i-app', 'i-db', 5432));
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual([
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
});

describe('the blocked path', () => {
  // https://docs.aws.amazon.com/vpc/latest/reachability/explanation-codes.html (Reachability
  // Analyzer explains every component that blocks a path); DESIGN.md: the trace goes on past the
  // first blocking hop, and the first one is `blockedBy`.
  it('lists every hop after the first deny, and reports the first deny in path order', () => {
    const s = world()
      .group('sg-mute', 'vpc-a', { ingress: [], egress: [] })
      .nacl('acl-shut', 'vpc-a', {
        ingress: [deny(100, 'all', '0.0.0.0/0')],
        egress: [allow(100, 'all', '0.0.0.0/0')],
      })
      .subnet('subnet-shut', 'vpc-a', '10.0.3.0/24', { nacl: 'acl-shut' })
      .instance('i-mute', 'subnet-public', '10.0.1.20', { groups: ['sg-mute'] })
      .instance('i-shut', 'subnet-shut', '10.0.3.10', { groups: ['sg-mute'] })
      .build();
    const t = evaluate(s, tcpFlow('i-mute', 'i-shut', 22));
    expect(t.verdict).toBe('blocked');
    expect(t.blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-egress',
      resourceId: 'i-mute',
    });
    expect(steps(t)).toEqual([...REQUEST_LOCAL, ...RESPONSE_LOCAL]);
    expect(verdicts(t).filter((v) => v.endsWith('=deny'))).toEqual([
      'request:security-group-egress=deny',
      'request:nacl-ingress=deny',
      'request:security-group-ingress=deny',
    ]);
    expect(hop(t, 'request', 'nacl-ingress')).toMatchObject({
      resourceId: 'acl-shut',
      rule: { ruleNumber: 100 },
    });
    expect(hop(t, 'request', 'security-group-ingress').resourceId).toBe('i-shut');
  });

  it('goes on past a deny at the route to the gateways behind it', () => {
    const s = world()
      .routeTable('rtb-hole', 'vpc-a', [['0.0.0.0/0', 'igw-a', 'blackhole']])
      .subnet('subnet-hole', 'vpc-a', '10.0.4.0/24', { routeTable: 'rtb-hole' })
      .instance('i-hole', 'subnet-hole', '10.0.4.10', { groups: ['sg-open'] })
      .build();
    const t = evaluate(s, tcpFlow('i-hole', INTERNET, 443));
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'route', resourceId: 'rtb-hole' });
    expect(verdicts(t)).toEqual([
      'request:security-group-egress=allow',
      'request:nacl-egress=allow',
      'request:route=deny',
      'request:internet-gateway=deny',
      'response:internet-gateway=deny',
      'response:nacl-ingress=allow',
      'response:security-group-ingress=allow',
    ]);
    expect(hop(t, 'request', 'internet-gateway').resourceId).toBe('i-hole');
  });

  it('reports a response-side deny only when every request hop passed', () => {
    const s = world()
      .nacl('acl-noreply', 'vpc-b', {
        ingress: [allow(100, 'all', '0.0.0.0/0')],
        egress: [allow(100, 'tcp', '0.0.0.0/0', { ports: [1024, 40000] })],
      })
      .subnet('subnet-b2', 'vpc-b', '10.1.2.0/24', { nacl: 'acl-noreply' })
      .instance('i-db2', 'subnet-b2', '10.1.2.10', { groups: ['sg-openb'] })
      .build();
    const t = evaluate(s, tcpFlow('i-app', 'i-db2', 5432));
    expect(t.blockedBy).toEqual({
      direction: 'response',
      layer: 'nacl-egress',
      resourceId: 'acl-noreply',
      ruleNumber: 32767,
    });
    expect(t.hops).toHaveLength(12);
  });
});

describe('resourceId and ruleNumber of each layer (spec/cli-analyze.md, "Output")', () => {
  it('names the instance, not a group, for the security group layers', () => {
    const s = world()
      .group('sg-mute', 'vpc-a', { ingress: [], egress: [] })
      .instance('i-mute', 'subnet-private', '10.0.2.20', { groups: ['sg-mute', 'sg-open'] })
      .build();
    expect(evaluate(s, tcpFlow('i-web', 'i-mute', 22)).hops[4]).toMatchObject({
      layer: 'security-group-ingress',
      resourceId: 'i-mute',
      verdict: 'allow',
    });
    const out = world()
      .group('sg-mute', 'vpc-a', { ingress: [], egress: [] })
      .instance('i-mute', 'subnet-private', '10.0.2.20', { groups: ['sg-mute'] })
      .build();
    const t = evaluate(out, tcpFlow('i-mute', 'i-web', 22));
    expect(t.blockedBy).toStrictEqual({
      direction: 'request',
      layer: 'security-group-egress',
      resourceId: 'i-mute',
    });
  });

  it('names the network ACL and the number of the entry that matched for the ACL layers', () => {
    const s = world()
      .nacl('acl-x', 'vpc-a', {
        ingress: [allow(100, 'tcp', '0.0.0.0/0', { ports: 22 }), deny(120, 'all', '0.0.0.0/0')],
        egress: [allow(100, 'all', '0.0.0.0/0')],
      })
      .subnet('subnet-x', 'vpc-a', '10.0.5.0/24', { nacl: 'acl-x' })
      .instance('i-x', 'subnet-x', '10.0.5.10', { groups: ['sg-open'] })
      .build();
    expect(evaluate(s, tcpFlow('i-web', 'i-x', 80)).blockedBy).toStrictEqual({
      direction: 'request',
      layer: 'nacl-ingress',
      resourceId: 'acl-x',
      ruleNumber: 120,
    });
    expect(hop(evaluate(s, tcpFlow('i-web', 'i-x', 22)), 'request', 'nacl-ingress')).toMatchObject({
      resourceId: 'acl-x',
      rule: { kind: 'nacl-entry', networkAclId: 'acl-x', ruleNumber: 100 },
    });
  });

  it('names the route table for the route layer', () => {
    const s = world()
      .routeTable('rtb-empty', 'vpc-a')
      .subnet('subnet-e', 'vpc-a', '10.0.6.0/24', { routeTable: 'rtb-empty' })
      .instance('i-e', 'subnet-e', '10.0.6.10', { publicIp: '198.18.0.60', groups: ['sg-open'] })
      .build();
    expect(evaluate(s, tcpFlow('i-e', INTERNET, 443)).blockedBy).toStrictEqual({
      direction: 'request',
      layer: 'route',
      resourceId: 'rtb-empty',
    });
  });

  it('names the instance for the internet gateway layer when it has no public address, else the VPC', () => {
    const s = world().build();
    expect(evaluate(s, tcpFlow(INTERNET, 'i-app', 443)).blockedBy).toStrictEqual({
      direction: 'request',
      layer: 'internet-gateway',
      resourceId: 'i-app',
    });
    const noGateway = world()
      .vpc('vpc-c', '10.2.0.0/16')
      .routes('rtb-cmain', [['0.0.0.0/0', 'igw-a']])
      .subnet('subnet-c', 'vpc-c', '10.2.1.0/24')
      .instance('i-c', 'subnet-c', '10.2.1.10', { publicIp: '198.18.0.70' })
      .build();
    expect(evaluate(noGateway, tcpFlow('i-c', INTERNET, 443)).blockedBy).toStrictEqual({
      direction: 'request',
      layer: 'internet-gateway',
      resourceId: 'vpc-c',
    });
  });

  it('names the NAT gateway for the nat-gateway layer', () => {
    const s = world().build();
    expect(
      evaluate(s, {
        source: { instanceId: 'i-app' },
        destination: { address: INTERNET },
        protocol: 47,
      }).blockedBy,
    ).toStrictEqual({
      direction: 'request',
      layer: 'nat-gateway',
      resourceId: 'nat-a',
    });
  });

  it('names the peering connection for the peering layer', () => {
    const s = world()
      .vpc('vpc-c', '10.2.0.0/16')
      .peering('pcx-ac', 'vpc-a', 'vpc-c', 'rejected')
      .routes('rtb-cmain', [['10.0.0.0/16', 'pcx-ac']])
      .routes('rtb-private', [['10.2.0.0/16', 'pcx-ac']])
      .subnet('subnet-c', 'vpc-c', '10.2.1.0/24')
      .group('sg-openc', 'vpc-c', { ingress: [tcp(443, '10.0.0.0/8')] })
      .instance('i-c', 'subnet-c', '10.2.1.10', { groups: ['sg-openc'] })
      .build();
    expect(evaluate(s, tcpFlow('i-app', 'i-c', 443)).blockedBy).toStrictEqual({
      direction: 'request',
      layer: 'peering',
      resourceId: 'pcx-ac',
    });
  });
});
