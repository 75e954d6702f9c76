import { addVpc, emptyScenario, newSecurityGroup } from '../src/model/defaults.ts';
import type { Layout, Scenario } from '../src/model/types.ts';
import { expect, test } from './fixtures.ts';
import { CanvasPage } from './pages/Canvas.ts';
import { Flows } from './pages/Flows.ts';
import { openSeeded } from './seed.ts';

test.use({ viewport: { width: 1440, height: 900 } });

/**
 * A public subnet with a load balancer's interface (lb-1, HTTPS from anywhere) and app-1 beside
 * it; two saved flows name lb-1: from the internet by its ID, and from app-1 at 10.0.1.31.
 */
function publicLoadBalancer(): { scenario: Scenario; layout: Layout } {
  const added = addVpc(emptyScenario('A load balancer'), {
    cidrBlock: '10.0.0.0/16',
    name: 'web',
    ids: { vpc: 'vpc-web', routeTable: 'rtb-main' },
  });
  const s = added.scenario;
  const scenario: Scenario = {
    ...s,
    internetGateways: [{ id: 'igw-web', name: 'web-igw', vpcId: 'vpc-web' }],
    routeTables: s.routeTables.map((t) =>
      t.id === 'rtb-main'
        ? {
            ...t,
            routes: [...t.routes, { destination: '0.0.0.0/0', target: 'igw-web', state: 'active' }],
          }
        : t,
    ),
    subnets: [
      {
        id: 'subnet-public',
        name: 'public',
        vpcId: 'vpc-web',
        cidrBlock: '10.0.1.0/24',
        availabilityZone: 'us-east-1a',
      },
    ],
    securityGroups: [
      ...s.securityGroups,
      {
        ...newSecurityGroup(added.vpc, 'https', 'sg-https'),
        ingress: [
          {
            protocol: 'tcp',
            portRange: { from: 443, to: 443 },
            peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
          },
        ],
      },
    ],
    instances: [
      {
        id: 'i-app',
        name: 'app-1',
        subnetId: 'subnet-public',
        privateIp: '10.0.1.10',
        securityGroupIds: ['sg-https'],
      },
    ],
    networkInterfaces: [
      {
        id: 'eni-lb',
        name: 'lb-1',
        description: 'ELB app/web/50dc6c495c0c9188',
        kind: 'load-balancer',
        subnetId: 'subnet-public',
        privateIp: '10.0.1.30',
        secondaryPrivateIps: [],
        ipv6Addresses: [],
        securityGroupIds: ['sg-https'],
      },
    ],
    internetHosts: [{ id: 'host-visitor', name: 'visitor', address: '203.0.113.9' }],
    flows: [
      {
        id: 'flow-visitor',
        name: 'visitor → lb-1 HTTPS',
        source: { address: '203.0.113.9' },
        destination: { interfaceId: 'eni-lb' },
        protocol: 'tcp',
        port: 443,
      },
      {
        id: 'flow-secondary',
        name: 'app-1 → lb-1 at 10.0.1.31 HTTPS',
        source: { instanceId: 'i-app' },
        destination: { interfaceId: 'eni-lb', address: '10.0.1.31' },
        protocol: 'tcp',
        port: 443,
      },
    ],
  };
  const layout: Layout = {
    nodes: {
      'vpc-web': { x: 0, y: 0, width: 520, height: 220 },
      'subnet-public': { x: 40, y: 56, width: 440, height: 140 },
      'i-app': { x: 20, y: 56 },
      'eni-lb': { x: 230, y: 56 },
      'igw-web': { x: 175, y: -28 },
      'host-visitor': { x: 170, y: -180 },
    },
  };
  return { scenario, layout };
}

/*
 * Issue 11: an interface inspector edit, a secondary address and an Elastic IP, changes verdicts.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html
 */
test('a secondary address and an Elastic IP, added in the interface inspector, change the verdicts', async ({
  page,
  pageErrors,
}) => {
  const { scenario, layout } = publicLoadBalancer();
  await openSeeded(page, scenario, layout);
  const canvas = new CanvasPage(page);
  await expect(canvas.node('eni-lb')).toContainText('ELB lb-1');

  const flows = new Flows(page);
  await flows.open();
  // No public address: the internet gateway has nothing to deliver to.
  await expect(flows.item('flow-visitor')).toContainText('Blocked');
  // 10.0.1.31 is no address of lb-1 yet.
  await expect(flows.item('flow-secondary')).toContainText('Error');
  await expect(flows.item('flow-secondary')).toContainText('10.0.1.31 is not an address of');

  // The load balancer's interface in the inspector: its kind, addresses, groups against the quota.
  await canvas.node('eni-lb').click();
  await page.getByTestId('panel.tab.inspector').click();
  const inspector = page.getByTestId('inspector.networkInterface');
  await expect(inspector).toContainText('Load balancer');
  await expect(page.getByTestId('inspector.quota')).toHaveText('1 of 5');

  // A secondary address: typed in, it is lb-1's, and app-1 reaches it.
  await page.getByTestId('inspector.secondary.new').fill('10.0.1.31');
  await page.getByTestId('inspector.secondary.add').click();
  await expect(page.getByTestId('inspector.secondary.0.address')).toHaveText('10.0.1.31');
  await expect(page.getByTestId('canvas.secondaries.eni-lb')).toHaveText('+1');

  // An Elastic IP on its primary address: the internet reaches lb-1.
  await page.getByTestId('inspector.field.publicIp').fill('198.51.100.40');
  await expect(page.getByTestId('inspector.field.publicIp')).toHaveAttribute(
    'aria-invalid',
    'false',
  );
  // And one on the secondary address, allocated.
  await page.getByTestId('inspector.secondary.0.allocate').click();
  await expect(page.getByTestId('inspector.secondary.0.eip')).toHaveValue(
    /^198\.18\.|^198\.51\.100\./,
  );
  await expect(canvas.node('eni-lb')).toContainText('198.51.100.40');
  await page.screenshot({ path: 'e2e/screenshots/interface-inspector.png' });

  const state = await canvas.state();
  expect(state.scenario.networkInterfaces[0]).toMatchObject({
    publicIp: '198.51.100.40',
    publicIpSource: 'elastic',
    secondaryPrivateIps: [{ address: '10.0.1.31', publicIp: expect.any(String) }],
  });

  await flows.open();
  await expect(flows.item('flow-visitor')).toContainText('Allowed');
  await expect(flows.item('flow-secondary')).toContainText('Allowed');
  await page.screenshot({ path: 'e2e/screenshots/interface-inspector-verdicts.png' });

  // Undo takes the Elastic IP off again, and the internet is shut out once more.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(flows.item('flow-visitor')).toContainText('Blocked');
  expect(pageErrors.messages).toEqual([]);
});
