import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/types.ts';
import { threeTierScenario } from '../../scenarios/index.ts';
import {
  endpointsOf,
  groupLines,
  INTERNET,
  internetName,
  keepWithVerdict,
  matchesText,
  matchesVpc,
  matrixEndpoints,
} from './endpoints.ts';

const scenario: Scenario = threeTierScenario;
const piece = {
  family: 4 as const,
  address: '203.0.113.50',
  cidrs: ['1.0.0.0/8', '2.0.0.0/7'],
  cidrCount: 30,
  within: null,
  label: 'Internet',
};
/** What the engine returns for these endpoints: the instances, then one piece of the internet. */
const resultFor = (s: Scenario) => ({
  endpoints: [...s.instances.map((i) => i.id), `${INTERNET}:203.0.113.50`],
  endpointSpecs: [...s.instances.map((i) => ({ instanceId: i.id })), { address: '203.0.113.50' }],
  internet: [{ endpoint: s.instances.length, piece }],
});
const m = matrixEndpoints(scenario, resultFor(scenario));
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
    const e = matrixEndpoints(s, resultFor(s));
    expect(e.order.map((k) => e.infos[k]?.name).slice(0, 3)).toEqual([
      'host-1',
      'host-2',
      'host-10',
    ]);
  });

  it('put a header before each VPC and subnet that keeps an endpoint', () => {
    const lines = groupLines(m, (i) => matchesText(i, 'db') || i.kind === 'internet');
    expect(
      lines.map((l) => (l.kind === 'endpoint' ? m.infos[l.endpoint]?.name : `[${l.group.name}]`)),
    ).toEqual(['[three-tier]', '[private-db]', 'db-1', 'db-2', '[Internet]', 'Internet']);
    expect(names(endpointsOf(lines))).toEqual(['db-1', 'db-2', 'Internet']);
  });

  it('say which addresses an internet row stands for, and find it by any of its blocks', () => {
    const internet = m.infos.find((i) => i.kind === 'internet')!;
    expect(internet.ip).toBe('203.0.113.50');
    expect(internet.place).toBe(
      'the internet: every address of 1.0.0.0/8, 2.0.0.0/7, … (30 blocks), evaluated at 203.0.113.50',
    );
    expect(matchesText(internet, '2.0.0.0/7')).toBe(true);
  });

  it('name each internet row by the piece it stands for when there are several', () => {
    const of = (label: string, within: string | null) => ({ ...piece, label, within });
    expect(internetName(of('203.0.113.0/24', '203.0.113.0/24'), 2)).toBe('Internet 203.0.113.0/24');
    expect(internetName(of('the rest of 52.0.0.0/8', '52.0.0.0/8'), 3)).toBe(
      'Internet (rest of 52.0.0.0/8)',
    );
    expect(internetName(of('every other public IPv4 address', null), 2)).toBe(
      'Internet (all other addresses)',
    );
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
    const internet = m.infos.find((i) => i.kind === 'internet')!;
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
  // One class per endpoint: the class matrix is the pair matrix.
  const m3 = { classOf: Int32Array.from([0, 1, 2]), classes: n, cells };

  it('keep the sources and destinations that have such a cell', () => {
    const kept = keepWithVerdict(m3, 1, [0, 1, 2], [0, 1, 2], 2);
    expect([...kept.sources]).toEqual([0]);
    expect([...kept.destinations]).toEqual([2]);
    expect(keepWithVerdict(m3, 0, [0, 1, 2], [0, 1, 2], 2).sources.size).toBe(0);
  });

  it('never count the diagonal', () => {
    const kept = keepWithVerdict(m3, 0, [1], [1], 0);
    expect(kept.sources.size).toBe(0);
  });
});
