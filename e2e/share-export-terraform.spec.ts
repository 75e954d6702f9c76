import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { roundTrip } from '../src/cli/terraformExport.testkit.ts';
import { exportTerraform } from '../src/terraform/export/index.ts';
import { expect, test } from './fixtures.ts';
import { CanvasPage } from './pages/Canvas.ts';
import { Flows } from './pages/Flows.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/*
 * Issue 13, "Export journey": draw a network by drag and drop, save two flows, export it as
 * Terraform, and the downloaded zip passes the round trip: parsed by the Go HCL library,
 * planned as `terraform show -json` prints it, imported, every flow with its verdict.
 */
test('draw a network, export it as Terraform, and the zip round-trips with the same verdicts', async ({
  page,
  pageErrors,
}, testInfo) => {
  const canvas = new CanvasPage(page);
  await canvas.openEmpty();
  await canvas.drop('vpc', canvas.pane, { x: 330, y: 290 });
  let { scenario } = await canvas.state();
  const vpc = scenario.vpcs[0]!;
  await canvas.drop('subnet', canvas.node(vpc.id), { x: 250, y: 130 });
  await canvas.drop('subnet', canvas.node(vpc.id), { x: 250, y: 290 });
  await canvas.drop('internetGateway', canvas.node(vpc.id), { x: 330, y: 4 });
  ({ scenario } = await canvas.state());
  const [web, app] = scenario.subnets;
  const igw = scenario.internetGateways[0]!;
  await canvas.drop('instance', canvas.node(web!.id), { x: 110, y: 90 });
  await canvas.drop('instance', canvas.node(app!.id), { x: 110, y: 90 });

  // The web subnet routes 0.0.0.0/0 to the gateway.
  await page.getByTestId('panel.tab.routes').click();
  await page.getByTestId('route.create.name').fill('public');
  await page.getByTestId('route.create').click();
  await page.getByTestId('route.new.target').selectOption(igw.id);
  await page.getByTestId('route.add').click();
  ({ scenario } = await canvas.state());
  const table = scenario.routeTables.find((t) => t.name === 'public')!;
  await page.getByTestId(`route.association.${web!.id}`).selectOption(table.id);

  // Two saved flows: between the instances, and from the web instance to the internet.
  ({ scenario } = await canvas.state());
  const [a, b] = scenario.instances.map((i) => `${i.name} · ${i.privateIp}`);
  const flows = new Flows(page);
  await flows.open();
  await flows.newFlow();
  await flows.chooseEnd('source', a!);
  await flows.chooseEnd('destination', b!);
  await flows.chooseService('HTTPS · TCP 443');
  await flows.save();
  await flows.newFlow();
  await flows.chooseEnd('source', a!);
  await flows.chooseEnd('destination', 'Any IP address…');
  await flows.editor('destination.address').fill('203.0.113.9');
  await flows.chooseService('HTTPS · TCP 443');
  await flows.save();
  ({ scenario } = await canvas.state());
  expect(scenario.flows).toHaveLength(2);

  // Export → Terraform (.zip).
  await page.getByTestId('toolbar.export').click();
  await expect(page.getByTestId('share.export.terraform')).toContainText('Terraform (.zip)');
  await page.screenshot({ path: 'e2e/screenshots/share-export-terraform.png' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('share.export.terraform').click(),
  ]);
  expect(download.suggestedFilename()).toBe('empty-lab-terraform.zip');
  const path = testInfo.outputPath('terraform.zip');
  await download.saveAs(path);
  const files = Object.fromEntries(
    Object.entries(unzipSync(readFileSync(path))).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
  expect(Object.keys(files).sort()).toEqual(['main.tf', 'variables.tf', 'versions.tf']);
  expect(files['main.tf']).toContain(`resource "aws_route" "public_default"`);

  // The zip holds what the generator makes of the drawn network, and it round-trips.
  const exported = exportTerraform(scenario, 'hcl');
  expect(files).toEqual(exported.files);
  const result = await roundTrip(scenario, files, exported.addresses);
  expect(result.flows.map((f) => f.after)).toEqual(result.flows.map((f) => f.before));
  expect(result.flows).toHaveLength(2);
  expect(result.imported.instances).toHaveLength(2);
  expect(pageErrors.messages).toEqual([]);
});
