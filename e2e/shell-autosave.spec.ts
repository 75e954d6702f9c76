import { expect, test } from './fixtures.ts';

// The size the issue asks the app to be readable at.
test.use({ viewport: { width: 1280, height: 800 } });

const DB_2 = 'i-0a1b2c3d4e5f60006';

test('reload and find everything restored', async ({ shell, page, pageErrors }) => {
  await shell.open();
  await shell.selectNode(DB_2);
  await shell.press('Delete');
  await expect.poll(() => shell.instanceIds()).not.toContain(DB_2);
  // Rename the scenario too, inline in the toolbar.
  await page.getByTestId('app.scenario-name').click();
  await page.getByTestId('app.scenario-name.input').fill('My three tiers');
  await page.getByTestId('app.scenario-name.input').press('Enter');
  await expect(page.getByTestId('app.scenario-name')).toHaveText('My three tiers');
  await shell.waitForAutosave();
  const before = await shell.state();

  await page.reload();
  await expect(shell.node(DB_2)).toHaveCount(0);
  await expect(page.getByTestId('app.scenario-name')).toHaveText('My three tiers');
  const after = await shell.state();
  expect(after.scenario).toEqual(before.scenario);
  expect(after.layout).toEqual(before.layout);
  // A restored scenario starts with an empty history: nothing to undo into.
  await expect(shell.toolbarButton('undo')).toBeDisabled();

  await page.screenshot({ path: 'e2e/screenshots/shell-autosave.png' });
  expect(pageErrors.messages).toEqual([]);
});

test('an unreadable autosave is said and kept aside', async ({ shell, page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('vpc-flow-lab:autosave', '{"format":"vpc-flow-lab","version":1,');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await shell.open();
  await expect(shell.message('error')).toContainText('The autosave could not be read');
  await expect(shell.message('error')).toContainText('vpc-flow-lab:autosave-unreadable');
  expect(await page.evaluate(() => localStorage.getItem('vpc-flow-lab:autosave-unreadable'))).toBe(
    '{"format":"vpc-flow-lab","version":1,',
  );
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
  await page.screenshot({ path: 'e2e/screenshots/shell-autosave-unreadable.png' });
});

test('storage that refuses access is said, and the app still works', async ({ shell, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await shell.open();
  await expect(shell.message('error')).toContainText('Autosave is off');
  await expect(shell.message('error')).toContainText('Access is denied for this document.');
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
});

test('a full storage is said when the autosave fails', async ({ shell, page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await shell.open();
  await shell.selectNode('i-0a1b2c3d4e5f60006');
  await shell.press('Delete');
  await expect(shell.message('error')).toContainText(
    'Autosave failed: the browser storage is full',
  );
});
