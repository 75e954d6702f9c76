import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { decodeScenarioLink, encodeScenarioLink } from '../src/share/codec.ts';
import { expect, test } from './fixtures.ts';
import { Challenge } from './pages/Challenge.ts';
import { Library } from './pages/Library.ts';
import { Shell } from './pages/Shell.ts';

test.use({ viewport: { width: 1280, height: 800 } });

// The built-in three-tier scenario's fixed IDs (src/scenarios/threeTier.ts).
const HTTPS_IN = 'flow-0a1b2c3d4e5f60001'; // internet → web-1 HTTPS: allowed now
const WEB_TO_DB = 'flow-0a1b2c3d4e5f60004'; // web-1 → db-1 PostgreSQL: blocked now
const DB_GROUP = 'sg-0a1b2c3d4e5f60004';
const TITLE = 'Close HTTPS';

/**
 * The instructor authors a challenge that starts unsolved (HTTPS from the internet must be
 * blocked; it is allowed), locks the db group, and takes the student link from "Save and share".
 */
async function authorChallenge(page: Page): Promise<{ student: string; instructor: string }> {
  const challenge = new Challenge(page);
  await challenge.author.open();
  await challenge.author.title().fill(TITLE);
  await challenge.author.task().fill('Close HTTPS to the web tier; keep the database closed.');
  await challenge.author.goal(HTTPS_IN).check();
  await challenge.author.expected(HTTPS_IN).selectOption('blocked');
  await challenge.author.goal(WEB_TO_DB).check();
  await challenge.author.lock(DB_GROUP).check();
  await challenge.author.saveAndShare().click();
  await expect(challenge.links.dialog()).toBeVisible();
  const student = await challenge.links.student().inputValue();
  const instructor = await challenge.links.instructor().inputValue();
  await page.screenshot({ path: 'e2e/screenshots/challenge-links.png' });
  return { student, instructor };
}

test('a student link opens in student mode: goals and locks are fixed, and locked controls look locked', async ({
  page,
  shell,
  browser,
  pageErrors,
}) => {
  await shell.open();
  const { student } = await authorChallenge(page);
  expect(new URL(student).hash).toMatch(/&role=student&ch=ch-[0-9a-z]+&title=Close%20HTTPS$/);
  await page.keyboard.press('Escape');
  // Item 6: the authored challenge has a title of its own, and is listed as the author's.
  const library = new Library(page);
  await library.kept.open();
  const row = library.kept.row(TITLE);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('challenge you authored');
  await page.keyboard.press('Escape');

  // The student, in a browser of their own.
  const context = await browser.newContext();
  const studentPage = await context.newPage();
  await studentPage.goto(student);
  const challenge = new Challenge(studentPage);
  await expect(challenge.banner()).toHaveAttribute('data-role', 'student');
  await expect(challenge.status()).toHaveText('1 of 2 goals met');
  await expect(challenge.goal(HTTPS_IN)).toContainText('now allowed');
  // No way to edit the goals or the locks: no "Edit challenge"; authoring is locked, in words.
  await expect(studentPage.getByTestId('challenge.edit')).toHaveCount(0);
  await expect(challenge.author.button()).toBeDisabled();
  await expect(studentPage.getByTestId('toolbar.author-challenge.lock')).toBeVisible();
  await expect(challenge.banner().getByTestId('challenge.locked')).toContainText(
    'set by your instructor and cannot be changed',
  );
  // The goal flows cannot be edited or deleted: disabled, with a lock and the reason.
  await studentPage.getByTestId('panel.tab.flows').click();
  await expect(studentPage.getByTestId(`flows.item.${HTTPS_IN}.edit`)).toBeDisabled();
  await expect(studentPage.getByTestId(`flows.item.${HTTPS_IN}.delete`)).toBeDisabled();
  await expect(studentPage.getByTestId(`flows.item.${HTTPS_IN}.locked`)).toHaveText(
    'A goal of the challenge: locked.',
  );
  await studentPage.screenshot({ path: 'e2e/screenshots/challenge-student-flows.png' });
  // The locked group: its fields are disabled under a padlock and the reason, before any click.
  await studentPage.getByTestId('panel.tab.sg').click();
  await studentPage.getByTestId(`sg.group.${DB_GROUP}.toggle`).click();
  await expect(studentPage.getByTestId(`sg.group.${DB_GROUP}.lock`)).toBeVisible();
  await expect(studentPage.getByTestId(`sg.group.${DB_GROUP}.locked`)).toContainText(
    'The security group db (sg-0a1b2c3d4e5f60004) is locked by the challenge',
  );
  await expect(
    studentPage.getByTestId(`sg.group.${DB_GROUP}`).getByTestId('sg.field.name'),
  ).toBeDisabled();
  await studentPage.screenshot({ path: 'e2e/screenshots/challenge-student.png' });
  // Undo has nothing of the challenge to take back.
  await studentPage.keyboard.press('Control+Z');
  await expect(challenge.status()).toHaveText('1 of 2 goals met');
  const { scenario } = await new Shell(studentPage).state();
  expect(scenario.flows.find((f) => f.id === HTTPS_IN)).toMatchObject({
    goal: true,
    expected: 'blocked',
  });
  expect(pageErrors.messages).toEqual([]);
  await context.close();
});

