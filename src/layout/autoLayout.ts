import type { Layout, Scenario } from '../model/types.ts';
import {
  CHILDREN_PER_ROW,
  COLLAPSED_VPC,
  ENDPOINT,
  endpointEdgeY,
  GAP,
  GATEWAY,
  GATEWAY_EDGE_Y,
  HEADER,
  HOST,
  LEAF,
  MIN_VPC,
  PAD,
  SUBNET_GAP,
  SUBNETS_PER_ROW,
  TRANSIT,
  TRANSIT_DROP,
  VPC_GAP,
  VPC_PAD,
} from './geometry.ts';
import { drawnEndpoints, drawnInterfaces } from './drawn.ts';

/** A node's box; x and y are relative to its container, as React Flow expects for children. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

type Saved = Layout['nodes'][string] | undefined;

/**
 * Places every VPC, subnet, instance, interface, gateway, endpoint and internet host. A node the
 * layout already places keeps its saved position (and size, if saved); the others go on a grid:
 * VPCs side by side, subnets in rows inside their VPC, instances, NAT gateways and interfaces in
 * rows inside their subnet, internet and egress-only gateways on their VPC's top edge, gateway
 * endpoints on its bottom edge, transit gateways below the VPCs, detached gateways and internet
 * hosts in a column to the right. A container without a saved size grows to hold its children
 * wherever they sit. A collapsed VPC is one small box. Pure, so it runs in tests without a DOM.
 */
export function autoLayout(scenario: Scenario, layout: Layout): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const place = (id: string, auto: Box): Box => {
    const box = withSaved(layout.nodes[id], auto);
    boxes.set(id, box);
    return box;
  };

  const leavesBySubnet = groupBy(
    [...scenario.instances, ...scenario.natGateways, ...drawnInterfaces(scenario)],
    (x) => x.subnetId,
  );
  const subnetsByVpc = groupBy(scenario.subnets, (s) => s.vpcId);
  // Egress-only gateways sit beside the internet gateways, on the same edge.
  const gatewaysByVpc = groupBy(
    [...scenario.internetGateways, ...scenario.egressOnlyInternetGateways],
    (g) => g.vpcId ?? '',
  );
  const endpointsByVpc = groupBy(drawnEndpoints(scenario), (e) => e.vpcId);
  let lowest = 0;

  let vpcX = 0;
  for (const vpc of scenario.vpcs) {
    const subnetBoxes: Box[] = [];
    const rows = new RowPacker(VPC_PAD, HEADER, SUBNETS_PER_ROW, SUBNET_GAP);
    for (const subnet of subnetsByVpc.get(vpc.id) ?? []) {
      const leaves = (leavesBySubnet.get(subnet.id) ?? []).map((leaf, k) =>
        place(leaf.id, {
          x: PAD + (k % CHILDREN_PER_ROW) * (LEAF.width + GAP),
          y: HEADER + Math.floor(k / CHILDREN_PER_ROW) * (LEAF.height + GAP),
          ...LEAF,
        }),
      );
      const size = fit(leaves, 2 * PAD + LEAF.width, HEADER + LEAF.height + PAD, PAD);
      const saved = layout.nodes[subnet.id];
      const box = place(
        subnet.id,
        saved ? { x: 0, y: 0, ...size } : { ...rows.next(size), ...size },
      );
      subnetBoxes.push(box);
    }
    const gateways = gatewaysByVpc.get(vpc.id) ?? [];
    const endpoints = endpointsByVpc.get(vpc.id) ?? [];
    const minWidth = Math.max(
      MIN_VPC.width,
      2 * VPC_PAD + LEAF.width,
      gateways.length * (GATEWAY.width + GAP) + GAP,
      endpoints.length * (ENDPOINT.width + GAP) + GAP,
    );
    const fitted = fit(subnetBoxes, minWidth, HEADER + LEAF.height + 2 * PAD + VPC_PAD, VPC_PAD);
    // With gateway endpoints on its bottom edge, a VPC keeps its subnets clear of them.
    const lowestSubnet = Math.max(0, ...subnetBoxes.map((b) => b.y + b.height));
    const size =
      endpoints.length === 0
        ? fitted
        : { ...fitted, height: Math.max(fitted.height, lowestSubnet + GAP + ENDPOINT.height / 2) };
    const saved = layout.nodes[vpc.id];
    const open = place(vpc.id, { x: vpcX, y: 0, ...size });
    const vpcBox = saved?.collapsed ? { x: open.x, y: open.y, ...COLLAPSED_VPC } : open;
    boxes.set(vpc.id, vpcBox);
    // Centred, unless that would cover the VPC's name and blocks at the top left.
    const clear = nameRoom(vpc.name, vpc.cidrBlocks.join(', ') + (vpc.ipv6CidrBlock ?? ''));
    gateways.forEach((g, k) => {
      const centred =
        Math.max(vpcBox.width / 2 - GATEWAY.width / 2, clear) + k * (GATEWAY.width + GAP);
      const x = layout.nodes[g.id]?.x ?? centred;
      const within = Math.max(0, Math.min(x, vpcBox.width - GATEWAY.width));
      // On the top edge whatever the layout says: the gateway is the VPC's door to the internet.
      boxes.set(g.id, { x: within, y: GATEWAY_EDGE_Y, ...GATEWAY });
    });
    // Gateway endpoints on the bottom edge, the way out to the AWS services.
    endpoints.forEach((e, k) => {
      const span = endpoints.length * ENDPOINT.width + (endpoints.length - 1) * GAP;
      const x = layout.nodes[e.id]?.x ?? (vpcBox.width - span) / 2 + k * (ENDPOINT.width + GAP);
      const within = Math.max(0, Math.min(x, vpcBox.width - ENDPOINT.width));
      boxes.set(e.id, { x: within, y: endpointEdgeY(vpcBox.height), ...ENDPOINT });
    });
    vpcX = Math.max(vpcX, vpcBox.x + vpcBox.width + VPC_GAP);
    lowest = Math.max(lowest, vpcBox.y + vpcBox.height);
  }

  // Transit gateways below the VPCs they join, side by side, centred under the row.
  const transit = scenario.transitGateways;
  const rowWidth = transit.length * TRANSIT.width + Math.max(0, transit.length - 1) * VPC_GAP;
  const rowLeft = Math.max(0, (vpcX - VPC_GAP - rowWidth) / 2);
  transit.forEach((t, k) => {
    place(t.id, {
      x: rowLeft + k * (TRANSIT.width + VPC_GAP),
      y: lowest + TRANSIT_DROP,
      ...TRANSIT,
    });
  });

  // Detached gateways and internet hosts wait to the right, outside every VPC.
  let y = 0;
  for (const g of gatewaysByVpc.get('') ?? []) {
    y = place(g.id, { x: vpcX, y, ...GATEWAY }).y + GATEWAY.height + GAP;
  }
  for (const host of scenario.internetHosts) {
    const box = place(host.id, { x: vpcX, y, ...HOST });
    if (!layout.nodes[host.id]) y = box.y + HOST.height + GAP;
  }
  return boxes;
}

