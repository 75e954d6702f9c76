import { bench, describe } from 'vitest';
import { BENCH_SERVICES, generateDeployment, rng } from './__fixtures__/generate.ts';
import { compileScenario } from './compile.ts';
import { evaluate } from './evaluate.ts';
import { reachability } from './reachability.ts';

// 1,000 instances in 50 subnets of 5 VPCs (two peered), 40 roles, 200 groups, 10 NACLs.
const scenario = generateDeployment();
const services = BENCH_SERVICES;
const ids = scenario.instances.map((i) => i.id);

// The naive loop evaluates every ordered pair; it is measured on a fixed random sample of pairs
// and scaled by scripts/bench.mjs (the sample size is in the bench's name).
export const NAIVE_SAMPLE = 1000;
const rand = rng(7);
const sample = Array.from({ length: NAIVE_SAMPLE }, () => {
  const a = Math.floor(rand() * ids.length);
  let b = Math.floor(rand() * (ids.length - 1));
  if (b >= a) b++;
  return [ids[a] as string, ids[b] as string] as const;
});

describe(`reachability of ${ids.length} instances (+ the internet) × ${services.length} services`, () => {
  bench(
    'matrix (compile + classes + evaluation; goal under 1 s)',
    () => {
      // A fresh copy, so the compile cache does not hide the compile cost.
      reachability({ ...scenario }, services);
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
  const compiled = compileScenario(scenario);
  bench(
    `naive: evaluate() on ${NAIVE_SAMPLE} sampled pairs × ${services.length} services`,
    () => {
      for (const [from, to] of sample) {
        for (const svc of services) {
          evaluate(compiled, {
            source: { instanceId: from },
            destination: { instanceId: to },
            protocol: svc.protocol,
            port: svc.port,
          });
        }
      }
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});
