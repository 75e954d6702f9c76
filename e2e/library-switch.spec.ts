import { expect, test } from './fixtures.ts';
import { Library } from './pages/Library.ts';
import { BUNDLE, SharePage } from './pages/Share.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const DB_2 = 'i-0a1b2c3d4e5f60006'; // three-tier (src/scenarios/threeTier.ts)
const PUBLIC_WEB_1 = 'i-0a0b1000000000001'; // public web server (src/scenarios/publicWeb.ts)

test('switch between two scenarios in My scenarios, each keeping its changes', async ({
  page,
  shell,
  pageErrors,
}) => {
  const library = new Library(page);
  await shell.open();
  // Work on the three-tier scenario: delete db-2.
  await shell.selectNode(DB_2);
  await shell.press('Delete');
  await expect(shell.node(DB_2)).toHaveCount(0);

  // Open another scenario from the gallery: the three-tier one is kept, not replaced.
  await library.gallery.open();
  await library.gallery.openBuiltIn('public-web');
  await expect(library.scenarioName()).toHaveText('A public web server');
  await expect(shell.node(PUBLIC_WEB_1)).toBeVisible();

  await library.kept.open();
  await expect(library.kept.rows()).toHaveCount(2);
  await expect(library.kept.row('A public web server')).toContainText('open now');
  await expect(library.kept.row('Three-tier web application')).toContainText('built-in');
  await page.screenshot({ path: 'e2e/screenshots/library-my-scenarios.png' });

  // Back to the three-tier one: db-2 is still deleted.
  await library.kept.openRow('Three-tier web application');
  await expect(library.scenarioName()).toHaveText('Three-tier web application');
  await expect(shell.node('i-0a1b2c3d4e5f60005')).toBeVisible();
  await expect(shell.node(DB_2)).toHaveCount(0);

  // And forth again; then a reload opens the one that was open.
  await library.kept.open();
  await library.kept.openRow('A public web server');
  await expect(shell.node(PUBLIC_WEB_1)).toBeVisible();
  await page.reload();
  await expect(library.scenarioName()).toHaveText('A public web server');
  await library.kept.open();
  await expect(library.kept.rows()).toHaveCount(2);
  expect(pageErrors.messages).toEqual([]);
});

test('rename, duplicate and delete (which asks) in My scenarios', async ({ page, shell }) => {
  const library = new Library(page);
  await shell.open();
  await library.kept.open();
  // The only kept scenario yet: the one that opened.
  await expect(library.kept.rows()).toHaveCount(1);
  const row = library.kept.rows().first();
  await expect(row).toContainText('Three-tier web application');
  await row.getByRole('button', { name: /^Rename/ }).click();
  await row.getByRole('textbox').fill('Class demo');
  await row.getByRole('textbox').press('Enter');
  await expect(library.kept.row('Class demo')).toBeVisible();
  await expect(library.scenarioName()).toHaveText('Class demo');

  await library.kept
    .row('Class demo')
    .getByRole('button', { name: /^Duplicate/ })
    .click();
  await expect(library.kept.rows()).toHaveCount(2);
  const copy = library.kept.row('Class demo (copy)');
  await expect(copy).toContainText('copy');

  await copy.getByRole('button', { name: /^Delete/ }).click();
  await expect(shell.confirm.dialog()).toContainText('Delete “Class demo (copy)”?');
  await shell.confirm.cancel().click();
  await expect(library.kept.rows()).toHaveCount(2);
  await copy.getByRole('button', { name: /^Delete/ }).click();
  await shell.confirm.ok().click();
  await expect(library.kept.rows()).toHaveCount(1);
  await expect(library.kept.dialog()).toBeVisible();
});

test('one bundle imported, even twice, is kept once in My scenarios', async ({ page, shell }) => {
  const library = new Library(page);
  const share = new SharePage(page);
  await shell.open();
  for (let k = 0; k < 2; k++) {
    await share.importFiles(BUNDLE);
    await expect(share.import.summary()).toContainText('AWS: acme-prod, acme-shared');
    await page.getByRole('button', { name: 'Done' }).click();
  }
  await page.reload();
  await expect(library.scenarioName()).toHaveText('AWS: acme-prod, acme-shared');
  await library.kept.open();
  await expect(library.kept.row('AWS: acme-prod, acme-shared')).toHaveCount(1);
  await expect(library.kept.rows()).toHaveCount(2);
  await page.screenshot({ path: 'e2e/screenshots/library-import-once.png' });
});
