import { expect, test } from './fixtures.ts';
import { Library } from './pages/Library.ts';

test.use({ viewport: { width: 1280, height: 800 } });

// src/scenarios/peering.ts
const A_1 = 'i-0bee0000000000001';
const C_1 = 'i-0bee0000000000003';

test('open a gallery scenario: it opens as a new kept scenario, laid out, with its flows', async ({
  page,
  shell,
  pageErrors,
}) => {
  const library = new Library(page);
  await shell.open();
  await library.gallery.open();
  await expect(library.gallery.dialog().locator('[data-testid^="gallery.card."]')).toHaveCount(17);
  await expect(library.gallery.card('nacl-ephemeral')).toContainText('What it teaches');
  // Each card shows its scenario as a small picture of the network.
  await expect(library.gallery.dialog().getByTestId('gallery.thumbnail')).toHaveCount(17);
  await expect(library.gallery.card('challenge-peering-both-ways')).toContainText('Level 5');
  await page.screenshot({ path: 'e2e/screenshots/library-gallery.png' });

  await library.gallery.openBuiltIn('peering-transitive');
  await expect(library.scenarioName()).toHaveText('VPC peering is not transitive');
  await expect(shell.node(A_1)).toBeVisible();
  await expect(shell.node(C_1)).toBeVisible();
  const { scenario } = await shell.state();
  expect(scenario.vpcs).toHaveLength(3);
  expect(scenario.flows.map((f) => f.expected)).toEqual([
    'allowed',
    'allowed',
    'blocked',
    'blocked',
  ]);
  await expect(shell.message('info')).toContainText(
    'Your previous scenario is kept in My scenarios',
  );
  await page.screenshot({ path: 'e2e/screenshots/library-gallery-opened.png' });

  await library.kept.open();
  await expect(library.kept.rows()).toHaveCount(2);
  expect(pageErrors.messages).toEqual([]);
});

test('an unreadable autosave is offered as a file from My scenarios', async ({ page, shell }) => {
  const broken = '{"format":"vpc-flow-lab","version":7,"scenario":{}}';
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('vpc-flow-lab:autosave', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, broken);
  await shell.open();
  await expect(shell.message('error')).toContainText('newer than this app understands');
  await expect(shell.message('error')).toContainText('download it from My scenarios');
  // The app starts on a fresh scenario.
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');

  const library = new Library(page);
  await library.kept.open();
  await expect(page.getByTestId('kept.unreadable')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    library.kept.downloadUnreadable().click(),
  ]);
  expect(download.suggestedFilename()).toBe('unreadable-autosave.json');
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(path, 'utf8')).toBe(broken);
  await page.screenshot({ path: 'e2e/screenshots/library-unreadable.png' });
});
