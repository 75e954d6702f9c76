import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import { Flows } from './pages/Flows.ts';
import { SharePage } from './pages/Share.ts';

test.use({ viewport: { width: 1440, height: 900 } });

const HERE = dirname(fileURLToPath(import.meta.url));
/** The real plan of a public project (shared/samples), beside the repository as in CI's clone. */
const TERRAGOAT = join(HERE, '../../shared/samples/terraform-public/checkov-terragoat.tfplan.json');
/** Our own plan: prior_state has no rule into the database group, planned_values adds one. */
const OPEN_DB = join(HERE, '../src/terraform/__fixtures__/open-db.plan.json');
/** Modules, count and for_each, every ID unknown until apply. */
const MODULES = join(HERE, '../src/terraform/__fixtures__/modules-count-foreach.plan.json');

test.beforeAll(() => {
  if (!existsSync(TERRAGOAT)) throw new Error(`the shared sample ${TERRAGOAT} is missing`);
});

/*
 * Issue 13, "Done when": import a plan in the app, see the assumed-address notes, test app → db
 * by address, switch between "now" and "after apply" and watch a verdict change.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 */
test('import TerraGoat and read what was assumed; open-db: app → db by address, now and after apply', async ({
  page,
  shell,
  pageErrors,
}) => {
  test.slow();
  await shell.open();
  const share = new SharePage(page);

  // TerraGoat: every ID and address unknown until apply; the dialog says what it assumed.
  await share.importFiles(TERRAGOAT);
  const report = page.getByTestId('share.import.terraform');
  await expect(report).toContainText('Read as a Terraform plan, after apply (planned_values)');
  const assumed = page.getByTestId('share.import.terraform.assumed');
  await expect(assumed).toContainText('aws_instance.web_host');
  await expect(assumed).toContainText('assumed');
  await expect(page.getByTestId('share.import.terraform.skipped')).toContainText('Skipped');
  await page.screenshot({ path: 'e2e/screenshots/import-terraform-terragoat.png' });
  await page.getByRole('button', { name: 'Done' }).click();

  // Each imported resource carries its address on the canvas.
  const goat = await shell.state();
  const web = goat.scenario.instances.find(
    (i) => goat.scenario.terraform?.addresses[i.id] === 'aws_instance.web_host',
  );
  expect(web).toBeDefined();
  await expect(page.getByTestId(`canvas.address.${web?.id}`)).toHaveText('aws_instance.web_host');
  await expect(page.getByTestId('app.terraform-badge')).toContainText('after apply');
  await page.waitForTimeout(300); // the fit-view animation
  await page.screenshot({ path: 'e2e/screenshots/import-terraform-terragoat-canvas.png' });

  // Our own plan, after apply: app reaches db on PostgreSQL through the new rule.
  await share.importFiles(OPEN_DB);
  await expect(report).toContainText('after apply');
  await page.getByRole('button', { name: 'Done' }).click();
  const flows = new Flows(page);
  await flows.open();
  await flows.newFlow();
  await flows.chooseEnd('source', 'aws_instance.app · app · 10.40.1.10');
  // The destination typed as its address: it names the instance, which the menu then shows.
  await flows.chooseEnd('destination', 'Any IP address…');
  await flows.editor('destination.address').fill('aws_instance.db');
  await expect(flows.editor('destination')).toHaveValue('i:i-0b2c3d4e5f6a70002');
  await flows.chooseService('PostgreSQL · TCP 5432');
  await flows.editor('expected').selectOption('allowed');
  await expect(flows.editor('badge')).toHaveText('✓PASS');
  await flows.save();
  const [flow] = (await shell.state()).scenario.flows;
  const id = flow?.id ?? '';
  await expect(flows.badge(id)).toHaveText('✓PASS');
  await page.screenshot({ path: 'e2e/screenshots/import-terraform-after-apply.png' });

  // As it is now: the database group has no inbound rule yet, and the same flow fails.
  await page.getByTestId('app.terraform-badge.switch').click();
  await expect(page.getByTestId('app.terraform-badge')).toContainText('as it is now');
  await expect(flows.badge(id)).toHaveText('✗FAIL');
  await flows.select(id);
  await expect(flows.headline()).toContainText('Blocked');
  await page.screenshot({ path: 'e2e/screenshots/import-terraform-now.png' });
  const now = await shell.state();
  expect(now.scenario.terraform?.source).toBe('plan-prior-state');
  expect(now.scenario.flows.map((f) => f.id)).toEqual([id]);

  // And back: after apply, it passes again.
  await page.getByTestId('app.terraform-badge.switch').click();
  await expect(page.getByTestId('app.terraform-badge')).toContainText('after apply');
  await expect(flows.badge(id)).toHaveText('✓PASS');

  // A view edited since it opened is not replaced by the switch: it stays in My scenarios.
  await page.getByTestId('panel.tab.inspector').click();
  await shell.node('i-0b2c3d4e5f6a70001').click();
  await page.getByTestId('inspector.field.name').fill('app-edited');
  await expect(shell.node('i-0b2c3d4e5f6a70001')).toContainText('app-edited');
  const switchedAt = await page.evaluate(() => Date.now());
  await page.getByTestId('app.terraform-badge.switch').click();
  await expect(page.getByTestId('app.terraform-badge')).toContainText('as it is now');
  await expect(page.getByText(/The view you had edited stays in My scenarios/)).toBeVisible();
  await expect(shell.node('i-0b2c3d4e5f6a70001')).not.toContainText('app-edited');

  // The plan is kept in the browser: after a reload the switch still works. Its write to
  // IndexedDB follows the switch by a few milliseconds; the reload waits for it.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('vpc-flow-lab-terraform-plans');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        try {
          if (!db.objectStoreNames.contains('plans')) return 0;
          const all = await new Promise<{ at?: number }[]>((resolve) => {
            const get = db.transaction('plans').objectStore('plans').getAll();
            get.onsuccess = () => resolve(get.result as { at?: number }[]);
            get.onerror = () => resolve([]);
          });
          return Math.max(0, ...all.map((p) => p.at ?? 0));
        } finally {
          db.close();
        }
      }),
    )
    .toBeGreaterThanOrEqual(switchedAt);
  await page.reload();
  await expect(page.getByTestId('app.terraform-badge')).toContainText('as it is now');
  await expect(page.getByTestId('app.terraform-badge.switch')).toBeEnabled();
  await page.getByTestId('app.terraform-badge.switch').click();
  await expect(page.getByTestId('app.terraform-badge')).toContainText('after apply');
  expect(pageErrors.messages).toEqual([]);
});

