import { bench, describe } from 'vitest';
import type { SavedFlow } from '../model/types.ts';
import { threeTierScenario } from '../scenarios/threeTier.ts';
import { BENCH_SHAPE, generateDeployment } from './__fixtures__/generate.ts';
import { compileScenario } from './compile.ts';
import { evaluate } from './evaluate.ts';
import { quickVerdict } from './quickVerdict.ts';

// Blocking fixes are tried on a copy of the scenario (an edit, a compile, the flow and the other
// saved flows evaluated again): the cost of a flow expected blocked that the network allows.

const threeTier = compileScenario(threeTierScenario);
const webToApp = threeTierScenario.flows.find((f) => f.name.startsWith('web-1 → app-1'));

// 1,000 instances in 50 subnets of 5 VPCs, 200 groups, 10 NACLs; the first allowed pair on
// PostgreSQL, saved as a flow expected blocked among 20 other saved flows.
const deployment = generateDeployment(BENCH_SHAPE);
const compiled = compileScenario(deployment);
const pairs = deployment.instances.flatMap((a, k) =>
  deployment.instances.slice(k + 1, k + 40).map((b) => [a.id, b.id] as const),
);
const flowOf = (a: string, b: string, n: number): SavedFlow => ({
  id: `flow-${n}`,
  name: `${a} → ${b}`,
  source: { instanceId: a },
  destination: { instanceId: b },
  protocol: 'tcp',
  port: 5432,
});
const allowed = pairs
  .map(([a, b], n) => flowOf(a, b, n))
  .filter((f) => quickVerdict(compiled, f) === 'allowed');
const target = allowed[0];
const withFlows = compileScenario({ ...deployment, flows: allowed.slice(0, 21) });

describe('blocking fixes for a flow expected blocked that is allowed', () => {
  bench('three-tier: web-1 → app-1 (4 proposals tried, 5 other flows)', () => {
    if (webToApp) evaluate(threeTier, { ...webToApp, expected: 'blocked' });
  });
  bench('1,000 instances: one allowed flow, 20 other saved flows', () => {
    if (target) evaluate(withFlows, { ...target, expected: 'blocked' });
  });
});
