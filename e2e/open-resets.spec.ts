import { existsSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { MatrixPage } from './pages/Matrix.ts';
import { BUNDLE, SharePage } from './pages/Share.ts';
import { simOf } from './pages/Flows.ts';

test.use({ viewport: { width: 1280, height: 800 } });
test.beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`the shared sample ${BUNDLE} is missing`);
});

const DB_1 = 'i-0a1b2c3d4e5f60005'; // three-tier (src/scenarios/threeTier.ts)

test('importing a network leaves nothing of the one before: no flow shown, no grid, no selection, no undo', async ({
  page,
  shell,
  pageErrors,
}) => {
  await shell.open();
  // A flow picked in the matrix plays on the canvas, and a node is selected.
  const matrix = new MatrixPage(page);
  await matrix.open();
  await matrix.pickOnly('postgresql');
  await matrix.compute();
  await matrix.filter('web-1', 'db-1');
  expect(await matrix.firstCellSentence()).toContain('web-1 → db-1 TCP 5432');
  const cell = await matrix.cursorPoint();
  await page.mouse.click(cell.x, cell.y);
  await expect(page.getByTestId('matrix.minimised')).toBeVisible();
  await expect(page.getByTestId('anim.controls')).toBeVisible();
  await shell.selectNode(DB_1);

  // Another network comes in.
  const share = new SharePage(page);
  await share.importFiles(BUNDLE);
  await expect(share.import.summary()).toContainText('AWS: acme-prod, acme-shared');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('app.scenario-name')).toHaveText('AWS: acme-prod, acme-shared');

  // Nothing of the three-tier scenario survives: no animation, no explanation of its flow …
  await expect(page.getByTestId('anim.controls')).toHaveCount(0);
  await expect(page.getByText(/is not an instance of this scenario/)).toHaveCount(0);
  const sim = await simOf(page);
  expect(sim.active.flowId).toBeNull();
  expect(sim.preview).toBeNull();
  expect(await shell.selection()).toEqual([]);
  // … no grid of the old network (the matrix asks for a Compute of this one) …
  await expect(page.getByTestId('matrix.minimised')).toHaveCount(0);
  await matrix.open();
  await expect(matrix.grid).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/open-resets-matrix.png' });
  await page.keyboard.press('Escape');
  // … and no undo back into it.
  const before = await shell.state();
  await shell.press('Control+Z');
  expect((await shell.state()).scenario).toEqual(before.scenario);
  await page.screenshot({ path: 'e2e/screenshots/open-resets.png' });
  expect(pageErrors.messages).toEqual([]);
});
