import { expect, test } from './fixtures.ts';
import { CanvasPage } from './pages/Canvas.ts';

test.use({ viewport: { width: 1280, height: 800 } });

// The built-in three-tier scenario's fixed ids (src/scenarios/threeTier.ts).
const VPC = 'vpc-0a1b2c3d4e5f60001';
const APP_SUBNET = 'subnet-0a1b2c3d4e5f60002';
const DB_SUBNET = 'subnet-0a1b2c3d4e5f60003';
const APP_2 = 'i-0a1b2c3d4e5f60004';
const DB_1 = 'i-0a1b2c3d4e5f60005';

/*
 * Issue 4, "Drawing": moving a node to another container re-parents it (and re-validates); a
 * release where it cannot go sends it back with a message; a VPC collapses to one box.
 */
test('drag an instance into another subnet, drop one nowhere, collapse the VPC', async ({
  page,
  pageErrors,
}) => {
  const canvas = new CanvasPage(page);
  await page.goto('./?e2e=1');
  await expect(canvas.node(APP_2)).toBeVisible();

  // app-2 into the database subnet: it takes that subnet's next free address, in one undo step.
  const db = (await canvas.node(DB_SUBNET).boundingBox())!;
  await canvas.dragNode(APP_2, { x: db.x + db.width - 110, y: db.y + db.height / 2 + 10 });
  let { scenario } = await canvas.state();
  const moved = scenario.instances.find((i) => i.id === APP_2)!;
  expect(moved.subnetId).toBe(DB_SUBNET);
  expect(moved.privateIp).toMatch(/^10\.0\.3\./);
  await expect(canvas.node(APP_2)).toContainText(moved.privateIp);
  await expect(page.locator(`.react-flow__node[data-id="${APP_2}"]`)).toBeVisible();

  // db-1 let go on the open canvas: refused, back where it was.
  const before = await canvas.state();
  const pane = (await canvas.root.boundingBox())!;
  await canvas.dragNode(DB_1, { x: pane.x + 30, y: pane.y + 30 });
  await expect(page.getByTestId('message.error')).toContainText('It went back.');
  expect(await canvas.state()).toEqual(before);

  // Undo takes app-2 back to its own subnet.
  await page.keyboard.press('Control+z');
  ({ scenario } = await canvas.state());
  expect(scenario.instances.find((i) => i.id === APP_2)?.subnetId).toBe(APP_SUBNET);

  await page.screenshot({ path: 'e2e/screenshots/canvas-reparent.png' });

  // Collapsed, the VPC is one box that says what it holds; its subnets are hidden.
  await page.getByTestId(`canvas.collapse.${VPC}`).click();
  await expect(page.getByTestId(`canvas.contents.${VPC}`)).toHaveText(
    '3 subnets · 6 instances · 1 NAT gateway',
  );
  await expect(canvas.node(DB_SUBNET)).toBeHidden();
  await page.getByRole('button', { name: /^Expand VPC/ }).click();
  await expect(canvas.node(DB_SUBNET)).toBeVisible();
  expect(pageErrors.messages).toEqual([]);
});

test('the canvas in the dark theme', async ({ page, pageErrors }) => {
  await page.addInitScript(() => localStorage.setItem('vpc-flow-lab:theme', 'dark'));
  await page.goto('./?e2e=1');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByTestId(`canvas.node.${APP_2}`).click();
  await page.screenshot({ path: 'e2e/screenshots/canvas-dark.png' });
  expect(pageErrors.messages).toEqual([]);
});
