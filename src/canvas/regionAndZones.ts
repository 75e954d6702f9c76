import type { Box } from '../layout/autoLayout.ts';
import { GATEWAY } from '../layout/geometry.ts';
import { scenarioRegion, zoneBands } from '../layout/zones.ts';
import type { Scenario } from '../model/types.ts';
import type { FlowNode, RegionFlowNode } from './types.ts';

/** Room around the VPCs inside the Region's frame; more above, for its name. */
export const REGION_PAD = 32;
export const REGION_TOP = 56;
/** The least room above the VPCs that still holds the Region's name. */
const REGION_MIN_TOP = 36;

/**
 * The Region's frame around every VPC and transit gateway (regional resources; internet hosts
 * stay outside), as AWS's diagrams draw it, when the scenario names a Region or its zones share
 * one. Behind everything, neither selectable, draggable nor focusable: it is not a resource.
 */
export function regionNode(scenario: Scenario, boxes: ReadonlyMap<string, Box>): FlowNode | null {
  const region = scenarioRegion(scenario);
  if (region === null) return null;
  const inside = [...scenario.vpcs, ...scenario.transitGateways].flatMap((x) => {
    const b = boxes.get(x.id);
    return b ? [b] : [];
  });
  if (inside.length === 0) return null;
  // Internet gateways sit half above their VPC's top edge.
  const x = Math.min(...inside.map((b) => b.x)) - REGION_PAD;
  const top = Math.min(...inside.map((b) => b.y)) - GATEWAY.height / 2;
  const right = Math.max(...inside.map((b) => b.x + b.width)) + REGION_PAD;
  const bottom = Math.max(...inside.map((b) => b.y + b.height)) + REGION_PAD;
  let y = top - REGION_TOP;
  // Internet hosts are outside the Region: its frame stops above them, or is not drawn.
  for (const h of scenario.internetHosts) {
    const b = boxes.get(h.id);
    if (!b || b.x >= right || b.x + b.width <= x || b.y >= bottom || b.y + b.height <= y) continue;
    if (b.y + b.height > top - REGION_MIN_TOP) return null;
    y = b.y + b.height + 8;
  }
  const node: RegionFlowNode = {
    id: `region:${region}`,
    type: 'region',
    data: { region },
    position: { x, y },
    width: right - x,
    height: bottom - y,
    selectable: false,
    draggable: false,
    focusable: false,
    zIndex: -1,
    ariaLabel: `Region ${region}`,
  };
  return node;
}

/**
 * Gives each open VPC node its Availability Zone bands, from its subnets' boxes (relative to it).
 * The VPC node draws them behind its subnets.
 */
export function withZoneBands(
  nodes: FlowNode[],
  scenario: Scenario,
  boxes: ReadonlyMap<string, Box>,
  collapsed: ReadonlySet<string>,
): void {
  const byVpc = new Map<string, { zone: string; box: Box }[]>();
  for (const s of scenario.subnets) {
    const box = boxes.get(s.id);
    if (!box || collapsed.has(s.vpcId)) continue;
    const list = byVpc.get(s.vpcId) ?? [];
    list.push({ zone: s.availabilityZone, box });
    byVpc.set(s.vpcId, list);
  }
  nodes.forEach((n, k) => {
    if (n.type !== 'vpc') return;
    const subnets = byVpc.get(n.id);
    if (!subnets) return;
    const bands = zoneBands(subnets);
    if (bands.length > 0) nodes[k] = { ...n, data: { bands } };
  });
}
