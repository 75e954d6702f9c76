import { expect, test } from '@playwright/test';

/*
 * Issue 5, "Proof": the animation's frame rate. In the three-tier example, play the saved flow
 * "app-1 → internet HTTPS via NAT" (15 hops: out through the NAT and internet gateways, and the
 * response back) at speed 1, and count requestAnimationFrame callbacks in the page from the press
 * of Play until the packet is home. Headless Chromium without a GPU: indicative, not exact.
 */

const APP_TO_INTERNET = 'flow-0a1b2c3d4e5f60006';

test('animation: frame rate while a packet plays through the NAT gateway', async ({ page }) => {
  await page.goto('./?e2e=1');
  await page.getByTestId('panel.tab.flows').click();
  await page.getByTestId(`flows.item.${APP_TO_INTERNET}.select`).click();
  const overlay = page.getByTestId('anim.overlay');
  await expect(overlay).toHaveAttribute('data-step', '-1');
  const hops = Number(
    (/(\d+) hops/.exec(await page.getByTestId('anim.counter').innerText()) ?? [])[1],
  );
  expect(hops).toBeGreaterThan(10);

  await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __worst: number; __counting: boolean };
    w.__frames = 0;
    w.__worst = 0;
    w.__counting = true;
    let last = performance.now();
    const tick = (now: number) => {
      if (!w.__counting) return;
      w.__frames++;
      w.__worst = Math.max(w.__worst, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const startedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('anim.play').click();
  // Home: the last hop is shown, the packet has arrived, and playback has stopped.
  await expect(overlay).toHaveAttribute('data-step', String(hops - 1), { timeout: 60_000 });
  await expect(overlay).toHaveAttribute('data-arrived', 'true');
  await expect(page.getByTestId('anim.pause')).toHaveAttribute('aria-disabled', 'true');
  const { frames, elapsed, worst } = await page.evaluate((t0) => {
    const w = window as unknown as { __frames: number; __worst: number; __counting: boolean };
    w.__counting = false;
    return { frames: w.__frames, elapsed: performance.now() - t0, worst: w.__worst };
  }, startedAt);
  const fps = (frames * 1000) / elapsed;
  console.log(
    `animation: ${Math.round(fps)} fps over ${Math.round(elapsed)} ms (headless, indicative)`,
  );
  console.log(
    `animation: ${hops} hops at speed 1, longest frame ${Math.round(worst)} ms (goal: 60 fps)`,
  );
});
