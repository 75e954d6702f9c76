import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the built site ships, as a `<meta>` tag (a static host may add no
 * headers). Nothing inline runs but the scripts of index.html itself, each allowed by its SHA-256
 * hash, computed here from the built page; no `'unsafe-inline'`, no `'unsafe-eval'` (zod runs
 * jitless: src/model/jitless.ts). Styles are the built CSS file; React and React Flow set styles
 * through the DOM (`element.style`), which a policy does not restrict. Workers and the service
 * worker come from the site itself; images may be `data:` and `blob:` URLs (the exports).
 * `frame-ancestors` cannot be given in a meta tag (browsers ignore it there, with a warning).
 * Only for `vite build`: the dev server injects inline scripts of its own.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map(
    (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...hashes].join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' data: blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The text of every `<script>` without `src` in an HTML page. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => m[1] ?? '',
  );
}

export function cspPlugin(): Plugin {
  return {
    name: 'vpc-flow-lab:csp',
    apply: 'build',
    transformIndexHtml: {
      // After every other plugin (the PWA's register script), so the hashes cover the final page.
      order: 'post',
      handler(html) {
        const policy = contentSecurityPolicy(inlineScripts(html));
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        return html.replace(/<meta charset="UTF-8" \/>/i, (charset) => `${charset}\n    ${meta}`);
      },
    },
  };
}
