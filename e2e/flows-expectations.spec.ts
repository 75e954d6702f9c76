import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';
import { AnimationPage } from './pages/Animation.ts';
import { Flows } from './pages/Flows.ts';

test.use({ viewport: { width: 1280, height: 900 } });

// Issue 14: the Flows tab exports the saved flows and goals as an expectations file (the CLI's
// `check --expect`, spec/ci-check.md) and imports one: its flows become saved flows with their
// expected outcome, its invariants show as goals with PASS/FAIL and clickable counterexamples.
const EXPECTATIONS = `version: 1
flows:
  - name: app-2 reaches db-2 on PostgreSQL
    from: app-2
    to: db-2
    service: tcp/5432
    expect: allowed
invariants:
  - name: nothing on the internet reaches the database tier
    from: internet
    to: { security-group: db }
    services: [tcp/0-65535]
    expect: blocked
  - name: the web tier reaches nothing in the app tier
    from: { security-group: web }
    to: { security-group: app }
    services: [tcp]
    expect: blocked
`;

test('expectations files: export the saved flows, import flows and invariants with counterexamples', async ({
  page,
  shell,
  pageErrors,
}) => {
  await shell.open();
  const flows = new Flows(page);
  await flows.open();

  const downloading = page.waitForEvent('download');
  await page.getByTestId('expect.export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Three-tier-web-application.expect.yaml');
  const exported = parse(readFileSync((await download.path()) as string, 'utf8')) as {
    version: number;
    flows: { name: string; from: string; to: string; service: string; expect: string }[];
  };
  expect(exported.version).toBe(1);
  expect(exported.flows.length).toBeGreaterThan(2);
  expect(exported.flows).toContainEqual(
    expect.objectContaining({ from: 'web-1', to: 'app-1', service: 'tcp/8080', expect: 'allowed' }),
  );

  await page.getByTestId('expect.import').setInputFiles({
    name: 'network.expect.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(EXPECTATIONS),
  });
  await expect(page.getByTestId('expect.view')).toBeVisible();
  await expect(flows.itemNamed('app-2 reaches db-2 on PostgreSQL')).toBeVisible();
  await expect(page.getByTestId('expect.invariant.0.badge')).toHaveText(/PASS/);
  await expect(page.getByTestId('expect.invariant.1.badge')).toHaveText(/FAIL/);
  await expect(page.getByTestId('expect.invariant.1')).toContainText('4 pair(s)');
  await page.getByTestId('expect.invariant.1').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/flows-expectations.png' });

  // A counterexample plays on the canvas.
  await page.getByTestId('expect.invariant.1.example.0').click();
  await expect(new AnimationPage(page).controls).toBeVisible();
  await expect(page.getByText('Evaluating the flow…')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/flows-expectations-counterexample.png' });

  // A file that names a missing resource says where, and changes nothing.
  await page.getByTestId('expect.import').setInputFiles({
    name: 'bad.expect.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(
      'version: 1\nflows:\n  - { name: x, from: web-9, to: db-1, service: tcp/1, expect: allowed }\n',
    ),
  });
  await expect(
    page.getByText(/bad\.expect\.yaml:3:22: flows\[0\]\.from: no instance/),
  ).toBeVisible();
  expect(pageErrors.messages).toEqual([]);
});
