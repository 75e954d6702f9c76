import { S3_ENDPOINT_IDS as ID, S3_ADDRESS } from '../src/scenarios/s3Endpoint.ts';
import { expect, test } from './fixtures.ts';
import { AnimationPage } from './pages/Animation.ts';
import { CanvasPage } from './pages/Canvas.ts';
import { Flows } from './pages/Flows.ts';
import { Library } from './pages/Library.ts';
import { openSeeded, twoVpcs } from './seed.ts';

test.use({ viewport: { width: 1440, height: 900 } });

// src/scenarios/s3Endpoint.ts's saved flows.
const BATCH_TO_S3 = 'flow-0b7b0000000000001';
const APP_TO_S3 = 'flow-0b7b0000000000002';

/*
 * Issue 11, "Done when": S3 via the gateway endpoint, the animation going through the endpoint.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 */
test('S3 through the gateway endpoint: out through the endpoint, back from S3, dropped by the ACL', async ({
  page,
  shell,
  pageErrors,
}) => {
  // A long journey on a shared machine: room to finish; the packet jumps from hop to hop.
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await shell.open();
  const library = new Library(page);
  await library.gallery.open();
  await library.gallery.openBuiltIn('s3-gateway-endpoint');
  const canvas = new CanvasPage(page);
  await expect(canvas.node(ID.endpoint)).toContainText('Gateway endpoint · s3');
  await expect(page.getByTestId(`canvas.endpoint-tables.${ID.endpoint}`)).toHaveText(
    'tables: private',
  );

  // batch-1's request leaves by the route AWS added, through the endpoint, to S3 and back.
  const anim = new AnimationPage(page);
  await anim.showFlow(BATCH_TO_S3);
  for (let k = 0; k < 4; k++) await anim.stepForward();
  await expect(anim.hopLabel).toContainText('Allowed · Request · VPC endpoint at s3');
  const endpoint = (await canvas.node(ID.endpoint).boundingBox())!;
  const at = await anim.packetCentre();
  expect(Math.abs(at.x - (endpoint.x + endpoint.width / 2))).toBeLessThan(4);
  expect(Math.abs(at.y - (endpoint.y + endpoint.height / 2))).toBeLessThan(4);
  // S3 itself is drawn beyond the endpoint, outside the VPC.
  const service = page.getByTestId('anim.service');
  await expect(service).toContainText('AWS service s3');
  await expect(service).toContainText(S3_ADDRESS);
  expect((await service.boundingBox())!.y).toBeGreaterThan(endpoint.y + endpoint.height);
  await page.screenshot({ path: 'e2e/screenshots/s3-endpoint-out.png' });
  while (await anim.button('step-forward').isEnabled()) await anim.stepForward();
  await expect(anim.overlay).toHaveAttribute('data-blocked', 'false');

  // app-1's answer from S3 comes back through the endpoint and dies at its subnet's ACL.
  const flows = new Flows(page);
  await flows.select(APP_TO_S3);
  await expect(anim.counter).toHaveText(/At the source/);
  while (await anim.button('step-forward').isEnabled()) await anim.stepForward();
  await expect(anim.overlay).toHaveAttribute('data-blocked', 'true');
  await expect(anim.hopLabel).toContainText('Blocked · Response · NACL in at app-private · rule *');
  await expect(flows.headline()).toContainText('on the response');
  await page.screenshot({ path: 'e2e/screenshots/s3-endpoint-acl.png' });
  expect(pageErrors.messages).toEqual([]);
});

test('a gateway endpoint dropped on a subnet routes S3 for its table; S3 becomes a flow destination', async ({
  page,
  pageErrors,
}) => {
  const { scenario, layout } = twoVpcs();
  await openSeeded(page, scenario, layout);
  const canvas = new CanvasPage(page);
  await canvas.drop('gatewayEndpoint', canvas.node('subnet-app'), { x: 250, y: 30 });
  const state = await canvas.state();
  const endpoint = state.scenario.vpcEndpoints[0]!;
  expect(endpoint).toMatchObject({
    type: 'gateway',
    vpcId: 'vpc-app',
    serviceName: 'com.amazonaws.us-east-1.s3',
    prefixListId: 'pl-63a5400a',
  });
  const main = state.scenario.routeTables.find((t) => t.vpcId === 'vpc-app' && t.main)!;
  expect(endpoint.routeTableIds).toEqual([main.id]);
  // On the VPC's bottom edge, saying its route table.
  const vpc = (await canvas.node('vpc-app').boundingBox())!;
  const node = (await canvas.node(endpoint.id).boundingBox())!;
  expect(node.y).toBeLessThan(vpc.y + vpc.height);
  expect(node.y + node.height).toBeGreaterThan(vpc.y + vpc.height);
  await expect(page.getByTestId(`canvas.endpoint-tables.${endpoint.id}`)).toHaveText(
    'tables: main',
  );

  // The route AWS added is read-only in the route table; the endpoint's inspector changes it.
  await page.getByTestId('panel.tab.routes').click();
  await page.getByTestId(`route.table.${main.id}`).getByRole('button').first().click();
  await expect(page.getByTestId('route.1.destination')).toHaveText('pl-63a5400a');
  await expect(page.getByTestId('route.1.target')).toContainText('gateway endpoint');
  await expect(page.getByTestId('route.1.remove')).toHaveCount(0);

  // S3 is offered as a destination, at an address of its prefix list.
  const flows = new Flows(page);
  await flows.open();
  await flows.newFlow();
  await flows.chooseEnd('source', 'app-1 · 10.0.1.10');
  await flows.chooseEnd('destination', 's3 via endpoint-1 · 52.216.0.10');
  await flows.chooseService('HTTPS · TCP 443');
  await expect(flows.headline()).toHaveText(/Allowed/);
  await page.screenshot({ path: 'e2e/screenshots/s3-endpoint-drawn.png' });
  expect(pageErrors.messages).toEqual([]);
});
