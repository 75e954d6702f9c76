#!/usr/bin/env node
/**
 * `npm run bench`: prints every timing the issues ask for. Timings are never asserted in tests.
 *  1. The engine's, from vitest bench: every `src/**\/*.bench.ts`.
 *  2. The browser's, from Playwright: `bench/playwright.bench.config.ts` when it exists (its own
 *     config, so `npm test` never runs a benchmark; see bench/README.md).
 * A missing kind of bench is skipped, not an error. Node built-ins only.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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

let failed = false;
if (engineBenches.length > 0) {
  failed ||= (await run('engine (vitest bench)', bin('vitest'), ['bench', '--run'])) !== 0;
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
