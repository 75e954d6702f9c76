import { test as base, expect } from '@playwright/test';
import { Shell } from './pages/Shell.ts';

/** Everything the page reported as an error: console errors, uncaught exceptions, failed loads. */
export interface PageErrors {
  readonly messages: string[];
}

/**
 * Playwright's `test`, plus a collector that fails no test by itself: a spec asserts
 * `expect(pageErrors.messages).toEqual([])` where a clean console is part of the journey.
 */
export const test = base.extend<{ pageErrors: PageErrors; shell: Shell }>({
  shell: async ({ page }, use) => {
    await use(new Shell(page));
  },
  pageErrors: async ({ page }, use) => {
    const messages: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') messages.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) =>
      messages.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
    );
    await use({ messages });
  },
});

export { expect };

/** Opens the app with the read-only `window.__vfl` state hook switched on. */
export const APP_URL = './?e2e=1';
