import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { bench, describe } from 'vitest';
import { addSgRule } from '../model/edit.ts';
import type { Scenario } from '../model/types.ts';
import { generateAccount } from '../model/__fixtures__/largeAccount.ts';
import { compileScenario } from './compile.ts';
import { evaluateSavedFlow } from './anywhere.ts';
import { MatrixSession } from './matrixSession.ts';
import { reachability, type Service } from './reachability.ts';

// Issue 12: a generated account of 10,000 interfaces (25 VPCs, a transit gateway, most interfaces
// AWS-managed), 10 services. The matrix is kept by class; after one rule edit, only the classes
// carrying the edited group are evaluated again. CPU time and heap are written to
// reports/large-figures.json for scripts/bench.mjs (vitest's table gives the wall-clock times).

const SERVICES: Service[] = [
  ...[22, 80, 443, 3306, 5432, 6379, 8080, 8443, 3389].map((port) => ({
    protocol: 'tcp' as const,
    port,
  })),
  { protocol: 'udp', port: 53 },
];
const account = generateAccount({ interfaces: 10_000 });

/** The database group of one VPC gets one more rule: the edit the figure is about. */
let serial = 0;
function editRule(s: Scenario): Scenario {
  const db = s.securityGroups.find((g) => g.name === 'db-sg' && g.vpcId === s.vpcs[3]?.id);
  const app = s.securityGroups.find((g) => g.name === 'app-sg' && g.vpcId === s.vpcs[3]?.id);
  if (!db || !app) throw new Error('the generated account has no db and app groups');
  serial++;
  const edited = addSgRule(s, db.id, 'ingress', {
    protocol: 'tcp',
    portRange: { from: 1000 + (serial % 60000), to: 1000 + (serial % 60000) },
    peer: { kind: 'group', groupId: app.id },
  });
  if (!edited.ok) throw new Error(edited.error);
  return edited.value;
}

function measure<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

// One measured run of each figure, for the report (the benches below repeat them).
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
// A copy shares no object with the account, so nothing of an earlier compile is reused.
const copy = (): Scenario => JSON.parse(JSON.stringify(account)) as Scenario;
const first = copy();
const full = measure(() => reachability(first, SERVICES));
const heapAfter = process.memoryUsage().heapUsed;
const session = new MatrixSession(account, SERVICES);
let current = account;
const edits = Array.from({ length: 10 }, () => {
  const next = editRule(current);
  current = next;
  return measure(() => {
    compileScenario(next);
    const update = session.update(next);
    const badges = next.flows.map((f) => evaluateSavedFlow(next, f).verdict);
    return { touched: update.touched, badges: badges.length };
  });
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const FIGURES = new URL('../../reports/large-figures.json', import.meta.url);
mkdirSync(dirname(FIGURES.pathname), { recursive: true });
writeFileSync(
  FIGURES,
  JSON.stringify({
    interfaces: account.instances.length + account.networkInterfaces.length,
    services: SERVICES.length,
    classes: full.value.classes,
    matrix: { wallMs: full.wallMs, cpuMs: full.cpuMs, heapMb: (heapAfter - heapBefore) / 1e6 },
    edit: {
      wallMs: median(edits.map((e) => e.wallMs)),
      cpuMs: median(edits.map((e) => e.cpuMs)),
      touched: edits[0]?.value.touched,
      flows: edits[0]?.value.badges,
    },
  }),
);

const copies = Array.from({ length: 3 }, copy);

describe('a 10,000-interface account × 10 services', () => {
  bench(
    'large account: matrix by class (compile + classes + walks + groups; goal under 1.5 s)',
    () => {
      reachability(copies.pop() ?? copy(), SERVICES);
    },
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
  bench(
    'large account: one rule edit → matrix updated and every saved flow evaluated (goal under 50 ms)',
    () => {
      const next = editRule(current);
      current = next;
      session.update(next);
      for (const f of next.flows) evaluateSavedFlow(next, f);
    },
    { iterations: 20, time: 0, warmupIterations: 2 },
  );
});
