import { builtInChallenges, builtInScenarios } from '../src/scenarios/index.ts';
import { expect, test } from './fixtures.ts';
import { labelClashes } from './labelClashes.ts';
import { Library } from './pages/Library.ts';
import { BUNDLE, SharePage } from './pages/Share.ts';
import { zoomOf, zoomTo } from './zoom.ts';

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
    expect(await labelClashes(page)).toEqual([]);
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

// The sample account as a newcomer imports it: its labels read too, at both sizes.
test('diagram: the sample AWS account reads, labels clear of each other and of nodes', async ({
  page,
  shell,
  pageErrors,
}) => {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await shell.open();
    const share = new SharePage(page);
    await share.importFiles(BUNDLE);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.keyboard.press('Shift+1');
    await page.waitForTimeout(350);
    await page.screenshot({ path: `e2e/screenshots/diagram/sample-account-${size.width}.png` });
    // On the laptop the fitted view shows the route labels; on the small screen semantic zoom
    // may keep only the icons, labels hidden (text never under 11 px on screen).
    if (size.width === 1440)
      await expect(page.locator('[data-testid^="canvas.route."]:visible').first()).toBeVisible();
    expect(await labelClashes(page), `at ${size.width}×${size.height}`).toEqual([]);
  }
  expect(pageErrors.messages).toEqual([]);
});

/** The smallest text on the canvas, in screen pixels: font size × zoom, of what is shown. */
async function smallestText(
  page: import('@playwright/test').Page,
): Promise<{ px: number; text: string }> {
  const zoom = await zoomOf(page);
  return page.locator('.react-flow').evaluate((root, z) => {
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (
        text === '' ||
        !el ||
        el.closest(
          '.react-flow__panel, .react-flow__controls, .react-flow__attribution, .react-flow__minimap',
        )
      )
        continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || getComputedStyle(el).visibility === 'hidden')
        continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * z;
      // A chip's words at size 0 are not drawn (semantic zoom keeps the chip as a bar).
      if (px > 0 && px < smallest.px) smallest = { px, text };
    }
    return smallest;
  }, zoom);
}

// Semantic zoom: names only, then icons; no text under 11 px on screen at any zoom.
for (const id of ['three-tier', 'transit-hub-and-spoke', 's3-gateway-endpoint']) {
  test(`diagram: ${id} at 100%, 50% and 30%: icons read, no text under 11 px`, async ({
    page,
    shell,
  }) => {
    const library = new Library(page);
    await page.setViewportSize(SIZES[0]);
    await shell.open();
    await library.gallery.open();
    await library.gallery.openBuiltIn(id);
    for (const [zoom, level] of [
      [1, 'full'],
      [0.55, 'names'],
      [0.3, 'icons'],
    ] as const) {
      await zoomTo(page, zoom);
      await expect(page.getByTestId('canvas')).toHaveAttribute('data-zoom', level);
      await page.waitForTimeout(250);
      const smallest = await smallestText(page);
      expect(smallest.px, `"${smallest.text}" at ${zoom}`).toBeGreaterThanOrEqual(10.9);
      await page.screenshot({
        path: `e2e/screenshots/diagram/${id}-zoom-${Math.round(zoom * 100)}.png`,
      });
    }
  });
}
