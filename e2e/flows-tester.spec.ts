import { APP_URL, expect, test } from './fixtures.ts';
import { Flows, simOf } from './pages/Flows.ts';
import { scenarioOf } from './pages/SidePanel.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const WEB1 = 'i-0a1b2c3d4e5f60001';
const APP1 = 'i-0a1b2c3d4e5f60003';

test('a new flow from the lists: web-1 → app-1 on HTTPS, with its live badge', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  const flows = new Flows(page);
  await flows.open();
  const before = (await scenarioOf(page)).flows.length;

  await flows.newFlow();
  await flows.chooseEnd('source', 'web-1 · 10.0.1.10');
  await flows.chooseEnd('destination', 'app-1 · 10.0.2.10');
  await flows.chooseService('HTTPS · TCP 443');
  await flows.editor('client').selectOption({ label: 'Linux client · 32768–60999 → 32768' });
  // The draft is evaluated as it is edited: the app tier admits only 8080 from the web tier.
  await expect(flows.editor('badge')).toHaveText('✗Blocked');
  await expect(flows.headline()).toHaveText(
    '✗Blocked at the "app" network ACL (inbound), on the request',
  );
  await flows.editor('expected').selectOption('blocked');
  await expect(flows.editor('badge')).toHaveText('✓PASS');
  await page.screenshot({ path: 'e2e/screenshots/flows-tester-editor.png' });

  await flows.save();
  await expect(flows.editor()).toHaveCount(0);
  const saved = (await scenarioOf(page)).flows;
  expect(saved).toHaveLength(before + 1);
  const flow = saved.at(-1);
  expect(flow).toMatchObject({
    name: 'web-1 → app-1 HTTPS',
    source: { instanceId: WEB1 },
    destination: { instanceId: APP1 },
    protocol: 'tcp',
    port: 443,
    sourcePort: 32768,
    expected: 'blocked',
  });
  const id = flow?.id ?? '';
  await expect(flows.badge(id)).toHaveText('✓PASS');
  await expect(flows.item(id)).toHaveAttribute('data-active', 'true');
  expect((await simOf(page)).active.flowId).toBe(id);

  // Rename it through the editor; undo takes the rename back.
  await page.getByTestId(`flows.item.${id}.edit`).click();
  await flows.editor('name').fill('web to app on HTTPS');
  await flows.save();
  await expect(flows.item(id)).toContainText('web to app on HTTPS');
  await page.screenshot({ path: 'e2e/screenshots/flows-tester.png' });
  expect(pageErrors.messages).toEqual([]);
});

test('pick an end on the canvas, type any address, and save with the name offered', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  const flows = new Flows(page);
  await flows.open();
  await flows.newFlow();

  // Pick on canvas: the next click on an instance makes it the source.
  await flows.editor('source.pick').click();
  await expect(flows.editor('source.picking')).toBeVisible();
  await page.getByTestId(`canvas.node.${WEB1}`).click();
  await expect(flows.editor('source')).toHaveValue(`i:${WEB1}`);
  await expect(flows.editor('source.picking')).toHaveCount(0);

  // Any address: a bad one is refused with the model's sentence, a good one is taken.
  await flows.chooseEnd('destination', 'Any IP address…');
  await flows.editor('destination.address').fill('203.0.113.300');
  await expect(page.getByText('203.0.113.300 is not a valid IPv4 or IPv6 address.')).toBeVisible();
  await flows.editor('destination.address').fill('203.0.113.9');
  await flows.editor('expected').selectOption('allowed');
  await expect(flows.editor('badge')).toHaveText('✓PASS');
  await flows.save();
  const flow = (await scenarioOf(page)).flows.at(-1);
  expect(flow).toMatchObject({
    name: 'web-1 → 203.0.113.9 HTTPS',
    destination: { address: '203.0.113.9' },
  });
  await expect(flows.badge(flow?.id ?? '')).toHaveText('✓PASS');
  expect(pageErrors.messages).toEqual([]);
});
