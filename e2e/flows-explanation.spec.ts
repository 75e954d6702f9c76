import { APP_URL, expect, test } from './fixtures.ts';
import { Flows } from './pages/Flows.ts';

test.use({ viewport: { width: 1440, height: 900 } });

// Three-tier: app-1 reaches the internet through the NAT gateway; web-1 → db-1 is blocked at the
// db group and expected so, until the journey expects it allowed.
const APP_TO_INTERNET = 'flow-0a1b2c3d4e5f60006';
const WEB_TO_DB = 'flow-0a1b2c3d4e5f60004';

test('the explanation reads summary first, names first, hop cards opened by keyboard, a why card', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  const flows = new Flows(page);
  await flows.open();
  await flows.select(APP_TO_INTERNET);
  await expect(flows.headline()).toHaveText('✓Allowed');

  // The strip: one item per hop, in order; every card is closed (nothing denied).
  const strip = page.getByTestId('explain.strip');
  await expect(strip).toContainText('SG out');
  await expect(strip).toContainText('↩ Response');
  await expect(strip.locator('li')).toHaveCount(await flows.hops().count());
  await expect(flows.hops().and(page.locator('[data-open="true"]'))).toHaveCount(0);

  // The route to the NAT gateway, opened with the keyboard: names first, the ID on a muted line.
  const route = flows
    .hops()
    .and(page.locator('[data-layer="route"]'))
    .filter({ hasText: 'private' })
    .first();
  const header = route.getByRole('button', { name: /Route table/ });
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(route).toHaveAttribute('data-open', 'true');
  await expect(header).toHaveAttribute('aria-expanded', 'true');
  await expect(route).toContainText(/sends 0\.0\.0\.0\/0 to the NAT gateway/);
  await expect(route.locator('p').first()).not.toContainText('rtb-');
  await expect(route.locator('[data-id^="nat-"]').first()).toHaveAttribute('title', /^nat-/);

  // Its why card: longest prefix match, written in the app, citing AWS's page.
  await page.keyboard.press('Tab');
  await expect(
    route.getByRole('button', { name: /Why\? The most specific route wins/ }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  const card = route.getByTestId('explain.why-card.longest-prefix');
  await expect(card).toContainText('longest prefix');
  await expect(card.getByRole('link')).toHaveAttribute(
    'href',
    'https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html',
  );
  await route.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/explain-light.png' });

  // Playing step by step: the current hop opens and scrolls into the panel's view.
  await page.getByTestId('anim.step-forward').click();
  await page.getByTestId('anim.step-forward').click();
  const current = flows.hops().and(page.locator('[data-current="true"]'));
  await expect(current).toHaveAttribute('data-open', 'true');
  await expect(current).toBeInViewport();

  // Expected allowed, a blocked flow shows its fixes right under the verdict, above the strip;
  // its deciding hop is open, the strip names where it stopped.
  await page.getByTestId(`flows.item.${WEB_TO_DB}.edit`).click();
  await flows.editor('expected').selectOption('allowed');
  await flows.save();
  await expect(flows.fix(0)).toBeVisible();
  const fixesAbove = await page.evaluate(() => {
    const fixes = document.querySelector('[data-testid="explain.fixes"]');
    const stripEl = document.querySelector('[data-testid="explain.strip"]');
    return !!fixes && !!stripEl && !!(fixes.compareDocumentPosition(stripEl) & 4);
  });
  expect(fixesAbove).toBe(true);
  await expect(strip.locator('[data-verdict="deny"]')).toHaveText(/✗ denied: SG in at db-1$/);
  await expect(flows.hops().and(page.locator('[data-verdict="deny"]'))).toHaveAttribute(
    'data-open',
    'true',
  );
  await page.getByTestId('toolbar.toggle-theme').click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByTestId('explain.panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/explain-dark.png' });
  expect(pageErrors.messages).toEqual([]);
});

test.describe('at 1024 px', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('the summary reads in the narrower panel', async ({ page }) => {
    await page.goto(APP_URL);
    const flows = new Flows(page);
    await flows.open();
    await flows.select(WEB_TO_DB);
    await expect(page.getByTestId('explain.strip')).toBeVisible();
    await page.getByTestId('explain.panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'e2e/screenshots/explain-1024.png' });
  });
});
