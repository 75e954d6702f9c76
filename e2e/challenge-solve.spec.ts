import { expect, test } from './fixtures.ts';
import { Challenge } from './pages/Challenge.ts';
import { Inspector } from './pages/Inspector.ts';
import { Library } from './pages/Library.ts';
import { SgEditor } from './pages/SgEditor.ts';

test.use({ viewport: { width: 1280, height: 800 } });

// Challenge 1's fixed IDs (src/scenarios/challenges/openHttps.ts).
const WEB_GROUP = 'sg-0c001000000000002';
const WEB_1 = 'i-0c001000000000001';
const GOAL_HTTPS = 'flow-0c001000000000001';
const GOAL_SSH = 'flow-0c001000000000003';

test('solve the first built-in challenge by adding the HTTPS rule', async ({
  page,
  shell,
  pageErrors,
}) => {
  const library = new Library(page);
  const challenge = new Challenge(page);
  await shell.open();
  await library.gallery.open();
  await library.gallery.openBuiltIn('challenge-open-https');
  await expect(library.scenarioName()).toHaveText('Challenge 1: open HTTPS');

  // Broken on purpose: HTTPS is refused, the other two goals hold.
  await expect(challenge.banner()).toContainText('Let HTTPS (TCP 443) reach web-1');
  await expect(challenge.status()).toHaveText('2 of 3 goals met');
  await expect(challenge.goal(GOAL_HTTPS)).toHaveAttribute('data-state', 'unmet');
  await expect(challenge.goal(GOAL_HTTPS)).toContainText('now blocked');
  await expect(challenge.banner().getByTestId('challenge.locked')).toContainText('web-1');
  await page.screenshot({ path: 'e2e/screenshots/challenge-start.png' });

  // A locked resource looks locked before any click: its fields are disabled under a padlock
  // and the reason, and its node on the canvas carries the padlock.
  const inspector = new Inspector(page);
  await inspector.inspect(WEB_1);
  await expect(page.getByTestId('inspector.locked')).toContainText(
    'The instance web-1 (i-0c001000000000001) is locked by the challenge',
  );
  await expect(page.getByTestId('inspector.field.publicIp.toggle')).toBeDisabled();
  await expect(page.getByTestId(`canvas.lock.${WEB_1}`)).toBeVisible();
  await expect(page.getByTestId('toolbar.delete')).toBeDisabled();
  await expect(page.getByTestId('toolbar.delete.lock')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/challenge-locked-inspector.png' });
  expect((await shell.state()).scenario.instances[0]?.publicIp).toBe('198.51.100.90');

  // The fix: one inbound rule in the web group.
  const groups = new SgEditor(page);
  await groups.open();
  await expect(groups.group(WEB_GROUP)).toBeVisible();
  if (
    (await page.getByTestId(`sg.group.${WEB_GROUP}.toggle`).getAttribute('aria-expanded')) !==
    'true'
  ) {
    await groups.toggleGroup(WEB_GROUP);
  }
  await groups.addRule('ingress', 'HTTPS', '0.0.0.0/0');

  await expect(challenge.status()).toHaveText('Challenge solved!');
  await expect(challenge.banner()).toHaveAttribute('data-solved', 'true');
  await expect(challenge.goal(GOAL_HTTPS)).toHaveAttribute('data-state', 'met');
  await expect(challenge.goal(GOAL_SSH)).toHaveAttribute('data-state', 'met');
  // Said to screen readers too: the status is a polite live region.
  await expect(challenge.status()).toHaveAttribute('aria-live', 'polite');
  await page.screenshot({ path: 'e2e/screenshots/challenge-solved.png' });
  expect(pageErrors.messages).toEqual([]);
});
