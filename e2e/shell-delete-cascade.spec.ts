import { expect, test } from './fixtures.ts';

// The size the issue asks the app to be readable at.
test.use({ viewport: { width: 1280, height: 800 } });

const VPC = 'vpc-0a1b2c3d4e5f60001';

test('deleting a VPC says the cascade first, and Cancel keeps it', async ({
  shell,
  page,
  pageErrors,
}) => {
  await shell.open();
  const before = await shell.state();
  await shell.selectNode(VPC);
  await shell.press('Delete');

  const dialog = shell.confirm.dialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    `Deleting ${VPC} (three-tier) also deletes 3 subnets, 6 instances`,
  );
  await expect(shell.confirm.ok()).toBeFocused();
  // Nothing has gone yet.
  expect((await shell.state()).scenario).toEqual(before.scenario);
  await page.screenshot({ path: 'e2e/screenshots/shell-delete-cascade.png' });

  await shell.confirm.cancel().click();
  await expect(dialog).toHaveCount(0);
  expect((await shell.state()).scenario).toEqual(before.scenario);
  await expect(shell.node(VPC)).toBeVisible();

  // Escape cancels as well; Enter confirms.
  await shell.press('Delete');
  await expect(dialog).toBeVisible();
  await shell.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect((await shell.state()).scenario.vpcs).toHaveLength(1);

  await shell.press('Delete');
  await shell.press('Enter');
  await expect.poll(async () => (await shell.state()).scenario.vpcs).toHaveLength(0);
  await expect(shell.node(VPC)).toHaveCount(0);
  await shell.press('Control+z');
  await expect(shell.node(VPC)).toBeVisible();
  expect(pageErrors.messages).toEqual([]);
});
