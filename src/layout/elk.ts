import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Layout, RouteTable, Scenario, Subnet } from '../model/types.ts';
import { drawnEndpoints, drawnInterfaces } from './drawn.ts';
import {
  ENDPOINT,
  GAP,
  GATEWAY,
  GATEWAY_EDGE_Y,
  HEADER,
  HOST,
  LEAF,
  MIN_VPC,
  PAD,
  SUBNET_GAP,
  TRANSIT,
  TRANSIT_DROP,
  VPC_GAP,
  VPC_PAD,
} from './geometry.ts';
import { groupByModule } from './modules.ts';
import type { Size } from './types.ts';

/**
 * Lays out a scenario that came without a layout (an AWS import) with ELK: VPCs containing
 * subnets containing instances, NAT gateways and interfaces (RDS, load balancers, Lambda,
 * endpoints…), each container packed with ELK's `rectpacking`, internet and egress-only gateways
 * centred on their VPC's top edge, gateway endpoints on its bottom edge, transit gateways below
 * the VPCs, detached gateways and internet hosts after the VPCs; VPCs imported from Terraform
 * grouped by module. Subnets are ordered by tier (public, then private behind a NAT, then isolated), each
 * tier starting a new row, and by availability zone within a tier, the way people draw them.
 *
 * elkjs is ~450 KB gzipped, so it is loaded only here, on first use (a dynamic import); for the
 * hundred-odd nodes of an account it takes a few tens of milliseconds on the main thread.
 * Positions are relative to the parent container, as the canvas expects; containers get a size.
 */

/** The sizes ELK lays out with (the canvas's own, `CANVAS_SIZES`, unless a test passes others). */
export interface LayoutSizes {
  readonly leaf: Size;
  readonly gateway: Size;
  readonly host: Size;
  /** Room at the top of a container for its label. */
  readonly header: number;
  /** Padding inside a subnet, and between its children. */
  readonly pad: number;
  readonly gap: number;
  /** Padding inside a VPC, and between its subnets. */
  readonly vpcPad: number;
  readonly subnetGap: number;
  /** Between VPCs (room for the internet gateway above each). */
  readonly vpcGap: number;
  readonly minVpc: Size;
  /** Narrowest subnet: room for its name, badge, CIDR and zone to be read in full. */
  readonly minSubnetWidth: number;
  /** The y of an internet gateway relative to its VPC (on the top edge). */
  readonly gatewayEdgeY: number;
  /** A gateway endpoint, centred on its VPC's bottom edge. */
  readonly endpoint: Size;
  /** A transit gateway, below the VPCs, `transitDrop` under the lowest. */
  readonly transit: Size;
  readonly transitDrop: number;
}

/** The canvas's sizes (geometry.ts), so that an imported diagram looks like a drawn one. */
export const CANVAS_SIZES: LayoutSizes = {
  leaf: LEAF,
  gateway: GATEWAY,
  host: HOST,
  header: HEADER,
  pad: PAD,
  gap: GAP,
  vpcPad: VPC_PAD,
  subnetGap: SUBNET_GAP,
  vpcGap: VPC_GAP,
  minVpc: MIN_VPC,
  // A subnet's header (name, badge, CIDR · zone) reads in full from about this width.
  minSubnetWidth: 320,
  gatewayEdgeY: GATEWAY_EDGE_Y,
  endpoint: ENDPOINT,
  transit: TRANSIT,
  transitDrop: TRANSIT_DROP,
};

interface Elk {
  layout(graph: ElkNode): Promise<ElkNode>;
}
export type ElkLoader = () => Promise<Elk>;

/** Loads the bundled elkjs (which runs its own code inline when no Worker URL is given). */
export const loadElk: ElkLoader = async () => {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return new ELK();
};

const packing = (top: number, side: number, spacing: number): Record<string, string> => ({
  'elk.algorithm': 'rectpacking',
  'elk.padding': `[top=${top},left=${side},bottom=${side},right=${side}]`,
  'elk.spacing.nodeNode': String(spacing),
  'elk.rectpacking.widthApproximation.optimizationGoal': 'ASPECT_RATIO_DRIVEN',
  'elk.aspectRatio': '1.6',
  'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
});

