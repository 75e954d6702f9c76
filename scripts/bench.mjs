#!/usr/bin/env node
/**
 * `npm run bench`: prints every timing the issues ask for. Timings are never asserted in tests.
 *  1. The engine's, from vitest bench: every `src/**\/*.bench.ts`.
 *  2. The browser's, from Playwright: `bench/playwright.bench.config.ts` when it exists (its own
 *     config, so `npm test` never runs a benchmark; see bench/README.md).
 * A missing kind of bench is skipped, not an error. Node built-ins only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const BROWSER_CONFIG = join('bench', 'playwright.bench.config.ts');

function run(title, command, args) {
  console.log(`\n=== ${title}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`${title}: could not start: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const engineBenches = readdirSync(join(ROOT, 'src'), { recursive: true }).filter((file) =>
  String(file).endsWith('.bench.ts'),
);

const ENGINE_REPORT = join(ROOT, 'reports', 'bench.json');
// Written by src/engine/largeAccount.bench.ts (issue 12: CPU time and heap beside vitest's times).
const LARGE_FIGURES = join(ROOT, 'reports', 'large-figures.json');
rmSync(LARGE_FIGURES, { force: true });

/** The machine's load beside every figure: timings on a shared machine mean little without it. */
function load() {
  const [one, five, fifteen] = loadavg().map((x) => x.toFixed(1));
  return `(load average ${one}, ${five}, ${fifteen} on ${cpus().length} cores)`;
}
// Written by src/app/share/linkSizes.bench.ts (link sizes are counts, not timings).
const SHARE_FIGURES = join(ROOT, 'reports', 'share-figures.json');
rmSync(SHARE_FIGURES, { force: true });

let failed = false;
if (engineBenches.length > 0) {
  mkdirSync(dirname(ENGINE_REPORT), { recursive: true });
  failed ||=
    (await run('engine (vitest bench)', bin('vitest'), [
      'bench',
      '--run',
      '--outputJson',
      ENGINE_REPORT,
    ])) !== 0;
  if (existsSync(ENGINE_REPORT))
    printEngineFigures(JSON.parse(readFileSync(ENGINE_REPORT, 'utf8')));
  if (existsSync(SHARE_FIGURES)) printShareFigures(JSON.parse(readFileSync(SHARE_FIGURES, 'utf8')));
  if (existsSync(LARGE_FIGURES)) printLargeFigures(JSON.parse(readFileSync(LARGE_FIGURES, 'utf8')));
  largeCliFigure();
} else {
  console.log('=== engine: no src/**/*.bench.ts yet, skipped');
}

if (existsSync(join(ROOT, BROWSER_CONFIG))) {
  failed ||=
    (await run('browser (Playwright)', bin('playwright'), ['test', '-c', BROWSER_CONFIG])) !== 0;
} else {
  console.log(`=== browser: no ${BROWSER_CONFIG} yet, skipped`);
}

process.exitCode = failed ? 1 : 0;

/**
 * The figures the issues ask for, from vitest's JSON report: medians (vitest's table shows means),
 * and the matrix's speed-up over the naive loop, scaled from its sample of pairs.
 */
function printEngineFigures(report) {
  const benches = report.files.flatMap((f) =>
    f.groups.flatMap((g) => g.benchmarks.map((b) => ({ group: g.fullName, ...b }))),
  );
  const find = (text) => benches.find((b) => b.name.includes(text));
  const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
  console.log('\n=== engine figures (medians)');
  const one = find('evaluate (full trace');
  if (one)
    console.log(`one flow, three-tier scenario: median ${us(one.median)} (goal: under 10 µs)`);
  const tgw = find('evaluate through a transit gateway');
  if (tgw)
    console.log(`one flow through a transit gateway: median ${us(tgw.median)} (goal: under 15 µs)`);
  const matrix = find('matrix (compile');
  const naive = find('naive: evaluate()');
  if (matrix)
    console.log(
      `reachability matrix, 1,000 interfaces × 10 services: median ${matrix.median.toFixed(0)} ms (goal: under 300 ms)`,
    );
  if (matrix && naive) {
    const m = /on (\d+) sampled pairs × (\d+) services/.exec(naive.name);
    const pairs = Number(m?.[1] ?? 0);
    const services = Number(m?.[2] ?? 0);
    const endpoints = 1001; // 1,000 interfaces + the internet
    const perFlow = naive.median / (pairs * services);
    const allPairs = endpoints * (endpoints - 1) * services;
    const naiveTotal = perFlow * allPairs;
    console.log(
      `naive loop of evaluate(): ${us(perFlow)} per flow, measured on ${pairs} random pairs × ${services} services and scaled to all ${allPairs.toLocaleString('en-US')} flows ≈ ${(naiveTotal / 1000).toFixed(0)} s`,
    );
    console.log(
      `speed-up of the matrix over the naive loop: ${(naiveTotal / matrix.median).toFixed(0)}× (goal: 20× or more)`,
    );
  }
  const invariant = find('invariant over 1,000 interfaces × tcp/0-65535');
  if (invariant)
    console.log(
      `invariant over 1,000 interfaces × tcp/0-65535: median ${invariant.median.toFixed(0)} ms (goal: under 2 s)`,
    );
  const diff = find('diff of two 1,000-interface networks');
  if (diff)
    console.log(
      `diff of two 1,000-interface networks: median ${diff.median.toFixed(0)} ms (goal: under 3 s)`,
    );
  const bundled = find('bundled CLI: node cli.mjs analyze on a 2,000-resource plan');
  const viaTsx = find('npm run cli (tsx): analyze on a 2,000-resource plan');
  const inProcess = find('importTerraform alone, in process');
  if (bundled) {
    const ms = (b) => `${b.median.toFixed(0)} ms`;
    console.log(
      `Terraform plan of 2,000 resources, CLI analyze with process start: median ${ms(bundled)} (bundled CLI; goal: under 1 s)` +
        (viaTsx
          ? `, ${ms(viaTsx)} through npm run cli (tsx compiles the TypeScript at start)`
          : '') +
        (inProcess ? `; the import alone ${ms(inProcess)}` : ''),
    );
  }
}

