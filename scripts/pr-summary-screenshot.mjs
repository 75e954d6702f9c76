#!/usr/bin/env node
/**
 * Draws docs/pr-summary.png, the README's picture of a pull request's step summary: the bundled
 * CLI's `--format markdown` for the three-tier example plus one failing invariant, rendered with
 * `marked` in GitHub's look and photographed by Playwright's Chromium.
 *   npm run build:cli && node scripts/pr-summary-screenshot.mjs
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { marked } from 'marked';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(ROOT, 'src/checks/__fixtures__');
const dir = mkdtempSync(join(tmpdir(), 'pr-summary-'));
const expect = join(dir, 'network.expect.yaml');
writeFileSync(
  expect,
  `${readFileSync(join(fixtures, 'three-tier.expect.yaml'), 'utf8')}  - name: the web tier reaches the app tier on its port only
    from: { subnet-tag: { Tier: web } }
    to: { subnet-tag: { Tier: app } }
    services: [tcp/0-8079, tcp/8081-65535]
    expect: blocked
`,
);
const network = JSON.parse(readFileSync(join(fixtures, 'three-tier.json'), 'utf8'));
for (const g of network.scenario.securityGroups)
  if (g.name === 'app')
    g.ingress.push({
      protocol: 'tcp',
      portRange: { from: 0, to: 65535 },
      peer: {
        kind: 'group',
        groupId: network.scenario.securityGroups.find((x) => x.name === 'web').id,
      },
    });
const file = join(dir, 'plan.json');
writeFileSync(file, JSON.stringify(network));
const out = spawnSync(
  process.execPath,
  [
    join(ROOT, 'dist-cli/vpc-flow-lab.mjs'),
    'check',
    'plan.json',
    '--expect',
    'network.expect.yaml',
    '--format',
    'markdown',
  ],
  { cwd: dir, encoding: 'utf8' },
);
const html = `<!doctype html><meta charset="utf-8"><style>
body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;margin:0;padding:24px;width:860px}
h3{font-size:16px;margin:0 0 12px} table{border-collapse:collapse;margin-bottom:16px}
td,th{border:1px solid #d1d9e0;padding:6px 13px;text-align:left} tr:nth-child(2n){background:#f6f8fa}
details{margin:8px 0} summary{cursor:pointer;font-weight:600} li{margin:2px 0}
</style><body>${glyphs(marked.parse(out.stdout).replace('<details>', '<details open>'))}</body>`;
// The machine's Chromium when there is one, as playwright.config.ts does.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/** GitHub draws the emoji; a machine without an emoji font gets coloured marks instead. */
function glyphs(text) {
  return text
    .replaceAll('✅', '<b style="color:#1a7f37">✔</b>')
    .replaceAll('❌', '<b style="color:#d1242f">✘</b>')
    .replaceAll('⚠️', '<b style="color:#9a6700">!</b>');
}
const browser = await chromium.launch(executablePath ? { executablePath } : {});
const page = await browser.newPage({ viewport: { width: 908, height: 400 }, deviceScaleFactor: 1 });
await page.setContent(html);
await page.screenshot({ path: join(ROOT, 'docs/pr-summary.png'), fullPage: true });
await browser.close();
console.log('wrote docs/pr-summary.png');
