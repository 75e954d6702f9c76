import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { BUNDLE, DESCRIBE, jsonPayload, readJson, SharePage } from './pages/Share.ts';

test.use({ viewport: { width: 1280, height: 800 } });
// The shared sample lies beside the repository (as in CI's clone): its absence is a failure, not a skip.
test.beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`the shared sample ${BUNDLE} is missing`);
});

const PROD_VPC = 'vpc-07e44f8146b914a6e';
const SHARED_VPC = 'vpc-00abf4521216811cc';

const overlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('import an AWS bundle file and find it laid out', async ({ page, shell, pageErrors }) => {
  await shell.open();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const share = new SharePage(page);
  await share.importFiles(BUNDLE);

  await expect(share.import.summary()).toContainText(
    'AWS: acme-prod, acme-shared was imported from bundle.json: 2 VPCs, 7 subnets, 9 instances',
  );
  // The importer modelled everything in this account: the report says so.
  await expect(share.import.noWarnings()).toHaveText(
    'Every resource in the files is in the scenario.',
  );
  await page.screenshot({ path: 'e2e/screenshots/share-import.png' });
  // ELK was loaded only now, and ran in a worker of its own.
  expect(requests.some((url) => /elk-worker[^/]*\.js$/.test(url))).toBe(true);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(share.import.dialog()).toHaveCount(0);

  await expect(page.getByTestId('app.scenario-name')).toHaveText('AWS: acme-prod, acme-shared');
  await expect(shell.node(PROD_VPC)).toBeVisible();
  await expect(shell.node(SHARED_VPC)).toBeVisible();
  const { scenario, layout } = await shell.state();
  // Every node has a place from the automatic layout, containers a size.
  for (const s of scenario.subnets) expect(layout.nodes[s.id]?.width).toBeGreaterThan(0);
  for (const i of scenario.instances) expect(layout.nodes[i.id]).toBeDefined();
  // No two subnet boxes overlap, and each sits inside its VPC's box.
  await page.waitForTimeout(300); // the fit-view animation
  const subnets = await share.boxes(scenario.subnets.map((s) => s.id));
  subnets.forEach((a, k) =>
    subnets.slice(k + 1).forEach((b) => expect(overlap(a, b), `${a.id} × ${b.id}`).toBe(false)),
  );
  const [prod] = await share.boxes([PROD_VPC]);
  for (const s of scenario.subnets.filter((x) => x.vpcId === PROD_VPC)) {
    const box = subnets.find((b) => b.id === s.id);
    expect(box && prod && box.x >= prod.x && box.x + box.width <= prod.x + prod.width + 1).toBe(
      true,
    );
  }
  await page.screenshot({ path: 'e2e/screenshots/share-import-canvas.png' });

  // Its link says what it gives away, and offers placeholders.
  await share.copyLink();
  await expect(share.link.findings()).toContainText('public address');
  await expect(share.link.placeholders()).toBeChecked();
  await expect(share.link.findings()).toContainText('54.210.17.10');
  await page.screenshot({ path: 'e2e/screenshots/share-link-findings.png' });
  expect(pageErrors.messages).toEqual([]);
});

test('import the separate describe-* files together, and read what was not modelled', async ({
  page,
  shell,
}) => {
  await shell.open();
  const files = readdirSync(DESCRIBE).filter((n) => n.endsWith('.json'));
  const payloads = files.map((name) => {
    const data = readJson(join(DESCRIBE, name)) as Record<string, Record<string, unknown>[]>;
    if (name === 'describe-route-tables.json') {
      // Routes to a transit gateway and a VPC endpoint that these files do not describe.
      const table = data.RouteTables?.[0] as { Routes: unknown[] };
      table.Routes.push(
        {
          DestinationCidrBlock: '172.16.0.0/12',
          TransitGatewayId: 'tgw-0a11b22c33d44e55f',
          State: 'active',
        },
        {
          DestinationPrefixListId: 'pl-63a5400a',
          GatewayId: 'vpce-0123456789abcdef0',
          State: 'active',
        },
      );
    }
    return jsonPayload(name, data);
  });
  const share = new SharePage(page);
  await share.importFiles(payloads);
  await expect(share.import.summary()).toContainText(`was imported from ${files.length} files`);
  await expect(share.import.warnings()).toContainText(
    'tgw-0a11b22c33d44e55f: transit gateway is not in the bundle (TransitGateways',
  );
  await expect(share.import.warnings()).toContainText(
    'vpce-0123456789abcdef0: endpoint is not in the bundle (VpcEndpoints',
  );
  await expect(share.import.warnings()).toContainText(
    'pl-63a5400a: named by rtb-0a755af075bf63a0d, but it is not in the bundle',
  );
  await page.screenshot({ path: 'e2e/screenshots/share-import-warnings.png' });
});

test('a bad file is said with its JSON path, and the open scenario is untouched', async ({
  page,
  shell,
}) => {
  await shell.open();
  const before = await shell.state();
  const bundle = readJson(BUNDLE) as {
    SecurityGroups: { IpPermissions: { FromPort: unknown }[] }[];
  };
  const group = bundle.SecurityGroups[1];
  if (group?.IpPermissions[0]) group.IpPermissions[0].FromPort = 'https';
  const share = new SharePage(page);
  await share.importFiles([jsonPayload('edited-bundle.json', bundle)]);
  await expect(share.import.error()).toContainText(
    'edited-bundle.json: SecurityGroups[1].IpPermissions[0].FromPort:',
  );
  await expect(share.import.error()).toContainText('the open scenario is unchanged');

  // Pasted text that is not JSON: the line and column.
  await share.import.paste().fill('{\n  "Vpcs": [\n    { "VpcId": "vpc-1" ]\n}');
  await share.import.pasteRun().click();
  await expect(share.import.error()).toContainText(
    'the pasted text: this is not valid JSON: line 3, column 24: expected "," or "}" after a property, found "]"',
  );
  await page.screenshot({ path: 'e2e/screenshots/share-import-error.png' });
  await page.keyboard.press('Escape');
  expect(await shell.state()).toEqual(before);
});

test('describe-* files dropped on the app together are imported as one', async ({
  page,
  shell,
}) => {
  await shell.open();
  const names = ['describe-vpcs.json', 'describe-subnets.json', 'describe-instances.json'];
  const files = names.map((name) => ({
    name,
    text: JSON.stringify(readJson(join(DESCRIBE, name))),
  }));
  // What the browser hands over when files are dragged in from the desktop.
  await page.getByTestId('canvas').evaluate((target, dropped) => {
    const data = new DataTransfer();
    for (const f of dropped)
      data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    target.dispatchEvent(
      new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }),
    );
    target.dispatchEvent(
      new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }),
    );
  }, files);
  const share = new SharePage(page);
  await expect(share.import.summary()).toContainText(
    'was imported from 3 files: 2 VPCs, 7 subnets, 9 instances',
  );
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(shell.node(PROD_VPC)).toBeVisible();
});
