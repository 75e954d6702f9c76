import { APP_URL, expect, test } from './fixtures.ts';
import { AnimationPage } from './pages/Animation.ts';

test.use({ viewport: { width: 1280, height: 800 } });

// The three-tier example's saved flow "web-1 → db-1 PostgreSQL (skips the app tier)".
const WEB1_TO_DB1 = 'flow-0a1b2c3d4e5f60004';
const DB1 = 'i-0a1b2c3d4e5f60005';
const VPC = 'vpc-0a1b2c3d4e5f60001';

/** Whether a point is in a box or on its edge (give or take a pixel or two). */
const within = (
  p: { x: number; y: number },
  b: { x: number; y: number; width: number; height: number },
) => p.x >= b.x - 2 && p.x <= b.x + b.width + 2 && p.y >= b.y - 2 && p.y <= b.y + b.height + 2;

test('step a packet from web-1 toward db-1, back and forth, until it stops in red at db-1’s security group', async ({
  page,
  pageErrors,
}) => {
  const anim = new AnimationPage(page);
  await page.goto(APP_URL);
  await anim.showFlow(WEB1_TO_DB1);

  // Before the first hop the packet sits at web-1's edge, where its security group is.
  const web1 = (await page.getByTestId('canvas.node.i-0a1b2c3d4e5f60001').boundingBox())!;
  const start = await anim.packetCentre();
  expect(within(start, web1)).toBe(true);

  // Hop 1: out of web-1 through its security group.
  await anim.stepForward();
  await expect(anim.counter).toHaveText('Hop 1 of 10');
  await expect(anim.hopLabel).toContainText('Request · SG out');
  await expect(anim.badge).toHaveAttribute('data-verdict', 'allow');
  const hop1 = await anim.packetCentre();

  // Hop 2: across public-web's border (its NACL), hop 3: the VPC's router.
  await anim.stepForward();
  await expect(anim.hopLabel).toContainText(
    'Allowed · Request · NACL out at public-web · rule 100',
  );
  const hop2 = await anim.packetCentre();
  expect(hop2).not.toEqual(hop1);
  await anim.stepForward();
  await expect(anim.counter).toHaveText('Hop 3 of 10');
  await expect(anim.hopLabel).toContainText('Route');
  await expect(page.getByTestId(`anim.router.${VPC}`)).toBeVisible();
  const router = (await page.getByTestId(`anim.router.${VPC}`).boundingBox())!;
  const hop3 = await anim.packetCentre();
  expect(Math.abs(hop3.x - (router.x + router.width / 2))).toBeLessThan(4);
  await expect(anim.announce).toHaveText(/^Request, Route at public-web: allowed by route/);
  await page.screenshot({ path: 'e2e/screenshots/animation-mid-path.png' });

  // Back one hop, from the keyboard: the packet returns to the subnet's border.
  await anim.button('step-back').focus();
  await page.keyboard.press('Enter');
  await anim.arrivedAt(1);
  await expect(anim.counter).toHaveText('Hop 2 of 10');
  await expect(anim.hopLabel).toContainText('NACL out');
  const back = await anim.packetCentre();
  expect(Math.hypot(back.x - hop2.x, back.y - hop2.y)).toBeLessThan(1);

  // On through private-db's NACL to db-1's security group, where no rule admits it.
  await anim.stepForward();
  await anim.stepForward();
  await expect(anim.hopLabel).toContainText('Request · NACL in at private-db · rule 100');
  await expect(anim.announce).toHaveText('Request, NACL in at private-db: allowed by rule 100.');
  await anim.stepForward();
  await expect(anim.counter).toHaveText('Hop 5 of 10');
  await expect(anim.hopLabel).toContainText('Blocked · Request · SG in at db-1 · no rule allows');
  await expect(anim.hopLabel).toHaveAttribute('data-verdict', 'deny');
  await expect(anim.badge).toHaveAttribute('data-verdict', 'deny');
  await expect(anim.overlay).toHaveAttribute('data-blocked', 'true');
  await expect(anim.focus).toHaveAttribute('data-resource-id', DB1);
  await expect(anim.focus).toHaveAttribute('data-mark', 'deny');
  await expect(anim.announce).toHaveText(/^Request, SG in at db-1: blocked\./);
  // It stops there: the hops after the first deny are the blocked path, not travelled.
  await expect(anim.button('step-forward')).toBeDisabled();
  const db1 = (await page.getByTestId(`canvas.node.${DB1}`).boundingBox())!;
  expect(within(await anim.packetCentre(), db1)).toBe(true);
  await page.screenshot({ path: 'e2e/screenshots/animation-blocked.png' });

  expect(pageErrors.messages).toEqual([]);
});

test('play runs the packet hop by hop and stops at the block; step mode stops after each hop', async ({
  page,
  pageErrors,
}) => {
  const anim = new AnimationPage(page);
  await page.goto(APP_URL);
  await anim.showFlow(WEB1_TO_DB1);

  // Record the packet's place at every frame while it plays to the block: it glides between
  // hops, so it is seen at more places than the five it stops at.
  const places = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const packet = document.querySelector('[data-testid="anim.packet"]');
        const overlay = document.querySelector<HTMLElement>('[data-testid="anim.overlay"]');
        const seen = new Set<string | null>();
        const t0 = performance.now();
        const tick = () => {
          seen.add(packet?.getAttribute('transform') ?? null);
          const home = overlay?.dataset.step === '4' && overlay.dataset.arrived === 'true';
          if (!home && performance.now() - t0 < 10_000) requestAnimationFrame(tick);
          else resolve(seen.size);
        };
        requestAnimationFrame(tick);
      }),
  );
  await anim.button('play').click();
  await expect(anim.button('pause')).toBeEnabled();
  expect(await places).toBeGreaterThan(8);
  await anim.arrivedAt(4);
  await expect(anim.counter).toHaveText('Hop 5 of 10');
  await expect(anim.button('pause')).toBeDisabled();
  await expect(anim.announce).toHaveText(/^Request, SG in at db-1: blocked\./);

  // Step mode: play moves one hop, then waits for the next press.
  await anim.button('restart').click();
  await anim.arrivedAt(-1);
  await page.getByTestId('anim.step-mode').check();
  await anim.button('play').click();
  await anim.arrivedAt(0);
  await expect(anim.button('pause')).toBeDisabled();
  await anim.button('play').click();
  await anim.arrivedAt(1);
  await expect(anim.counter).toHaveText('Hop 2 of 10');

  expect(pageErrors.messages).toEqual([]);
});
