import { expect, test } from './fixtures.ts';
import { Challenge } from './pages/Challenge.ts';

test.use({ viewport: { width: 1280, height: 800 } });

// The built-in three-tier scenario's fixed IDs (src/scenarios/threeTier.ts).
const HTTPS_IN = 'flow-0a1b2c3d4e5f60001';
const WEB_TO_DB = 'flow-0a1b2c3d4e5f60004';
const DB_GROUP = 'sg-0a1b2c3d4e5f60004';

test('an instructor marks goals, writes the task and locks a group', async ({
  page,
  shell,
  pageErrors,
}) => {
  const challenge = new Challenge(page);
  await shell.open();
  await expect(challenge.banner()).toHaveCount(0);

  await challenge.author.open();
  await expect(challenge.author.dialog()).toBeVisible();
  await challenge.author.task().fill('Keep the database closed to the web tier.');
  await challenge.author.goal(HTTPS_IN).check();
  await challenge.author.goal(WEB_TO_DB).check();
  await expect(challenge.author.expected(WEB_TO_DB)).toHaveValue('blocked');
  await challenge.author.lock(DB_GROUP).check();
  await page.screenshot({ path: 'e2e/screenshots/challenge-author.png' });
  await challenge.author.save().click();

  await expect(challenge.banner()).toContainText('Keep the database closed to the web tier.');
  await expect(challenge.status()).toHaveText('Challenge solved!');
  const { scenario } = await shell.state();
  expect(scenario.challenge).toEqual({
    task: 'Keep the database closed to the web tier.',
    locked: [DB_GROUP],
  });
  expect(scenario.flows.filter((f) => f.goal).map((f) => f.id)).toEqual([HTTPS_IN, WEB_TO_DB]);
  // What the students may not change is said in words, and marked on its card.
  await expect(challenge.banner().getByTestId('challenge.locked')).toContainText(
    'Locked for students: db (security group)',
  );
  await page.getByTestId('panel.tab.sg').click();
  await expect(page.getByTestId(`sg.group.${DB_GROUP}.lock`)).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/challenge-authored.png' });
  expect(pageErrors.messages).toEqual([]);
});
