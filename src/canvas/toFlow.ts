import type { Layout, Scenario } from '../model/types.ts';
import type { Size } from '../store/index.ts';
import { autoLayout, type Box } from '../layout/autoLayout.ts';
import { drawnEndpoints, drawnInterfaces } from '../layout/drawn.ts';
import type { FlowEdge, FlowNode, FlowNodeType } from './types.ts';
import { regionNode, withZoneBands } from './regionAndZones.ts';
import { viewEdges } from './viewEdges.ts';
import { interfaceWords } from './words.ts';

const NO_DATA = {} as const;

/**
 * Derives React Flow's nodes from the scenario and the layout (never the other way round).
 * Containers come before their children, as React Flow requires: VPCs, what sits on their edges
 * (internet and egress-only gateways on the top edge, gateway endpoints on the bottom one;
 * children of the VPC, so they move with it), subnets, then what sits in a subnet (instances,
 * NAT gateways, interfaces); detached gateways, transit gateways and internet hosts stand alone.
 * Children of a collapsed VPC are left off the list, not handed to React Flow as hidden nodes:
 * React Flow mounts a component for every node it is given, hidden or not, and 10,000 of them in
 * a large import's collapsed VPCs held the page for over a second. A resource whose container is missing is left off the
 * canvas (validation reports it).
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
    if (hidden || !box || (parentId !== undefined && !present.has(parentId))) return;
    present.add(id);
    nodes.push(node(id, type, label, box, measured[id], parentId, hidden));
  };
  const region = regionNode(scenario, boxes);
  if (region) nodes.push(region);
  for (const v of scenario.vpcs) add(v.id, 'vpc', `VPC ${v.name} ${v.cidrBlocks.join(', ')}`);
  for (const g of scenario.internetGateways) {
    if (g.vpcId !== undefined) add(g.id, 'internetGateway', `Internet gateway ${g.name}`, g.vpcId);
  }
  for (const g of scenario.egressOnlyInternetGateways) {
    if (g.vpcId !== undefined)
      add(g.id, 'egressOnlyInternetGateway', `Egress-only internet gateway ${g.name}`, g.vpcId);
  }
  for (const e of drawnEndpoints(scenario)) {
    add(
      e.id,
      'vpcEndpoint',
      `Gateway endpoint ${e.name} ${e.serviceName}`,
      e.vpcId,
      collapsed.has(e.vpcId),
    );
  }
  for (const s of scenario.subnets) {
    const hidden = collapsed.has(s.vpcId);
    if (hidden) hiddenSubnets.add(s.id);
    add(s.id, 'subnet', `Subnet ${s.name} ${s.cidrBlock}`, s.vpcId, hidden);
  }
  withZoneBands(nodes, scenario, boxes, collapsed);
  for (const i of scenario.instances) {
    const label = `Instance ${i.name} ${i.privateIp}`;
    add(i.id, 'instance', label, i.subnetId, hiddenSubnets.has(i.subnetId));
  }
  for (const n of scenario.natGateways) {
    add(n.id, 'natGateway', `NAT gateway ${n.name}`, n.subnetId, hiddenSubnets.has(n.subnetId));
  }
  for (const e of drawnInterfaces(scenario)) {
    const label = `${interfaceWords(e.kind)} ${e.name} ${e.privateIp ?? ''}`.trim();
    add(e.id, 'networkInterface', label, e.subnetId, hiddenSubnets.has(e.subnetId));
  }
  for (const g of scenario.internetGateways) {
    if (g.vpcId === undefined)
      add(g.id, 'internetGateway', `Internet gateway ${g.name} (detached)`);
  }
  for (const g of scenario.egressOnlyInternetGateways) {
    if (g.vpcId === undefined)
      add(g.id, 'egressOnlyInternetGateway', `Egress-only internet gateway ${g.name} (detached)`);
  }
  for (const t of scenario.transitGateways)
    add(t.id, 'transitGateway', `Transit gateway ${t.name}`);
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

/**
 * The edges: a peering connection between its two VPCs, a transit gateway's VPC attachment from
 * the transit gateway to its VPC, and an instance's second (or later) interface to its instance
 * (each when both ends are drawn); then what the view adds (route edges, the security view).
 */
export function toFlowEdges(scenario: Scenario, layout: Layout = { nodes: {} }): FlowEdge[] {
  const vpcs = new Set(scenario.vpcs.map((v) => v.id));
  const peerings: FlowEdge[] = scenario.peeringConnections
    .filter((p) => vpcs.has(p.requesterVpcId) && vpcs.has(p.accepterVpcId))
    .map((p) => ({
      id: p.id,
      type: 'peering',
      source: p.requesterVpcId,
      target: p.accepterVpcId,
      data: NO_DATA,
      ariaLabel: `Peering ${p.name} (${p.status}) between ${p.requesterVpcId} and ${p.accepterVpcId}`,
    }));
  const hubs = new Set(scenario.transitGateways.map((t) => t.id));
  const attachments: FlowEdge[] = scenario.transitGatewayAttachments
    .filter((a) => a.vpcId !== undefined && vpcs.has(a.vpcId) && hubs.has(a.transitGatewayId))
    .map((a) => ({
      id: a.id,
      type: 'transitAttachment',
      source: a.transitGatewayId,
      target: a.vpcId ?? '',
      data: NO_DATA,
      ariaLabel: `Transit gateway attachment ${a.name} (${a.state}) of ${a.vpcId ?? ''}, subnets ${a.subnetIds.join(', ') || 'none'}`,
    }));
  const instances = new Set(scenario.instances.map((i) => i.id));
  const links: FlowEdge[] = drawnInterfaces(scenario).flatMap((e) =>
    e.attachment !== undefined && instances.has(e.attachment.instanceId)
      ? [
          {
            id: `link:${e.id}`,
            type: 'interfaceLink' as const,
            source: e.attachment.instanceId,
            target: e.id,
            data: NO_DATA,
            selectable: false,
            focusable: false,
            ariaLabel: `${e.name} is eth${e.attachment.deviceIndex} of ${e.attachment.instanceId}`,
          },
        ]
      : [],
  );
  return [...peerings, ...attachments, ...links, ...viewEdges(scenario, layout)];
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
    a.measured?.height === b.measured?.height &&
    (a.data === b.data || JSON.stringify(a.data) === JSON.stringify(b.data))
  );
}

/** The edge counterpart of `reuseUnchanged`. */
export function reuseUnchangedEdges(previous: readonly FlowEdge[], next: FlowEdge[]): FlowEdge[] {
  const byId = new Map(previous.map((e) => [e.id, e]));
  return next.map((e) => {
    const old = byId.get(e.id);
    const same =
      old &&
      old.source === e.source &&
      old.target === e.target &&
      old.ariaLabel === e.ariaLabel &&
      (old.data === e.data || JSON.stringify(old.data) === JSON.stringify(e.data));
    return same ? old : e;
  });
}
