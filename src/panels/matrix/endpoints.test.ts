import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/types.ts';
import { threeTierScenario } from '../../scenarios/index.ts';
import {
  endpointsOf,
  groupLines,
  INTERNET,
  keepWithVerdict,
  matchesText,
  matchesVpc,
  matrixEndpoints,
} from './endpoints.ts';

const scenario: Scenario = threeTierScenario;
const ids = [...scenario.instances.map((i) => i.id), INTERNET];
const m = matrixEndpoints(scenario, ids, '198.51.100.1');
const names = (order: readonly number[]) => order.map((k) => m.infos[k]?.name);

describe('matrix endpoints', () => {
  it('order instances by VPC, then subnet in scenario order, then name; the internet last', () => {
    expect(names(m.order)).toEqual([
      'web-1',
      'web-2',
      'app-1',
      'app-2',
      'db-1',
      'db-2',
      'Internet',
    ]);
  });

  it('sort names the way people count (host-2 before host-10)', () => {
    const subnetId = scenario.instances[0]!.subnetId;
    const hosts = ['host-10', 'host-2', 'host-1'].map((name, k) => ({
      id: `i-${k}`,
      name,
      subnetId,
      privateIp: `10.0.1.${20 + k}`,
      securityGroupIds: [],
    }));
    const s = { ...scenario, instances: hosts };
    const e = matrixEndpoints(
      s,
      hosts.map((h) => h.id),
      '198.51.100.1',
    );
    expect(e.order.map((k) => e.infos[k]?.name)).toEqual(['host-1', 'host-2', 'host-10']);
  });

  it('put a header before each VPC and subnet that keeps an endpoint', () => {
    const lines = groupLines(m, (i) => matchesText(i, 'db') || i.id === INTERNET);
    expect(
      lines.map((l) => (l.kind === 'endpoint' ? m.infos[l.endpoint]?.name : `[${l.group.name}]`)),
    ).toEqual(['[three-tier]', '[private-db]', 'db-1', 'db-2', '[Internet]', 'Internet']);
    expect(names(endpointsOf(lines))).toEqual(['db-1', 'db-2', 'Internet']);
  });

  it('filter by every typed word over name, ID, IP and subnet', () => {
    const web1 = m.infos.find((i) => i.name === 'web-1')!;
    expect(matchesText(web1, 'WEB-1')).toBe(true);
    expect(matchesText(web1, 'public-web 10.0.1')).toBe(true);
    expect(matchesText(web1, web1.id)).toBe(true);
    expect(matchesText(web1, 'db')).toBe(false);
    expect(matchesText(web1, '')).toBe(true);
  });

  it('keep the internet under a VPC filter', () => {
    const internet = m.infos.find((i) => i.id === INTERNET)!;
    const web1 = m.infos.find((i) => i.name === 'web-1')!;
    expect(matchesVpc(internet, 'vpc-other')).toBe(true);
    expect(matchesVpc(web1, 'vpc-other')).toBe(false);
    expect(matchesVpc(web1, web1.vpcId)).toBe(true);
    expect(matchesVpc(web1, '')).toBe(true);
  });
});

describe('only blocked / only allowed', () => {
  // 3 endpoints, 2 services: service 1 has one blocked cell, 0 → 2.
  const n = 3;
  const cells = new Uint8Array(2 * n * n).fill(1);
  for (let i = 0; i < n; i++) {
    cells[i * n + i] = 0;
    cells[n * n + i * n + i] = 0;
  }
  cells[n * n + 0 * n + 2] = 2;

  it('keep the sources and destinations that have such a cell', () => {
    const kept = keepWithVerdict(cells, n, 1, [0, 1, 2], [0, 1, 2], 2);
    expect([...kept.sources]).toEqual([0]);
    expect([...kept.destinations]).toEqual([2]);
    expect(keepWithVerdict(cells, n, 0, [0, 1, 2], [0, 1, 2], 2).sources.size).toBe(0);
  });

  it('never count the diagonal', () => {
    const kept = keepWithVerdict(cells, n, 0, [1], [1], 0);
    expect(kept.sources.size).toBe(0);
  });
});
