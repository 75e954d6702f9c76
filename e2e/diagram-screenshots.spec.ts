import { builtInChallenges, builtInScenarios } from '../src/scenarios/index.ts';
import { expect, test } from './fixtures.ts';
import { Library } from './pages/Library.ts';

/**
 * Every built-in scenario as a reviewer sees it: light and dark, on a laptop (1440×900) and a
 * small screen (1024×768), fitted to the view, with route edges and security chips drawn. The
 * pictures go to e2e/screenshots/diagram/ (kept out of git) to be looked at.
 */
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

for (const builtIn of [...builtInScenarios, ...builtInChallenges]) {
  test(`diagram: ${builtIn.id} reads in both themes at two sizes`, async ({
    page,
    shell,
    pageErrors,
  }) => {
    const library = new Library(page);
    await page.setViewportSize(SIZES[0]);
    await shell.open();
    await library.gallery.open();
    await library.gallery.openBuiltIn(builtIn.id);
    const s = builtIn.scenario;
    // A scenario whose tables send anything beyond the VPC draws a route edge for it.
    const routed = s.routeTables.some((t) => t.routes.some((r) => r.target !== 'local'));
    if (routed) await expect(page.locator('[data-testid^="canvas.route."]').first()).toBeVisible();
    const grouped = s.instances.some((i) => i.securityGroupIds.length > 0);
    if (grouped)
      await expect(page.locator('[data-testid^="canvas.sg-chip."]').first()).toBeVisible();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const theme of ['light', 'dark'] as const) {
        const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
        if (dark !== (theme === 'dark')) await page.keyboard.press('Shift+T');
        await page.keyboard.press('Shift+1');
        await page.waitForTimeout(350);
        await page.screenshot({
          path: `e2e/screenshots/diagram/${builtIn.id}-${theme}-${size.width}.png`,
        });
      }
    }
    expect(pageErrors.messages).toEqual([]);
  });
}
