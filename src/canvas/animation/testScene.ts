import type { Hop, Layer, Trace } from '../../engine/types.ts';
import type { Layout, Scenario } from '../../model/types.ts';
import { toFlowNodes } from '../toFlow.ts';
import { sceneOf, type Rect, type Scene } from './scene.ts';

/**
 * Test helpers: the scene of a scenario as the canvas draws it (absolute boxes from the derived
 * nodes, as React Flow computes them), and hand-written hops. The canvas may not run the engine,
 * so traces in these tests are written out; their shape follows spec/cli-analyze.md.
 */
export function sceneFor(scenario: Scenario, layout: Layout): Scene {
  const nodes = toFlowNodes(scenario, layout, {});
  const boxes = new Map<string, Rect>();
  for (const n of nodes) {
    if (n.hidden) continue;
    const parent = n.parentId === undefined ? undefined : boxes.get(n.parentId);
    boxes.set(n.id, {
      x: n.position.x + (parent?.x ?? 0),
      y: n.position.y + (parent?.y ?? 0),
      width: n.width ?? 0,
      height: n.height ?? 0,
    });
  }
  return sceneOf(scenario, boxes);
}

export function hop(
  direction: Hop['direction'],
  layer: Layer,
  resourceId: string,
  more: Partial<Hop> = {},
): Hop {
  return {
    direction,
    layer,
    resourceId,
    verdict: 'allow',
    rule: null,
    reason: `${layer} at ${resourceId}.`,
    packet: { source: '10.0.0.1', destination: '10.0.0.2', protocol: 6 },
    ...more,
  };
}

export function traceOf(hops: readonly Hop[]): Trace {
  const deny = hops.find((h) => h.verdict === 'deny');
  return {
    verdict: deny ? 'blocked' : 'allowed',
    blockedBy: deny
      ? { direction: deny.direction, layer: deny.layer, resourceId: deny.resourceId }
      : null,
    hops,
    warnings: [],
    fixes: [],
  };
}