export async function layoutWithElk(
  scenario: Scenario,
  load: ElkLoader = loadElk,
  sizes: LayoutSizes = CANVAS_SIZES,
): Promise<Layout> {
  const elk = await load();
  const graph = buildGraph(scenario, sizes);
  const placed = await elk.layout(graph);
  return toLayout(placed, scenario, sizes);
}

/** The ELK graph: root → VPCs → subnets → leaves, then detached gateways and internet hosts. */
export function buildGraph(scenario: Scenario, sizes: LayoutSizes): ElkNode {
  const { leaf, header, pad, gap, vpcPad, subnetGap } = sizes;
  const leavesBySubnet = groupBy(
    [
      ...[...scenario.natGateways].sort(byName),
      ...[...scenario.instances].sort(byName),
      ...drawnInterfaces(scenario).sort(byName),
    ],
    (x) => x.subnetId,
  );
  const gatewaysByVpc = groupBy(edgeGateways(scenario), (g) => g.vpcId ?? '');
  const endpointsByVpc = groupBy(drawnEndpoints(scenario), (e) => e.vpcId);
  const tierOf = subnetTiers(scenario);

  const vpcNodes: ElkNode[] = groupByModule(scenario, orderByPeering(scenario)).map((vpc) => {
    const subnets = sortByTier(
      scenario.subnets.filter((s) => s.vpcId === vpc.id),
      tierOf,
    );
    const children = subnets.map((subnet, k): ElkNode => {
      const newTier = k > 0 && tierOf.get(subnet.id) !== tierOf.get(subnets[k - 1]?.id ?? '');
      const leaves = leavesBySubnet.get(subnet.id) ?? [];
      const across = Math.max(1, Math.min(leaves.length, LEAVES_PER_ROW));
      const minWidth = Math.max(2 * pad + leaf.width, sizes.minSubnetWidth);
      return {
        id: subnet.id,
        width: minWidth,
        height: header + leaf.height + pad,
        layoutOptions: {
          ...packing(header, pad, gap),
          // Leaves in rows of up to four (ELK's target width excludes the padding).
          'elk.rectpacking.widthApproximation.strategy': 'TARGET_WIDTH',
          'elk.rectpacking.widthApproximation.targetWidth': String(
            across * leaf.width + (across - 1) * gap,
          ),
          'elk.nodeSize.minimum': `(${minWidth}, ${header + leaf.height + pad})`,
          ...(newTier ? { 'elk.rectpacking.inNewRow': 'true' } : {}),
        },
        children: leaves.map((x) => ({ id: x.id, ...leaf })),
      };
    });
    const gateways = gatewaysByVpc.get(vpc.id)?.length ?? 0;
    const endpoints = endpointsByVpc.get(vpc.id)?.length ?? 0;
    const minWidth = Math.max(
      sizes.minVpc.width,
      2 * vpcPad + leaf.width,
      gateways * (sizes.gateway.width + gap) + gap,
      endpoints * (sizes.endpoint.width + gap) + gap,
    );
    const minHeight = Math.max(sizes.minVpc.height, header + leaf.height + 2 * pad + vpcPad);
    return {
      id: vpc.id,
      width: minWidth,
      height: minHeight,
      layoutOptions: {
        ...packing(header, vpcPad, subnetGap),
        // Gateway endpoints sit on the bottom edge: room for them below the subnets.
        ...(endpoints > 0
          ? {
              'elk.padding': `[top=${header},left=${vpcPad},bottom=${Math.max(vpcPad, gap + sizes.endpoint.height / 2)},right=${vpcPad}]`,
            }
          : {}),
        'elk.nodeSize.minimum': `(${minWidth}, ${minHeight})`,
      },
      children,
    };
  });
  const loose: ElkNode[] = [
    ...(gatewaysByVpc.get('') ?? []).map((g) => ({ id: g.id, ...sizes.gateway })),
    ...scenario.internetHosts.map((h) => ({ id: h.id, ...sizes.host })),
  ];
  return {
    id: 'root',
    // Room above for the internet gateways on the VPCs' top edges.
    layoutOptions: packing(-sizes.gatewayEdgeY, 0, sizes.vpcGap),
    children: [...vpcNodes, ...loose],
  };
}

