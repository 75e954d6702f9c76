import { APP_URL, expect, test } from './fixtures.ts';
import { Flows, simOf } from './pages/Flows.ts';
import { scenarioOf } from './pages/SidePanel.ts';

test.use({ viewport: { width: 1280, height: 800 } });

// Three-tier: the db group admits PostgreSQL only from the app group, so web-1 is stopped there.
const WEB_TO_DB = 'flow-0a1b2c3d4e5f60004';
const SG_DB = 'sg-0a1b2c3d4e5f60004';
const SG_WEB = 'sg-0a1b2c3d4e5f60002';

test('web-1 → db-1 is blocked at the db group as expected; expected allowed, the suggested fix lets it through', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  const flows = new Flows(page);
  await flows.open();

  // Expected blocked, and blocked: PASS.
  await expect(flows.badge(WEB_TO_DB)).toHaveText('✓PASS');
  await flows.select(WEB_TO_DB);
  await expect(flows.headline()).toHaveText(
    "✗Blocked at db-1's security group (inbound), on the request",
  );
  await expect(page.getByTestId('explain.why')).toContainText(
    "No inbound rule of db-1's security groups (db) allows TCP port 5432",
  );
  await expect(flows.liveRegion()).toHaveText(
    "web-1 → db-1 PostgreSQL (skips the app tier): Blocked at db-1's security group (inbound), on the request.",
  );

  // The hop that denied is the request's inbound group check; the response carries on (blocked path).
  const deny = page.locator('[data-testid^="explain.hop."][data-verdict="deny"]');
  await expect(deny).toHaveCount(1);
  await expect(deny).toHaveAttribute('data-direction', 'request');
  await expect(deny).toHaveAttribute('data-layer', 'security-group-ingress');
  await expect(deny).toContainText('no rule allowed it');

  // What decided: db-1's groups, named, with the note that no rule allowed it.
  await expect(flows.deciding()).toHaveAttribute('data-kind', 'sg');
  await expect(flows.deciding()).toContainText("db-1's security groups: no rule allowed it");
  await expect(page.getByTestId(`explain.group.${SG_DB}`)).toHaveText(`db (${SG_DB})`);
  await page.screenshot({ path: 'e2e/screenshots/flows-blocked-group.png' });

  // Show in editor: the db group is open and highlighted, with the note.
  await flows.showInEditor();
  const group = page.getByTestId(`sg.group.${SG_DB}`);
  await expect(group).toHaveAttribute('data-highlight', 'deny');
  await expect(group.getByTestId('deciding-tag')).toHaveText('✗no rule allowed it');
  await expect(page.getByTestId(`sg.group.${SG_DB}.toggle`)).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.screenshot({ path: 'e2e/screenshots/flows-group-highlight.png' });

  // Blocked as expected: the engine proposes nothing that would open it.
  await flows.open();
  await expect(page.getByTestId('explain.fixes.none')).toHaveText(
    'Blocked, as expected: nothing to fix.',
  );
  await expect(page.getByTestId('explain.fixes')).toHaveCount(0);

  // Expect it to be allowed instead: now it fails, and the fix opens it by the web group.
  await page.getByTestId(`flows.item.${WEB_TO_DB}.edit`).click();
  await flows.editor('expected').selectOption('allowed');
  await flows.save();
  await expect(flows.badge(WEB_TO_DB)).toHaveText('✗FAIL');
  await expect(flows.fix(0)).toContainText('Add an inbound rule TCP 5432 from web to db.');
  // Names first; each resource's ID is its tooltip.
  await expect(flows.fix(0).locator(`[data-id="${SG_WEB}"]`)).toHaveAttribute('title', SG_WEB);
  await flows.fix(0, 'apply').click();
  await expect(flows.headline()).toHaveText('✓Allowed');
  await expect(flows.verdict()).toHaveAttribute('data-verdict', 'allowed');
  await expect(flows.badge(WEB_TO_DB)).toHaveText('✓PASS');
  await expect(page.getByTestId(`flows.item.${WEB_TO_DB}.detail`)).toHaveText(
    'Allowed, as expected.',
  );
  await expect(flows.liveRegion()).toContainText('Allowed.');
  const ingress = (await scenarioOf(page)).securityGroups.find((g) => g.id === SG_DB)?.ingress;
  expect(ingress).toHaveLength(2);
  expect((await simOf(page)).active.trace?.verdict).toBe('allowed');
  await page.screenshot({ path: 'e2e/screenshots/flows-fix-applied.png' });

  // Undo takes the fix back in one step.
  await page.keyboard.press('Control+z');
  await expect(flows.badge(WEB_TO_DB)).toHaveText('✗FAIL');
  await expect(flows.headline()).toHaveText(
    "✗Blocked at db-1's security group (inbound), on the request",
  );
  expect(pageErrors.messages).toEqual([]);
});
