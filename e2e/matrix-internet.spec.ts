import { existsSync } from 'node:fs';
import { APP_URL, expect, test } from './fixtures.ts';
import { Flows } from './pages/Flows.ts';
import { MatrixPage } from './pages/Matrix.ts';
import { BUNDLE, SharePage } from './pages/Share.ts';

/*
 * Issue 9, item 3: one definition of the internet for every view. On the bundle sample the
 * bastion admits SSH from 203.0.113.0/24 only. The matrix has a row per piece of the internet:
 * the one holding 203.0.113.50 says allowed, as the saved flow from 203.0.113.50 does; every other
 * address says blocked. Looked at: e2e/screenshots/matrix-internet-pieces.png.
 */

test.use({ viewport: { width: 1400, height: 900 } });
test.beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`the shared sample ${BUNDLE} is missing`);
});

test('Internet → bastion SSH: the matrix row of 203.0.113.0/24 agrees with the flow from 203.0.113.50', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  await expect(page.getByTestId('canvas')).toBeVisible();
  const share = new SharePage(page);
  await share.importFiles(BUNDLE);
  await page.getByRole('button', { name: 'Done' }).click();

  const flows = new Flows(page);
  await flows.open();
  await flows.newFlow();
  await flows.chooseEnd('source', 'A client on the internet · 203.0.113.50');
  await flows.chooseEnd('destination', 'bastion · 10.50.0.10');
  await flows.chooseService('SSH · TCP 22');
  await flows.save();
  const item = flows.itemNamed('203.0.113.50 → bastion SSH');
  await expect(item.locator('[data-testid$=".badge"]')).toContainText(/allowed/i);

  const matrix = new MatrixPage(page);
  await matrix.open();
  await matrix.pickOnly('ssh');
  await matrix.compute();
  await matrix.filter('internet', 'bastion');
  await matrix.grid.focus();
  await expect(matrix.focused).toHaveText('Internet 203.0.113.0/24 → bastion TCP 22: allowed');
  await page.keyboard.press('ArrowDown');
  await expect(matrix.focused).toHaveText(
    'Internet (all other addresses) → bastion TCP 22: blocked at security-group-ingress (request)',
  );
  // What each row stands for is said under the grid.
  const pieces = page.getByTestId('matrix.internet');
  await pieces.locator('summary').click();
  await expect(pieces).toContainText('203.0.113.0/24, evaluated at 203.0.113.50');
  await expect(pieces).toContainText('every other public IPv4 address, evaluated at 1.0.0.1');
  await page.screenshot({ path: 'e2e/screenshots/matrix-internet-pieces.png' });

  // Playing the 203.0.113.0/24 cell plays the very flow of the Flows tab: allowed.
  await matrix.grid.focus();
  await page.keyboard.press('ArrowUp');
  await expect(matrix.focused).toHaveText('Internet 203.0.113.0/24 → bastion TCP 22: allowed');
  const cell = await matrix.cursorPoint();
  await page.mouse.click(cell.x, cell.y);
  await expect(page.getByTestId('matrix.minimised')).toBeVisible();
  const explanation = page.getByTestId('explain.panel');
  if (await explanation.isVisible()) {
    await expect(page.getByTestId('explain.flow')).toContainText('203.0.113.0/24 → bastion');
    await expect(page.getByTestId('explain.headline')).toContainText('Allowed');
  }
  expect(pageErrors.messages).toEqual([]);
});
