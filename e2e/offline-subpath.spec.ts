import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './fixtures.ts';
import { Challenge } from './pages/Challenge.ts';
import { Library } from './pages/Library.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/** Where the build is served: a sub-path, as on a team's static host. */
const PREFIX = '/lab/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A tiny static server for a copy of the build (Playwright's webServer builds it into dist/), under
 * PREFIX only: anything outside it is a 404, so a root-relative path in the build would show.
 */
async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (!path.startsWith(PREFIX)) {
      res.writeHead(404).end('outside the sub-path');
      return;
    }
    const rel = normalize(path.slice(PREFIX.length) || 'index.html');
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    const file = join(root, rel);
    readFile(file)
      .then((body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      })
      .catch(() => res.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

let copy = '';

test.beforeAll(async () => {
  // A copy, so that another run's rebuild of dist/ cannot change the files under this test.
  await stat(join('dist', 'sw.js'));
  copy = await mkdtemp(join(tmpdir(), 'vfl-offline-'));
  await cp('dist', copy, { recursive: true });
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
  const { server, origin } = await serve(copy);
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
