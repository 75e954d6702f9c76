import { mkdirSync, writeFileSync } from 'node:fs';
import { toScenarioFile } from '../src/model/envelope.ts';
import { generateAccount } from '../src/model/__fixtures__/largeAccount.ts';
import { APP_URL, expect, test } from './fixtures.ts';
import { MatrixPage } from './pages/Matrix.ts';
import { SharePage } from './pages/Share.ts';

/*
 * Issue 12: a generated account of 10,000 interfaces (25 VPCs joined by a transit gateway, most
 * interfaces AWS-managed) is imported, opens with its VPCs collapsed, and its matrix is read by
 * subnet: a cell of two subnets says whether all their pairs are allowed, blocked or mixed; it
 * drills down to the pairs, and a blocked pair plays on the canvas.
 * Looked at: e2e/screenshots/matrix-large-by-subnet.png, matrix-large-drill.png.
 */

test.use({ viewport: { width: 1400, height: 900 } });
test.setTimeout(300_000);

const FILE = 'test-results/account-10000.json';

test.beforeAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(FILE, JSON.stringify(toScenarioFile(generateAccount({ interfaces: 10_000 }))));
});

test('a 10,000-interface account: the matrix by subnet, a drill-down to a blocked pair, played', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  await expect(page.getByTestId('canvas')).toBeVisible();
  const share = new SharePage(page);
  await share.importFiles(FILE);
  await expect
    .poll(() => page.evaluate(() => window.__vfl?.state().scenario.networkInterfaces.length ?? 0), {
      timeout: 60_000,
    })
    .toBeGreaterThan(8000);
  // Opened with every VPC collapsed: the canvas draws 25 boxes, not 10,000 interfaces.
  const collapsed = await page.evaluate(() => {
    const s = window.__vfl?.state();
    return s ? s.scenario.vpcs.filter((v) => s.layout.nodes[v.id]?.collapsed).length : 0;
  });
  expect(collapsed).toBe(25);

  const matrix = new MatrixPage(page);
  await matrix.open();
  await matrix.pickOnly('postgresql');
  await page.getByTestId('matrix.compute').click();
  await expect(matrix.grid).toBeVisible({ timeout: 180_000 });
  await page.getByTestId('matrix.group-by').selectOption('subnet');
  await expect(page.getByTestId('matrix.counts')).toContainText('sources ×');
  await page.screenshot({ path: 'e2e/screenshots/matrix-large-by-subnet.png' });

  // The load balancers' public subnet to the databases' subnet: every pair blocked.
  await matrix.filter('prod-payments-public-a', 'prod-payments-data-a');
  await matrix.grid.focus();
  await expect(matrix.focused).toHaveText(
    /^prod-payments-public-a → prod-payments-data-a TCP 5432: all [\d,]+ blocked$/,
  );
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('matrix.drill')).toContainText(
    'Pairs of prod-payments-public-a → prod-payments-data-a',
  );
  await matrix.filter('', '');
  await matrix.grid.focus();
  await expect(matrix.focused).toContainText('TCP 5432: blocked at security-group-ingress');
  await page.screenshot({ path: 'e2e/screenshots/matrix-large-drill.png' });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('matrix.minimised')).toBeVisible();
  const explanation = page.getByTestId('explain.panel');
  if (await explanation.isVisible()) {
    await expect(page.getByTestId('explain.headline')).toContainText('Blocked', {
      timeout: 30_000,
    });
  }
  expect(pageErrors.messages).toEqual([]);
});
