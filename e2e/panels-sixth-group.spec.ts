import { APP_URL, expect, test } from './fixtures.ts';
import { Inspector } from './pages/Inspector.ts';
import { SgEditor } from './pages/SgEditor.ts';
import { scenarioOf } from './pages/SidePanel.ts';

// What a person sees on a laptop screen: the panel must read well at 1280×800.
test.use({ viewport: { width: 1280, height: 800 } });

const WEB_1 = 'i-0a1b2c3d4e5f60001';
// default, app and db: the other groups of the three-tier VPC (web-1 carries "web").
const OTHERS = ['sg-0a1b2c3d4e5f60001', 'sg-0a1b2c3d4e5f60003', 'sg-0a1b2c3d4e5f60004'];

test('a sixth group on an instance is refused, naming the quota', async ({ page, pageErrors }) => {
  await page.goto(APP_URL);
  const inspector = new Inspector(page);
  const groups = new SgEditor(page);

  await groups.open();
  await groups.create('extra-1');
  await groups.create('extra-2');
  const byName = (name: string, s: Awaited<ReturnType<typeof scenarioOf>>) =>
    s.securityGroups.find((g) => g.name === name)?.id ?? '';
  const scenario = await scenarioOf(page);
  const [extra1, extra2] = [byName('extra-1', scenario), byName('extra-2', scenario)];

  await inspector.inspect(WEB_1);
  for (const id of [...OTHERS, extra1]) await inspector.attachGroup(id);
  await expect(inspector.quota).toHaveText('5 of 5');

  await inspector.attachGroup(extra2);
  await expect(inspector.groupsRefusal.getByRole('alert')).toHaveText(
    /at most 5 security groups \(the scenario's quota\)/,
  );
  await expect(inspector.quota).toHaveText('5 of 5');
  const web1 = (await scenarioOf(page)).instances.find((i) => i.id === WEB_1);
  expect(web1?.securityGroupIds).toHaveLength(5);
  expect(web1?.securityGroupIds).not.toContain(extra2);

  await inspector.groupsRefusal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/panels-sixth-group.png' });
  expect(pageErrors.messages).toEqual([]);
});
