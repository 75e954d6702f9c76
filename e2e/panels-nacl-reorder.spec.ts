import { APP_URL, expect, test } from './fixtures.ts';
import { NaclEditor } from './pages/NaclEditor.ts';
import { scenarioOf } from './pages/SidePanel.ts';

// What a person sees on a laptop screen: the panel must read well at 1280×800.
test.use({ viewport: { width: 1280, height: 800 } });

// The three-tier app tier's ACL admits 8080 from the web subnet (100) and ephemeral ports (110).
const APP_ACL = 'acl-0a1b2c3d4e5f60002';

const ingressOf = async (page: Parameters<typeof scenarioOf>[0]) =>
  (await scenarioOf(page)).networkAcls
    .find((a) => a.id === APP_ACL)
    ?.ingress.map((e) => `${e.ruleNumber} ${e.action} ${e.cidr}`);

test('add a network ACL deny rule and move it up', async ({ page, pageErrors }) => {
  await page.goto(APP_URL);
  const acls = new NaclEditor(page);
  await acls.open();
  await acls.toggleAcl(APP_ACL);

  // The * rule is shown last and read-only; the next number is suggested.
  await expect(acls.rows('ingress').last()).toHaveText(/\* · all traffic · 0\.0\.0\.0\/0 · deny/);
  await expect(acls.suggestedNumber('ingress')).toHaveValue('120');

  await acls.addEntry('ingress', {
    action: 'deny',
    presetLabel: 'All traffic',
    cidr: '198.51.100.0/24',
  });
  await expect(acls.entry('ingress', 120, 'action')).toHaveValue('deny');
  expect(await ingressOf(page)).toEqual([
    '100 allow 10.0.1.0/24',
    '110 allow 0.0.0.0/0',
    '120 deny 198.51.100.0/24',
  ]);

  await acls.moveUp('ingress', 120);
  await expect(acls.entry('ingress', 110, 'action')).toHaveValue('deny');
  expect(await ingressOf(page)).toEqual([
    '100 allow 10.0.1.0/24',
    '110 deny 198.51.100.0/24',
    '120 allow 0.0.0.0/0',
  ]);
  // Focus follows the moved rule, so the keyboard can move it again.
  await expect(acls.entry('ingress', 110, 'up')).toBeFocused();
  await expect(acls.rows('ingress')).toHaveCount(4);
  await expect(acls.rows('ingress').nth(1)).toHaveAttribute(
    'data-testid',
    'nacl.entry.ingress.110',
  );
  await expect(acls.rows('ingress').last()).toHaveText(/^\*/);

  await acls.entry('ingress', 110).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/panels-nacl-reorder.png' });
  expect(pageErrors.messages).toEqual([]);
});
