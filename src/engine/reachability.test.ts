import { describe, expect, it } from 'vitest';
import { cellOf } from '../model/classMatrix.ts';
import type { FlowSpec, Scenario } from '../model/types.ts';
import { allTraffic, scenario, tcp } from './__fixtures__/build.ts';
import { BENCH_SHAPE, generateDeployment } from './__fixtures__/generate.ts';
import { evaluate } from './evaluate.ts';
import { FlowError } from './types.ts';
import {
  decodeCell,
  INTERNET_ENDPOINT,
  reachability,
  refuseTooLarge,
  type ReachabilityMatrix,
  type Service,
} from './reachability.ts';

/** The first address of pl-s3, where the matrix puts the S3 service. */
const S3_ADDRESS = '52.216.0.0';

/** Every off-diagonal cell against `evaluate`; returns how many cells of each verdict it saw. */
function compareWithEvaluate(s: Scenario, m: ReachabilityMatrix, services: readonly Service[]) {
  const n = m.endpoints.length;
  const seen: Record<string, number> = {};
  // The flow of a cell is the one its endpoints name: the matrix says how (endpointSpecs).
  const at = (k: number): FlowSpec['source'] => m.endpointSpecs?.[k] as FlowSpec['source'];
  services.forEach((svc, k) => {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const from = m.endpoints[i] as string;
        const to = m.endpoints[j] as string;
        const cell = decodeCell(cellOf(m, k, i, j));
        const where = `${from} → ${to} ${String(svc.protocol)}/${svc.port ?? '-'}`;
        let t;
        try {
          t = evaluate(s, {
            source: at(i),
            destination: at(j),
            protocol: svc.protocol,
            ...(svc.port !== undefined ? { port: svc.port } : {}),
          });
        } catch (e) {
          // A flow that cannot be built (the internet to an AWS service) is an unknown cell.
          if (!(e instanceof FlowError)) throw e;
          expect(cell.verdict, where).toBe('unknown');
          continue;
        }
        expect(cell.verdict, where).toBe(t.verdict);
        if (t.blockedBy) {
          expect(cell.layer, where).toBe(t.blockedBy.layer);
          expect(cell.direction, where).toBe(t.blockedBy.direction);
        }
        seen[cell.verdict] = (seen[cell.verdict] ?? 0) + 1;
      }
    }
  });
  return seen;
}

