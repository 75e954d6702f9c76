import { builtInChallenges, builtInScenarios } from '../src/scenarios/index.ts';
import { expect, test } from './fixtures.ts';
import { FlowLayout, type Box, type HopLayout } from './pages/FlowLayout.ts';
import { Library } from './pages/Library.ts';

/**
 * Issue 15, "No collisions", for a played flow: every saved flow of every built-in scenario and
 * challenge, stepped hop by hop to where it stops, on a laptop (1440×900) and a small screen
 * (1024×768). At each hop, from the boxes the browser lays out:
 *
 * - the hop's badge (verdict mark and label) overlaps no label (route, security view, peering,
 *   address), no chip (security group, NACL, "+n"), no container's name (VPC, subnet, Region,
 *   zone band), no marker (router, internet or AWS service, their words), no mark of a passed hop,
 *   and no node it does not belong to. The badge BELONGS to the hop's own resource (the instance
 *   or interface of a security-group hop, the gateway, endpoint or NAT of a gateway hop, the
 *   transit gateway of a transit hop, whatever the hop's `resourceId` or `subnetId` names) and to
 *   every container it sits in (Region, VPC, zone band, subnet): only those boxes it may cover,
 *   and never their names;
 * - the badge and the markers lie inside the visible canvas, clear of the playback bar, the View
 *   panel, the zoom controls, the minimap and the side panel;
 * - a router's circle crosses no subnet's border and sits on no node; the words of the markers
 *   cover no label, chip, container name or node;
 * - the playback bar and the View panel do not overlap.
 * Boxes touching by a pixel (anti-aliasing, borders) do not count.
 */
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

const TOUCH = 1;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w - TOUCH &&
  b.x < a.x + a.w - TOUCH &&
  a.y < b.y + b.h - TOUCH &&
  b.y < a.y + a.h - TOUCH;
const within = (a: Box, b: Box) =>
  a.x >= b.x - TOUCH &&
  a.y >= b.y - TOUCH &&
  a.x + a.w <= b.x + b.w + TOUCH &&
  a.y + a.h <= b.y + b.h + TOUCH;
const show = (b: Box) =>
  `${b.id} [${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.w)}×${Math.round(b.h)}]`;

/** Distance from a circle's centre to the nearest point of a rectangle's outline. */
function toOutline(cx: number, cy: number, r: Box): number {
  const inside = cx > r.x && cx < r.x + r.w && cy > r.y && cy < r.y + r.h;
  if (inside) return Math.min(cx - r.x, r.x + r.w - cx, cy - r.y, r.y + r.h - cy);
  const dx = Math.max(r.x - cx, 0, cx - (r.x + r.w));
  const dy = Math.max(r.y - cy, 0, cy - (r.y + r.h));
  return Math.hypot(dx, dy);
}

/** The collisions at one hop, each naming the two boxes. */
function collisions(hop: HopLayout, own: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const clash = (what: Box, others: readonly Box[]) => {
    for (const o of others) if (overlap(what, o)) found.push(`${show(what)} × ${show(o)}`);
  };
  const shown = (what: Box) => {
    if (!within(what, hop.canvas)) found.push(`${show(what)} outside ${show(hop.canvas)}`);
    clash(what, hop.covers);
  };
  const markers = [...hop.routers, ...hop.routerTexts, ...hop.internet, ...hop.internetTexts];
  const foreign = hop.leaves.filter((n) => !own.has(n.id));
  if (hop.badge) {
    clash(hop.badge, [...hop.labels, ...hop.chips, ...hop.names, ...markers, ...hop.passed]);
    clash(hop.badge, foreign);
    shown(hop.badge);
  }
  for (const m of markers) shown(m);
  for (const text of [...hop.routerTexts, ...hop.internetTexts]) {
    clash(text, [...hop.labels, ...hop.chips, ...hop.names, ...hop.leaves]);
  }
  for (const r of hop.routers) {
    const cx = r.x + r.w / 2;
    const cy = r.y + r.h / 2;
    const radius = r.w / 2;
    for (const s of hop.subnets) {
      if (toOutline(cx, cy, s) < radius) found.push(`${show(r)} crosses the border of ${show(s)}`);
    }
    clash(r, [...hop.leaves, ...hop.labels, ...hop.chips, ...hop.names]);
  }
  return found;
}

for (const builtIn of [...builtInScenarios, ...builtInChallenges]) {
  test(`flow overlap: ${builtIn.id}, every hop of every flow, at 1440×900 and 1024×768`, async ({
    page,
    shell,
    pageErrors,
  }) => {
    const library = new Library(page);
    const layout = new FlowLayout(page);
    // The packet jumps from hop to hop: where it rests is what is measured.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(SIZES[0]);
    await shell.open();
    await library.gallery.open();
    await library.gallery.openBuiltIn(builtIn.id);
    const flows = await layout.flows();
    expect(flows.length, `${builtIn.id} has a saved flow`).toBeGreaterThan(0);
    // A transit hop may name an attachment or a route table: it belongs to the transit gateway.
    const s = builtIn.scenario;
    const transit = new Map<string, string>([
      ...s.transitGatewayAttachments.map((a) => [a.id, a.transitGatewayId] as const),
      ...s.transitGatewayRouteTables.map((t) => [t.id, t.transitGatewayId] as const),
    ]);
    const problems: string[] = [];
    let hops = 0;
    for (const size of SIZES) {
      // As someone on this screen sees it: the network fitted to the canvas.
      await page.setViewportSize(size);
      await page.keyboard.press('Shift+1');
      for (const flow of flows) {
        await layout.show(flow.id);
        const played = await layout.playAll();
        hops += played.length;
        for (const hop of played) {
          const own = new Set([
            hop.resourceId,
            hop.subnetId ?? '',
            transit.get(hop.resourceId) ?? '',
          ]);
          const where = `${builtIn.id} · "${flow.name}" · hop ${hop.step + 1} (${hop.label}) at ${size.width}`;
          for (const c of collisions(hop, own)) problems.push(`${where}: ${c}`);
        }
        // The first flow where it stops, to be looked at (kept out of git).
        if (flow === flows[0]) {
          await page.screenshot({
            path: `e2e/screenshots/flow-overlap/${builtIn.id}-${size.width}.png`,
          });
        }
        const covers = played[0]?.covers ?? [];
        const bar = covers.find((c) => c.id === 'animation controls');
        const view = covers.find((c) => c.id === 'View panel');
        if (bar && view && overlap(bar, view)) {
          problems.push(`${builtIn.id} at ${size.width}: ${show(bar)} × ${show(view)}`);
        }
      }
    }
    expect(hops).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(pageErrors.messages).toEqual([]);
  });
}
