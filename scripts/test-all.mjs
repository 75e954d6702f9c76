#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, format check, unit tests, e2e tests. Every step runs even when an
 * earlier one fails, so one run reports everything. CI reads neither vitest's nor Playwright's
 * summary, so the last line printed is always `tests: N passed, M failed, K skipped`, where each
 * static step counts as one test and the two runners' counts come from their JSON reports.
 * Node built-ins only: this must run right after `npm ci`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = join(ROOT, 'reports');
const VITEST_JSON = join(REPORTS, 'vitest.json');
const PLAYWRIGHT_JSON = join(REPORTS, 'playwright.json');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

const totals = { passed: 0, failed: 0, skipped: 0 };

/** Runs a command with its output streamed; resolves to its exit code (127 if it cannot start). */
function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${[command.replace(`${ROOT}/`, ''), ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(`${title}: could not start: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** A step that passes or fails as a whole counts as one test. */
async function staticStep(title, command, args) {
  const code = await run(title, command, args);
  if (code === 0) totals.passed += 1;
  else totals.failed += 1;
  console.log(`=== ${title}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`}`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest(code) {
  const report = readJson(VITEST_JSON);
  if (!report) {
    console.log('=== unit: no JSON report (the runner crashed?): counted as 1 failed');
    totals.failed += 1;
    return;
  }
  // A file that fails to load has no failed test in it, only a failed file: count it once.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  let failed = (report.numFailedTests ?? 0) + brokenFiles;
  // Errors outside any test (unhandled rejections) fail the run without failing a test.
  if (code !== 0 && failed === 0) failed = 1;
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += failed;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(code) {
  const report = readJson(PLAYWRIGHT_JSON);
  if (!report?.stats) {
    console.log('=== e2e: no JSON report (the runner crashed?): counted as 1 failed');
    totals.failed += 1;
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  // Flaky tests passed on a retry. Global errors (a web server that never started) fail no test.
  let failed = unexpected;
  if (code !== 0 && failed === 0) failed = 1;
  totals.passed += expected + flaky;
  totals.failed += failed;
  totals.skipped += skipped;
}

async function main() {
  // Stale reports from an earlier run must never be counted.
  mkdirSync(REPORTS, { recursive: true });
  rmSync(VITEST_JSON, { force: true });
  rmSync(PLAYWRIGHT_JSON, { force: true });

  await staticStep('typecheck', bin('tsc'), ['-b', '--noEmit']);
  await staticStep('lint', bin('eslint'), ['.']);
  await staticStep('format', bin('prettier'), ['--check', '.']);

  const unit = await run('unit', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${VITEST_JSON}`,
  ]);
  countVitest(unit);

  const e2e = await run('e2e', bin('playwright'), ['test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
  });
  countPlaywright(e2e);
}

try {
  await main();
} catch (error) {
  console.error(error);
  totals.failed += 1;
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
