import { expect, test } from './fixtures.ts';

// The size the issue asks the app to be readable at.
test.use({ viewport: { width: 1280, height: 800 } });

test('the ? dialog lists the shortcuts', async ({ shell, page, pageErrors }) => {
  await shell.open();
  await shell.press('Shift+Slash');
  const dialog = shell.shortcutsDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('role', 'dialog');
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  for (const [id, text] of [
    ['undo', 'Ctrl+Z'],
    ['redo', 'Ctrl+Shift+Z'],
    ['redo', 'Ctrl+Y'],
    ['delete', 'Del'],
    ['delete', 'Backspace'],
    ['copy', 'Ctrl+C'],
    ['paste', 'Ctrl+V'],
    ['duplicate', 'Ctrl+D'],
    ['fit-view', 'Shift+1'],
    ['find', 'Ctrl+F'],
    ['shortcuts', '?'],
  ] as const) {
    await expect(page.getByTestId(`shortcuts.row.${id}`)).toContainText(text);
  }
  // Focus stays inside the dialog.
  for (let k = 0; k < 3; k++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.screenshot({ path: 'e2e/screenshots/shell-shortcuts.png' });

  await shell.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The toolbar says each shortcut in its tooltip.
  await expect(shell.toolbarButton('undo')).toHaveAttribute('title', 'Undo (Ctrl+Z)');

  // Dark theme, from the toolbar, kept across a reload.
  await shell.toolbarButton('toggle-theme').click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  // The theme is set before the app starts; the shortcuts listen once the canvas has its nodes.
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await shell.press('Shift+Slash');
  await expect(shell.shortcutsDialog()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/shell-shortcuts-dark.png' });
  await shell.press('Escape');

  // Shift+S with no VPC selected says what to select; errors stay until closed.
  await shell.press('Shift+S');
  await expect(shell.message('error')).toContainText('Select a VPC');
  await expect(shell.message('error')).toHaveAttribute('role', 'alert');
  await page.screenshot({ path: 'e2e/screenshots/shell-dark.png' });
  await shell.message('error').getByRole('button', { name: 'Dismiss message' }).click();
  await expect(shell.message('error')).toHaveCount(0);
  expect(pageErrors.messages).toEqual([]);
});
