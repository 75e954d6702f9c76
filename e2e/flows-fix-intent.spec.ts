import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures.ts';
import { Challenge } from './pages/Challenge.ts';
import { Flows, simOf } from './pages/Flows.ts';
import { Library } from './pages/Library.ts';
import { scenarioOf } from './pages/SidePanel.ts';

test.use({ viewport: { width: 1280, height: 900 } });

/** Closes the toasts ("… opened", "Applied: …") so a screenshot shows the panel under them. */
async function dismissMessages(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Dismiss message' });
  while ((await close.count()) > 0) await close.first().click();
}

// Three-tier's fixed IDs (src/scenarios/threeTier.ts).
const WEB_TO_DB = 'flow-0a1b2c3d4e5f60004';
const INTERNET_TO_DB = 'flow-0a1b2c3d4e5f60005';
const WEB_TO_APP = 'flow-0a1b2c3d4e5f60002';
const SG_WEB = 'sg-0a1b2c3d4e5f60002';
const SG_DB = 'sg-0a1b2c3d4e5f60004';
// Challenge 1 (src/scenarios/challenges/openHttps.ts) and challenge 2 (dbByGroup.ts).
const GOAL_HTTPS = 'flow-0c001000000000001';
const WEB_SERVER_GROUP = 'sg-0c001000000000002';
const GOAL_WEB_TO_DB = 'flow-0c002000000000003';
const DB_CHALLENGE_WEB_GROUP = 'sg-0c002000000000002';

test('suggested fixes follow the flow’s intent: none when blocked as expected, blocking ones when it should be blocked', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  const flows = new Flows(page);
  await flows.open();

  // Expected blocked, and blocked: nothing to fix, and nothing that would open it.
  await expect(flows.badge(WEB_TO_DB)).toHaveText('✓PASS');
  await flows.select(WEB_TO_DB);
  await expect(flows.headline()).toContainText('Blocked');
  await expect(flows.noFix()).toHaveText('Blocked, as expected: nothing to fix.');
  await expect(flows.fixes()).toHaveCount(0);
  await flows.select(INTERNET_TO_DB);
  await expect(flows.noFix()).toHaveText('Blocked, as expected: nothing to fix.');
  await expect(page.getByTestId('explain.panel')).not.toContainText('public IPv4 address.');
  await expect(page.getByTestId('explain.panel')).not.toContainText('send 0.0.0.0/0');
  await flows.noFix().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/flows-fix-as-expected.png' });

  // A new flow expected blocked that the network allows: web-2 → app-1 on 8080.
  await flows.newFlow();
  await flows.chooseEnd('source', 'web-2 · 10.0.1.11');
  await flows.chooseEnd('destination', 'app-1 · 10.0.2.10');
  await flows.chooseService('Custom protocol and port…');
  await flows.editor('port').fill('8080');
  await flows.editor('port').press('Enter');
  await flows.editor('expected').selectOption('blocked');
  await flows.editor('name').fill('web-2 must not reach app-1');
  await flows.save();
  const id = (await scenarioOf(page)).flows.at(-1)?.id ?? '';
  await expect(flows.badge(id)).toHaveText('✗FAIL');

  // The fixes block it, narrowest first; a wider one says what else it would block.
  await expect(flows.fixes()).toHaveAttribute('data-effect', 'block');
  await expect(flows.fix(0)).toHaveAttribute('data-effect', 'block');
  await expect(flows.fix(0, 'summary')).toContainText('Deny TCP 8080');
  await expect(flows.fix(0, 'summary')).toContainText('10.0.1.11/32');
  await expect(flows.fix(0, 'also')).toHaveCount(0);
  await expect(
    flows.fixes().getByText('Also blocks: web-1 → app-1 on 8080.').first(),
  ).toBeVisible();
  await expect(flows.fixes()).not.toContainText('Add an inbound rule');
  await flows.fixes().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/flows-fix-blocking.png' });

  // Applying the first makes the flow PASS, and leaves web-1 → app-1 allowed.
  await flows.fix(0, 'apply').click();
  await expect(flows.badge(id)).toHaveText('✓PASS');
  await expect(flows.badge(WEB_TO_APP)).toHaveText('✓PASS');
  await expect(flows.noFix()).toHaveText('Blocked, as expected: nothing to fix.');
  expect((await simOf(page)).active.trace?.verdict).toBe('blocked');
  await page.screenshot({ path: 'e2e/screenshots/flows-fix-blocked.png' });

  // One undo step takes it back.
  await page.keyboard.press('Control+z');
  await expect(flows.badge(id)).toHaveText('✗FAIL');
  expect(pageErrors.messages).toEqual([]);
});

