import { expect, test } from './fixtures.ts';
import { AnimationPage } from './pages/Animation.ts';
import { Flows } from './pages/Flows.ts';

test.use({ viewport: { width: 1280, height: 800 } });

// The three-tier scenario's first saved flow (src/scenarios/threeTier.ts).
const HTTPS_IN = 'flow-0a1b2c3d4e5f60001';

test('a selected flow can be deselected: a second click, Escape, or a click on the empty canvas', async ({
  page,
  shell,
  pageErrors,
}) => {
  await shell.open();
  const flows = new Flows(page);
  const animation = new AnimationPage(page);
  const shown = () => flows.item(HTTPS_IN);

  // Clicking the flow again hides it.
  await animation.showFlow(HTTPS_IN);
  await expect(shown()).toHaveAttribute('data-active', 'true');
  await expect(page.getByTestId(`flows.item.${HTTPS_IN}.select`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await flows.select(HTTPS_IN);
  await expect(shown()).toHaveAttribute('data-active', 'false');
  await expect(animation.controls).toHaveCount(0);

  // Escape hides it.
  await flows.select(HTTPS_IN);
  await expect(animation.controls).toBeVisible();
  await page.getByTestId('canvas').focus();
  await shell.press('Escape');
  await expect(animation.controls).toHaveCount(0);
  await expect(shown()).toHaveAttribute('data-active', 'false');

  // A click on the empty canvas hides it.
  await flows.select(HTTPS_IN);
  await expect(animation.controls).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/flows-deselect-shown.png' });
  await page.locator('.react-flow__pane').click({ position: { x: 12, y: 12 } });
  await expect(animation.controls).toHaveCount(0);
  await expect(shown()).toHaveAttribute('data-active', 'false');
  await page.screenshot({ path: 'e2e/screenshots/flows-deselect-hidden.png' });
  expect(pageErrors.messages).toEqual([]);
});
