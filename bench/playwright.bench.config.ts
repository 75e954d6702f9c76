import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/*
 * Browser benchmarks (`npm run bench`), kept apart from `npm test`: the specs here print figures
 * and never fail on a timing. Same Chromium as playwright.config.ts, its own server and port, one
 * worker (timings on 2 cores are noisy enough).
 */
const PORT = Number(process.env.BENCH_PORT ?? 4174);
const BASE_URL = `http://127.0.0.1:${PORT}`;

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    baseURL: BASE_URL,
    // A returning user's browser: the first-run welcome was dismissed (it would cover the canvas).
    storageState: {
      cookies: [],
      origins: [
        { origin: BASE_URL, localStorage: [{ name: 'vpc-flow-lab:welcome', value: 'dismissed' }] },
      ],
    },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npm run build:e2e && npx vite preview --outDir dist-e2e --host 127.0.0.1 --port ${PORT} --strictPort`,
    // Relative to this file: the project root, where dist/ and vite.config.ts are.
    cwd: '..',
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
