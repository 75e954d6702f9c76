import { describe, expect, it } from 'vitest';
import type { FlowSpec, Scenario } from '../model/types.ts';
import { allTraffic, scenario, tcp } from './__fixtures__/build.ts';
import { generateDeployment } from './__fixtures__/generate.ts';
import { evaluate } from './evaluate.ts';
import {
  decodeCell,
  INTERNET_ENDPOINT,
  reachability,
  type ReachabilityMatrix,
  type Service,
} from './reachability.ts';

const INTERNET = '198.51.100.1';

/** Every off-diagonal cell against `evaluate`; returns how many cells of each verdict it saw. */
function compareWithEvaluate(s: Scenario, m: ReachabilityMatrix, services: readonly Service[]) {
  const n = m.endpoints.length;
  const seen: Record<string, number> = {};
  const at = (id: string): FlowSpec['source'] =>
    id === INTERNET_ENDPOINT ? { address: INTERNET } : { instanceId: id };
  services.forEach((svc, k) => {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const from = m.endpoints[i] as string;
        const to = m.endpoints[j] as string;
        const cell = decodeCell(m.cells[(k * n + i) * n + j] ?? 0);
        const t = evaluate(s, {
          source: at(from),
          destination: at(to),
          protocol: svc.protocol,
          ...(svc.port !== undefined ? { port: svc.port } : {}),
        });
        const where = `${from} → ${to} ${String(svc.protocol)}/${svc.port ?? '-'}`;
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
    expect(m.endpoints).toHaveLength(61);
    expect(m.endpoints.at(-1)).toBe(INTERNET_ENDPOINT);
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
    const n = m.endpoints.length;
    const cell = (from: string, to: string) =>
      decodeCell(m.cells[m.endpoints.indexOf(from) * n + m.endpoints.indexOf(to)] ?? 0);
    expect(cell('i-one', 'i-app').verdict).toBe('allowed');
    expect(cell('i-two', 'i-app')).toEqual({
      verdict: 'blocked',
      layer: 'security-group-ingress',
      direction: 'request',
    });
    expect(cell('i-one', 'i-one').verdict).toBe('self');
    compareWithEvaluate(s, m, services);
  });
});
