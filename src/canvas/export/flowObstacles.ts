import type { Obstacle } from '../animation/badgePlace.ts';
import { labelBox, nodeObstacles } from '../animation/obstacles.ts';
import { floatingSegment } from '../edges/floating.ts';
import { routePath } from '../routes/routePath.ts';
import type { Diagram } from './diagram.ts';
import type { Measure } from './text.ts';

/**
 * What the flow's badge keeps off in the image, as on the canvas (useBadgeBox): the nodes with
 * their chips and names (`nodeObstacles`), and the labels of the route and security-view edges
 * where viewEdges.ts draws them.
 */
export function flowObstacles(diagram: Diagram, measure: Measure): Obstacle[] {
  const hop = diagram.flow?.frame.badge?.hop;
  const own = new Set(hop ? [hop.resourceId, hop.subnetId ?? ''] : []);
  const nodes = diagram.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    box: n.box,
    ...(n.kind === 'vpc' && n.bands ? { bands: n.bands.map((b) => b.box) } : {}),
  }));
  const out = nodeObstacles(nodes, own);
  for (const e of diagram.edges) {
    if (e.kind === 'route') {
      const { label } = routePath(e.sources, {
        target: e.target,
        slot: e.slot,
        slots: e.slots,
        container: e.container,
      });
      out.push({ kind: 'label', box: labelBox(label, e.label, measure) });
    } else if (e.kind === 'group') {
      const { mid } = floatingSegment(e.from, e.to);
      out.push({ kind: 'label', box: labelBox(mid, e.label, measure, 240) });
    }
  }
  return out;
}
