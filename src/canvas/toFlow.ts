import type { Layout, Scenario } from '../model/types.ts';
import type { Size } from '../store/index.ts';
import { autoLayout, type Box } from '../layout/autoLayout.ts';
import type { FlowEdge, FlowNode, FlowNodeType } from './types.ts';

const NO_DATA = {} as const;

/**
 * Derives React Flow's nodes from the scenario and the layout (never the other way round).
 * Containers come before their children, as React Flow requires: VPCs, their internet gateways
 * (children of the VPC, on its top edge, so they move with it), subnets, then what sits in a
 * subnet; detached gateways and internet hosts stand alone. Children of a collapsed VPC are
 * hidden. A resource whose container is missing is left off the canvas (validation reports it).
 *
 * Children have no `extent: 'parent'`: a child dragged out of its container is re-parented (or
 * sent back) when it is let go, see `releaseDrag`.
 */
export function toFlowNodes(
  scenario: Scenario,
  layout: Layout,
  measured: Readonly<Record<string, Size>>,
): FlowNode[] {
  const boxes = autoLayout(scenario, layout);
  const present = new Set<string>();
  const nodes: FlowNode[] = [];
  const collapsed = new Set(
    scenario.vpcs.filter((v) => layout.nodes[v.id]?.collapsed).map((v) => v.id),
  );
  const hiddenSubnets = new Set<string>();
  const add = (
    id: string,
    type: FlowNodeType,
    label: string,
    parentId?: string,
    hidden = false,
  ) => {
    const box = boxes.get(id);
    if (!box || (parentId !== undefined && !present.has(parentId))) return;
    present.add(id);
    nodes.push(node(id, type, label, box, measured[id], parentId, hidden));
  };
  for (const v of scenario.vpcs) add(v.id, 'vpc', `VPC ${v.name} ${v.cidrBlocks.join(', ')}`);
  for (const g of scenario.internetGateways) {
    if (g.vpcId !== undefined) add(g.id, 'internetGateway', `Internet gateway ${g.name}`, g.vpcId);
  }
  for (const s of scenario.subnets) {
    const hidden = collapsed.has(s.vpcId);
    if (hidden) hiddenSubnets.add(s.id);
    add(s.id, 'subnet', `Subnet ${s.name} ${s.cidrBlock}`, s.vpcId, hidden);
  }
  for (const i of scenario.instances) {
    const label = `Instance ${i.name} ${i.privateIp}`;
    add(i.id, 'instance', label, i.subnetId, hiddenSubnets.has(i.subnetId));
  }
  for (const n of scenario.natGateways) {
    add(n.id, 'natGateway', `NAT gateway ${n.name}`, n.subnetId, hiddenSubnets.has(n.subnetId));
  }
  for (const g of scenario.internetGateways) {
    if (g.vpcId === undefined)
      add(g.id, 'internetGateway', `Internet gateway ${g.name} (detached)`);
  }
  for (const h of scenario.internetHosts) {
    add(h.id, 'internetHost', `Internet host ${h.name} ${h.address}`);
  }
  return nodes;
}

function node(
  id: string,
  type: FlowNodeType,
  ariaLabel: string,
  box: Box,
  measured: Size | undefined,
  parentId: string | undefined,
  hidden: boolean,
): FlowNode {
  return {
    id,
    type,
    data: NO_DATA,
    ariaLabel,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    ...(measured ? { measured: { width: measured.width, height: measured.height } } : {}),
    ...(parentId !== undefined ? { parentId } : {}),
    ...(hidden ? { hidden } : {}),
  } as FlowNode;
}

/** A peering connection is an edge between its two VPCs (when both are drawn). */
export function toFlowEdges(scenario: Scenario): FlowEdge[] {
  const vpcs = new Set(scenario.vpcs.map((v) => v.id));
  return scenario.peeringConnections
    .filter((p) => vpcs.has(p.requesterVpcId) && vpcs.has(p.accepterVpcId))
    .map((p) => ({
      id: p.id,
      type: 'peering',
      source: p.requesterVpcId,
      target: p.accepterVpcId,
      data: NO_DATA,
      ariaLabel: `Peering ${p.name} (${p.status}) between ${p.requesterVpcId} and ${p.accepterVpcId}`,
    }));
}

/**
 * Returns the previous node object when nothing React Flow reads has changed, so React Flow skips
 * unchanged nodes (it compares node objects by identity) and a drag re-renders one node only.
 */
export function reuseUnchanged(previous: readonly FlowNode[], next: FlowNode[]): FlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => {
    const old = byId.get(n.id);
    return old && sameNode(old, n) ? old : n;
  });
}

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.type === b.type &&
    a.parentId === b.parentId &&
    a.hidden === b.hidden &&
    a.ariaLabel === b.ariaLabel &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height
  );
}

/** The edge counterpart of `reuseUnchanged`. */
export function reuseUnchangedEdges(previous: readonly FlowEdge[], next: FlowEdge[]): FlowEdge[] {
  const byId = new Map(previous.map((e) => [e.id, e]));
  return next.map((e) => {
    const old = byId.get(e.id);
    const same =
      old && old.source === e.source && old.target === e.target && old.ariaLabel === e.ariaLabel;
    return same ? old : e;
  });
}