describe('reachability matrix', () => {
  it('equals evaluate pair by pair on a generated deployment', () => {
    const s = generateDeployment({
      vpcs: 2,
      subnetsPerVpc: 4,
      instances: 60,
      roles: 8,
      groups: 12,
      nacls: 3,
      seed: 7,
    });
    const services: Service[] = [
      { protocol: 'tcp', port: 22 },
      { protocol: 'tcp', port: 443 },
      { protocol: 'tcp', port: 5432 },
    ];
    const m = reachability(s, services);
    expect(m.endpoints.filter((e) => !e.startsWith(INTERNET_ENDPOINT))).toHaveLength(60);
    expect(m.internet.length).toBeGreaterThan(0);
    expect(m.classes).toBeLessThan(61);
    const seen = compareWithEvaluate(s, m, services);
    expect(seen.allowed ?? 0).toBeGreaterThan(0);
    expect(seen.blocked ?? 0).toBeGreaterThan(0);
  });

  it('tells apart two instances of one subnet and one group set when a /32 rule names one of them', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .subnet('subnet-a', 'vpc-a', '10.0.1.0/24')
      .subnet('subnet-b', 'vpc-a', '10.0.2.0/24')
      .group('sg-app', 'vpc-a', { ingress: [tcp(22, '10.0.1.10/32')] })
      .group('sg-client', 'vpc-a', { ingress: [allTraffic('10.0.0.0/16')] })
      .instance('i-one', 'subnet-a', '10.0.1.10', { groups: ['sg-client'] })
      .instance('i-two', 'subnet-a', '10.0.1.11', { groups: ['sg-client'] })
      .instance('i-app', 'subnet-b', '10.0.2.10', { groups: ['sg-app'] })
      .build();
    const services: Service[] = [{ protocol: 'tcp', port: 22 }];
    const m = reachability(s, services);
    const cell = (from: string, to: string) =>
      decodeCell(cellOf(m, 0, m.endpoints.indexOf(from), m.endpoints.indexOf(to)));
    expect(cell('i-one', 'i-app').verdict).toBe('allowed');
    expect(cell('i-two', 'i-app')).toEqual({
      verdict: 'blocked',
      layer: 'security-group-ingress',
      direction: 'request',
    });
    expect(cell('i-one', 'i-one').verdict).toBe('self');
    compareWithEvaluate(s, m, services);
  });

  // The matrix works over network interfaces, the internet and the AWS services gateway endpoints
  // serve (spec/cli-analyze.md, "<endpoint>"), and equals evaluate pair by pair across a transit
  // gateway and a gateway endpoint too.
  it('covers interfaces, the internet and the services of gateway endpoints, across a transit gateway', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .vpc('vpc-b', '10.1.0.0/16')
      .igw('igw-a', 'vpc-a')
      .routeTable('rtb-public', 'vpc-a', [
        ['0.0.0.0/0', 'igw-a'],
        ['10.1.0.0/16', 'tgw-hub'],
      ])
      .routes('rtb-amain', [['10.1.0.0/16', 'tgw-hub']])
      .routes('rtb-bmain', [['10.0.0.0/16', 'tgw-hub']])
      .subnet('subnet-pub', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-public' })
      .subnet('subnet-app', 'vpc-a', '10.0.2.0/24')
      .subnet('subnet-atgw', 'vpc-a', '10.0.0.0/28')
      .subnet('subnet-b', 'vpc-b', '10.1.1.0/24')
      .tgw('tgw-hub')
      .attachment('tgw-attach-a', 'tgw-hub', 'vpc-a', ['subnet-atgw'], { routeTable: 'tgw-rtb' })
      .attachment('tgw-attach-b', 'tgw-hub', 'vpc-b', ['subnet-b'], { routeTable: 'tgw-rtb' })
      .tgwRouteTable('tgw-rtb', 'tgw-hub', ['tgw-attach-a', 'tgw-attach-b'])
      .prefixList('pl-s3', 'IPv4', ['52.216.0.0/15'])
      .gatewayEndpoint('vpce-s3', 'vpc-a', 'pl-s3', ['rtb-amain'])
      .group('sg-web', 'vpc-a', { ingress: [tcp(443, '0.0.0.0/0')] })
      .group('sg-app', 'vpc-a', { ingress: [tcp(5432, 'sg-web')] })
      .group('sg-b', 'vpc-b', { ingress: [allTraffic('10.0.0.0/16')] })
      .instance('i-web', 'subnet-pub', '10.0.1.10', { publicIp: '198.18.0.10', groups: ['sg-web'] })
      .instance('i-app', 'subnet-app', '10.0.2.10', { groups: ['sg-app'] })
      .eni('eni-rds', 'subnet-app', '10.0.2.50', { kind: 'rds', groups: ['sg-app'] })
      .eni('eni-web2', 'subnet-pub', '10.0.1.20', { attachedTo: 'i-web', groups: ['sg-app'] })
      .instance('i-b', 'subnet-b', '10.1.1.10', { groups: ['sg-b'] })
      .build();
    const services: Service[] = [
      { protocol: 'tcp', port: 443 },
      { protocol: 'tcp', port: 5432 },
    ];
    const m = reachability(s, services);
    expect(m.endpoints).toEqual([
      'i-web',
      'i-app',
      'i-b',
      'eni-rds',
      'eni-web2',
      // The internet: the contract's host in the piece no rule or route names.
      `${INTERNET_ENDPOINT}:203.0.113.50`,
      'com.amazonaws.us-east-1.s3',
    ]);
    expect(m.endpointSpecs?.slice(2, 5)).toEqual([
      { instanceId: 'i-b' },
      { interfaceId: 'eni-rds' },
      { interfaceId: 'eni-web2' },
    ]);
    expect(m.endpointSpecs?.at(-1)).toEqual({ address: S3_ADDRESS });
    const seen = compareWithEvaluate(s, m, services);
    expect(seen.allowed ?? 0).toBeGreaterThan(0);
    expect(seen.blocked ?? 0).toBeGreaterThan(0);
  });
});

// Issue 10's leftover: 5,009 instances × 108 services ended in "The engine stopped
// (Unserializable return value)" at 4.2 GB, a pair matrix of 2.7 billion bytes. By class it is
// small; past the limit it is refused in words before anything is computed.
describe('a large matrix', () => {
  it('5,009 instances × 108 services: by class, megabytes, and equal to evaluate on a sample', () => {
    const s = generateDeployment({ ...BENCH_SHAPE, instances: 5009 });
    const services: Service[] = Array.from({ length: 108 }, (_, k) => ({
      protocol: k % 9 === 8 ? 'udp' : 'tcp',
      port: [22, 80, 443, 3306, 5432, 6379, 8080, 9090, 53][k % 9]! + Math.floor(k / 9) * 1000,
    }));
    const m = reachability(s, services);
    expect(m.endpoints.length).toBeGreaterThan(5009);
    expect(m.cells.length).toBe(108 * m.classes * m.classes);
    expect(m.cells.length).toBeLessThan(256 * 1024 ** 2);
    const n = m.endpoints.length;
    for (let k = 0; k < 200; k++) {
      const i = (k * 7919) % n;
      const j = (k * 104729 + 1) % n;
      const svc = services[k % 108] as Service;
      if (i === j) continue;
      let verdict: string;
      try {
        verdict = evaluate(s, {
          source: m.endpointSpecs[i] as FlowSpec['source'],
          destination: m.endpointSpecs[j] as FlowSpec['source'],
          protocol: svc.protocol,
          port: svc.port,
        }).verdict;
      } catch (e) {
        if (!(e instanceof FlowError)) throw e;
        verdict = 'unknown';
      }
      expect(decodeCell(cellOf(m, k % 108, i, j)).verdict).toBe(verdict);
    }
  });

  it('is refused before it starts, with the size in words, past the limit', () => {
    expect(() => refuseTooLarge(30_000, 108)).toThrow(
      /^This matrix would hold 30,000 classes of endpoints × 30,000 × 108 services, 97,200,000,000 cells \(90\.5 GB\)/,
    );
    expect(() => refuseTooLarge(1_000, 108)).not.toThrow();
  });
});
