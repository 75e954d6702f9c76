import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { serveBuild } from './staticServer.ts';

/**
 * The real build (dist/, `npm run build`), as a person gets it, next to the test build the other
 * journeys drive (dist-e2e/): it carries no test hook, and it ships a strict
 * Content-Security-Policy that refuses inline code and eval. Playwright's webServer builds both.
 */

const scripts = (dir: string) =>
  readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'));

test('the real build has no test hook; the test build has it', () => {
  expect(scripts('dist').filter((code) => code.includes('__vfl'))).toEqual([]);
  expect(scripts('dist-e2e').some((code) => code.includes('__vfl'))).toBe(true);
});

test('the real build ships a strict Content-Security-Policy naming its one inline script', () => {
  const html = readFileSync(join('dist', 'index.html'), 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy).toBeDefined();
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(policy).toContain("object-src 'none'");
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256')
    .update(inline[0] ?? '')
    .digest('base64');
  expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
});

test('served, the real build opens with ?e2e=1 but exposes nothing, and refuses injected code', async ({
  page,
  pageErrors,
  cspViolations,
}) => {
  const { origin, close } = await serveBuild('dist', '/app/');
  try {
    await page.goto(`${origin}/app/?e2e=1`);
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
    expect(await page.evaluate(() => typeof (window as { __vfl?: unknown }).__vfl)).toBe(
      'undefined',
    );
    expect(cspViolations.messages).toEqual([]);

    // What an injected name could try, were it ever put into the page as HTML: refused.
    const ran = await page.evaluate(async () => {
      const w = window as { injected?: string };
      const script = document.createElement('script');
      script.textContent = 'window.injected = "inline script";';
      document.head.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.injected = "event handler"');
      img.src = 'data:,not an image';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return w.injected ?? 'nothing ran';
    });
    expect(ran).toBe('nothing ran');
    // Both refusals were reported: the guard every journey runs under sees them.
    await expect
      .poll(() => cspViolations.messages.filter((m) => m.includes('[csp]')))
      .toEqual([
        expect.stringContaining('script-src-elem refused inline'),
        expect.stringContaining('script-src-attr refused inline'),
      ]);
    cspViolations.messages.length = 0;
    expect(pageErrors.messages.filter((m) => !/Content Security Policy|\[csp\]/.test(m))).toEqual(
      [],
    );
  } finally {
    await close();
  }
});
