import type { Layout, Scenario } from '../model/types.ts';
import {
  GAP,
  GATEWAY,
  GATEWAY_ROW,
  HEADER,
  LEAF,
  PAD,
  SUBNET_GAP,
  VPC_GAP,
  VPC_PAD,
} from './geometry.ts';

/** A node's box; x and y are relative to its container, as React Flow expects for children. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Places every VPC, subnet, instance and gateway. A node the layout already places keeps its saved
 * position (and size, if saved); the others go on a grid: VPCs side by side, internet gateways
 * above their VPC, subnets in a row inside their VPC, instances and NAT gateways in a row inside
 * their subnet. Pure, so it runs in tests without a DOM.
 */
export function autoLayout(scenario: Scenario, layout: Layout): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const place = (id: string, auto: Box): Box => {
    const saved = layout.nodes[id];
    const box = saved
      ? {
          x: saved.x,
          y: saved.y,
          width: saved.width ?? auto.width,
          height: saved.height ?? auto.height,
        }
      : auto;
    boxes.set(id, box);
    return box;
  };

  const hasGateway = scenario.internetGateways.some((g) => g.vpcId !== undefined);
  const top = hasGateway ? GATEWAY_ROW : 0;
  let vpcX = 0;
  for (const vpc of scenario.vpcs) {
    const subnets = scenario.subnets.filter((s) => s.vpcId === vpc.id);
    let subnetX = VPC_PAD;
    let tallest = LEAF.height + HEADER + PAD;
    for (const subnet of subnets) {
      const children = [
        ...scenario.instances.filter((i) => i.subnetId === subnet.id),
        ...scenario.natGateways.filter((n) => n.subnetId === subnet.id),
      ];
      children.forEach((child, k) => {
        place(child.id, { x: PAD + k * (LEAF.width + GAP), y: HEADER, ...LEAF });
      });
      const count = Math.max(children.length, 1);
      const box = place(subnet.id, {
        x: subnetX,
        y: HEADER,
        width: 2 * PAD + count * LEAF.width + (count - 1) * GAP,
        height: HEADER + LEAF.height + PAD,
      });
      subnetX += box.width + SUBNET_GAP;
      tallest = Math.max(tallest, box.height);
    }
    const vpcBox = place(vpc.id, {
      x: vpcX,
      y: top,
      width: Math.max(subnetX - SUBNET_GAP + VPC_PAD, 2 * VPC_PAD + LEAF.width),
      height: HEADER + tallest + VPC_PAD,
    });
    scenario.internetGateways
      .filter((g) => g.vpcId === vpc.id)
      .forEach((g, k) => {
        const x = vpcBox.x + vpcBox.width / 2 - GATEWAY.width / 2 + k * (GATEWAY.width + GAP);
        place(g.id, { x, y: vpcBox.y - GATEWAY_ROW, ...GATEWAY });
      });
    vpcX = vpcBox.x + vpcBox.width + VPC_GAP;
  }

  // Detached gateways wait to the right, ready to be attached.
  scenario.internetGateways
    .filter((g) => g.vpcId === undefined)
    .forEach((g, k) => {
      place(g.id, { x: vpcX, y: top + k * (GATEWAY.height + GAP), ...GATEWAY });
    });
  return boxes;
}
