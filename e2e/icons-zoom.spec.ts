import type { Page } from '@playwright/test';
import { addVpc, emptyScenario, newSecurityGroup } from '../src/model/defaults.ts';
import type { InterfaceKind, Layout, Scenario } from '../src/model/types.ts';
import { CATEGORY_COLOUR, LOOKS, type LookKind } from '../src/canvas/awsLooks.ts';
import { expect, test } from './fixtures.ts';
import { Library } from './pages/Library.ts';
import { openSeeded } from './seed.ts';
import { zoomTo } from './zoom.ts';

/**
 * Issue 15, icons: every kind of node reads as its AWS counterpart at a glance, at 100% and at
 * 50% zoom, in both themes. Each node's tile carries `data-icon` and `data-category`; the journey
 * checks that each kind a scenario holds is drawn, in its AWS category colour (awsLooks.ts, from
 * AWS's icon set: https://aws.amazon.com/architecture/icons/), at least 16 px on screen at 50%, and
 * that at 50% every leaf still shows its name. Pictures go to e2e/screenshots/icons/.
 */
test.use({ viewport: { width: 1440, height: 900 } });

/** `#8C4FFF` as the browser reports a computed colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/**
 * One VPC with both its gateways, one subnet, an interface of every kind but an instance's: RDS,
 * Lambda, ELB, endpoint, ENI (no built-in has an egress-only gateway, nor Lambda or ELB).
 */
function everyInterface(): { scenario: Scenario; layout: Layout } {
  const added = addVpc(emptyScenario('Every interface'), {
    cidrBlock: '10.0.0.0/16',
    name: 'apps',
    ids: { vpc: 'vpc-apps', routeTable: 'rtb-main' },
  });
  const s = added.scenario;
  const kinds: [InterfaceKind, string][] = [
    ['rds', 'orders-db'],
    ['lambda', 'resize'],
    ['load-balancer', 'web-lb'],
    ['interface-endpoint', 'ssm'],
    ['other', 'spare'],
  ];
  const scenario: Scenario = {
    ...s,
    subnets: [
      {
        id: 'subnet-apps',
        name: 'apps',
        vpcId: 'vpc-apps',
        cidrBlock: '10.0.1.0/24',
        availabilityZone: 'us-east-1a',
      },
    ],
    internetGateways: [{ id: 'igw-apps', name: 'apps-igw', vpcId: 'vpc-apps' }],
    egressOnlyInternetGateways: [{ id: 'eigw-apps', name: 'apps-eigw', vpcId: 'vpc-apps' }],
    securityGroups: [...s.securityGroups, newSecurityGroup(added.vpc, 'apps', 'sg-apps')],
    networkInterfaces: kinds.map(([kind, name], k) => ({
      id: `eni-${k}`,
      name,
      kind,
      subnetId: 'subnet-apps',
      privateIp: `10.0.1.${20 + k}`,
      secondaryPrivateIps: [],
      ipv6Addresses: [],
      securityGroupIds: ['sg-apps'],
    })),
  };
  const layout: Layout = {
    nodes: {
      'vpc-apps': { x: 0, y: 0, width: 640, height: 300 },
      'subnet-apps': { x: 30, y: 60, width: 580, height: 220 },
      'igw-apps': { x: 120, y: -28 },
      'eigw-apps': { x: 360, y: -28 },
      ...Object.fromEntries(
        kinds.map((_, k) => [
          `eni-${k}`,
          { x: 20 + (k % 3) * 190, y: 60 + Math.floor(k / 3) * 80 },
        ]),
      ),
    },
  };
  return { scenario, layout };
}

interface Tile {
  kind: string;
  category: string;
  colour: string;
  size: number;
  leaf: boolean;
  nodeText: string;
}

