import { APP_URL, expect, test } from './fixtures.ts';
import { Flows } from './pages/Flows.ts';
import { NaclEditor } from './pages/NaclEditor.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const APP_ACL = 'acl-0a1b2c3d4e5f60002';
const APP_TO_INTERNET = 'flow-0a1b2c3d4e5f60006';

test('a crashed engine is said, restarted, and the next edit is evaluated', async ({ page }) => {
  await page.goto(APP_URL);
  const flows = new Flows(page);
  await flows.open();
  await expect(flows.badge(APP_TO_INTERNET)).toHaveText('✓PASS');

  await page.evaluate(() => window.__vfl?.crashEngine());
  await expect(page.getByTestId('message.error')).toContainText(
    'The engine stopped (the engine failed: crash requested); it was restarted and your work is safe.',
  );
  await page.screenshot({ path: 'e2e/screenshots/flows-engine-crash.png' });

  // The page keeps working: an edit is evaluated by the restarted worker.
  const acls = new NaclEditor(page);
  await acls.open();
  await acls.toggleAcl(APP_ACL);
  await acls.entry('ingress', 110, 'portTo').fill('1025');
  await flows.open();
  await expect(flows.badge(APP_TO_INTERNET)).toHaveText('✗FAIL');
  await expect(page.getByTestId('flows.engine-error')).toHaveCount(0);
});
