import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allow, allTraffic, scenario, tcp } from '../engine/__fixtures__/build.ts';
import { toScenarioFile } from '../model/envelope.ts';
import { runCli, tempFiles } from './subprocess.testkit.ts';

/**
 * The command line over version 2 resources (spec/cli-analyze.md): a hub VPC with an RDS
 * interface and an S3 gateway endpoint (its subnet's ACL lets in only the VPC), and a spoke VPC
 * joined by a transit gateway whose spoke route table has no route back.
 */
function network() {
  const s = scenario()
    .vpc('vpc-0hub', '10.0.0.0/16')
    .vpc('vpc-0spoke', '10.1.0.0/16')
    .nacl('acl-0data', 'vpc-0hub', {
      ingress: [allow(100, 'all', '10.0.0.0/8')],
      egress: [allow(100, 'all', '0.0.0.0/0')],
    })
    .routeTable('rtb-0data', 'vpc-0hub', [['10.1.0.0/16', 'tgw-0hub']])
    .subnet('subnet-0data', 'vpc-0hub', '10.0.2.0/24', {
      routeTable: 'rtb-0data',
      nacl: 'acl-0data',
    })
    .subnet('subnet-0spoke', 'vpc-0spoke', '10.1.1.0/24')
    .routes('rtb-0spokemain', [['10.0.0.0/16', 'tgw-0hub']])
    .tgw('tgw-0hub')
    .attachment('tgw-attach-0hub', 'tgw-0hub', 'vpc-0hub', ['subnet-0data'], {
      routeTable: 'tgw-rtb-0hub',
    })
    .attachment('tgw-attach-0spoke', 'tgw-0hub', 'vpc-0spoke', ['subnet-0spoke'], {
      routeTable: 'tgw-rtb-0spoke',
    })
    .tgwRouteTable('tgw-rtb-0hub', 'tgw-0hub', ['tgw-attach-0spoke'])
    .tgwRouteTable('tgw-rtb-0spoke', 'tgw-0hub', [])
    .prefixList('pl-0s3', 'IPv4', ['52.216.0.0/15'])
    .gatewayEndpoint('vpce-0s3', 'vpc-0hub', 'pl-0s3', ['rtb-0data'])
    .group('sg-0app', 'vpc-0hub', {
      ingress: [allTraffic('10.0.0.0/8')],
      egress: [allTraffic('0.0.0.0/0')],
    })
    .group('sg-0db', 'vpc-0hub', { ingress: [tcp(5432, 'sg-0app')] })
    .group('sg-0spoke', 'vpc-0spoke', { ingress: [allTraffic('10.0.0.0/8')] })
    .instance('i-0app', 'subnet-0data', '10.0.2.10', { groups: ['sg-0app'] })
    .eni('eni-0rds', 'subnet-0data', '10.0.2.50', { kind: 'rds', groups: ['sg-0db'] })
    .instance('i-0spoke', 'subnet-0spoke', '10.1.1.10', { groups: ['sg-0spoke'] })
    .build();
  s.networkInterfaces[0]!.name = 'orders-db';
  return s;
}

const dir = tempFiles({ 'network.json': toScenarioFile(network()) });
const FILE = join(dir, 'network.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const analyze = (from: string, to: string, port: number) =>
  runCli([
    'analyze',
    FILE,
    '--from',
    from,
    '--to',
    to,
    '--protocol',
    'tcp',
    '--port',
    String(port),
    '--json',
  ]);

describe('analyze over version 2 resources', () => {
  it('reaches an RDS interface by its Name, and names the transit gateway route table that lacks the way back', async () => {
    const [db, spoke] = await Promise.all([
      analyze('i-0app', 'orders-db', 5432),
      analyze('i-0app', 'i-0spoke', 443),
    ]);
    expect(db.code).toBe(0);
    expect(JSON.parse(db.stdout)).toMatchObject({ verdict: 'allowed', blockedBy: null });
    expect(spoke.code).toBe(0);
    const trace = JSON.parse(spoke.stdout) as {
      verdict: string;
      blockedBy: unknown;
      hops: { layer: string }[];
    };
    expect(trace.verdict).toBe('blocked');
    expect(trace.blockedBy).toEqual({
      direction: 'response',
      layer: 'transit-gateway',
      resourceId: 'tgw-rtb-0spoke',
    });
    expect(trace.hops.map((h) => h.layer)).toContain('transit-gateway');
  });

  it('takes an address of a prefix list a gateway endpoint serves as that service, blocked on the answer by the subnet ACL', async () => {
    const [s3, rds] = await Promise.all([
      analyze('i-0app', '52.216.1.1', 443),
      analyze('internet', 'eni-0rds', 5432),
    ]);
    expect(s3.code).toBe(0);
    const trace = JSON.parse(s3.stdout) as { blockedBy: unknown; hops: { layer: string }[] };
    expect(trace.hops.map((h) => h.layer)).toContain('vpc-endpoint');
    expect(trace.blockedBy).toEqual({
      direction: 'response',
      layer: 'nacl-ingress',
      resourceId: 'acl-0data',
      ruleNumber: 32767,
    });
    // The internet (203.0.113.50) cannot reach an interface without a public address.
    expect(JSON.parse(rds.stdout)).toMatchObject({
      verdict: 'blocked',
      blockedBy: { direction: 'request', layer: 'internet-gateway', resourceId: 'eni-0rds' },
    });
  });

  it('exits 2 naming an address of a VPC that belongs to no interface, and an unknown interface ID', async () => {
    const [nobody, gone] = await Promise.all([
      analyze('i-0app', '10.0.2.99', 443),
      analyze('i-0app', 'eni-0gone', 443),
    ]);
    expect(nobody.code).toBe(2);
    expect(nobody.stdout).toBe('');
    expect(nobody.stderrLines).toEqual([
      'The destination 10.0.2.99 is inside vpc-0hub (vpc-0hub) but belongs to no instance or network interface.',
    ]);
    expect(gone.code).toBe(2);
    expect(gone.stderrLines).toEqual([
      '--to: no network interface has the ID "eni-0gone", and it is not an IP address',
    ]);
  });
});
