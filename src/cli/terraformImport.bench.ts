import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { bench, describe } from 'vitest';
import { importTerraform } from '../terraform/index.ts';
import { REPO_ROOT } from './subprocess.testkit.ts';
import { largePlan } from './terraformPlan.benchkit.ts';

/**
 * Issue 13: "importing a 2,000-resource plan takes under 1 s in the CLI, process start
 * included". The plan is generated here (20 VPCs × 100 resources, every ID known only after
 * apply). The CLI is bundled once into one Node file, which is what `npx vpc-flow-lab` runs once
 * the package is built; `npm run cli` (tsx, which compiles the TypeScript at every start) is
 * measured beside it, and the import alone in process.
 */

const dir = join(REPO_ROOT, 'reports', 'bench-terraform');
mkdirSync(dir, { recursive: true });
const plan = largePlan(20, 84);
const planFile = join(dir, 'plan-2000.json');
writeFileSync(planFile, JSON.stringify(plan));

await build({
  configFile: false,
  logLevel: 'warn',
  root: REPO_ROOT,
  publicDir: false,
  ssr: { noExternal: true },
  build: {
    ssr: join(REPO_ROOT, 'src/cli/main.ts'),
    outDir: join(dir, 'cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'cli.mjs' } },
  },
});

const flow = [
  'analyze',
  planFile,
  '--from',
  'module.vpc[3].aws_instance.web[10]',
  '--to',
  'module.vpc[3].aws_instance.web[11]',
  '--protocol',
  'tcp',
  '--port',
  '443',
];

function cli(args: readonly string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`CLI failed (${result.status}): ${result.stderr}`);
}

describe('Terraform plan of 2,000 resources in the CLI, process start included (goal: under 1 s)', () => {
  bench(
    'bundled CLI: node cli.mjs analyze on a 2,000-resource plan',
    () => {
      cli([join(dir, 'cli', 'cli.mjs'), ...flow]);
    },
    { iterations: 8, time: 0, warmupIterations: 1 },
  );

  bench(
    'npm run cli (tsx): analyze on a 2,000-resource plan',
    () => {
      cli([
        join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
        join(REPO_ROOT, 'src/cli/main.ts'),
        ...flow,
      ]);
    },
    { iterations: 4, time: 0, warmupIterations: 1 },
  );

  bench(
    'importTerraform alone, in process, 2,000 resources',
    () => {
      const result = importTerraform(plan);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
    },
    { iterations: 10, time: 0 },
  );
});
