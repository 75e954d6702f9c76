import { expect, test } from './fixtures.ts';
import { CanvasPage } from './pages/Canvas.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/*
 * Issue 4, "Drawing": a drop where a resource cannot go (an instance outside any subnet) is
 * refused with a message, and the model does not change.
 */
test('a refused drop says why and changes nothing', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.openEmpty();
  await canvas.drop('vpc', canvas.pane, { x: 330, y: 290 });
  const before = await canvas.state();
  const vpc = before.scenario.vpcs[0]!;

  // Inside the VPC but in no subnet.
  await canvas.drop('instance', canvas.node(vpc.id), { x: 300, y: 200 });
  const message = page.getByTestId('message.error');
  await expect(message).toContainText('An instance runs in a subnet: drop it inside a subnet.');
  expect(await canvas.state()).toEqual(before);

  // A subnet on the open canvas, outside every VPC.
  await canvas.drop('subnet', canvas.pane, { x: 40, y: 40 });
  await expect(page.getByText('A subnet belongs to a VPC: drop it inside a VPC.')).toBeVisible();
  expect((await canvas.state()).scenario.subnets).toEqual([]);

  await page.screenshot({ path: 'e2e/screenshots/canvas-refusal.png' });
});
