import { expect, test } from './fixtures.ts';

// The size the issue asks the app to be readable at.
test.use({ viewport: { width: 1280, height: 800 } });

// The built-in three-tier scenario's fixed ids (src/scenarios/threeTier.ts).
const DB_2 = 'i-0a1b2c3d4e5f60006';
const WEB_1 = 'i-0a1b2c3d4e5f60001';

test('undo and redo a deletion made on the canvas', async ({ shell, page, pageErrors }) => {
  await shell.open();
  await expect(shell.toolbarButton('undo')).toBeDisabled();

  await shell.selectNode(DB_2);
  await shell.press('Delete');
  // db-2 goes alone (no saved flow names it), so nothing is asked.
  await expect(shell.confirm.dialog()).toHaveCount(0);
  await expect.poll(() => shell.instanceIds()).not.toContain(DB_2);
  await expect(shell.node(DB_2)).toHaveCount(0);
  await expect(shell.toolbarButton('undo')).toBeEnabled();

  await shell.press('Control+z');
  await expect.poll(() => shell.instanceIds()).toContain(DB_2);
  await expect(shell.node(DB_2)).toBeVisible();
  await expect(shell.toolbarButton('redo')).toBeEnabled();

  await shell.press('Control+Shift+z');
  await expect.poll(() => shell.instanceIds()).not.toContain(DB_2);

  // Ctrl+Y is redo too; the toolbar's buttons do the same.
  await shell.toolbarButton('undo').click();
  await expect.poll(() => shell.instanceIds()).toContain(DB_2);
  await shell.press('Control+y');
  await expect.poll(() => shell.instanceIds()).not.toContain(DB_2);

  // An instance named by saved flows takes them with it: that is asked first, then confirmed.
  await shell.selectNode(WEB_1);
  await shell.press('Backspace');
  await expect(shell.confirm.dialog()).toContainText('also deletes');
  await shell.confirm.ok().click();
  await expect.poll(() => shell.instanceIds()).not.toContain(WEB_1);
  await shell.toolbarButton('undo').click();
  await expect.poll(() => shell.instanceIds()).toContain(WEB_1);

  await page.screenshot({ path: 'e2e/screenshots/shell-undo-redo.png' });
  expect(pageErrors.messages).toEqual([]);
});
