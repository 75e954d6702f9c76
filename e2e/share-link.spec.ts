import { generateDeployment } from '../src/engine/__fixtures__/generate.ts';
import { ScenarioFileSchema } from '../src/model/schema.ts';
import { threeTierLayout, threeTierScenario } from '../src/scenarios/threeTier.ts';
import { encodeScenarioLink } from '../src/share/codec.ts';
import { expect, test } from './fixtures.ts';
import { jsonPayload, SharePage } from './pages/Share.ts';
import { Shell } from './pages/Shell.ts';

// The size the issue asks the app to be readable at.
test.use({ viewport: { width: 1280, height: 800 } });

const DB_2 = 'i-0a1b2c3d4e5f60006';
/** Scenario and layout as the one parser reads them (defaults filled in), for comparing. */
const normalised = (state: { scenario: unknown; layout: unknown }) =>
  ScenarioFileSchema.parse({ format: 'vpc-flow-lab', version: 2, ...state });

test('copy a link, open it in a fresh browser, and find the same scenario and flows', async ({
  browser,
  page,
  shell,
  pageErrors,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await shell.open();
  // Make it someone's own: one instance fewer and a name of its own.
  await shell.selectNode(DB_2);
  await shell.press('Delete');
  await page.getByTestId('app.scenario-name').click();
  await page.getByTestId('app.scenario-name.input').fill('Lab 3: tiers');
  await page.getByTestId('app.scenario-name.input').press('Enter');
  const sent = await shell.state();
  expect(sent.scenario.flows.length).toBeGreaterThan(0);

  const share = new SharePage(page);
  const url = await share.copyLink();
  await expect(share.link.status()).toHaveText('✓ Copied to the clipboard.');
  expect(await share.clipboard()).toBe(url);
  expect(url).toMatch(/#s=v1\.[A-Za-z0-9_-]+$/);
  expect(url.length).toBeLessThan(1600);
  await page.screenshot({ path: 'e2e/screenshots/share-link.png' });

  // A fresh browser: nothing saved, nothing shared with the first one.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const other = await context.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(e.message));
  await other.goto(url);
  const otherShell = new Shell(other);
  await expect(other.getByTestId('canvas')).toBeVisible();
  await expect(other.getByTestId('app.scenario-name')).toHaveText('Lab 3: tiers');
  await expect(new SharePage(other).message('info')).toContainText(
    'Opened “Lab 3: tiers” from the link',
  );
  await expect(otherShell.node(DB_2)).toHaveCount(0);
  const received = await otherShell.state();
  expect(normalised(received)).toEqual(normalised(sent));
  expect(received.scenario.flows).toEqual(normalised(sent).scenario.flows);
  // The link leaves the address bar once opened; a reload opens the kept scenario, not the link.
  expect(other.url()).not.toContain('#s=');
  await other.screenshot({ path: 'e2e/screenshots/share-link-opened.png' });
  await other.reload();
  await expect(other.getByTestId('app.scenario-name')).toHaveText('Lab 3: tiers');
  await expect(new SharePage(other).message('info')).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
  expect(pageErrors.messages).toEqual([]);
});

test('a corrupt link says what is wrong, and the app opens as usual', async ({ page, shell }) => {
  const link = encodeScenarioLink(
    ScenarioFileSchema.parse({
      format: 'vpc-flow-lab',
      version: 2,
      scenario: { ...threeTierScenario, name: 'Sent in a chat' },
      layout: threeTierLayout,
    }),
  );
  // Cut short, as a chat tool might.
  await page.goto(`./?e2e=1#s=${link.slice(0, link.length - 40)}`);
  const share = new SharePage(page);
  await expect(share.message('error')).toContainText(
    'The link is damaged: it was cut short. Copy the whole link again',
  );
  await expect(share.message('error')).toContainText('Nothing was opened from it');
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
  expect(page.url()).not.toContain('#s=');
  // The app works: select and delete as usual.
  await shell.selectNode(DB_2);
  await shell.press('Delete');
  await expect.poll(() => shell.instanceIds()).not.toContain(DB_2);
  await page.screenshot({ path: 'e2e/screenshots/share-link-corrupt.png' });

  // The whole link, pasted into the address bar of the open app, opens (no reload needed).
  await page.goto(`./?e2e=1#s=${link}`);
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Sent in a chat');
  await expect(shell.node(DB_2)).toBeVisible();
});

test('a link from a newer version, or tampered with, is said in words', async ({ page }) => {
  const share = new SharePage(page);
  await page.goto('./?e2e=1#s=v2.AAAA');
  await expect(share.message('error')).toContainText(
    'This link was made by a newer VPC Flow Lab (v2); this version reads v1 links.',
  );
  await expect(page.getByTestId('canvas')).toBeVisible();

  // Pasted into the address bar of the open app: read without a reload.
  await page.goto('./?e2e=1#s=v1.AAAA%3Cscript%3E');
  await expect(share.message('error').last()).toContainText(
    'The link is damaged: the character "<" at position 5 cannot be in a link.',
  );
});

test('a name that looks like HTML arrives as plain text and runs nothing', async ({ page }) => {
  const evil = '<img src=x onerror=alert(1)>';
  const file = ScenarioFileSchema.parse({
    format: 'vpc-flow-lab',
    version: 2,
    scenario: {
      name: evil,
      description: '<script>alert(2)</script>',
      vpcs: [{ id: 'vpc-0evil', name: evil, cidrBlocks: ['10.0.0.0/16'] }],
    },
    layout: { nodes: { 'vpc-0evil': { x: 0, y: 0, width: 400, height: 240 } } },
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`./?e2e=1#s=${encodeScenarioLink(file)}`);
  await expect(page.getByTestId('app.scenario-name')).toHaveText(evil);
  await expect(page.getByTestId('canvas.node.vpc-0evil')).toContainText(evil);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('#root script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a link too long for chat tools comes with the offer to save a file', async ({
  page,
  shell,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await shell.open();
  const big = generateDeployment({
    vpcs: 2,
    subnetsPerVpc: 6,
    instances: 400,
    roles: 20,
    groups: 40,
    nacls: 4,
    seed: 3,
  });
  const share = new SharePage(page);
  await share.importFiles([
    jsonPayload('big.json', { format: 'vpc-flow-lab', version: 1, scenario: big }),
  ]);
  await expect(page.getByTestId('app.scenario-name')).toHaveText(big.name);
  const url = await share.copyLink();
  expect(url.length).toBeGreaterThan(8000);
  await expect(share.link.long()).toContainText('Chat tools and some mail programs cut links');
  // Not copied by itself: the sender decides.
  await expect(share.link.status()).toHaveText('');
  await page.screenshot({ path: 'e2e/screenshots/share-link-long.png' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('share.link.save-file').click(),
  ]);
  expect(download.suggestedFilename()).toBe('generated-deployment.json');
  await expect(share.link.dialog()).toHaveCount(0);
});
