import { expect, test } from './fixtures.ts';
import { CanvasPage } from './pages/Canvas.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/*
 * Issue 4, "Proof": from an empty canvas, by drag and drop, a VPC with a public and a private
 * subnet, an internet gateway and two instances. The subnet turns public when its route table
 * sends 0.0.0.0/0 to the gateway (set in the route-table panel), and the canvas says so.
 */
test('build a VPC with a public and a private subnet, a gateway and two instances by drag and drop', async ({
  page,
  pageErrors,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.openEmpty();
  expect((await canvas.state()).scenario.vpcs).toEqual([]);
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  // A VPC dropped on the open canvas gets the first free 10.N.0.0/16.
  await canvas.drop('vpc', canvas.pane, { x: 330, y: 290 });
  let { scenario } = await canvas.state();
  expect(scenario.vpcs).toHaveLength(1);
  const vpc = scenario.vpcs[0]!;
  expect(vpc.cidrBlocks).toEqual(['10.0.0.0/16']);
  await expect(canvas.node(vpc.id)).toContainText('10.0.0.0/16');

  // Two subnets dropped into the VPC: its first two free /24s.
  await canvas.drop('subnet', canvas.node(vpc.id), { x: 250, y: 130 });
  await canvas.drop('subnet', canvas.node(vpc.id), { x: 250, y: 290 });
  ({ scenario } = await canvas.state());
  const [web, app] = scenario.subnets;
  expect(scenario.subnets.map((s) => [s.vpcId, s.cidrBlock])).toEqual([
    [vpc.id, '10.0.0.0/24'],
    [vpc.id, '10.0.1.0/24'],
  ]);
  await expect(canvas.node(web!.id)).toContainText('us-east-1a');

  // An internet gateway dropped on the VPC's top edge attaches to it.
  await canvas.drop('internetGateway', canvas.node(vpc.id), { x: 330, y: 4 });
  ({ scenario } = await canvas.state());
  expect(scenario.internetGateways).toEqual([expect.objectContaining({ vpcId: vpc.id })]);
  const igw = scenario.internetGateways[0]!;

  // One instance into each subnet, at the first usable address (AWS keeps .0 to .3).
  await canvas.drop('instance', canvas.node(web!.id), { x: 110, y: 90 });
  await canvas.drop('instance', canvas.node(app!.id), { x: 110, y: 90 });
  ({ scenario } = await canvas.state());
  expect(scenario.instances.map((i) => [i.subnetId, i.privateIp])).toEqual([
    [web!.id, '10.0.0.4'],
    [app!.id, '10.0.1.4'],
  ]);
  for (const i of scenario.instances) await expect(canvas.node(i.id)).toContainText(i.privateIp);

  // Both subnets are private until a route table sends 0.0.0.0/0 to the gateway.
  await expect(page.getByTestId(`canvas.subnet-kind.${web!.id}`)).toHaveText('Private');
  await page.getByTestId('panel.tab.routes').click();
  await page.getByTestId('route.create.name').fill('public');
  await page.getByTestId('route.create').click();
  await page.getByTestId('route.new.target').selectOption(igw.id);
  await page.getByTestId('route.add').click();
  ({ scenario } = await canvas.state());
  const table = scenario.routeTables.find((t) => t.name === 'public')!;
  await page.getByTestId(`route.association.${web!.id}`).selectOption(table.id);

  await expect(page.getByTestId(`canvas.subnet-kind.${web!.id}`)).toHaveText('Public');
  await expect(page.getByTestId(`canvas.subnet-kind.${app!.id}`)).toHaveText('Private');
  await expect(canvas.node(web!.id)).toHaveAttribute('data-public', 'true');

  await page.screenshot({ path: 'e2e/screenshots/canvas-build.png' });
  expect(pageErrors.messages).toEqual([]);
});
