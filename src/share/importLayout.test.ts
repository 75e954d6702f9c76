import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAwsBundle } from '../aws/index.ts';
import { LayoutSchema } from '../model/schema.ts';
import type { Layout, Scenario } from '../model/types.ts';
import { threeTierScenario } from '../scenarios/index.ts';
import { layoutWithElk, loadElk, type LayoutSizes } from '../layout/elk.ts';

// Sizes of its own (the app lays out with CANVAS_SIZES), so the test reads without geometry.ts.
const SIZES: LayoutSizes = {
  leaf: { width: 170, height: 64 },
  gateway: { width: 170, height: 56 },
  host: { width: 180, height: 72 },
  header: 56,
  pad: 20,
  gap: 20,
  vpcPad: 40,
  subnetGap: 24,
  vpcGap: 80,
  minVpc: { width: 260, height: 96 },
  minSubnetWidth: 280,
  gatewayEdgeY: -28,
  endpoint: { width: 210, height: 64 },
  transit: { width: 210, height: 64 },
  transitDrop: 110,
};

const BUNDLE = new URL('../../../shared/samples/acme-prod/bundle.json', import.meta.url);

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function box(layout: Layout, id: string, size = SIZES.leaf): Rect {
  const n = layout.nodes[id];
  if (!n) throw new Error(`${id} has no place`);
  return { x: n.x, y: n.y, width: n.width ?? size.width, height: n.height ?? size.height };
}

/** Children inside their parent (below its label), siblings apart. */
function expectNested(parent: Rect, children: Rect[], top: number) {
  for (const c of children) {
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.y).toBeGreaterThanOrEqual(top);
    expect(c.x + c.width).toBeLessThanOrEqual(parent.width);
    expect(c.y + c.height).toBeLessThanOrEqual(parent.height);
  }
  children.forEach((a, i) =>
    children.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)),
  );
}

function expectWellLaidOut(scenario: Scenario, layout: Layout) {
  expect(LayoutSchema.safeParse(layout).success).toBe(true);
  const vpcs = scenario.vpcs.map((v) => box(layout, v.id));
  vpcs.forEach((a, i) => vpcs.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  for (const vpc of scenario.vpcs) {
    const subnets = scenario.subnets.filter((s) => s.vpcId === vpc.id);
    expectNested(
      box(layout, vpc.id),
      subnets.map((s) => box(layout, s.id)),
      SIZES.header,
    );
    for (const subnet of subnets) {
      const leaves = [...scenario.instances, ...scenario.natGateways].filter(
        (x) => x.subnetId === subnet.id,
      );
      expectNested(
        box(layout, subnet.id),
        leaves.map((x) => box(layout, x.id)),
        SIZES.header,
      );
    }
    for (const g of scenario.internetGateways.filter((x) => x.vpcId === vpc.id)) {
      const gw = box(layout, g.id, SIZES.gateway);
      expect(gw.y).toBe(SIZES.gatewayEdgeY);
      expect(gw.x + gw.width).toBeLessThanOrEqual(box(layout, vpc.id).width);
    }
  }
}

describe('laying out an imported scenario with ELK', () => {
  it.skipIf(!existsSync(BUNDLE))(
    'nests the acme-prod sample: VPCs, subnets by tier, instances, the gateway on the edge',
    async () => {
      const imported = importAwsBundle(JSON.parse(readFileSync(BUNDLE, 'utf8')));
      if (!imported.ok) throw new Error('the sample does not import');
      const { scenario } = imported.value;
      const layout = await layoutWithElk(scenario, loadElk, SIZES);
      expectWellLaidOut(scenario, layout);
      // The public subnets share the first row, the app subnets the next, the db subnets the last.
      const y = (name: string) =>
        box(layout, scenario.subnets.find((s) => s.name === name)?.id ?? '').y;
      expect(y('prod-public-a')).toBe(y('prod-public-b'));
      expect(y('prod-app-a')).toBe(y('prod-app-b'));
      expect(y('prod-public-a')).toBeLessThan(y('prod-app-a'));
      expect(y('prod-app-a')).toBeLessThan(y('prod-db-a'));
    },
  );

  it('lays out the three-tier scenario, a detached gateway and internet hosts', async () => {
    const scenario: Scenario = {
      ...threeTierScenario,
      internetGateways: [...threeTierScenario.internetGateways, { id: 'igw-loose', name: 'spare' }],
      internetHosts: [{ id: 'host-1', name: 'client', address: '203.0.113.7' }],
    };
    const layout = await layoutWithElk(scenario, loadElk, SIZES);
    expectWellLaidOut(scenario, layout);
    const vpc = box(layout, scenario.vpcs[0]?.id ?? '');
    for (const id of ['igw-loose', 'host-1']) {
      expect(overlaps(box(layout, id, SIZES.host), vpc)).toBe(false);
    }
  });

  it('loads ELK only when asked (the loader is injectable)', async () => {
    let loads = 0;
    const layout = await layoutWithElk({ ...threeTierScenario }, async () => {
      loads++;
      const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
      return new ELK();
    });
    expect(loads).toBe(1);
    expect(Object.keys(layout.nodes)).toHaveLength(12);
  });
});
