import { describe, expect, it } from 'vitest';
import type { ReachabilityMatrix } from '../../engine/index.ts';
import { threeTierScenario } from '../../scenarios/index.ts';
import { INTERNET, matrixEndpoints } from './endpoints.ts';
import { buildGridModel, countVerdicts, gridSizes, verdictCounter } from './model.ts';

// The three-tier scenario's 6 instances and the internet; service 0: everything allowed but one
// blocked cell (web-1 → internet), service 1: everything blocked.
const ids = [...threeTierScenario.instances.map((i) => i.id), `${INTERNET}:203.0.113.50`];
const n = ids.length;
const cells = new Uint8Array(2 * n * n);
for (let i = 0; i < n; i++)
  for (let j = 0; j < n; j++) {
    cells[i * n + j] = i === j ? 0 : 1;
    cells[n * n + i * n + j] = i === j ? 0 : 2;
  }
cells[0 * n + (n - 1)] = 2;
const result: ReachabilityMatrix = {
  endpoints: ids,
  endpointSpecs: [
    ...threeTierScenario.instances.map((i) => ({ instanceId: i.id })),
    { address: '203.0.113.50' },
  ],
  internet: [
    {
      endpoint: n - 1,
      piece: {
        family: 4,
        address: '203.0.113.50',
        cidrs: ['1.0.0.0/8'],
        cidrCount: 30,
        within: null,
        label: 'every public IPv4 address',
      },
    },
  ],
  services: [
    { protocol: 'tcp', port: 443 },
    { protocol: 'tcp', port: 22 },
  ],
  cells,
  // One class per endpoint: the class matrix is the pair matrix.
  classOf: Int32Array.from(ids, (_, i) => i),
  classes: n,
  evaluations: n * n,
};
const endpoints = matrixEndpoints(threeTierScenario, result);
const all = { sources: '', destinations: '', vpcId: '', show: 'all' } as const;

describe('the grid model', () => {
  it('lays out every endpoint under its VPC and subnet headers', () => {
    const m = buildGridModel(result, endpoints, all, 0);
    expect(m.rows.stops).toHaveLength(7);
    // 1 VPC + 3 subnets + the internet's header, and 7 endpoints.
    expect(m.rows.lines).toHaveLength(12);
    expect(m.sizes).toEqual(gridSizes(7));
  });

  it('filters each axis by its own text, and by verdict', () => {
    const web = buildGridModel(
      result,
      endpoints,
      { ...all, sources: 'web', destinations: 'db' },
      0,
    );
    expect(web.rows.stops).toHaveLength(2);
    expect(web.columns.stops).toHaveLength(2);
    const blocked = buildGridModel(result, endpoints, { ...all, show: 'blocked' }, 0);
    expect(blocked.rows.stops).toHaveLength(1);
    expect(blocked.columns.stops).toHaveLength(1);
    expect(blocked.only).toBe(2);
  });

  it('shows the tab asked for, within the services computed', () => {
    expect(buildGridModel(result, endpoints, all, 1).service).toBe(1);
    expect(buildGridModel(result, endpoints, all, 9).service).toBe(1);
  });

  it('counts verdicts by class, in one step, to the same total as all at once', () => {
    const m = buildGridModel(result, endpoints, all, 0);
    expect(countVerdicts(m)).toEqual({ allowed: 41, blocked: 1, unknown: 0 });
    const counter = verdictCounter(m);
    expect(counter.step(n)).toBe(true);
    expect(counter.counts).toEqual({ allowed: 41, blocked: 1, unknown: 0 });
  });
});