/**
 * How far from a VPC's left edge its header reaches: the toggle and icon, then the longer of its
 * name (14 px, about 8 px a character) and its blocks (12 px monospace, 7.2 px a character).
 */
function nameRoom(name: string, blocks: string): number {
  return 64 + Math.max(8 * (name.length + 4), 7.2 * blocks.length) + GAP;
}

function withSaved(saved: Saved, auto: Box): Box {
  if (!saved) return auto;
  return {
    x: saved.x,
    y: saved.y,
    width: saved.width ?? auto.width,
    height: saved.height ?? auto.height,
  };
}

/** The size that holds every child box with `pad` to spare right and below, at least the minimum. */
function fit(children: readonly Box[], minWidth: number, minHeight: number, pad: number) {
  let width = minWidth;
  let height = minHeight;
  for (const c of children) {
    width = Math.max(width, c.x + c.width + pad);
    height = Math.max(height, c.y + c.height + pad);
  }
  return { width, height };
}

/** Places boxes of varying sizes left to right, `perRow` to a row, each row below the tallest. */
class RowPacker {
  private x: number;
  private y: number;
  private tallest = 0;
  private inRow = 0;

  constructor(
    private readonly left: number,
    top: number,
    private readonly perRow: number,
    private readonly gap: number,
  ) {
    this.x = left;
    this.y = top;
  }

  next(size: { width: number; height: number }): { x: number; y: number } {
    if (this.inRow === this.perRow) {
      this.x = this.left;
      this.y += this.tallest + this.gap;
      this.tallest = 0;
      this.inRow = 0;
    }
    const at = { x: this.x, y: this.y };
    this.x += size.width + this.gap;
    this.tallest = Math.max(this.tallest, size.height);
    this.inRow++;
    return at;
  }
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
