import { expect, test } from './fixtures.ts';
import { CanvasPage, type PaletteKind } from './pages/Canvas.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/*
 * Issue 4, "Proof": build a subnet and an instance with the keyboard alone. Every palette item
 * is a labelled button that adds to the selection, so Tab and Enter do what dragging does.
 */
test('build a VPC, a subnet and an instance with the keyboard alone', async ({
  page,
  pageErrors,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.openEmpty();

  /** Tabs forward until the palette item has the focus, then presses Enter on it. */
  const press = async (kind: PaletteKind) => {
    const item = canvas.palette(kind);
    for (
      let tabs = 0;
      tabs < 60 && !(await item.evaluate((el) => el === document.activeElement));
      tabs++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(item).toBeFocused();
    await page.keyboard.press('Enter');
  };

  await expect(canvas.palette('subnet')).toHaveAccessibleName('Add a subnet to the selected VPC');

  await press('vpc');
  let { scenario } = await canvas.state();
  const vpc = scenario.vpcs[0]!;
  await expect(canvas.wrapper(vpc.id)).toHaveClass(/selected/);

  await press('subnet');
  ({ scenario } = await canvas.state());
  const subnet = scenario.subnets[0]!;
  expect(subnet).toMatchObject({ vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
  await expect(canvas.wrapper(subnet.id)).toHaveClass(/selected/);

  await press('instance');
  ({ scenario } = await canvas.state());
  const instance = scenario.instances[0]!;
  expect(instance).toMatchObject({ subnetId: subnet.id, privateIp: '10.0.0.4' });
  await expect(canvas.node(instance.id)).toBeVisible();
  await expect(page.getByTestId('palette.target')).toContainText(`instance ${instance.name}`);

  // The arrow keys move it (by the grid, snap being on), one undo step per press.
  const before = (await canvas.state()).layout.nodes[instance.id]!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  const after = (await canvas.state()).layout.nodes[instance.id]!;
  expect(after.x).toBeGreaterThan(before.x);
  expect(after.y).toBeGreaterThan(before.y);
  await page.keyboard.press('Control+z');
  expect((await canvas.state()).layout.nodes[instance.id]!.y).toBe(before.y);

  // With nothing fitting selected, the button says what to select instead of guessing.
  await page.keyboard.press('Escape');
  await press('natGateway');
  await expect(page.getByTestId('message.error')).toContainText('Select a subnet');

  await page.screenshot({ path: 'e2e/screenshots/canvas-keyboard.png' });
  expect(pageErrors.messages).toEqual([]);
});
