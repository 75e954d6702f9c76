import { APP_URL, expect, test } from './fixtures.ts';
import { MatrixPage } from './pages/Matrix.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('the matrix of the three-tier scenario: PostgreSQL from web is blocked, from app allowed; a cell animates; CSV', async ({
  page,
  pageErrors,
}) => {
  const matrix = new MatrixPage(page);
  await page.goto(APP_URL);
  await expect(page.getByTestId('canvas')).toBeVisible();

  await matrix.open();
  await matrix.pickOnly('postgresql');
  await matrix.compute();
  await expect(page.getByTestId('matrix.counts')).toContainText('7 sources × 7 destinations');
  await page.screenshot({ path: 'e2e/screenshots/matrix-computed.png' });

  // Read two cells through the keyboard cursor and its live region.
  await matrix.filter('web-1', 'db-1');
  expect(await matrix.firstCellSentence()).toBe(
    'web-1 → db-1 TCP 5432: blocked at security-group-ingress (request)',
  );
  await matrix.filter('app-1', 'db-1');
  await matrix.grid.focus();
  await expect(matrix.focused).toHaveText('app-1 → db-1 TCP 5432: allowed');

  // Hover shows the same sentence; the arrow keys move the cursor.
  await matrix.filter('', '');
  await matrix.grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(matrix.focused).toContainText('→');
  const web1ToDb1 = await findCell(matrix, 'web-1', 'db-1');
  await page.mouse.move(web1ToDb1.x, web1ToDb1.y);
  await expect(matrix.tooltip).toHaveText(
    'web-1 → db-1 TCP 5432: blocked at security-group-ingress (request)',
  );
  await page.screenshot({ path: 'e2e/screenshots/matrix-hover.png' });

  // Export: one row per source, one column per destination.
  const { download, text } = await matrix.exportCsv();
  expect(download.suggestedFilename()).toBe('reachability-tcp-5432.csv');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe('service,source,web-1,web-2,app-1,app-2,db-1,db-2,Internet');
  expect(lines).toHaveLength(8);
  const web1 = lines.find((l) => l.startsWith('TCP 5432,web-1,'))?.split(',');
  expect(web1?.[2 + 4]).toBe('blocked:security-group-ingress');
  const app1 = lines.find((l) => l.startsWith('TCP 5432,app-1,'))?.split(',');
  expect(app1?.[2 + 4]).toBe('allowed');

  const flowsBefore = (await page.evaluate(() => window.__vfl?.state().scenario.flows.length)) ?? 0;
  // A click animates the flow: the overlay shrinks, the flow becomes the sim's active preview.
  await page.mouse.click(web1ToDb1.x, web1ToDb1.y);
  await expect(matrix.panel).toBeHidden();
  await expect(page.getByTestId('matrix.minimised')).toBeVisible();
  // The flow is shown unsaved: the scenario's saved flows do not change.
  expect((await page.evaluate(() => window.__vfl?.state().scenario.flows.length)) ?? 0).toBe(
    flowsBefore,
  );
  // The canvas plays it: the packet stops at the hop that denies (when the animation is there).
  const controls = page.getByTestId('anim.controls');
  if (await controls.isVisible()) {
    await expect(page.getByTestId('anim.hop-label')).toHaveAttribute('data-verdict', 'deny', {
      timeout: 15_000,
    });
  }
  // When the flow tester's explanation is on the page, it explains this very flow.
  const explanation = page.getByTestId('explain.panel');
  if (await explanation.isVisible()) {
    await expect(page.getByTestId('explain.flow')).toContainText('web-1 → db-1 TCP 5432');
    await expect(page.getByTestId('explain.headline')).toContainText('Blocked');
  }
  await page.screenshot({ path: 'e2e/screenshots/matrix-cell-animated.png' });

  await page.getByTestId('matrix.restore').click();
  await expect(matrix.panel).toBeVisible();
  expect(pageErrors.messages).toEqual([]);
});

/** Moves the keyboard cursor to a cell by name (rows and columns are in grouped order). */
async function findCell(matrix: MatrixPage, source: string, destination: string) {
  await matrix.grid.focus();
  await matrix.page.keyboard.press('Control+Home');
  for (let k = 0; k < 8; k++) {
    const text = (await matrix.focused.textContent()) ?? '';
    if (text.startsWith(`${source} →`)) break;
    await matrix.page.keyboard.press('ArrowDown');
  }
  for (let k = 0; k < 8; k++) {
    const text = (await matrix.focused.textContent()) ?? '';
    if (text.startsWith(`${source} → ${destination} `)) break;
    await matrix.page.keyboard.press('ArrowRight');
  }
  await expect(matrix.focused).toContainText(`${source} → ${destination} `);
  return matrix.cursorPoint();
}