/** Share-link sizes (issue 6), from reports/share-figures.json. */
function printShareFigures({ threeTier, hundred, builtIns }) {
  const n = (x) => x.toLocaleString('en-US');
  console.log('\n=== share links (characters after #s=)');
  console.log(
    `three-tier scenario: ${n(threeTier.chars)} characters (goal: under ${n(threeTier.goal)}; its JSON is ${n(threeTier.json)})`,
  );
  console.log(
    `${hundred.nodes}-node scenario with its layout: ${n(hundred.chars)} characters (goal: under ${n(hundred.goal)}; its JSON is ${n(hundred.json)})`,
  );
  console.log(`built-in scenarios: ${builtIns.map((b) => `${b.id} ${n(b.chars)}`).join(', ')}`);
}

/** Issue 12, in the engine: the matrix of a 10,000-interface account, and one rule edit. */
function printLargeFigures({ interfaces, services, classes, matrix, edit }) {
  const n = (x) => x.toLocaleString('en-US');
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log(`\n=== large accounts (issue 12) ${load()}`);
  console.log(
    `matrix, ${n(interfaces)} interfaces × ${services} services in the engine: ${ms(matrix.wallMs)} wall, ${ms(matrix.cpuMs)} CPU, ${matrix.heapMb.toFixed(0)} MB heap, ${n(classes)} classes (goal: under 1.5 s, under 200 MB)`,
  );
  console.log(
    `one rule edit on ${n(interfaces)} interfaces → the matrix (${edit.touched} classes evaluated again) and ${edit.flows} saved flows updated: median ${ms(edit.wallMs)} wall, ${ms(edit.cpuMs)} CPU (goal: under 50 ms)`,
  );
}

/**
 * Issue 12, in the CLI: 100,000 interfaces × 10 services, `matrix --group-by vpc`, time and peak
 * memory from /usr/bin/time -v (GNU time; skipped where it is missing).
 */
function largeCliFigure() {
  const time = '/usr/bin/time';
  if (!existsSync(time)) {
    console.log(`matrix in the CLI: ${time} is missing, skipped`);
    return;
  }
  const out = join(ROOT, 'reports', 'fixtures');
  const written = spawnSync(
    bin('tsx'),
    ['bench/fixtures/write-account.ts', '--interfaces', '100000', '--out', out],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const file = written.stdout.trim().split('\n')[1];
  if (written.status !== 0 || !file) {
    console.log(`matrix in the CLI: the fixture could not be written (${written.stderr.trim()})`);
    return;
  }
  const before = load();
  const run = spawnSync(
    time,
    [
      '-v',
      process.execPath,
      '--import',
      'tsx/esm',
      'src/cli/main.ts',
      'matrix',
      file,
      '--group-by',
      'vpc',
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 ** 2 },
  );
  const field = (name) => new RegExp(`${name}: (.+)`).exec(run.stderr)?.[1]?.trim() ?? '?';
  const rssKb = Number(field('Maximum resident set size \\(kbytes\\)'));
  const cpu = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
  console.log(
    `matrix, 100,000 interfaces × 10 services in the CLI (matrix --group-by vpc, exit ${run.status}): ${field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')} wall, ${cpu.toFixed(1)} s CPU, ${(rssKb / 1024).toFixed(0)} MB peak (goal: under 30 s, under 2 GB) ${before}`,
  );
}
