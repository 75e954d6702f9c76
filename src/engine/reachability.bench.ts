import { bench, describe } from 'vitest';
import type { Endpoint } from '../model/types.ts';
import {
  BENCH_SERVICES,
  generateDeployment,
  MATRIX_BENCH_SHAPE,
  rng,
} from './__fixtures__/generate.ts';
import { compileScenario } from './compile.ts';
import { evaluate } from './evaluate.ts';
import { reachability } from './reachability.ts';

// 1,000 network interfaces (800 instances, 200 RDS and load balancer interfaces) in 50 subnets of
// 5 VPCs (two peered), 40 roles, 200 groups, 10 NACLs.
const scenario = generateDeployment(MATRIX_BENCH_SHAPE);
const services = BENCH_SERVICES;
const ends: Endpoint[] = [
  ...scenario.instances.map((i) => ({ instanceId: i.id })),
  ...scenario.networkInterfaces.map((e) => ({ interfaceId: e.id })),
];

// The naive loop evaluates every ordered pair; it is measured on a fixed random sample of pairs
// and scaled by scripts/bench.mjs (the sample size is in the bench's name).
export const NAIVE_SAMPLE = 1000;
const rand = rng(7);
const sample = Array.from({ length: NAIVE_SAMPLE }, () => {
  const a = Math.floor(rand() * ends.length);
  let b = Math.floor(rand() * (ends.length - 1));
  if (b >= a) b++;
  return [ends[a] as Endpoint, ends[b] as Endpoint] as const;
});

describe(`reachability of ${ends.length} interfaces (+ the internet) × ${services.length} services`, () => {
  bench(
    'matrix (compile + classes + evaluation; goal under 300 ms)',
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
            source: from,
            destination: to,
            protocol: svc.protocol,
            port: svc.port,
          });
        }
      }
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});
