import type { Scenario } from '../../model/types.ts';
import type { Rect } from '../edges/floating.ts';

export type { Rect };
export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * What the packet's path is drawn over: where each node is (absolute flow coordinates, from
 * React Flow) and how the resources hang together (from the scenario). Plain data, so the path
 * is a pure function of a trace and a scene and can be tested in node.
 */
export interface Scene {
  /** Boxes of the nodes on the canvas (hidden ones left out), by resource ID. */
  readonly boxes: ReadonlyMap<string, Rect>;
  /**
   * The container of each resource: instance, NAT gateway and interface → subnet; subnet,
   * gateway and endpoint → VPC.
   */
  readonly parents: ReadonlyMap<string, string>;
  /** Each peering connection's two VPCs. */
  readonly peerings: ReadonlyMap<string, readonly [string, string]>;
  /** Each VPC's attached internet gateway. */
  readonly gateways: ReadonlyMap<string, string>;
  /** Internet hosts drawn on the canvas, by address (lower case). */
  readonly hosts: ReadonlyMap<string, string>;
  /** Each VPC's attached egress-only internet gateway. */
  readonly egressOnly: ReadonlyMap<string, string>;
  /**
   * The transit gateway of each ID a transit gateway hop may name: the transit gateway itself,
   * its attachments, its route tables.
   */
  readonly transit: ReadonlyMap<string, string>;
  /** The service a gateway endpoint reaches, in a word (`s3`), by endpoint ID. */
  readonly services: ReadonlyMap<string, string>;
  /** Boxes a router marker keeps off besides subnets: the nodes that are not containers, labels. */
  readonly avoid: readonly Rect[];
}

/** The scene of a scenario whose nodes sit in `boxes`. */
export function sceneOf(
  scenario: Scenario,
  boxes: ReadonlyMap<string, Rect>,
  avoid: readonly Rect[] = [],
): Scene {
  const parents = new Map<string, string>();
  for (const s of scenario.subnets) parents.set(s.id, s.vpcId);
  for (const i of scenario.instances) parents.set(i.id, i.subnetId);
  for (const n of scenario.natGateways) parents.set(n.id, n.subnetId);
  for (const e of scenario.networkInterfaces) parents.set(e.id, e.subnetId);
  for (const e of scenario.vpcEndpoints) parents.set(e.id, e.vpcId);
  const egressOnly = new Map<string, string>();
  for (const g of scenario.egressOnlyInternetGateways) {
    if (g.vpcId === undefined) continue;
    parents.set(g.id, g.vpcId);
    if (!egressOnly.has(g.vpcId)) egressOnly.set(g.vpcId, g.id);
  }
  const transit = new Map<string, string>();
  for (const t of scenario.transitGateways) transit.set(t.id, t.id);
  for (const a of scenario.transitGatewayAttachments) transit.set(a.id, a.transitGatewayId);
  for (const t of scenario.transitGatewayRouteTables) transit.set(t.id, t.transitGatewayId);
  const gateways = new Map<string, string>();
  for (const g of scenario.internetGateways) {
    if (g.vpcId === undefined) continue;
    parents.set(g.id, g.vpcId);
    if (!gateways.has(g.vpcId)) gateways.set(g.vpcId, g.id);
  }
  return {
    boxes,
    parents,
    gateways,
    peerings: new Map(
      scenario.peeringConnections.map((p) => [p.id, [p.requesterVpcId, p.accepterVpcId]] as const),
    ),
    hosts: new Map(scenario.internetHosts.map((h) => [h.address.toLowerCase(), h.id] as const)),
    egressOnly,
    transit,
    avoid,
    services: new Map(
      scenario.vpcEndpoints.map((e) => [e.id, e.serviceName.split('.').at(-1) ?? e.serviceName]),
    ),
  };
}

/**
 * The box a resource is drawn in: its own, else its nearest drawn container's (an instance of a
 * collapsed VPC is shown where the VPC is).
 */
export function boxOf(scene: Scene, id: string | undefined): Rect | undefined {
  for (let at = id, depth = 0; at !== undefined && depth < 4; depth++) {
    const box = scene.boxes.get(at);
    if (box) return box;
    at = scene.parents.get(at);
  }
  return undefined;
}

/** The VPC a resource is in (a VPC is its own). */
export function vpcOf(scene: Scene, id: string | undefined): string | undefined {
  for (let at = id, depth = 0; at !== undefined && depth < 4; depth++) {
    const parent = scene.parents.get(at);
    if (parent === undefined) return at.startsWith('vpc-') ? at : undefined;
    at = parent;
  }
  return undefined;
}

export const centreOf = (box: Rect): Point => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

export const inside = (p: Point, box: Rect): boolean =>
  p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
