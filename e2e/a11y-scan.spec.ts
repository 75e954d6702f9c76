import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures.ts';
import { Flows } from './pages/Flows.ts';
import { MatrixPage } from './pages/Matrix.ts';
import { Shell } from './pages/Shell.ts';

// axe-core over the main views: no serious or critical violation of WCAG 2.1 A and AA.
// https://www.w3.org/TR/WCAG21/ ; rules: https://dequeuniversity.com/rules/axe/
test.use({ viewport: { width: 1440, height: 900 } });
// Each scan walks the whole page: eight of them take longer than the default 30 s on 2 cores.
test.setTimeout(120_000);

async function seriousViolations(page: Page, view: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${view}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`)
          .join(' | ')}`,
    );
}

const WEB_1 = 'i-0a1b2c3d4e5f60001';
const WEB_TO_DB = 'flow-0a1b2c3d4e5f60004';

for (const theme of ['light', 'dark'] as const) {
  test(`the canvas, every side-panel tab, the gallery and the matrix pass axe (${theme})`, async ({
    page,
  }) => {
    await page.goto(APP_URL);
    const shell = new Shell(page);
    await expect(page.getByTestId('canvas')).toBeVisible();
    if (theme === 'dark') {
      await shell.toolbarButton('toggle-theme').click();
      await expect(page.locator('html')).toHaveClass(/dark/);
    }
    const found: string[] = [];
    found.push(...(await seriousViolations(page, 'canvas')));

    await shell.selectNode(WEB_1);
    found.push(...(await seriousViolations(page, 'inspector')));
    for (const tab of ['sg', 'nacl', 'routes', 'prefix']) {
      await page.getByTestId(`panel.tab.${tab}`).click();
      found.push(...(await seriousViolations(page, `tab ${tab}`)));
    }
    const flows = new Flows(page);
    await flows.open();
    await flows.select(WEB_TO_DB);
    await expect(flows.headline()).toBeVisible();
    found.push(...(await seriousViolations(page, 'flows + explanation')));

    await shell.toolbarButton('gallery').click();
    await expect(page.getByTestId('gallery.dialog')).toBeVisible();
    found.push(...(await seriousViolations(page, 'gallery')));
    await page.keyboard.press('Escape');

    const matrix = new MatrixPage(page);
    await matrix.open();
    await matrix.compute();
    found.push(...(await seriousViolations(page, 'matrix')));
    expect(found).toEqual([]);
  });
}

test.describe('a first run', () => {
  test.use({ firstRun: true });
  test('the welcome and the tour pass axe', async ({ page }) => {
    await page.goto(APP_URL);
    await expect(page.getByTestId('welcome.dialog')).toBeVisible();
    const found = await seriousViolations(page, 'welcome');
    await page.getByTestId('welcome.tour').click();
    await expect(page.getByTestId('tour.card')).toBeVisible();
    found.push(...(await seriousViolations(page, 'tour')));
    expect(found).toEqual([]);
  });
});
