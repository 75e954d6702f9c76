import type { Layout, Scenario } from '../model/types.ts';
import type { Size } from '../store/index.ts';
import { autoLayout, type Box } from './autoLayout.ts';
import type { FlowNode } from './types.ts';

const NO_DATA = {} as const;

/**
 * Derives React Flow's nodes from the scenario and the layout (never the other way round).
 * Containers come before their children, as React Flow requires: VPCs, then subnets, then what
 * sits in a subnet; internet gateways sit outside, above their VPC. A resource whose container is
 * missing is left off the canvas (validation reports it).
 */
export function toFlowNodes(
  scenario: Scenario,
  layout: Layout,
  measured: Readonly<Record<string, Size>>,
): FlowNode[] {
  const boxes = autoLayout(scenario, layout);
  const nodes: FlowNode[] = [];
  const add = (id: string, type: FlowNode['type'], parentId?: string) => {
    const box = boxes.get(id);
    if (!box || (parentId !== undefined && !boxes.has(parentId))) return;
    nodes.push(node(id, type, box, measured[id], parentId));
  };
  for (const vpc of scenario.vpcs) add(vpc.id, 'vpc');
  for (const subnet of scenario.subnets) add(subnet.id, 'subnet', subnet.vpcId);
  for (const instance of scenario.instances) add(instance.id, 'instance', instance.subnetId);
  for (const nat of scenario.natGateways) add(nat.id, 'natGateway', nat.subnetId);
  for (const igw of scenario.internetGateways) add(igw.id, 'internetGateway');
  return nodes;
}

function node(
  id: string,
  type: FlowNode['type'],
  box: Box,
  measured: Size | undefined,
  parentId: string | undefined,
): FlowNode {
  return {
    id,
    type,
    data: NO_DATA,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    ...(measured ? { measured: { width: measured.width, height: measured.height } } : {}),
    ...(parentId !== undefined ? { parentId, extent: 'parent' as const } : {}),
  } as FlowNode;
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
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height
  );
}
