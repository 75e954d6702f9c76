import { APP_URL, expect, test } from './fixtures.ts';

// The built-in three-tier scenario's fixed ids (src/scenarios/threeTier.ts).
const VPC = 'vpc-0a1b2c3d4e5f60001';
const INSTANCES = [1, 2, 3, 4, 5, 6].map((n) => `i-0a1b2c3d4e5f6000${n}`);

test('the app opens on the three-tier scenario without errors', async ({ page, pageErrors }) => {
  await page.goto(APP_URL);

  await expect(page).toHaveTitle('VPC Flow Lab');
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
  await expect(page.getByTestId(`canvas.node.${VPC}`)).toBeVisible();
  for (const id of INSTANCES) await expect(page.getByTestId(`canvas.node.${id}`)).toBeVisible();
  await expect(page.getByTestId(`canvas.node.${INSTANCES[0]}`)).toContainText('10.0.1.10');

  const state = await page.evaluate(() => window.__vfl?.state());
  expect(state?.scenario.instances).toHaveLength(6);

  await page.screenshot({ path: 'e2e/screenshots/smoke.png' });
  expect(pageErrors.messages).toEqual([]);
});