/** Every icon tile on the canvas: its kind, category, colour, smaller side on screen, its node's words. */
async function tiles(page: Page): Promise<Tile[]> {
  return page.locator('.react-flow__node .kind-tile').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const node = el.closest('.react-flow__node');
      const group =
        node?.classList.contains('react-flow__node-vpc') ||
        node?.classList.contains('react-flow__node-subnet');
      return {
        kind: el.getAttribute('data-icon') ?? '',
        category: el.getAttribute('data-category') ?? '',
        colour: getComputedStyle(el).backgroundColor,
        size: Math.min(r.width, r.height),
        leaf: !group,
        nodeText: (node as HTMLElement | null)?.innerText.trim() ?? '',
      };
    }),
  );
}

const CASES: {
  id: string;
  open: (page: Page) => Promise<void>;
  kinds: LookKind[];
}[] = [
  ...(
    [
      ['three-tier', ['vpc', 'subnet', 'instance', 'natGateway', 'internetGateway']],
      ['transit-hub-and-spoke', ['vpc', 'transitGateway', 'instance']],
      ['s3-gateway-endpoint', ['vpc', 'gatewayEndpoint', 'instance']],
      ['ipv6-dual-stack', ['vpc', 'internetGateway', 'internetHost']],
      ['peering-transitive', ['vpc', 'instance']],
      ['challenge-transit-database', ['rds', 'transitGateway']],
    ] as const
  ).map(([id, kinds]) => ({
    id,
    kinds: [...kinds],
    open: async (page: Page) => {
      const library = new Library(page);
      await page.goto('./?e2e=1');
      await library.gallery.open();
      await library.gallery.openBuiltIn(id);
    },
  })),
  {
    id: 'every-interface',
    kinds: [
      'rds',
      'lambda',
      'loadBalancer',
      'interfaceEndpoint',
      'networkInterface',
      'internetGateway',
      'egressOnlyGateway',
    ],
    open: async (page: Page) => {
      const { scenario, layout } = everyInterface();
      await openSeeded(page, scenario, layout);
    },
  },
];

for (const c of CASES) {
  test(`icons: ${c.id} reads as AWS at 100% and 50%, light and dark`, async ({
    page,
    pageErrors,
  }) => {
    await c.open(page);
    await expect(page.getByTestId('canvas')).toBeVisible();
    for (const theme of ['light', 'dark'] as const) {
      const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
      if (dark !== (theme === 'dark')) await page.keyboard.press('Shift+T');
      await page.keyboard.press('Shift+1');
      await page.waitForTimeout(350);
      // 50%: just above the icons level's threshold (semanticZoom.ts), which starts below 0.5.
      for (const zoom of [1, 0.505]) {
        await zoomTo(page, zoom);
        await expect(page.getByTestId('canvas')).toHaveAttribute(
          'data-zoom',
          zoom === 1 ? 'full' : 'names',
        );
        await page.waitForTimeout(250);
        const shown = await tiles(page);
        const kinds = new Set(shown.map((t) => t.kind));
        for (const kind of c.kinds) expect([...kinds], `${kind} drawn`).toContain(kind);
        for (const t of shown) {
          const look = LOOKS[t.kind as LookKind];
          expect(look, t.kind).toBeDefined();
          expect(t.category, t.kind).toBe(look.category);
          // A subnet's corner tile is its group's colour (public green, private teal).
          if (t.kind !== 'subnet')
            expect(t.colour, t.kind).toBe(
              rgb(CATEGORY_COLOUR[t.category as keyof typeof CATEGORY_COLOUR]),
            );
          if (zoom < 1) {
            if (t.leaf) expect(t.size, `${t.kind} on screen at 50%`).toBeGreaterThanOrEqual(16);
            // A leaf always shows at least its name.
            expect(t.nodeText, `${t.kind} keeps its name at 50%`).not.toBe('');
          }
        }
        await page.screenshot({
          path: `e2e/screenshots/icons/${c.id}-${theme}-${zoom === 1 ? 100 : 50}.png`,
        });
      }
    }
    expect(pageErrors.messages).toEqual([]);
  });
}
