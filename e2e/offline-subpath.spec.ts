import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { Challenge } from './pages/Challenge.ts';
import { Library } from './pages/Library.ts';
import { serveBuild } from './staticServer.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/** Where the build is served: a sub-path, as on a team's static host. */
const PREFIX = '/lab/';

let copy = '';

test.beforeAll(async () => {
  // A copy of the test build (Playwright's webServer builds it into dist-e2e/), so that another
  // run's rebuild cannot change the files under this test.
  await stat(join('dist-e2e', 'sw.js'));
  copy = await mkdtemp(join(tmpdir(), 'vfl-offline-'));
  await cp('dist-e2e', copy, { recursive: true });
});

test.afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

test('served under a sub-path, loaded once, then offline: a reload still opens the app', async ({
  page,
  context,
  shell,
  pageErrors,
}) => {
  const { server, origin } = await serveBuild(copy, PREFIX);
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));

  await page.goto(`${origin}${PREFIX}?e2e=1`);
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
  // The service worker has precached the build and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  // Offline, and the server gone too: nothing can come from the network.
  await new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
  await expect(shell.node('i-0a1b2c3d4e5f60001')).toBeVisible();

  // The engine worker loads from the cache too: a challenge's goals get their verdicts.
  const library = new Library(page);
  await library.gallery.open();
  await library.gallery.openBuiltIn('challenge-open-https');
  await expect(new Challenge(page).status()).toHaveText('2 of 3 goals met');
  await page.screenshot({ path: 'e2e/screenshots/offline-subpath.png' });

  // Every request stayed under the sub-path of the one origin: nothing was sent anywhere else.
  expect(
    requested.filter(
      (url) =>
        !url.startsWith(`${origin}${PREFIX}`) &&
        !url.startsWith('blob:') &&
        !url.startsWith('data:'),
    ),
  ).toEqual([]);
  expect(pageErrors.messages.filter((m) => !m.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});

test('the sub-path without its trailing slash finds its way to the app', async ({
  page,
  shell,
  pageErrors,
}) => {
  const { origin, close } = await serveBuild(copy, PREFIX);
  try {
    // Before the fix the page loaded its scripts from /assets/ (one folder up): a blank page.
    await page.goto(`${origin}${PREFIX.replace(/\/$/, '')}?e2e=1`);
    await expect(page.getByTestId('canvas')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(PREFIX);
    expect(new URL(page.url()).search).toBe('?e2e=1');
    await expect(shell.node('i-0a1b2c3d4e5f60001')).toBeVisible();
    expect(pageErrors.messages).toEqual([]);
  } finally {
    await close();
  }
});
