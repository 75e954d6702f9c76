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

test('an unreadable autosave of an earlier version is said and kept aside', async ({
  shell,
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('vpc-flow-lab:autosave', '{"format":"vpc-flow-lab","version":1,');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await shell.open();
  await expect(shell.message('error')).toContainText(
    'The autosave could not be read: it is not valid JSON. It is kept as it was: download it from My scenarios.',
  );
  // Moved into IndexedDB with the rest: the old key is gone.
  expect(await page.evaluate(() => localStorage.getItem('vpc-flow-lab:autosave'))).toBeNull();
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
  await page.screenshot({ path: 'e2e/screenshots/shell-autosave-unreadable.png' });
});

test('storage that refuses access is said, with a copy to download, and the app still works', async ({
  shell,
  page,
}) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    }
  });
  await shell.open();
  await expect(shell.message('error')).toContainText(
    '“Three-tier web application” could not be saved: this browser gives no IndexedDB storage. Download a copy to keep it: it is kept in this tab only.',
  );
  await expect(
    shell.message('error').getByRole('button', { name: 'Download a copy' }),
  ).toBeVisible();
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
  await shell.selectNode('i-0a1b2c3d4e5f60006');
  await shell.press('Delete');
  await expect(shell.node('i-0a1b2c3d4e5f60006')).toHaveCount(0);
});
