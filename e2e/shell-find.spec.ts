import { expect, test } from './fixtures.ts';

// The size the issue asks the app to be readable at.
test.use({ viewport: { width: 1280, height: 800 } });

const DB_1 = 'i-0a1b2c3d4e5f60005';
const DB_SUBNET = 'subnet-0a1b2c3d4e5f60003';
const VPC = 'vpc-0a1b2c3d4e5f60001';

test('find an instance by its IP address', async ({ shell, page, pageErrors }) => {
  await shell.open();
  await shell.press('Control+f');
  await expect(shell.find.input()).toBeFocused();
  await shell.find.input().fill('10.0.3.10');
  await expect(shell.find.result(DB_1)).toContainText('db-1');
  await expect(shell.find.result(DB_1)).toContainText('private IP 10.0.3.10');
  // The subnet that holds the address is listed too, after the exact match.
  await expect(shell.find.result(DB_SUBNET)).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/shell-find-results.png' });

  await shell.find.input().press('Enter');
  await expect(shell.find.input()).toHaveCount(0);
  await expect.poll(() => shell.selection()).toEqual([DB_1]);
  await expect(shell.node(DB_1)).toBeInViewport();

  // "/" opens Find as well; Escape closes it and keeps the selection.
  await shell.press('/');
  await expect(shell.find.input()).toBeFocused();
  await shell.press('Escape');
  await expect(shell.find.input()).toHaveCount(0);
  await expect.poll(() => shell.selection()).toEqual([DB_1]);

  await page.screenshot({ path: 'e2e/screenshots/shell-find.png' });

  // A match inside a collapsed VPC opens the VPC. Shift+1 first fits the network in view.
  await shell.press('Shift+Digit1');
  await expect(page.getByTestId(`canvas.collapse.${VPC}`)).toBeInViewport();
  await page.getByTestId(`canvas.collapse.${VPC}`).click();
  await expect(shell.node(DB_1)).toHaveCount(0);
  await shell.toolbarButton('find').click();
  await shell.find.input().fill('db-1');
  await shell.find.result(DB_1).click();
  await expect(shell.node(DB_1)).toBeVisible();
  await expect.poll(() => shell.selection()).toEqual([DB_1]);
  expect(pageErrors.messages).toEqual([]);
});
