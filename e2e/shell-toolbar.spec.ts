import { APP_URL, expect, test } from './fixtures.ts';

const GROUPS = ['Scenario', 'Edit', 'View', 'Simulate', 'Share'];

test.describe('at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test('the toolbar shows words under its icons, in named groups', async ({ page }) => {
    await page.goto(APP_URL);
    const toolbar = page.getByRole('toolbar', { name: 'Commands' });
    for (const name of GROUPS) await expect(toolbar.getByRole('group', { name })).toBeVisible();
    await expect(toolbar.getByRole('group', { name: 'Edit' }).getByRole('button')).toHaveText([
      'Undo',
      'Redo',
      'Delete',
      'Duplicate',
    ]);
    // What is seen is part of what is said: the accessible name holds the visible word.
    await expect(page.getByRole('button', { name: 'Copy a link to this scenario' })).toHaveText(
      'Link',
    );
    await expect(page.getByTestId('app.scenario-name')).toBeVisible();
    await page.locator('header').screenshot({ path: 'e2e/screenshots/toolbar-1440.png' });
  });
});

test.describe('at 1024 px', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('the toolbar shows icons alone, each still named', async ({ page }) => {
    await page.goto(APP_URL);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toBeVisible();
    await expect(undo.getByText('Undo')).toBeHidden();
    const box = await undo.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(32);
    await page.locator('header').screenshot({ path: 'e2e/screenshots/toolbar-1024.png' });
  });
});
