import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// The fuzz journey's seed: one per run, the same in every worker (they inherit this process's
// environment and keep what is set). A failure names it; FUZZ_SEED=<seed> replays that run.
process.env.FUZZ_SEED ??= String(Math.floor(Math.random() * 2 ** 31));

// E2E_PORT lets two runs (say, a local check and a CI rehearsal) serve builds side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Playwright cannot download its own browser on this machine: use Debian's Chromium when present.
// Elsewhere (no /usr/bin/chromium, no CHROMIUM_PATH) Playwright's bundled browser is used.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // The JSON report lives in reports/, not test-results/, which Playwright empties at each start.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'reports/playwright.json' }],
  ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
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
  // e2e drives the test build (dist-e2e/): the production build plus the `?e2e=1` state hook,
  // under the same Content-Security-Policy. The real build (dist/) is built too: a journey checks
  // that it has no hook (e2e/production-build.spec.ts).
  webServer: {
    command: `npm run build && npm run build:e2e && npx vite preview --outDir dist-e2e --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
