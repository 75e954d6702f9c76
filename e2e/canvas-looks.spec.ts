import { addVpc, emptyScenario } from '../src/model/defaults.ts';
import type { Layout, Scenario } from '../src/model/types.ts';
import { expect, test } from './fixtures.ts';
import { CanvasPage } from './pages/Canvas.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * Two peered VPCs (one peering active, one pending), a third VPC collapsed, an internet host and
 * a detached gateway; one subnet's block lies outside its VPC, so validation has a finding.
 */
function showcase(): { scenario: Scenario; layout: Layout } {
  let s = emptyScenario('Looks');
  const vpc = (cidrBlock: string, name: string, id: string) => {
    const added = addVpc(s, { cidrBlock, name, ids: { vpc: id } });
    s = added.scenario;
    return added.vpc.id;
  };
  const a = vpc('10.0.0.0/16', 'shop', 'vpc-a');
  const b = vpc('10.1.0.0/16', 'analytics', 'vpc-b');
  const c = vpc('10.2.0.0/16', 'legacy', 'vpc-c');
  const mainOf = (v: string) => s.routeTables.find((t) => t.vpcId === v && t.main)!;
  s = {
    ...s,
    subnets: [
      {
        id: 'subnet-web',
        name: 'web',
        vpcId: a,
        cidrBlock: '10.0.1.0/24',
        availabilityZone: 'us-east-1a',
      },
      {
        id: 'subnet-etl',
        name: 'etl',
        vpcId: b,
        cidrBlock: '10.9.0.0/24',
        availabilityZone: 'us-east-1b',
      },
      {
        id: 'subnet-old',
        name: 'old',
        vpcId: c,
        cidrBlock: '10.2.0.0/24',
        availabilityZone: 'us-east-1c',
      },
    ],
    instances: [
      {
        id: 'i-web',
        name: 'web-1',
        subnetId: 'subnet-web',
        privateIp: '10.0.1.10',
        publicIp: '198.51.100.20',
        securityGroupIds: [],
      },
      {
        id: 'i-etl',
        name: 'etl-1',
        subnetId: 'subnet-etl',
        privateIp: '10.9.0.10',
        securityGroupIds: [],
      },
      {
        id: 'i-old',
        name: 'old-1',
        subnetId: 'subnet-old',
        privateIp: '10.2.0.10',
        securityGroupIds: [],
      },
    ],
    internetGateways: [
      { id: 'igw-a', name: 'shop-igw', vpcId: a },
      { id: 'igw-spare', name: 'spare-igw' },
    ],
    routeTables: s.routeTables.map((t) =>
      t.id === mainOf(a).id
        ? {
            ...t,
            routes: [
              ...t.routes,
              { destination: '0.0.0.0/0', target: 'igw-a', state: 'active' as const },
            ],
          }
        : t,
    ),
    peeringConnections: [
      {
        id: 'pcx-ab',
        name: 'shop-analytics',
        requesterVpcId: a,
        accepterVpcId: b,
        status: 'active',
      },
      {
        id: 'pcx-bc',
        name: 'analytics-legacy',
        requesterVpcId: b,
        accepterVpcId: c,
        status: 'pending-acceptance',
      },
    ],
    internetHosts: [{ id: 'host-client', name: 'client', address: '203.0.113.7' }],
  };
  const layout: Layout = {
    nodes: {
      [a]: { x: 0, y: 80, width: 460, height: 220 },
      [b]: { x: 640, y: 80, width: 460, height: 220 },
      [c]: { x: 640, y: 440, width: 460, height: 220, collapsed: true },
      'subnet-web': { x: 40, y: 56, width: 380, height: 140 },
      'subnet-etl': { x: 40, y: 56, width: 380, height: 140 },
      'i-web': { x: 20, y: 56 },
      'i-etl': { x: 20, y: 56 },
      'igw-a': { x: 145, y: -28 },
      'host-client': { x: 140, y: 460 },
      'igw-spare': { x: 140, y: 600 },
    },
  };
  return { scenario: s, layout };
}

test('peering edges, public and private subnets, badges, hosts and a collapsed VPC', async ({
  page,
  pageErrors,
}) => {
  const { scenario, layout } = showcase();
  await page.addInitScript(
    (file) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('vpc-flow-lab:autosave', file);
    },
    JSON.stringify({ format: 'vpc-flow-lab', version: 1, scenario, layout }),
  );
  await page.goto('./?e2e=1');
  const canvas = new CanvasPage(page);

  // Public by its route to the gateway, private without one: said in words, not colour alone.
  await expect(page.getByTestId('canvas.subnet-kind.subnet-web')).toHaveText('Public');
  await expect(page.getByTestId('canvas.subnet-kind.subnet-etl')).toHaveText('Private');
  await expect(page.getByTestId('canvas.az.subnet-etl')).toHaveText('us-east-1b');

  // The subnet outside its VPC carries an error badge naming the problem.
  const badge = page.getByTestId('canvas.findings.subnet-etl');
  await expect(badge).toHaveAttribute('data-severity', 'error');
  await expect(badge).toHaveAttribute('title', /10\.9\.0\.0\/24/);

  // Peerings are edges between VPCs, labelled with their status.
  await expect(page.getByTestId('canvas.edge.pcx-ab')).toContainText('active');
  await expect(page.getByTestId('canvas.edge.pcx-bc')).toContainText('pending-acceptance');

  // The collapsed VPC says what it holds; the detached gateway says it is detached.
  await expect(page.getByTestId('canvas.contents.vpc-c')).toHaveText('1 subnet · 1 instance');
  await expect(canvas.node('igw-spare')).toContainText('detached');

  // The internet host's address is edited in place; one inside a VPC is refused, named.
  const address = page.getByTestId('canvas.host-address.host-client');
  await address.fill('10.1.4.4');
  await address.press('Enter');
  await expect(canvas.node('host-client').getByRole('alert')).toContainText('inside VPC vpc-b');
  expect((await canvas.state()).scenario.internetHosts[0]?.address).toBe('203.0.113.7');
  await page.screenshot({ path: 'e2e/screenshots/canvas-looks.png' });

  await address.fill('8.8.4.4');
  await address.press('Enter');
  await expect(canvas.node('host-client').getByRole('alert')).toHaveCount(0);
  expect((await canvas.state()).scenario.internetHosts[0]?.address).toBe('8.8.4.4');
  expect(pageErrors.messages).toEqual([]);
});

test('the same network in the dark theme', async ({ page, pageErrors }) => {
  const { scenario, layout } = showcase();
  await page.addInitScript(
    (file) => {
      localStorage.setItem('vpc-flow-lab:autosave', file);
      localStorage.setItem('vpc-flow-lab:theme', 'dark');
    },
    JSON.stringify({ format: 'vpc-flow-lab', version: 1, scenario, layout }),
  );
  await page.goto('./?e2e=1');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByTestId('canvas.edge.pcx-ab')).toBeVisible();
  await page.getByTestId('canvas.node.i-web').click();
  await page.screenshot({ path: 'e2e/screenshots/canvas-looks-dark.png' });
  expect(pageErrors.messages).toEqual([]);
});