test('a plan with modules: the VPC says its module, each instance its address', async ({
  page,
  shell,
}) => {
  await shell.open();
  const share = new SharePage(page);
  await share.importFiles(MODULES);
  // Everything is new in this plan: as it is now, there is no network yet, and the report says so.
  const report = page.getByTestId('share.import.terraform');
  await page.getByTestId('share.import.terraform.switch').click();
  await expect(report).toContainText('as it is now (prior_state)');
  await expect(page.getByTestId('share.import.terraform.notes')).toContainText('holds no VPC');
  await page.getByTestId('share.import.terraform.switch').click();
  await expect(report).toContainText('after apply (planned_values)');
  await page.getByRole('button', { name: 'Done' }).click();
  const { scenario } = await shell.state();
  const addressOf = (id: string) => scenario.terraform?.addresses[id];
  const vpc = scenario.vpcs[0]?.id ?? '';
  await expect(page.getByTestId(`canvas.module.${vpc}`)).toHaveText('module.network');
  const web = scenario.instances.find(
    (i) => addressOf(i.id) === 'module.app.aws_instance.web["a"]',
  );
  await expect(page.getByTestId(`canvas.address.${web?.id}`)).toHaveText(
    'module.app.aws_instance.web["a"]',
  );
  await page.waitForTimeout(300); // the fit-view animation
  await page.screenshot({ path: 'e2e/screenshots/import-terraform-modules.png' });
});

test('a plan log stream, a raw tfstate and an unknown format_version are refused beside the input', async ({
  page,
  shell,
}) => {
  await shell.open();
  const before = (await shell.state()).scenario;
  const share = new SharePage(page);
  await share.openImport();
  const cases = [
    [
      '{"@level":"info","@message":"Terraform 1.6.6","type":"version"}',
      'terraform show -json tfplan',
    ],
    ['{"version":4,"serial":1,"lineage":"x","resources":[]}', 'raw terraform.tfstate'],
    ['{"format_version":"2.0","planned_values":{}}', 'major version 2'],
  ] as const;
  for (const [text, hint] of cases) {
    await share.import.paste().fill(text);
    await share.import.pasteRun().click();
    await expect(share.import.error()).toContainText(hint);
    await expect(share.import.error()).toContainText('the open scenario is unchanged');
  }
  await page.screenshot({ path: 'e2e/screenshots/import-terraform-refused.png' });
  expect((await shell.state()).scenario).toEqual(before);
});
