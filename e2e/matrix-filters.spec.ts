import { expect, test } from './fixtures.ts';
import { MatrixPage } from './pages/Matrix.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const WEB_2 = 'i-0a1b2c3d4e5f60002';

test('the matrix: several services as tabs, filters, keys kept from the canvas, stale after an edit', async ({
  shell,
  page,
  pageErrors,
}) => {
  const matrix = new MatrixPage(page);
  await shell.open();
  await matrix.open();

  // Three services at once: two presets and a custom TCP port (a bad port is refused first).
  await matrix.pickOnly('ssh', 'https');
  await page.getByTestId('matrix.custom.value').fill('70000');
  await page.getByTestId('matrix.custom.add').click();
  await expect(page.getByRole('alert').filter({ hasText: 'not a port' })).toBeVisible();
  await page.getByTestId('matrix.custom.value').fill('8080');
  await page.getByTestId('matrix.custom.value').press('Enter');
  await expect(page.getByRole('button', { name: 'Remove TCP 8080' })).toBeVisible();
  await matrix.compute();

  const tabs = matrix.panel.getByRole('tab');
  await expect(tabs).toHaveText(['SSH (TCP 22)', 'HTTPS (TCP 443)', 'TCP 8080']);
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  const counts = page.getByTestId('matrix.counts');
  await expect(counts).toContainText('TCP 22');

  // HTTPS: the internet reaches the web tier only. "Only allowed" keeps those rows and columns.
  await tabs.nth(1).click();
  await expect(counts).toContainText('TCP 443');
  await page.getByText('Only allowed ✓').click();
  await matrix.filter('internet', '');
  await matrix.grid.focus();
  await expect(matrix.focused).toHaveText('Internet → web-1 TCP 443: allowed');
  await expect(counts).toContainText('1 sources × 2 destinations');
  await page.keyboard.press('ArrowRight');
  await expect(matrix.focused).toHaveText('Internet → web-2 TCP 443: allowed');

  // App-tier port from the web tier: allowed by sg-app; from the internet: blocked.
  await page.getByText('All', { exact: true }).click();
  await tabs.nth(2).click();
  await matrix.filter('web-1', 'app-1');
  await matrix.grid.focus();
  await expect(matrix.focused).toHaveText('web-1 → app-1 TCP 8080: allowed');
  await matrix.filter('internet', 'app-1');
  await matrix.grid.focus();
  await expect(matrix.focused).toContainText('Internet → app-1 TCP 8080: blocked at');

  // Keys pressed in the matrix stay there: Delete must not delete the canvas's selection.
  await matrix.filter('', '');
  await page.getByText('Only blocked ✗').click();
  await matrix.grid.focus();
  await page.keyboard.press('Delete');
  expect((await shell.state()).scenario.instances).toHaveLength(6);
  // A header names its endpoint in full (the column's name and groups are cut to fit).
  const box = (await matrix.grid.boundingBox())!;
  const cell = await matrix.cursorPoint();
  await page.mouse.move(cell.x, box.y + 8);
  await expect(matrix.tooltip).toHaveText(/^Destination \S+, 10\.0\.\d+\.\d+, subnet /);
  await page.screenshot({ path: 'e2e/screenshots/matrix-filters.png' });

  // Edit the network behind the matrix: it says so, and Recompute brings it up to date.
  await page.getByTestId('matrix.minimise').click();
  await expect(matrix.panel).toBeHidden();
  await shell.selectNode(WEB_2);
  await shell.press('Delete');
  await expect.poll(async () => (await shell.state()).scenario.instances).toHaveLength(5);
  await page.getByTestId('matrix.restore').click();
  await expect(page.getByTestId('matrix.stale')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/matrix-stale.png' });
  await page.getByTestId('matrix.compute').click();
  await expect(page.getByTestId('matrix.stale')).toHaveCount(0);
  await page.getByText('All', { exact: true }).click();
  await expect(counts).toContainText('6 sources × 6 destinations');

  await page.keyboard.press('Escape');
  await expect(matrix.panel).toHaveCount(0);
  expect(pageErrors.messages).toEqual([]);
});
