import type { Layout, Scenario } from '../model/types.ts';
import { routeLinks } from './routes/routeLinks.ts';
import { groupLinks } from './security/groupLinks.ts';
import type { GroupFlowEdge, RouteFlowEdge } from './types.ts';

/** What the View panel shows: route edges unless turned off, the security view when turned on. */
export const showsRoutes = (layout: Layout): boolean => layout.view?.routes !== false;
export const showsSecurity = (layout: Layout): boolean => layout.view?.security === true;

/**
 * The edges the view adds: a route table's routes to each target (from its subnets), and the
 * security view's group-to-group allow edges. Neither is selectable: they are read, and the side
 * panel edits the table or the group they come from.
 */
export function viewEdges(scenario: Scenario, layout: Layout): (RouteFlowEdge | GroupFlowEdge)[] {
  const edges: (RouteFlowEdge | GroupFlowEdge)[] = [];
  if (showsRoutes(layout)) {
    const links = routeLinks(scenario);
    const slots = new Map<string, number>();
    for (const l of links) {
      const end = l.targetNodeId ?? l.id;
      slots.set(end, (slots.get(end) ?? 0) + 1);
    }
    const used = new Map<string, number>();
    for (const link of links) {
      const source = link.subnetIds[0];
      if (source === undefined) continue;
      const end = link.targetNodeId ?? link.id;
      const slot = used.get(end) ?? 0;
      used.set(end, slot + 1);
      edges.push({
        id: link.id,
        type: 'route',
        source,
        target: link.targetNodeId ?? source,
        data: { link, slot, slots: slots.get(end) ?? 1 },
        selectable: false,
        focusable: false,
        ariaLabel: `Route table ${link.tableName}${link.blackhole ? ' (blackhole)' : ''}: ${link.destinations.join(', ')} to ${link.target}, from ${link.subnetIds.join(', ')}`,
      });
    }
  }
  if (showsSecurity(layout)) {
    for (const link of groupLinks(scenario)) {
      edges.push({
        id: link.id,
        type: 'group',
        source: link.sourceNodeId,
        target: link.targetNodeId,
        data: { link },
        selectable: false,
        focusable: false,
        ariaLabel: `Security group ${link.toName} admits ${link.fromName}: ${link.ports.join(', ')}`,
      });
    }
  }
  return edges;
}
