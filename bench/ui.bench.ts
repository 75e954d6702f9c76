import { expect, test } from '@playwright/test';
import { addVpc, emptyScenario } from '../src/model/defaults.ts';
import type { Instance, Scenario, Subnet } from '../src/model/types.ts';
import { openAndTimeFirstRender } from './firstRender.ts';

/*
 * Issue 4, "Proof": open a generated scenario of about 500 nodes in headless Chromium, and print
 * the time to first render (navigation start until every node is in the DOM and shown, measured
 * in the page) and the frame rate while a node is dragged across the canvas (requestAnimationFrame
 * callbacks counted in the page during the drag). Headless figures are indicative.
 */

const VPCS = 2;
const SUBNETS_PER_VPC = 10;
const INSTANCES_PER_SUBNET = 24;

/** 2 VPCs × 10 subnets × 24 instances: 502 nodes, laid out by the canvas's auto layout. */
function generated(): Scenario {
  let scenario = emptyScenario('Bench: 500 nodes');
  const subnets: Subnet[] = [];
  const instances: Instance[] = [];
  for (let v = 0; v < VPCS; v++) {
    const added = addVpc(scenario, { cidrBlock: `10.${v}.0.0/16`, name: `vpc-${v}` });
    scenario = added.scenario;
    const sg = scenario.securityGroups.find((g) => g.vpcId === added.vpc.id)!;
    for (let s = 0; s < SUBNETS_PER_VPC; s++) {
      const subnetId = `subnet-b${v}s${s}`;
      subnets.push({
        id: subnetId,
        name: `subnet-${v}-${s}`,
        vpcId: added.vpc.id,
        cidrBlock: `10.${v}.${s}.0/24`,
        availabilityZone: s % 2 === 0 ? 'us-east-1a' : 'us-east-1b',
      });
      for (let i = 0; i < INSTANCES_PER_SUBNET; i++) {
        instances.push({
          id: `i-b${v}s${s}n${i}`,
          name: `host-${v}-${s}-${i}`,
          subnetId,
          privateIp: `10.${v}.${s}.${10 + i}`,
          securityGroupIds: [sg.id],
        });
      }
    }
  }
  // Route edges shown: each VPC's main table sends 0.0.0.0/0 to its internet gateway, so one
  // bundled edge joins its ten subnets to the gateway (and each instance carries its group's chip).
  const internetGateways = scenario.vpcs.map((v, k) => ({
    id: `igw-b${k}`,
    name: `igw-${k}`,
    vpcId: v.id,
  }));
  const routeTables = scenario.routeTables.map((t) => {
    const k = scenario.vpcs.findIndex((v) => v.id === t.vpcId);
    return t.main
      ? {
          ...t,
          routes: [
            ...t.routes,
            { destination: '0.0.0.0/0', target: `igw-b${k}`, state: 'active' as const },
          ],
        }
      : t;
  });
  return { ...scenario, subnets, instances, internetGateways, routeTables };
}

const scenario = generated();
/** The resources, and the Region drawn around the VPCs (its zones share us-east-1). */
const NODES =
  scenario.vpcs.length +
  scenario.subnets.length +
  scenario.instances.length +
  scenario.internetGateways.length +
  1;

test(`ui: ${NODES} nodes, first render and drag frame rate`, async ({ page }) => {
  const firstRender = await openAndTimeFirstRender(page, scenario, NODES);
  await expect(page.locator('.react-flow__node')).toHaveCount(NODES);
  // What the issue asks to be measured with: route edges and chips on screen.
  await expect(page.locator('[data-testid^="canvas.route."]')).toHaveCount(scenario.vpcs.length);
  await expect(page.locator('[data-testid^="canvas.sg-chip."]')).toHaveCount(
    scenario.instances.length,
  );
  console.log(
    `ui: first render of ${NODES} nodes: ${Math.round(firstRender)} ms (goal: under 1000 ms)`,
  );

  // Zoom to a readable size around one instance, then drag it across the canvas.
  const id = 'i-b0s4n5';
  await page.getByTestId(`canvas.node.${id}`).click();
  await page.keyboard.press('Escape');
  const pane = (await page.getByTestId('canvas').boundingBox())!;
  const node = (await page.getByTestId(`canvas.node.${id}`).boundingBox())!;
  const from = { x: node.x + node.width / 2, y: node.y + node.height / 2 };

  await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__frames = 0;
    w.__counting = true;
    const tick = () => {
      if (!w.__counting) return;
      w.__frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const startedAt = await page.evaluate(() => performance.now());
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 90;
  for (let k = 1; k <= steps; k++) {
    const t = k / steps;
    await page.mouse.move(
      from.x + (pane.x + pane.width * 0.85 - from.x) * t,
      from.y + (pane.y + pane.height * 0.15 - from.y) * Math.sin(t * Math.PI),
    );
    await page.waitForTimeout(8);
    if (k === steps / 2) {
      // Halfway: the node must be following the mouse, or the figure means nothing.
      const moved = (await page.getByTestId(`canvas.node.${id}`).boundingBox())!;
      expect(Math.hypot(moved.x - node.x, moved.y - node.y)).toBeGreaterThan(50);
    }
  }
  await page.mouse.up();
  const { frames, elapsed } = await page.evaluate((t0) => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__counting = false;
    return { frames: w.__frames, elapsed: performance.now() - t0 };
  }, startedAt);
  const fps = (frames * 1000) / elapsed;
  console.log(
    `ui: drag frame rate: ${Math.round(fps)} fps over ${Math.round(elapsed)} ms, ${NODES} nodes (headless, indicative; goal: 50 fps or more)`,
  );
});
