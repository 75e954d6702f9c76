import { APP_URL, expect, test } from './fixtures.ts';
import { Inspector } from './pages/Inspector.ts';
import { SgEditor } from './pages/SgEditor.ts';
import { scenarioOf } from './pages/SidePanel.ts';

// What a person sees on a laptop screen: the panel must read well at 1280×800.
test.use({ viewport: { width: 1280, height: 800 } });

// The built-in three-tier scenario's fixed ids (src/scenarios/threeTier.ts).
const WEB_1 = 'i-0a1b2c3d4e5f60001';
const WEB_GROUP = 'sg-0a1b2c3d4e5f60002';

test('create a group with an HTTPS rule and attach it to an instance', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  const inspector = new Inspector(page);
  const groups = new SgEditor(page);

  await inspector.inspect(WEB_1);
  await expect(inspector.field('name')).toHaveValue('web-1');
  await expect(inspector.quota).toHaveText('1 of 5');

  // The editors list the selected instance's VPC.
  await groups.open();
  await groups.create('https-in');
  const created = (await scenarioOf(page)).securityGroups.find((g) => g.name === 'https-in');
  expect(created).toBeDefined();
  const id = created?.id ?? '';
  await expect(groups.group(id)).toContainText('https-in');
  await expect(groups.group(id).getByText('No inbound rules')).toBeVisible();

  await groups.addRule('ingress', 'HTTPS', '0.0.0.0/0');
  await expect(groups.rule('ingress', 0, 'preset')).toHaveValue('https');
  await expect(groups.rule('ingress', 0, 'portFrom')).toHaveValue('443');
  await expect(groups.rule('ingress', 0, 'cidr')).toHaveValue('0.0.0.0/0');
  const group = (await scenarioOf(page)).securityGroups.find((g) => g.id === id);
  expect(group?.ingress).toEqual([
    {
      protocol: 'tcp',
      portRange: { from: 443, to: 443 },
      peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
    },
  ]);

  await inspector.openTab('inspector');
  await inspector.attachGroup(id);
  await expect(inspector.attachedGroup(id)).toContainText('https-in');
  await expect(inspector.quota).toHaveText('2 of 5');
  const web1 = (await scenarioOf(page)).instances.find((i) => i.id === WEB_1);
  expect(web1?.securityGroupIds).toEqual([WEB_GROUP, id]);

  await groups.open();
  await expect(groups.group(id)).toContainText('1 instance');
  await expect(groups.rule('ingress', 0, 'preset')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/panels-security-group.png' });
  expect(pageErrors.messages).toEqual([]);
});
