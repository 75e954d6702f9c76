import type {
  Endpoint,
  Instance,
  Layout,
  NaclEntry,
  Protocol,
  Route,
  SavedFlow,
  SecurityGroupRule,
  Subnet,
} from '../model/types.ts';

/**
 * Small helpers the built-in scenarios are written with: fixed AWS-shaped IDs, rules, entries,
 * routes, flows and a hand-tidy layout on the canvas's grid. Data only; nothing here is clever.
 */

/**
 * Fixed IDs for one scenario: `prefix-0<code><n, 12 digits>`, 17 hex digits like AWS's. `code` is
 * four hex digits of the scenario's own, so two built-ins never share an ID.
 *
 * @example
 * const id = idsFor('a0b1'); id('vpc', 1); // 'vpc-0a0b1000000000001'
 */
export function idsFor(code: string) {
  return (prefix: string, n: number): string => `${prefix}-0${code}${String(n).padStart(12, '0')}`;
}

export const ANYWHERE = '0.0.0.0/0';
export const ANYWHERE_V6 = '::/0';

/** Documentation addresses (RFC 5737, 3849) stand in for hosts on the internet. */
export const VISITOR = '192.0.2.10';
export const ADMIN_CIDR = '203.0.113.0/28';
export const ADMIN_LAPTOP = '203.0.113.5';
export const VISITOR_V6 = '2001:db8::10';

type Ports = number | readonly [number, number];
const range = (p: Ports) => (typeof p === 'number' ? { from: p, to: p } : { from: p[0], to: p[1] });

/** A security group rule for TCP (or UDP) from a CIDR block. */
export function fromCidr(
  ports: Ports,
  cidr: string,
  protocol: 'tcp' | 'udp' = 'tcp',
): SecurityGroupRule {
  return { protocol, portRange: range(ports), peer: { kind: 'cidr', cidr } };
}

/** A security group rule for TCP from the interfaces that carry another group. */
export function fromGroup(ports: Ports, groupId: string): SecurityGroupRule {
  return { protocol: 'tcp', portRange: range(ports), peer: { kind: 'group', groupId } };
}

/** A numbered network ACL entry. */
export function entry(
  ruleNumber: number,
  action: 'allow' | 'deny',
  protocol: Protocol,
  cidr: string,
  ports?: Ports,
): NaclEntry {
  return {
    ruleNumber,
    action,
    protocol,
    cidr,
    ...(ports !== undefined ? { portRange: range(ports) } : {}),
  };
}

/** The client ports NACLs must admit for responses: 1024–65535 covers Linux, Windows and NAT. */
export const EPHEMERAL: readonly [number, number] = [1024, 65535];

export function route(destination: string, target: string): Route {
  return { destination, target, state: 'active' };
}

export function subnet(
  id: string,
  name: string,
  vpcId: string,
  cidrBlock: string,
  extra: Partial<
    Pick<Subnet, 'availabilityZone' | 'networkAclId' | 'routeTableId' | 'ipv6CidrBlock'>
  > = {},
): Subnet {
  return { id, name, vpcId, cidrBlock, availabilityZone: 'us-east-1a', ...extra };
}

export function instance(
  id: string,
  name: string,
  subnetId: string,
  privateIp: string,
  groups: readonly string[],
  extra: Partial<Pick<Instance, 'publicIp' | 'ipv6Address'>> = {},
): Instance {
  return { id, name, subnetId, privateIp, securityGroupIds: [...groups], ...extra };
}

export const at = (address: string): Endpoint => ({ address });
export const on = (instanceId: string, address?: string): Endpoint =>
  address === undefined ? { instanceId } : { instanceId, address };

/** A saved TCP (or UDP) flow with its expected outcome. */
export function flow(
  id: string,
  name: string,
  source: Endpoint,
  destination: Endpoint,
  port: number,
  expected: 'allowed' | 'blocked',
  extra: Partial<Pick<SavedFlow, 'protocol' | 'goal' | 'anywhere'>> = {},
): SavedFlow {
  return { id, name, source, destination, protocol: 'tcp', port, expected, ...extra };
}

// ---- Layout ----

/** The canvas's sizes (src/canvas/geometry.ts), repeated here: scenarios may not import canvas. */
const LEAF_W = 170;
const HEADER = 56;
const PAD = 20;
const GAP = 20;
const LEAF_H = 64;
const VPC_PAD = 40;
const SUBNET_GAP = 24;
const GATEWAY_W = 170;
const GATEWAY_H = 56;

export interface SubnetPlan {
  readonly id: string;
  /** Instances and NAT gateways, left to right. */
  readonly children: readonly string[];
}

export interface VpcPlan {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Rows of subnets, top to bottom; each row's subnets side by side. */
  readonly rows: readonly (readonly SubnetPlan[])[];
  /** Internet gateways, on the VPC's top edge. */
  readonly gateways?: readonly string[];
}

/** Room for a subnet's name, kind badge, CIDR and Availability Zone. */
const SUBNET_MIN_W = 320;
/** A VPC with a gateway on its top edge is wide enough to show its own name beside it. */
const VPC_WITH_GATEWAY_MIN_W = 560;
const HOST_W = 180;
const HOST_H = 72;
const HOST_GAP = 40;

/**
 * A tidy layout: subnets in rows inside their VPC (all subnets of a row equally wide and tall),
 * children in a row inside their subnet, internet gateways centred on the VPC's top edge, and
 * internet hosts in a row above the first VPC, clear of its gateway. Positions of children are
 * relative to their container, as the canvas draws them.
 */
