import { ScenarioFileSchema } from '../src/model/schema.ts';
import { publicWebLayout, publicWebScenario } from '../src/scenarios/publicWeb.ts';
import { encodeScenarioLink } from '../src/share/codec.ts';
import { APP_URL, expect, test } from './fixtures.ts';

// This journey is a first run: the welcome shows (every other spec starts with it dismissed).
test.use({ firstRun: true, viewport: { width: 1440, height: 900 } });

const STEPS = ['Draw', 'Attach', 'Test', 'Watch the packet', 'Fix', 'Share'];

test('a first run is welcomed; the tour runs with the keyboard alone, and the welcome never returns', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  const welcome = page.getByTestId('welcome.dialog');
  await expect(welcome).toBeVisible();
  await expect(welcome.getByRole('button')).toHaveText([
    /Take the 2-minute tour/,
    /Open a teaching scenario/,
    /Import my AWS account or Terraform plan/,
    /Start empty/,
    'Close',
  ]);
  await page.screenshot({ path: 'e2e/screenshots/welcome-1440.png' });

  // Keyboard alone: the tour is the first choice and has focus.
  await expect(page.getByTestId('welcome.tour')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(welcome).toHaveCount(0);
  const card = page.getByTestId('tour.card');
  const title = page.getByTestId('tour.title');
  for (const [k, step] of STEPS.entries()) {
    await expect(title).toHaveText(step);
    await expect(card).toContainText(`Step ${k + 1} of ${STEPS.length}`);
    await expect(page.getByTestId('tour.next')).toBeFocused();
    if (step === 'Draw') {
      await expect(page.getByTestId('tour.ring')).toBeVisible();
      await page.screenshot({ path: 'e2e/screenshots/tour-draw.png' });
      // Tab stays inside the card; → and ← move, as Enter does.
      await page.keyboard.press('Tab');
      await expect(page.getByTestId('tour.end')).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(title).toHaveText('Attach');
      await page.keyboard.press('ArrowLeft');
      await expect(title).toHaveText('Draw');
    }
    if (step === 'Test') await expect(page.getByTestId('flows.panel')).toBeVisible();
    if (step === 'Fix') {
      // The tour drives the real app: a flow is explained under the ring.
      await expect(page.getByTestId('explain.verdict')).toBeVisible();
      await page.screenshot({ path: 'e2e/screenshots/tour-fix.png' });
    }
    await page.keyboard.press('Enter');
  }
  await expect(card).toHaveCount(0);

  // Never again, reload after reload.
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByTestId('app.scenario-name')).toBeVisible();
  await expect(welcome).toHaveCount(0);
  expect(pageErrors.messages).toEqual([]);
});

test('Escape ends the tour; "Start empty" opens an empty canvas that says what to do', async ({
  page,
}) => {
  await page.goto(APP_URL);
  await page.getByTestId('welcome.tour').click();
  await expect(page.getByTestId('tour.card')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour.card')).toHaveCount(0);
  // The tour stays one click away, in the keyboard shortcuts dialog.
  await page.getByTestId('toolbar.shortcuts').click();
  await page.getByTestId('shortcuts.tour').click();
  await expect(page.getByTestId('tour.title')).toHaveText('Draw');
  await page.keyboard.press('Escape');

  await page.evaluate(() => localStorage.removeItem('vpc-flow-lab:welcome'));
  await page.reload();
  await page.getByTestId('welcome.empty').click();
  await expect(page.getByTestId('canvas.empty-hint')).toContainText(
    'Drag a VPC from the palette on the left onto this canvas.',
  );
  await page.screenshot({ path: 'e2e/screenshots/welcome-empty-canvas.png' });
});

test('a shared link is never greeted', async ({ page }) => {
  const link = encodeScenarioLink(
    ScenarioFileSchema.parse({
      format: 'vpc-flow-lab',
      version: 2,
      scenario: { ...publicWebScenario, name: 'From a colleague' },
      layout: publicWebLayout,
    }),
  );
  await page.goto(`${APP_URL}#s=${link}`);
  await expect(page.getByTestId('app.scenario-name')).toHaveText('From a colleague');
  await expect(page.getByTestId('welcome.dialog')).toHaveCount(0);
});

test.describe('at 1024 px', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('the welcome fits', async ({ page }) => {
    await page.goto(APP_URL);
    await expect(page.getByTestId('welcome.dialog')).toBeVisible();
    await expect(page.getByTestId('welcome.close')).toBeInViewport();
    await page.screenshot({ path: 'e2e/screenshots/welcome-1024.png' });
  });
});
