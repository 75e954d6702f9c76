import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface Served {
  readonly server: Server;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * A tiny static server for a built site under `prefix` only (`/lab/`): anything outside it is a
 * 404, so a root-relative path in the build would show. The prefix without its trailing slash
 * (`/lab`) answers index.html, as many static hosts do: the page must then find its way itself.
 * No headers but the content type: the build's own `<meta>` Content-Security-Policy is what runs.
 */
export async function serveBuild(root: string, prefix: string): Promise<Served> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const bare = prefix.replace(/\/$/, '');
    if (path !== bare && !path.startsWith(prefix)) {
      res.writeHead(404).end('outside the sub-path');
      return;
    }
    const rel = normalize(path === bare ? 'index.html' : path.slice(prefix.length) || 'index.html');
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
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