export function planLayout(vpcs: readonly VpcPlan[], hosts: readonly string[] = []): Layout {
  const nodes: Layout['nodes'] = {};
  for (const vpc of vpcs) {
    const gateways = vpc.gateways ?? [];
    const { subnetW } = subnetWidth(vpc);
    const subnetH = HEADER + LEAF_H + PAD;
    vpc.rows.forEach((row, r) => {
      row.forEach((plan, c) => {
        nodes[plan.id] = {
          x: VPC_PAD + c * (subnetW + SUBNET_GAP),
          y: HEADER + r * (subnetH + SUBNET_GAP),
          width: subnetW,
          height: subnetH,
        };
        plan.children.forEach((child, k) => {
          nodes[child] = { x: PAD + k * (LEAF_W + GAP), y: HEADER };
        });
      });
    });
    const width = vpcWidth(vpc);
    const height = vpcHeight(vpc);
    nodes[vpc.id] = { x: vpc.x, y: vpc.y, width, height };
    gateways.forEach((id, k) => {
      const span = gateways.length * GATEWAY_W + (gateways.length - 1) * GAP;
      // Relative to the VPC, as the canvas draws an attached gateway (on its top edge).
      nodes[id] = { x: (width - span) / 2 + k * (GATEWAY_W + GAP), y: -GATEWAY_H / 2 };
    });
  }
  const first = vpcs[0];
  const top = first ? first.y - GATEWAY_H / 2 - HOST_GAP - HOST_H : 0;
  hosts.forEach((id, k) => {
    nodes[id] = { x: (first?.x ?? 0) + k * (HOST_W + HOST_GAP), y: top };
  });
  return { nodes };
}

/** Every row's subnets are equally wide: room for the widest subnet's children and the gateway. */
function subnetWidth(vpc: Omit<VpcPlan, 'x' | 'y'>): { subnetW: number; perRow: number } {
  const widest = Math.max(1, ...vpc.rows.flat().map((s) => s.children.length));
  const perRow = Math.max(1, ...vpc.rows.map((r) => r.length));
  const inner = ((vpc.gateways ?? []).length > 0 ? VPC_WITH_GATEWAY_MIN_W : 0) - 2 * VPC_PAD;
  const subnetW = Math.max(
    SUBNET_MIN_W,
    2 * PAD + widest * LEAF_W + (widest - 1) * GAP,
    (inner - (perRow - 1) * SUBNET_GAP) / perRow,
  );
  return { subnetW, perRow };
}

const vpcWidth = (vpc: Omit<VpcPlan, 'x' | 'y'>): number => {
  const { subnetW, perRow } = subnetWidth(vpc);
  return 2 * VPC_PAD + perRow * subnetW + (perRow - 1) * SUBNET_GAP;
};

const vpcHeight = (vpc: Omit<VpcPlan, 'x' | 'y'>): number =>
  HEADER + vpc.rows.length * (HEADER + LEAF_H + PAD + SUBNET_GAP) - SUBNET_GAP + VPC_PAD;

/**
 * Room between peered VPCs: the peering's label and the route labels where routes leave each
 * VPC fit in it without covering each other.
 */
export const VPCS_APART = 160;

/**
 * VPCs side by side at y 0, left to right (or, `across: false`, one above another at x 0), with
 * `apart` between one's edge and the next.
 */
export function sideBySide(
  vpcs: readonly Omit<VpcPlan, 'x' | 'y'>[],
  { apart = VPCS_APART, across = true }: { apart?: number; across?: boolean } = {},
): VpcPlan[] {
  let at = 0;
  return vpcs.map((vpc) => {
    const placed = across ? { ...vpc, x: at, y: 0 } : { ...vpc, x: 0, y: at };
    at += (across ? vpcWidth(vpc) : vpcHeight(vpc)) + apart;
    return placed;
  });
}

// ---- Version 2 nodes: transit gateways below their VPCs, gateway endpoints on a VPC's edge ----

const TRANSIT_W = 210;
/** Far enough below for the attachments' labels to sit apart from the route labels. */
const TRANSIT_DROP = 170;
const ENDPOINT_W = 210;
const ENDPOINT_H = 64;

/**
 * The layout with a transit gateway centred below the VPCs it joins (as the canvas places one),
 * and gateway endpoints centred on their VPC's bottom edge.
 */
export function withHubsAndEndpoints(
  layout: Layout,
  hubs: readonly { readonly id: string; readonly vpcIds: readonly string[] }[],
  endpoints: readonly { readonly id: string; readonly vpcId: string }[] = [],
): Layout {
  const nodes = { ...layout.nodes };
  const boxOf = (id: string) => {
    const n = nodes[id];
    return n ? { x: n.x, y: n.y, width: n.width ?? 0, height: n.height ?? 0 } : undefined;
  };
  for (const hub of hubs) {
    const vpcs = hub.vpcIds.flatMap((v) => boxOf(v) ?? []);
    const left = Math.min(...vpcs.map((v) => v.x));
    const right = Math.max(...vpcs.map((v) => v.x + v.width));
    const bottom = Math.max(...vpcs.map((v) => v.y + v.height));
    nodes[hub.id] = { x: (left + right) / 2 - TRANSIT_W / 2, y: bottom + TRANSIT_DROP };
  }
  for (const e of endpoints) {
    const vpc = boxOf(e.vpcId);
    if (!vpc) continue;
    // The VPC grows so its subnets stay clear of the endpoint on its bottom edge.
    const height = vpc.height - VPC_PAD + GAP + ENDPOINT_H / 2;
    nodes[e.vpcId] = { ...nodes[e.vpcId], x: vpc.x, y: vpc.y, width: vpc.width, height };
    nodes[e.id] = { x: (vpc.width - ENDPOINT_W) / 2, y: height - ENDPOINT_H / 2 };
  }
  return { ...layout, nodes };
}