/** Reads ELK's answer back into the layout slice's shape; gateways go on their VPC's edge. */
function toLayout(placed: ElkNode, scenario: Scenario, sizes: LayoutSizes): Layout {
  const nodes: Layout['nodes'] = {};
  const round = (n: number | undefined) => Math.round(n ?? 0);
  const containers = new Set([...scenario.vpcs, ...scenario.subnets].map((c) => c.id));
  const walk = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      const container = containers.has(child.id);
      nodes[child.id] = {
        x: round(child.x),
        y: round(child.y),
        ...(container ? { width: round(child.width), height: round(child.height) } : {}),
      };
      walk(child);
    }
  };
  walk(placed);
  const gateways = edgeGateways(scenario);
  for (const g of gateways) {
    const vpc = g.vpcId === undefined ? undefined : nodes[g.vpcId];
    if (!vpc || g.vpcId === undefined) continue;
    const siblings = gateways.filter((x) => x.vpcId === g.vpcId);
    const k = siblings.indexOf(g);
    const row = siblings.length * sizes.gateway.width + (siblings.length - 1) * sizes.gap;
    const left = Math.max(0, round(((vpc.width ?? sizes.minVpc.width) - row) / 2));
    nodes[g.id] = { x: left + k * (sizes.gateway.width + sizes.gap), y: sizes.gatewayEdgeY };
  }
  const endpoints = drawnEndpoints(scenario);
  for (const e of endpoints) {
    const vpc = nodes[e.vpcId];
    if (!vpc) continue;
    const siblings = endpoints.filter((x) => x.vpcId === e.vpcId);
    const k = siblings.indexOf(e);
    const row = siblings.length * sizes.endpoint.width + (siblings.length - 1) * sizes.gap;
    const width = vpc.width ?? sizes.minVpc.width;
    const height = vpc.height ?? sizes.minVpc.height;
    const left = Math.max(0, round((width - row) / 2));
    nodes[e.id] = {
      x: left + k * (sizes.endpoint.width + sizes.gap),
      y: height - sizes.endpoint.height / 2,
    };
  }
  placeTransitGateways(nodes, scenario, sizes);
  return { nodes };
}

/** Internet and egress-only gateways share their VPC's top edge, internet gateways first. */
function edgeGateways(scenario: Scenario): ReadonlyArray<{ id: string; vpcId?: string }> {
  return [...scenario.internetGateways, ...scenario.egressOnlyInternetGateways];
}

/**
 * Transit gateways outside the VPCs they join, each a hub its spokes hang from: below them when
 * they lie side by side, to their right when they are stacked (so no attachment's edge crosses a
 * VPC), nudged along when two would overlap.
 */
function placeTransitGateways(nodes: Layout['nodes'], scenario: Scenario, sizes: LayoutSizes) {
  const vpcs = scenario.vpcs.flatMap((v) => {
    const n = nodes[v.id];
    return n ? [{ id: v.id, x: n.x, y: n.y, width: n.width ?? 0, height: n.height ?? 0 }] : [];
  });
  if (vpcs.length === 0) return;
  const taken: { x: number; y: number }[] = [];
  const { width: w, height: h } = sizes.transit;
  const free = (x: number, y: number) =>
    !taken.some((t) => Math.abs(t.x - x) < w + sizes.gap && Math.abs(t.y - y) < h + sizes.gap);
  for (const t of scenario.transitGateways) {
    const attached = new Set(
      scenario.transitGatewayAttachments
        .filter((a) => a.transitGatewayId === t.id)
        .map((a) => a.vpcId),
    );
    const spokes = vpcs.filter((v) => attached.has(v.id));
    const under = spokes.length > 0 ? spokes : vpcs;
    const left = Math.min(...under.map((v) => v.x));
    const right = Math.max(...under.map((v) => v.x + v.width));
    const top = Math.min(...under.map((v) => v.y));
    const bottom = Math.max(...under.map((v) => v.y + v.height));
    // Stacked: two spokes share some width, one above the other; a hub below would cross one.
    const stacked = under.some((a, k) =>
      under.slice(k + 1).some((b) => a.x < b.x + b.width && b.x < a.x + a.width),
    );
    let x = stacked
      ? Math.max(...vpcs.map((v) => v.x + v.width)) + sizes.transitDrop
      : Math.round((left + right) / 2 - w / 2);
    let y = stacked
      ? Math.round((top + bottom) / 2 - h / 2)
      : Math.max(...vpcs.map((v) => v.y + v.height)) + sizes.transitDrop;
    while (!free(x, y)) {
      if (stacked) y += h + sizes.gap;
      else x += w + sizes.vpcGap;
    }
    taken.push({ x, y });
    nodes[t.id] = { x, y };
  }
}

