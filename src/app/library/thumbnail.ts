import { autoLayout, type Box } from '../../layout/autoLayout.ts';
import type { Layout, Scenario } from '../../model/types.ts';

/** One shape of a gallery thumbnail, in the scenario's own canvas coordinates. */
export interface ThumbShape {
  readonly kind: 'vpc' | 'subnet' | 'public-subnet' | 'leaf' | 'gateway' | 'host';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Thumbnail {
  readonly shapes: readonly ThumbShape[];
  /** The SVG viewBox that frames every shape, with a margin. */
  readonly viewBox: string;
}

/**
 * A scenario as a mini-map: its VPCs, subnets (public ones, those routing to an internet
 * gateway, apart), instances and interfaces, gateways and internet hosts as boxes placed as the
 * canvas places them (the layout's one pure `autoLayout`). No words: the card says them.
 */
export function thumbnailOf(scenario: Scenario, layout: Layout): Thumbnail {
  const boxes = autoLayout(scenario, layout);
  const shapes: ThumbShape[] = [];
  const absolute = new Map<string, Box>();
  const at = (id: string, parent?: string): Box | undefined => {
    const box = boxes.get(id);
    if (!box) return undefined;
    const origin = parent === undefined ? undefined : absolute.get(parent);
    if (parent !== undefined && !origin) return undefined;
    const abs = origin ? { ...box, x: box.x + origin.x, y: box.y + origin.y } : box;
    absolute.set(id, abs);
    return abs;
  };
  const push = (kind: ThumbShape['kind'], box: Box | undefined) => {
    if (box) shapes.push({ kind, x: box.x, y: box.y, width: box.width, height: box.height });
  };
  const publicTables = new Set(
    scenario.routeTables
      .filter((t) => t.routes.some((r) => r.target.startsWith('igw-')))
      .map((t) => t.id),
  );
  const mainTable = new Map(
    scenario.routeTables.filter((t) => t.main).map((t) => [t.vpcId, t.id] as const),
  );
  for (const v of scenario.vpcs) push('vpc', at(v.id));
  for (const s of scenario.subnets) {
    const table = s.routeTableId ?? mainTable.get(s.vpcId);
    push(table && publicTables.has(table) ? 'public-subnet' : 'subnet', at(s.id, s.vpcId));
  }
  for (const i of scenario.instances) push('leaf', at(i.id, i.subnetId));
  for (const n of scenario.networkInterfaces) push('leaf', at(n.id, n.subnetId));
  for (const n of scenario.natGateways) push('gateway', at(n.id, n.subnetId));
  for (const g of [...scenario.internetGateways, ...scenario.egressOnlyInternetGateways]) {
    push('gateway', at(g.id, g.vpcId));
  }
  for (const t of scenario.transitGateways) push('gateway', at(t.id));
  for (const h of scenario.internetHosts) push('host', at(h.id));
  if (shapes.length === 0) return { shapes, viewBox: '0 0 100 60' };
  const minX = Math.min(...shapes.map((s) => s.x));
  const minY = Math.min(...shapes.map((s) => s.y));
  const maxX = Math.max(...shapes.map((s) => s.x + s.width));
  const maxY = Math.max(...shapes.map((s) => s.y + s.height));
  const margin = 20;
  return {
    shapes,
    viewBox: `${minX - margin} ${minY - margin} ${maxX - minX + 2 * margin} ${maxY - minY + 2 * margin}`,
  };
}