test('a submission is graded against the instructor’s own key: a goal edited in the link gains nothing', async ({
  page,
  shell,
  browser,
}, testInfo) => {
  await shell.open();
  const { student } = await authorChallenge(page);
  const challenge = new Challenge(page);
  const [keyDownload] = await Promise.all([
    page.waitForEvent('download'),
    challenge.links.keyFile().click(),
  ]);
  const keyPath = testInfo.outputPath('grading-keys.json');
  await keyDownload.saveAs(keyPath);
  await page.keyboard.press('Escape');

  // An honest student hands in unsolved work.
  const honest = await browser.newContext();
  const ada = await honest.newPage();
  await ada.goto(student);
  const adaChallenge = new Challenge(ada);
  await expect(adaChallenge.status()).toHaveText('1 of 2 goals met');
  await adaChallenge.handIn.open();
  const adaLink = await adaChallenge.handIn.make('Ada');
  await ada.screenshot({ path: 'e2e/screenshots/challenge-hand-in.png' });
  await honest.close();

  // Another edits the goal in the link ("HTTPS must be allowed") and sees it "solved" locally.
  const url = new URL(student);
  const params = new URLSearchParams(url.hash.slice(1));
  const decoded = decodeScenarioLink(params.get('s') ?? '');
  if (!decoded.ok) throw new Error('the student link does not decode');
  const flows = decoded.value.scenario.flows.map((f) =>
    f.id === HTTPS_IN ? { ...f, expected: 'allowed' as const } : f,
  );
  const tampered = encodeScenarioLink({
    ...decoded.value,
    scenario: { ...decoded.value.scenario, flows },
  });
  const cheat = await browser.newContext();
  const eve = await cheat.newPage();
  await eve.goto(
    `${url.origin}${url.pathname}${url.search}#s=${tampered}&${url.hash.slice(url.hash.indexOf('&') + 1)}`,
  );
  const eveChallenge = new Challenge(eve);
  await expect(eveChallenge.status()).toHaveText('Challenge solved!');
  await eveChallenge.handIn.open();
  const eveLink = await eveChallenge.handIn.make('=HYPERLINK("http://evil.test","Eve")');
  await cheat.close();

  // The instructor opens Eve's submission: graded against their own key, it is not solved.
  await page.goto(eveLink);
  await expect(challenge.banner()).toHaveAttribute('data-role', 'review');
  await expect(challenge.status()).toHaveText('Grade: 1 of 2 goals met');
  await expect(challenge.graded(HTTPS_IN)).toHaveAttribute('data-state', 'unmet');
  await expect(challenge.graded(HTTPS_IN)).toContainText('must be blocked (now allowed)');
  await expect(challenge.graded(WEB_TO_DB)).toHaveAttribute('data-state', 'met');
  await page.screenshot({ path: 'e2e/screenshots/challenge-review.png' });

  // Both at once, into a gradebook.
  await challenge.grading.open();
  await challenge.grading.links().fill(`${adaLink}\n${eveLink}`);
  await challenge.grading.grade().click();
  await expect(challenge.grading.row(1)).toContainText('Ada');
  await expect(challenge.grading.row(1)).toContainText('1 of 2');
  await expect(challenge.grading.row(2)).toContainText('1 of 2');
  await expect(challenge.grading.row(2)).toHaveAttribute('data-passed', 'false');
  await page.screenshot({ path: 'e2e/screenshots/challenge-gradebook.png' });
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    challenge.grading.download().click(),
  ]);
  const text = readFileSync(await csv.path(), 'utf8').split('\r\n');
  expect(text[0]).toMatch(/^Student,Challenge,Challenge ID,Goals met,Goals,Result,Goal 1: /);
  expect(text[1]).toMatch(
    /^Ada,Close HTTPS,ch-[0-9a-z]+,1,2,not passed,"not met \(allowed; must be blocked\)"/,
  );
  // A name that is a formula is written as text (OWASP: prefixed with ').
  expect(text[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.test"",""Eve""\)",Close HTTPS,/);

  // Another browser of the instructor's has no key until the grading-key file is imported.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await new Shell(other).open();
  const otherChallenge = new Challenge(other);
  await otherChallenge.grading.open();
  await otherChallenge.grading.links().fill(adaLink);
  await otherChallenge.grading.grade().click();
  await expect(otherChallenge.grading.row(1)).toContainText('No grading key for “Close HTTPS”');
  await otherChallenge.grading.importKey().setInputFiles(keyPath);
  await expect(otherChallenge.grading.note()).toContainText('Kept 1 grading key');
  await otherChallenge.grading.grade().click();
  await expect(otherChallenge.grading.row(1)).toContainText('1 of 2');
  await elsewhere.close();
});
