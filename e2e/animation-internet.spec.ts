import { APP_URL, expect, test } from './fixtures.ts';
import { AnimationPage } from './pages/Animation.ts';

test.use({ viewport: { width: 1280, height: 800 } });

// The three-tier example's saved flows.
const APP1_TO_INTERNET = 'flow-0a1b2c3d4e5f60006';
const WEB1_TO_DB1 = 'flow-0a1b2c3d4e5f60004';
const NAT = 'nat-0a1b2c3d4e5f60001';
const IGW = 'igw-0a1b2c3d4e5f60001';

test('app-1 → the internet: through the NAT gateway and the internet gateway, out and back', async ({
  page,
  pageErrors,
}) => {
  const anim = new AnimationPage(page);
  await page.goto(APP_URL);
  await anim.showFlow(APP1_TO_INTERNET);
  await expect(anim.counter).toHaveText('At the source · 15 hops');

  // Out of private-app, through the router, into public-web to the NAT gateway.
  for (let k = 0; k < 5; k++) await anim.stepForward();
  await expect(anim.hopLabel).toContainText('Allowed · Request · NAT gateway at three-tier-nat');
  await expect(anim.focus).toHaveAttribute('data-resource-id', NAT);
  const nat = (await page.getByTestId(`canvas.node.${NAT}`).boundingBox())!;
  const atNat = await anim.packetCentre();
  expect(Math.abs(atNat.x - (nat.x + nat.width / 2))).toBeLessThan(3);
  expect(Math.abs(atNat.y - (nat.y + nat.height / 2))).toBeLessThan(3);

  // On to the internet gateway; the internet it talks to is drawn above it.
  for (let k = 0; k < 3; k++) await anim.stepForward();
  await expect(anim.counter).toHaveText('Hop 8 of 15');
  await expect(anim.hopLabel).toContainText('Request · Internet gateway at three-tier-igw');
  await expect(anim.focus).toHaveAttribute('data-resource-id', IGW);
  const internet = page.getByTestId('anim.internet');
  await expect(internet).toBeVisible();
  await expect(internet).toContainText('203.0.113.80');
  const igw = (await page.getByTestId(`canvas.node.${IGW}`).boundingBox())!;
  expect((await internet.boundingBox())!.y).toBeLessThan(igw.y);
  await page.screenshot({ path: 'e2e/screenshots/animation-internet.png' });

  // The response comes back through the gateway and the NAT gateway to app-1.
  await anim.stepForward();
  await expect(anim.hopLabel).toContainText('Response · Internet gateway');
  for (let k = 0; k < 6; k++) await anim.stepForward();
  await expect(anim.counter).toHaveText('Hop 15 of 15');
  await expect(anim.hopLabel).toContainText('Allowed · Response · SG in at app-1 · stateful');
  await expect(anim.button('step-forward')).toBeDisabled();
  await expect(anim.overlay).toHaveAttribute('data-blocked', 'false');

  expect(pageErrors.messages).toEqual([]);
});

test('with reduced motion the packet jumps from hop to hop', async ({ page, pageErrors }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const anim = new AnimationPage(page);
  await page.goto(APP_URL);
  await anim.showFlow(WEB1_TO_DB1);
  await page.getByTestId('anim.speed').selectOption('2');

  // Every place the packet is drawn at, frame by frame, while it plays to the block.
  const places = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const packet = document.querySelector('[data-testid="anim.packet"]');
        const seen = new Set<string | null>();
        const t0 = performance.now();
        const tick = () => {
          seen.add(packet?.getAttribute('transform') ?? null);
          if (performance.now() - t0 < 2800) requestAnimationFrame(tick);
          else resolve(seen.size);
        };
        requestAnimationFrame(tick);
      }),
  );
  await anim.button('play').click();
  await anim.arrivedAt(4);
  // Only the hops' own places (the first hop is where the packet starts): no frame in between.
  expect(await places).toBeLessThanOrEqual(5);
  await expect(anim.badge).toHaveAttribute('data-verdict', 'deny');

  expect(pageErrors.messages).toEqual([]);
});
