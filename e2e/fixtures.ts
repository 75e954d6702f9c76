import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { WELCOME_KEY } from '../src/app/welcome/firstRun.ts';
import { Shell } from './pages/Shell.ts';

/** Everything the page reported as an error: console errors, uncaught exceptions, failed loads. */
export interface PageErrors {
  readonly messages: string[];
}

/** Content-Security-Policy violations seen in any page of the test, one line each. */
export interface CspViolations {
  readonly messages: string[];
}

/**
 * Playwright's `test`, plus a collector that fails no test by itself: a spec asserts
 * `expect(pageErrors.messages).toEqual([])` where a clean console is part of the journey.
 *
 * The app runs under the strict Content-Security-Policy it ships (vite.csp.ts), and any
 * violation fails the test, whatever the spec asserts: `cspViolations` is automatic. It watches
 * every page of the test's context and of any context the test opens, through the page's
 * `securitypolicyviolation` events and the console line Chromium writes for each refusal. A spec
 * that provokes a violation on purpose takes it out of `cspViolations.messages` itself.
 */
export const test = base.extend<{
  pageErrors: PageErrors;
  shell: Shell;
  cspViolations: CspViolations;
  /**
   * Whether pages start as on a first run (the welcome shows). Off: every page of the test, in
   * any context, starts with the welcome dismissed, as a returning user's does. The welcome's
   * own journey sets it (`test.use({ firstRun: true })`).
   */
  firstRun: boolean;
}>({
  firstRun: [false, { option: true }],
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
  cspViolations: [
    async ({ context, browser, firstRun }, use, testInfo) => {
      const messages: string[] = [];
      const watched = new Set<BrowserContext>();
      const watch = async (ctx: BrowserContext) => {
        if (watched.has(ctx)) return;
        watched.add(ctx);
        if (!firstRun) {
          await ctx.addInitScript((key) => {
            try {
              localStorage.setItem(key, 'dismissed');
            } catch {
              // A journey that makes storage throw: the app shows no welcome there anyway.
            }
          }, WELCOME_KEY);
        }
        await ctx.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) => {
            console.error(
              `[csp] ${e.effectiveDirective} refused ${e.blockedURI || 'inline code'} at ${e.sourceFile}:${e.lineNumber}`,
            );
          });
        });
        const onPage = (page: Page) =>
          page.on('console', (msg) => {
            const text = msg.text();
            if (text.startsWith('[csp] ') || /Content Security Policy/i.test(text)) {
              messages.push(`${page.url()}: ${text}`);
            }
          });
        ctx.pages().forEach(onPage);
        ctx.on('page', onPage);
      };
      await watch(context);
      // Contexts the test opens itself (a second browser, a fresh profile) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const ctx = await newContext(...args);
        await watch(ctx);
        return ctx;
      };
      try {
        await use({ messages });
      } finally {
        browser.newContext = newContext;
      }
      if (messages.length > 0) {
        throw new Error(
          `${testInfo.title}: Content-Security-Policy violations:\n${messages.join('\n')}`,
        );
      }
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app with the read-only `window.__vfl` state hook switched on (the e2e build only). */
export const APP_URL = './?e2e=1';
