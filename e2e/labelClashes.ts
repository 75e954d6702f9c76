import type { Page } from '@playwright/test';

/**
 * What covers what on the canvas, as a reviewer would spot it: a route, security, peering or
 * attachment label over another such label, or over a node that is not a container (an
 * instance, gateway, interface, endpoint or internet host). Labels lie on the borders of VPCs
 * and subnets by design (a route is labelled where it leaves its VPC), so containers do not
 * count. Each clash names both boxes by their test ids.
 */
export async function labelClashes(page: Page): Promise<string[]> {
  return page.locator('.react-flow').evaluate((root) => {
    const boxOf = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { id, x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const labels = [
      ...root.querySelectorAll(
        '.route-label, .group-label, .react-flow__edgelabel-renderer [data-testid^="canvas.edge."]',
      ),
    ]
      .filter(shown)
      .map((el) => boxOf(el, el.getAttribute('data-testid') ?? el.className));
    const leaves = [
      ...root.querySelectorAll(
        '.react-flow__node:not(.react-flow__node-vpc):not(.react-flow__node-subnet):not(.react-flow__node-region)',
      ),
    ]
      .filter(shown)
      .map((el) => boxOf(el, `node ${el.getAttribute('data-id') ?? '?'}`));
    // A pixel of anti-aliasing either way is not a clash.
    const meet = (a: (typeof labels)[number], b: (typeof labels)[number]) =>
      a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
    return [
      ...labels.flatMap((a, i) =>
        labels
          .slice(i + 1)
          .filter((b) => meet(a, b))
          .map((b) => `${a.id} × ${b.id}`),
      ),
      ...labels.flatMap((a) => leaves.filter((n) => meet(a, n)).map((n) => `${a.id} × ${n.id}`)),
    ];
  });
}