test('an opening fix names one address (/32) or the source’s group by default, and the scope picker widens it', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  const flows = new Flows(page);
  await flows.open();

  // The internet → web-1 SSH: web's group admits only HTTP and HTTPS.
  await flows.newFlow();
  await flows.chooseEnd('source', 'A client on the internet · 203.0.113.50');
  await flows.chooseEnd('destination', 'web-1 · 10.0.1.10');
  await flows.chooseService('SSH · TCP 22');
  await flows.editor('expected').selectOption('allowed');
  await flows.save();
  await expect(flows.fixes()).toHaveAttribute('data-effect', 'open');
  await expect(flows.fix(0, 'summary')).toContainText(
    'Add an inbound rule TCP 22 from 203.0.113.50/32 to web.',
  );
  await expect(flows.fix(0, 'scope')).toHaveValue('0');
  await expect(flows.fix(0, 'scope').locator('option').first()).toHaveText(
    '203.0.113.50/32 · this address only',
  );
  await expect(flows.fix(0, 'scope-note')).toHaveText(
    'Least privilege: the narrowest change that lets this flow through.',
  );
  await flows.fix(0).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/flows-fix-scope-default.png' });

  // Wider: anywhere. The words follow the pick, and Apply applies it.
  await flows.fix(0, 'scope').selectOption({ label: '0.0.0.0/0 · anywhere' });
  await expect(flows.fix(0, 'summary')).toContainText(
    'Add an inbound rule TCP 22 from 0.0.0.0/0 to web.',
  );
  await expect(flows.fix(0, 'scope-note')).toHaveText(
    'Wider than this flow needs: it lets more traffic through.',
  );
  await page.screenshot({ path: 'e2e/screenshots/flows-fix-scope-wide.png' });
  await flows.fix(0, 'apply').click();
  await expect(flows.headline()).toHaveText('✓Allowed');
  await expect(flows.noFix()).toHaveText('Allowed, as expected: nothing to fix.');
  const web = (await scenarioOf(page)).securityGroups.find((g) => g.id === SG_WEB);
  expect(web?.ingress.at(-1)).toMatchObject({
    portRange: { from: 22, to: 22 },
    peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
  });

  // From an instance that carries a group: the group is named, its address is a narrower pick.
  await flows.newFlow();
  await flows.chooseEnd('source', 'web-2 · 10.0.1.11');
  await flows.chooseEnd('destination', 'db-1 · 10.0.3.10');
  await flows.chooseService('PostgreSQL · TCP 5432');
  await flows.editor('expected').selectOption('allowed');
  await flows.save();
  await expect(flows.fix(0, 'summary')).toContainText(
    'Add an inbound rule TCP 5432 from web to db.',
  );
  await expect(flows.fix(0, 'scope').locator('option')).toContainText([
    `${SG_WEB} (web) · its group`,
    '10.0.1.11/32 · this address only',
    '10.0.1.0/24 · subnet public-web',
    '10.0.0.0/16 · VPC three-tier',
  ]);
  await flows.fix(0, 'apply').click();
  await expect(flows.headline()).toHaveText('✓Allowed');
  const db = (await scenarioOf(page)).securityGroups.find((g) => g.id === SG_DB);
  expect(db?.ingress.at(-1)?.peer).toEqual({ kind: 'group', groupId: SG_WEB });
  expect(pageErrors.messages).toEqual([]);
});

test('in a challenge, a goal "from anywhere" is opened for 0.0.0.0/0, and a fix that would change a locked resource looks locked', async ({
  page,
  shell,
  pageErrors,
}) => {
  const library = new Library(page);
  const challenge = new Challenge(page);
  const flows = new Flows(page);
  await shell.open();
  await library.gallery.open();
  await library.gallery.openBuiltIn('challenge-open-https');
  await expect(challenge.status()).toHaveText('2 of 3 goals met');

  // "Let HTTPS reach web-1 from anywhere": the fix opens it to every address, not the visitor's.
  await flows.open();
  await flows.select(GOAL_HTTPS);
  await expect(flows.fix(0, 'summary')).toContainText(
    'Add an inbound rule TCP 443 from 0.0.0.0/0 to web-server.',
  );
  await expect(flows.fix(0, 'summary').locator(`[data-id="${WEB_SERVER_GROUP}"]`)).toHaveText(
    'web-server',
  );
  await expect(flows.fix(0, 'scope').locator('option')).toHaveText([
    '0.0.0.0/0 · anywhere',
    '0.0.0.0/0 · anywhere, every TCP port',
  ]);
  await flows.fix(0).scrollIntoViewIfNeeded();
  await dismissMessages(page);
  await page.screenshot({ path: 'e2e/screenshots/flows-fix-anywhere.png' });
  await flows.fix(0, 'apply').click();
  await expect(challenge.status()).toHaveText('Challenge solved!');

  // Challenge 2 (student mode): the web group is locked, so removing its outbound rule is locked
  // before any click, with the reason.
  await library.gallery.open();
  await library.gallery.openBuiltIn('challenge-db-by-group');
  await flows.open();
  await flows.select(GOAL_WEB_TO_DB);
  await expect(flows.fixes()).toHaveAttribute('data-effect', 'block');
  const locked = page
    .locator('li[data-testid^="explain.fix."]')
    .filter({ hasText: "web's outbound rule" })
    .filter({ has: page.locator(`[data-id="${DB_CHALLENGE_WEB_GROUP}"]`) });
  await expect(locked.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await expect(locked.locator('[data-testid$=".locked"]')).toContainText('locked by the challenge');
  await locked.scrollIntoViewIfNeeded();
  await dismissMessages(page);
  await page.screenshot({ path: 'e2e/screenshots/flows-fix-locked.png' });
  expect(pageErrors.messages).toEqual([]);
});
