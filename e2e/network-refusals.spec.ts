import { expect, test } from './fixtures.ts';
import { CanvasPage } from './pages/Canvas.ts';
import { openSeeded, twoVpcs } from './seed.ts';

test.use({ viewport: { width: 1440, height: 900 } });

/*
 * Issue 11, "Done when": bad input of every new kind gets one clear message naming where, beside
 * the field, and nothing is lost.
 */
test('bad input of the new kinds is refused beside its field, with the model’s words, and nothing is lost', async ({
  page,
  pageErrors,
}) => {
  const { scenario, layout } = twoVpcs();
  await openSeeded(page, scenario, layout);
  const canvas = new CanvasPage(page);

  // A prefix list of IPv4 blocks, at most two: an IPv6 entry is refused, naming the list's family.
  await page.getByTestId('panel.tab.prefix').click();
  await page.getByTestId('pl.create.name').fill('offices');
  await page.getByTestId('pl.create.max').fill('2');
  await page.getByTestId('pl.create').click();
  const list = (await canvas.state()).scenario.prefixLists[0]!;
  expect(list).toMatchObject({ name: 'offices', addressFamily: 'IPv4', maxEntries: 2 });
  await page.getByTestId('pl.entry.new.cidr').fill('2001:db8::/48');
  await page.getByTestId('pl.entry.add').click();
  await expect(page.getByTestId('pl.entry.new.refusal')).toContainText('(this list is IPv4)');
  // What was typed stays in the field, to be mended.
  await expect(page.getByTestId('pl.entry.new.cidr')).toHaveValue('2001:db8::/48');
  await page.getByTestId('pl.entry.new.cidr').fill('198.51.100.0/24');
  await page.getByTestId('pl.entry.new.description').fill('Paris');
  await page.getByTestId('pl.entry.add').click();
  await page.getByTestId('pl.entry.new.cidr').fill('203.0.113.0/24');
  await page.getByTestId('pl.entry.add').click();
  await expect(page.getByTestId(`pl.list.${list.id}.count`)).toHaveText('2 of 2');
  await page.getByTestId('pl.entry.new.cidr').fill('192.0.2.0/24');
  await page.getByTestId('pl.entry.add').click();
  await expect(page.getByTestId('pl.entry.new.refusal')).toContainText('is full');
  await page.screenshot({ path: 'e2e/screenshots/refusal-prefix-list.png' });
  // A maximum below the entries it holds is refused beside that field.
  await page.getByTestId('pl.field.maxEntries').fill('1');
  await expect(
    page
      .getByTestId('pl.list.' + list.id)
      .getByRole('alert')
      .first(),
  ).toContainText('more than a maximum of 1');
  await page.getByTestId('pl.field.maxEntries').press('Escape');

  // An interface: a secondary address outside its subnet, an Elastic IP that is not IPv4.
  await canvas.drop('rds', canvas.node('subnet-data'), { x: 200, y: 70 });
  const rds = (await canvas.state()).scenario.networkInterfaces[0]!;
  expect(rds).toMatchObject({ kind: 'rds', subnetId: 'subnet-data', privateIp: '10.1.1.4' });
  await page.getByTestId('panel.tab.inspector').click();
  await page.getByTestId('inspector.secondary.new').fill('10.9.9.9');
  await page.getByTestId('inspector.secondary.add').click();
  await expect(page.getByTestId('inspector.secondary.refusal')).toContainText('10.1.1.0/24');
  await page.getByTestId('inspector.secondary.new').fill('10.1.1.50');
  await page.getByTestId('inspector.secondary.add').click();
  await expect(page.getByTestId('inspector.secondary.0.address')).toHaveText('10.1.1.50');
  const eip = page.getByTestId('inspector.secondary.0.eip');
  await eip.fill('2001:db8::5');
  await expect(eip).toHaveAttribute('aria-invalid', 'true');
  const eipAlert = page.getByTestId('inspector.secondary.0').getByRole('alert');
  await expect(eipAlert).toContainText('IPv4');
  await page.screenshot({ path: 'e2e/screenshots/refusal-elastic-ip.png' });
  // The model kept its last valid state: no Elastic IP; Escape shows it again.
  expect((await canvas.state()).scenario.networkInterfaces[0]?.secondaryPrivateIps).toEqual([
    { address: '10.1.1.50' },
  ]);
  await eip.press('Escape');
  await expect(eip).toHaveValue('');

  // A transit gateway route that is not a CIDR block is refused beside the new-route form.
  await canvas.drop('transitGateway', canvas.node('vpc-app'), { x: 200, y: 30 });
  const tgwTable = (await canvas.state()).scenario.transitGatewayRouteTables[0]!;
  await page.getByTestId(`tgw.table.${tgwTable.id}`).getByRole('button').first().click();
  await page.getByTestId(`tgw.table.${tgwTable.id}.new.destination`).fill('10.2.0.0/33');
  await page.getByTestId(`tgw.table.${tgwTable.id}.new.add`).click();
  await expect(page.getByTestId(`tgw.table.${tgwTable.id}.new.refusal`)).toContainText(
    '10.2.0.0/33',
  );
  // A blackhole route is taken.
  await page.getByTestId(`tgw.table.${tgwTable.id}.new.destination`).fill('10.2.0.0/16');
  await page.getByTestId(`tgw.table.${tgwTable.id}.new.target`).selectOption('blackhole');
  await page.getByTestId(`tgw.table.${tgwTable.id}.new.add`).click();
  await expect(page.getByTestId(`tgw.table.${tgwTable.id}.route.0`)).toContainText('blackhole');
  await page.screenshot({ path: 'e2e/screenshots/refusal-transit-route.png' });

  // Dropped outside any subnet, an RDS database is refused with what to do.
  await canvas.drop('rds', canvas.pane, { x: 60, y: 700 });
  await expect(page.getByTestId('message.error').last()).toContainText('drop it inside a');

  // Nothing was lost: every valid edit is there, none of the refused ones.
  const { scenario: after } = await canvas.state();
  expect(after.prefixLists[0]?.entries?.map((e) => e.cidr)).toEqual([
    '198.51.100.0/24',
    '203.0.113.0/24',
  ]);
  expect(after.networkInterfaces).toHaveLength(1);
  expect(after.transitGatewayRouteTables[0]?.routes).toEqual([
    { destination: '10.2.0.0/16', state: 'blackhole', type: 'static' },
  ]);
  expect(pageErrors.messages).toEqual([]);
});
