import type { Page } from '@playwright/test';

/** The canvas's zoom, from React Flow's viewport transform. */
export async function zoomOf(page: Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((el) => {
    const m = /scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform);
    return m ? Number(m[1]) : 1;
  });
}

/** Zooms to `target` with wheel turns at the canvas's middle (d3-zoom: 2^(-deltaY × 0.002)). */
export async function zoomTo(page: Page, target: number): Promise<void> {
  const box = await page.getByTestId('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let k = 0; k < 4; k++) {
    const zoom = await zoomOf(page);
    if (Math.abs(zoom - target) < 0.004) return;
    await page.mouse.wheel(0, -Math.log2(target / zoom) / 0.002);
    await page.waitForTimeout(150);
  }
}
