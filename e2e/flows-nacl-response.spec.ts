import { APP_URL, expect, test } from './fixtures.ts';
import { Flows } from './pages/Flows.ts';
import { NaclEditor } from './pages/NaclEditor.ts';

test.use({ viewport: { width: 1280, height: 800 } });

// The app tier's ACL admits the responses that come back to app-1's ephemeral port by rule 110.
const APP_ACL = 'acl-0a1b2c3d4e5f60002';
const APP_TO_INTERNET = 'flow-0a1b2c3d4e5f60006';

test('a NACL whose ephemeral range is too narrow stops the response, not the request', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  const flows = new Flows(page);
  await flows.open();
  await expect(flows.badge(APP_TO_INTERNET)).toHaveText('✓PASS');

  // Narrow inbound rule 110 from 1024–65535 to 1024–1025 in the NACL editor.
  const acls = new NaclEditor(page);
  await acls.open();
  await acls.toggleAcl(APP_ACL);
  await acls.entry('ingress', 110, 'portTo').fill('1025');
  await expect(acls.entry('ingress', 110, 'portFrom')).toHaveValue('1024');

  // The flow expected to pass now fails; its explanation says where.
  await flows.open();
  await expect(flows.badge(APP_TO_INTERNET)).toHaveText('✗FAIL');
  await flows.select(APP_TO_INTERNET);
  await expect(flows.headline()).toHaveText(
    '✗Blocked at the "app" network ACL (inbound), on the response',
  );
  await expect(page.getByTestId('explain.why')).toContainText(
    'so the final * rule denies it (network ACLs are stateless',
  );

  // Every request hop passes; the one hop that denies is the response entering the app subnet.
  const requestHops = page.locator('[data-testid^="explain.hop."][data-direction="request"]');
  await expect(requestHops).toHaveCount(8);
  await expect(requestHops.and(page.locator('[data-verdict="deny"]'))).toHaveCount(0);
  const denied = page.locator('[data-testid^="explain.hop."][data-verdict="deny"]');
  await expect(denied).toHaveCount(1);
  await expect(denied).toHaveAttribute('data-direction', 'response');
  await expect(denied).toHaveAttribute('data-layer', 'nacl-ingress');
  await expect(denied).toContainText('the final * rule');
  await expect(denied).toContainText('TCP port 49152 from 203.0.113.80 to 10.0.2.10');

  // The fix: allow the ephemeral range inbound before the * rule, from the server's one address.
  await expect(flows.fix(0)).toContainText(
    'Allow TCP 1024–65535 inbound from 203.0.113.80/32 in app',
  );
  await denied.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/flows-nacl-response.png' });

  // Show in editor: the ACL's * rule is what decided, highlighted in the NACL editor.
  await flows.showInEditor();
  await expect(page.getByTestId('nacl.entry.ingress.*.ipv4')).toHaveAttribute(
    'data-highlight',
    'deny',
  );
  await expect(page.getByTestId('nacl.entry.ingress.*.ipv4')).toContainText(
    'decided: denied the packet',
  );
  await expect(page.getByTestId(`nacl.acl.${APP_ACL}`)).toHaveAttribute('data-highlight', 'deny');
  await page.screenshot({ path: 'e2e/screenshots/flows-nacl-highlight.png' });
  expect(pageErrors.messages).toEqual([]);
});
