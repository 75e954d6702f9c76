import { describe, expect, it } from 'vitest';
import { cellOf } from '../model/classMatrix.ts';
import { builtInChallenges, builtInScenarios } from '../scenarios/index.ts';
import { allTraffic, scenario, tcp } from './__fixtures__/build.ts';
import { compileScenario } from './compile.ts';
import { evaluate } from './evaluate.ts';
import { INTERNET_HOST, internetPieces } from './internet.ts';
import { decodeCell, reachability, type Service } from './reachability.ts';
import { FlowError } from './types.ts';

// One definition of the internet for every view (spec/ci-check.md, "internet as a set"): the
// public address space split at every block a rule or route names, one address per piece.
describe('the internet as pieces of the public address space', () => {
  const web = () =>
    scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .igw('igw-a', 'vpc-a')
      .routeTable('rtb-public', 'vpc-a', [['0.0.0.0/0', 'igw-a']])
      .subnet('subnet-pub', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-public' })
      .subnet('subnet-nat', 'vpc-a', '10.0.9.0/24', { routeTable: 'rtb-public' })
      .nat('nat-a', 'subnet-nat', { publicIp: '198.51.100.1' })
      .group('sg-bastion', 'vpc-a', { ingress: [tcp(22, '203.0.113.0/24')] })
      .instance('i-bastion', 'subnet-pub', '10.0.1.10', {
        publicIp: '198.51.100.2',
        groups: ['sg-bastion'],
      });

  it('splits at the blocks the rules name, evaluates the contract host in its own piece, and never an address the network owns', () => {
    const c = compileScenario(web().build());
    const pieces = internetPieces(c, 4);
    expect(pieces.map((p) => p.label)).toEqual([
      '203.0.113.0/24',
      'every other public IPv4 address',
    ]);
    expect(pieces[0]?.address).toBe(INTERNET_HOST);
    // The NAT gateway's Elastic IP and the bastion's address are the network's, not the internet.
    expect(pieces[1]?.address).not.toMatch(/^198\.51\.100\.[12]$/);
    expect(pieces[1]?.cidrs[0]).toBe('1.0.0.0/8');
    expect(pieces[1]?.cidrCount).toBeGreaterThan(10);
  });

  it('leaves out private space and the VPC blocks, and names what is left of a block around a smaller one', () => {
    const c = compileScenario(
      web()
        .group('sg-x', 'vpc-a', { ingress: [allTraffic('52.0.0.0/8'), tcp(443, '52.94.0.0/16')] })
        .build(),
    );
    const labels = internetPieces(c, 4).map((p) => p.label);
    expect(labels).toContain('52.94.0.0/16');
    expect(labels).toContain('the rest of 52.0.0.0/8');
    for (const p of internetPieces(c, 4)) expect(p.address).not.toMatch(/^(10|192\.168)\./);
  });

  it('has IPv6 pieces too, inside 2000::/3', () => {
    const c = compileScenario(web().build());
    const [only] = internetPieces(c, 6);
    expect(only?.label).toBe('every public IPv6 address');
    expect(only?.cidrs).toEqual(['2000::/3']);
  });

  it('the matrix has one internet row per piece, and the host’s row agrees with a flow from the host', () => {
    const s = web().build();
    const services: Service[] = [{ protocol: 'tcp', port: 22 }];
    const m = reachability(s, services);
    expect(m.internet.map((x) => x.piece.label)).toEqual([
      '203.0.113.0/24',
      'every other public IPv4 address',
    ]);
    const to = m.endpoints.indexOf('i-bastion');
    const verdicts = m.internet.map((x) => decodeCell(cellOf(m, 0, x.endpoint, to)).verdict);
    expect(verdicts).toEqual(['allowed', 'blocked']);
    const flow = evaluate(s, {
      source: { address: INTERNET_HOST },
      destination: { instanceId: 'i-bastion' },
      protocol: 'tcp',
      port: 22,
    });
    expect(flow.verdict).toBe('allowed');
  });
});

const SERVICES: Service[] = [
  { protocol: 'tcp', port: 22 },
  { protocol: 'tcp', port: 443 },
  { protocol: 'udp', port: 53 },
  { protocol: 'icmp' },
];

// Every cell of the matrix is the verdict `evaluate` gives the same flow (the one the cell names,
// which is what clicking it plays), on every built-in scenario and challenge.
describe.each([...builtInScenarios, ...builtInChallenges].map((b) => [b.id, b] as const))(
  'matrix cells equal evaluate on built-in %s',
  (_id, b) => {
    it('every cell, every service', () => {
      const m = reachability(b.scenario, SERVICES);
      const n = m.endpoints.length;
      let compared = 0;
      SERVICES.forEach((svc, k) => {
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            if (i === j) continue;
            const cell = decodeCell(cellOf(m, k, i, j));
            const where = `${m.endpoints[i]} → ${m.endpoints[j]} ${String(svc.protocol)}/${svc.port ?? '-'}`;
            let trace;
            try {
              trace = evaluate(b.scenario, {
                source: m.endpointSpecs?.[i] as never,
                destination: m.endpointSpecs?.[j] as never,
                protocol: svc.protocol,
                ...(svc.port !== undefined ? { port: svc.port } : {}),
              });
            } catch (e) {
              if (!(e instanceof FlowError)) throw e;
              expect(cell.verdict, where).toBe('unknown');
              continue;
            }
            expect(cell.verdict, where).toBe(trace.verdict);
            expect(cell.layer ?? null, where).toBe(trace.blockedBy?.layer ?? null);
            compared++;
          }
      });
      expect(compared).toBeGreaterThan(0);
    });
  },
);
