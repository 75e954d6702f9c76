import { expect, type Page } from '@playwright/test';

/** A box on the page, in CSS pixels (getBoundingClientRect), with what it is. */
export interface Box {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Everything a played hop puts on the canvas, and what it could collide with. */
export interface HopLayout {
  readonly step: number;
  readonly layer: string;
  readonly resourceId: string;
  readonly subnetId: string | null;
  readonly label: string;
  readonly badge: Box | null;
  readonly routers: readonly Box[];
  readonly routerTexts: readonly Box[];
  readonly internet: readonly Box[];
  readonly internetTexts: readonly Box[];
  readonly passed: readonly Box[];
  /** Route, security-view and peering/attachment labels, Terraform address chips. */
  readonly labels: readonly Box[];
  /** Security-group and NACL chips. */
  readonly chips: readonly Box[];
  /** Containers' names (VPC, subnet, Region headers) and the zone bands' names. */
  readonly names: readonly Box[];
  /** Nodes that are not containers (instances, gateways, interfaces, hosts…), by resource ID. */
  readonly leaves: readonly Box[];
  readonly subnets: readonly Box[];
  /** The canvas's visible area, and what floats over it or beside it. */
  readonly canvas: Box;
  readonly covers: readonly Box[];
}

/**
 * Plays saved flows hop by hop and reads the boxes of the overlay and of the diagram at each hop.
 * The flow is picked in the Flows tab as a person would; the steps are pressed on the playback
 * bar inside one `evaluate` per flow (a round trip per hop would make 1,000 hops slow).
 */
export class FlowLayout {
  constructor(readonly page: Page) {}

  async flows(): Promise<{ id: string; name: string }[]> {
    return this.page.evaluate(() =>
      window.__vfl!.state().scenario.flows.map((f) => ({ id: f.id, name: f.name })),
    );
  }

  /** Shows a flow and waits until its trace is there and the view has stopped moving. */
  async show(flowId: string): Promise<void> {
    const tab = this.page.getByTestId('panel.tab.flows');
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await this.page.getByTestId(`flows.item.${flowId}.select`).click();
    await expect(this.page.getByTestId('anim.counter')).toHaveText(/At the source/, {
      timeout: 15_000,
    });
    await this.page.evaluate(settle);
  }

  /** Steps to the stop (the first deny, else the last hop), reading the layout at every hop. */
  async playAll(): Promise<HopLayout[]> {
    return this.page.evaluate(async () => {
      const $ = (s: string) => document.querySelector<HTMLElement>(s);
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const box = (el: Element, id: string) => {
        const r = el.getBoundingClientRect();
        return { id, x: r.x, y: r.y, w: r.width, h: r.height };
      };
      const all = (sel: string, id: (el: Element) => string) =>
        [...document.querySelectorAll(sel)]
          .map((el) => box(el, id(el)))
          .filter((b) => b.w > 0 && b.h > 0);
      const tid = (el: Element) => el.getAttribute('data-testid') ?? el.className.toString();
      const nodeId = (el: Element) =>
        el.closest('.react-flow__node')?.getAttribute('data-id') ?? '?';
      const sim = window.__vfl!.sim();
      const trace = sim.active.trace!;
      const deny = trace.hops.findIndex((h) => h.verdict === 'deny');
      const stop = deny >= 0 ? deny : trace.hops.length - 1;
      const overlay = $('[data-testid="anim.overlay"]')!;
      const out = [];
      for (let k = 0; k <= stop; k++) {
        // React handles the press at once; with reduced motion the packet is there at once too.
        $('[data-testid="anim.step-forward"]')!.click();
        for (let n = 0; n < 200; n++) {
          if (overlay.dataset.step === String(k) && overlay.dataset.arrived === 'true') break;
          await frame();
        }
        const hop = trace.hops[k]!;
        const badge = $('[data-testid="anim.badge"]');
        const canvas = $('[data-testid="canvas"]')!;
        const view = $('[role="group"][aria-label="View"]');
        out.push({
          step: k,
          layer: hop.layer,
          resourceId: hop.resourceId,
          subnetId: hop.subnetId ?? null,
          label: $('[data-testid="anim.badge-label"]')?.textContent ?? '',
          badge: badge ? box(badge, 'badge') : null,
          routers: all('.vfl-anim-router circle', (el) => tid(el.parentElement!)),
          routerTexts: all('.vfl-anim-router text', () => 'router text'),
          internet: all('.vfl-anim-internet circle', (el) => tid(el.parentElement!)),
          internetTexts: all('.vfl-anim-internet text', (el) => `marker text "${el.textContent}"`),
          passed: all('.vfl-anim-passed', () => 'passed mark'),
          labels: all(
            '.route-label, .group-label, .react-flow__edgelabel-renderer [data-testid^="canvas.edge."], [data-testid^="canvas.address."], [data-testid^="canvas.module."]',
            tid,
          ),
          chips: all(
            '[data-testid^="canvas.sg-chip."], [data-testid^="canvas.nacl-chip."], .chip-row > span',
            (el) => el.getAttribute('data-testid') ?? `+n chip of ${nodeId(el)}`,
          ),
          names: [
            ...all(
              '.react-flow__node-vpc [data-name], .react-flow__node-subnet [data-name]',
              (el) => `name of ${nodeId(el)} "${el.textContent}"`,
            ),
            ...all('[data-testid^="canvas.subnet-kind."]', tid),
            ...all('[data-testid^="canvas.region."] > div', (el) => `name of ${nodeId(el)}`),
            ...all('[data-testid^="canvas.zone."] > span', (el) => `zone name ${el.textContent}`),
          ],
          leaves: all(
            '.react-flow__node:not(.react-flow__node-vpc):not(.react-flow__node-subnet):not(.react-flow__node-region)',
            (el) => el.getAttribute('data-id') ?? '?',
          ),
          subnets: all('.react-flow__node-subnet', (el) => el.getAttribute('data-id') ?? '?'),
          canvas: box(canvas, 'canvas'),
          covers: [
            ...all('[data-testid="anim.controls"] > [role="group"]', () => 'animation controls'),
            ...(view ? [box(view, 'View panel')] : []),
            ...all('.react-flow__controls', () => 'zoom controls'),
            ...all('.react-flow__minimap', () => 'minimap'),
            ...all('[data-testid="panel"]', () => 'side panel'),
          ],
        });
      }
      return out;
    });
  }
}

/** Waits until React Flow's viewport has not moved for a few frames (a reveal takes 300 ms). */
async function settle(): Promise<void> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  let last = '';
  let still = 0;
  for (let n = 0; n < 120 && still < 6; n++) {
    await new Promise((r) => requestAnimationFrame(r));
    const now = viewport?.style.transform ?? '';
    still = now === last ? still + 1 : 0;
    last = now;
  }
}