/** At most this many instances side by side in a subnet, as the canvas's own layout does. */
const LEAVES_PER_ROW = 4;

/**
 * The tier of each subnet: its rank from its route table's default route (0 public through an
 * internet gateway, 1 private behind a NAT gateway, 2 anything else), then its route table and
 * network ACL, so that subnets configured alike (`app-a`, `app-b`) share a row.
 */
function subnetTiers(scenario: Scenario): Map<string, string> {
  const tables = new Map(scenario.routeTables.map((t) => [t.id, t] as const));
  const mainOf = new Map(
    scenario.routeTables.filter((t) => t.main).map((t) => [t.vpcId, t] as const),
  );
  const rank = (table: RouteTable | undefined) => {
    const targets = (table?.routes ?? [])
      .filter((r) => r.destination === '0.0.0.0/0' || r.destination === '::/0')
      .map((r) => r.target);
    if (targets.some((t) => t.startsWith('igw-'))) return 0;
    if (targets.some((t) => t.startsWith('nat-'))) return 1;
    return 2;
  };
  return new Map(
    scenario.subnets.map((s: Subnet) => {
      const table =
        (s.routeTableId === undefined ? undefined : tables.get(s.routeTableId)) ??
        mainOf.get(s.vpcId);
      return [s.id, `${rank(table)} ${table?.id ?? ''} ${s.networkAclId ?? ''}`];
    }),
  );
}

/**
 * Subnets by tier (rank first, then tiers in the order of their first name), and within a
 * tier by availability zone, then name.
 */
function sortByTier(subnets: readonly Subnet[], tierOf: ReadonlyMap<string, string>): Subnet[] {
  const byNameFirst = [...subnets].sort(byName);
  const tierOrder = new Map<string, number>();
  for (const s of byNameFirst) {
    const tier = tierOf.get(s.id) ?? '';
    if (!tierOrder.has(tier)) tierOrder.set(tier, tierOrder.size);
  }
  const key = (s: Subnet) => tierOf.get(s.id) ?? '';
  return byNameFirst.sort(
    (a, b) =>
      key(a).charCodeAt(0) - key(b).charCodeAt(0) ||
      (tierOrder.get(key(a)) ?? 0) - (tierOrder.get(key(b)) ?? 0) ||
      a.availabilityZone.localeCompare(b.availabilityZone) ||
      byName(a, b),
  );
}

/** VPCs in an order where peered ones sit side by side (a walk along the peerings). */
function orderByPeering(scenario: Scenario): Scenario['vpcs'] {
  const peers = new Map<string, string[]>();
  for (const p of scenario.peeringConnections) {
    peers.set(p.requesterVpcId, [...(peers.get(p.requesterVpcId) ?? []), p.accepterVpcId]);
    peers.set(p.accepterVpcId, [...(peers.get(p.accepterVpcId) ?? []), p.requesterVpcId]);
  }
  const byId = new Map(scenario.vpcs.map((v) => [v.id, v] as const));
  const seen = new Set<string>();
  const out: Scenario['vpcs'] = [];
  const visit = (id: string) => {
    const vpc = byId.get(id);
    if (!vpc || seen.has(id)) return;
    seen.add(id);
    out.push(vpc);
    for (const next of peers.get(id) ?? []) visit(next);
  };
  for (const v of scenario.vpcs) visit(v.id);
  return out;
}

function byName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
