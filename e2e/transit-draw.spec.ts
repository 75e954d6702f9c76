import { expect, test } from './fixtures.ts';
import { AnimationPage } from './pages/Animation.ts';
import { CanvasPage } from './pages/Canvas.ts';
import { Flows } from './pages/Flows.ts';
import { openSeeded, twoVpcs } from './seed.ts';

test.use({ viewport: { width: 1440, height: 900 } });

/*
 * Issue 11, "Done when": draw a transit gateway between two VPCs by drag and drop, and watch a
 * flow cross it and stop at a missing return route.
 * https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html
 */
test('a transit gateway drawn between two VPCs: the flow crosses it and stops at the missing return route', async ({
  page,
  pageErrors,
}) => {
  // A long journey on a shared machine: room to finish; the packet jumps from hop to hop.
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { scenario, layout } = twoVpcs();
  await openSeeded(page, scenario, layout);
  const canvas = new CanvasPage(page);
  await expect(canvas.node('vpc-app')).toBeVisible();

  // Dropped on the app VPC, the transit gateway attaches it (a subnet per zone) and sits below.
  await canvas.drop('transitGateway', canvas.node('vpc-app'), { x: 200, y: 160 });
  let state = await canvas.state();
  expect(state.scenario.transitGateways).toHaveLength(1);
  const tgw = state.scenario.transitGateways[0]!;
  expect(state.scenario.transitGatewayAttachments).toEqual([
    expect.objectContaining({
      transitGatewayId: tgw.id,
      vpcId: 'vpc-app',
      subnetIds: ['subnet-app'],
    }),
  ]);
  const appAttachment = state.scenario.transitGatewayAttachments[0]!.id;
  await expect(canvas.node(tgw.id)).toContainText('Transit gateway');
  await expect(page.getByTestId(`canvas.edge.${appAttachment}`)).toContainText('app (us-east-1a)');
  const tgwBox = (await canvas.node(tgw.id).boundingBox())!;
  const appBox = (await canvas.node('vpc-app').boundingBox())!;
  expect(tgwBox.y).toBeGreaterThan(appBox.y + appBox.height);

  // Dragged onto the data VPC, it attaches that one too, and goes back to where it was.
  const dataBox = (await canvas.node('vpc-data').boundingBox())!;
  await canvas.dragNode(tgw.id, { x: dataBox.x + dataBox.width / 2, y: dataBox.y + 40 });
  await expect(page.getByTestId('message.info').last()).toContainText('attaches VPC data');
  state = await canvas.state();
  const dataAttachment = state.scenario.transitGatewayAttachments.find(
    (a) => a.vpcId === 'vpc-data',
  )!;
  expect(dataAttachment.subnetIds).toEqual(['subnet-data']);
  await expect(page.getByTestId(`canvas.edge.${dataAttachment.id}`)).toContainText('data');
  // Both propagate to the default route table: the transit gateway knows both VPCs.
  expect(state.scenario.transitGatewayRouteTables[0]?.propagations).toEqual([
    appAttachment,
    dataAttachment.id,
  ]);
  await page.screenshot({ path: 'e2e/screenshots/transit-draw.png' });

  // The app VPC routes the data VPC to the transit gateway; the data VPC has no route back.
  await canvas.node('vpc-app').click({ position: { x: 200, y: 12 } });
  await page.getByTestId('panel.tab.routes').click();
  const mainApp = state.scenario.routeTables.find((t) => t.vpcId === 'vpc-app' && t.main)!;
  await page.getByTestId(`route.table.${mainApp.id}`).getByRole('button').first().click();
  await page.getByTestId('route.new.destination').fill('10.1.0.0/16');
  await page.getByTestId('route.new.target').selectOption(tgw.id);
  await page.getByTestId('route.add').click();
  await expect(page.getByTestId('route.1.target')).toHaveValue(tgw.id);

  // A flow app-1 → db-1 on HTTPS.
  const flows = new Flows(page);
  await flows.open();
  await flows.newFlow();
  await flows.chooseEnd('source', 'app-1 · 10.0.1.10');
  await flows.chooseEnd('destination', 'db-1 · 10.1.1.10');
  await flows.chooseService('HTTPS · TCP 443');
  await expect(flows.headline()).toHaveText(/Blocked at the .* route table, on the response/);
  await flows.save();
  const flowId = (await canvas.state()).scenario.flows.at(-1)!.id;

  // The packet crosses the transit gateway, reaches db-1, and its answer has no way back.
  // Saved, the flow is the one shown: its packet waits at app-1.
  const anim = new AnimationPage(page);
  await expect(anim.controls).toBeVisible();
  await expect(anim.counter).toHaveText(/At the source/);
  let crossed = false;
  for (let k = 0; k < 12 && !crossed; k++) {
    await anim.stepForward();
    crossed = (await anim.hopLabel.textContent())?.includes('Transit gateway') ?? false;
  }
  expect(crossed).toBe(true);
  await expect(anim.hopLabel).toContainText('Allowed · Request · Transit gateway');
  const hub = (await canvas.node(tgw.id).boundingBox())!;
  const atHub = await anim.packetCentre();
  expect(Math.abs(atHub.x - (hub.x + hub.width / 2))).toBeLessThan(4);
  expect(Math.abs(atHub.y - (hub.y + hub.height / 2))).toBeLessThan(4);
  await page.screenshot({ path: 'e2e/screenshots/transit-crossing.png' });

  while (await anim.button('step-forward').isEnabled()) await anim.stepForward();
  await expect(anim.overlay).toHaveAttribute('data-blocked', 'true');
  await expect(anim.hopLabel).toContainText('Blocked · Response · Route');
  await expect(anim.hopLabel).toContainText('data');
  await page.screenshot({ path: 'e2e/screenshots/transit-return-route.png' });

  // The route back through the transit gateway mends it.
  await canvas.node('vpc-data').click({ position: { x: 200, y: 12 } });
  await page.getByTestId('panel.tab.routes').click();
  const mainData = state.scenario.routeTables.find((t) => t.vpcId === 'vpc-data' && t.main)!;
  await page.getByTestId(`route.table.${mainData.id}`).getByRole('button').first().click();
  await page.getByTestId('route.new.destination').fill('10.0.0.0/16');
  await page.getByTestId('route.new.target').selectOption(tgw.id);
  await page.getByTestId('route.add').click();
  await flows.open();
  await expect(flows.item(flowId)).toContainText('Allowed');

  expect(pageErrors.messages).toEqual([]);
});
