import type { InterfaceKind } from '../../model/types.ts';
import type { FlowFrame } from '../animation/frame.ts';
import type { Rect } from '../edges/floating.ts';

/**
 * The diagram as plain data, ready to draw: what the canvas shows, with every node's absolute
 * box (flow coordinates) and the words it carries. `diagramOf` (fromCanvas.ts) derives it from
 * the same nodes React Flow draws; `diagramSvg` draws it. Nothing here knows React or the DOM.
 *
 * A new kind of node or edge is a new member of `DiagramNode` / `DiagramEdge` and its drawer in
 * the registry of diagramSvg.ts (the type there asks for one per kind); a decoration every node
 * may carry (like `findings`) is a field of `NodeBase` drawn in parts.ts.
 */

export type { Rect };
export type Theme = 'light' | 'dark';

/** What `validate` found about a resource: its badge's count and colour. */
export interface FindingsCount {
  readonly errors: number;
  readonly warnings: number;
}

/** A chip on a node's bottom border: a security group, or a subnet's network ACL. */
export interface DiagramChip {
  readonly id: string;
  readonly text: string;
  readonly colour: string;
  /** The VPC's default network ACL: outlined dashed, as on the canvas. */
  readonly dashed: boolean;
}

/** What a node carries on its bottom border (chips.ts draws them, as SecurityChips/NaclChip do). */
export interface NodeChips {
  /** Security groups, from the left: the first two and "+n". */
  readonly groups: readonly DiagramChip[];
  readonly more: number;
  /** A subnet's network ACL, on the right. */
  readonly acl: DiagramChip | null;
}

interface NodeBase {
  readonly id: string;
  readonly box: Rect;
  readonly findings?: FindingsCount;
  /** The Terraform address it was imported from, chipped on a leaf's bottom edge. */
  readonly address?: string;
  readonly chips?: NodeChips;
}

/** The AWS Region around the VPCs. */
export interface RegionDiagramNode extends NodeBase {
  readonly kind: 'region';
  readonly name: string;
}

export interface VpcDiagramNode extends NodeBase {
  readonly kind: 'vpc';
  /** Its Availability Zone bands, in absolute coordinates. */
  readonly bands?: readonly { readonly zone: string; readonly box: Rect }[];
  readonly name: string;
  /** Its address blocks, as the node lists them. */
  readonly blocks: string;
  /** Collapsed: one box that says what it holds. */
  readonly contents: string | null;
}

export interface SubnetDiagramNode extends NodeBase {
  readonly kind: 'subnet';
  readonly name: string;
  readonly cidrBlock: string;
  readonly availabilityZone: string;
  readonly isPublic: boolean;
}

export interface InstanceDiagramNode extends NodeBase {
  readonly kind: 'instance';
  readonly name: string;
  readonly privateIp: string;
  readonly publicIp: string | null;
  /** How many secondary private addresses it has ("+2" after its address). */
  readonly secondaries: number;
  /** How many network interfaces it has, its primary one included (a chip when more than 1). */
  readonly interfaces: number;
}

/** A network interface of its own, in its subnet. */
export interface NetworkInterfaceDiagramNode extends NodeBase {
  readonly kind: 'networkInterface';
  readonly interfaceKind: InterfaceKind;
  /** The short word before its name: "RDS", "ENI", "Lambda". */
  readonly tag: string;
  readonly name: string;
  readonly address: string;
  readonly secondaries: number;
  /** "eth1 of web-1" for an instance's interface, else its public address, else null. */
  readonly third: { readonly text: string; readonly public: boolean } | null;
}

export interface TransitGatewayDiagramNode extends NodeBase {
  readonly kind: 'transitGateway';
  readonly name: string;
  /** "2 attachments · 1 route table", or its state when not available. */
  readonly detail: string;
  readonly available: boolean;
}

export interface EgressOnlyGatewayDiagramNode extends NodeBase {
  readonly kind: 'egressOnlyInternetGateway';
  readonly name: string;
  readonly detached: boolean;
}

/** A gateway endpoint on its VPC's bottom edge. */
export interface VpcEndpointDiagramNode extends NodeBase {
  readonly kind: 'vpcEndpoint';
  readonly name: string;
  /** `s3`, `dynamodb`. */
  readonly service: string;
  /** Said only when not `available`. */
  readonly state: string | null;
  /** Its route tables by name, '' for none. */
  readonly tables: string;
}

export interface NatGatewayDiagramNode extends NodeBase {
  readonly kind: 'natGateway';
  readonly name: string;
  readonly publicIp: string | null;
  /** Said only when not `available`. */
  readonly state: string | null;
}

export interface InternetGatewayDiagramNode extends NodeBase {
  readonly kind: 'internetGateway';
  readonly name: string;
  readonly detached: boolean;
}

export interface InternetHostDiagramNode extends NodeBase {
  readonly kind: 'internetHost';
  readonly name: string;
  readonly address: string;
}

export type DiagramNode =
  | RegionDiagramNode
  | VpcDiagramNode
  | SubnetDiagramNode
  | InstanceDiagramNode
  | NatGatewayDiagramNode
  | InternetGatewayDiagramNode
  | InternetHostDiagramNode
  | NetworkInterfaceDiagramNode
  | TransitGatewayDiagramNode
  | EgressOnlyGatewayDiagramNode
  | VpcEndpointDiagramNode;

/** A VPC peering connection between two VPC boxes. */
export interface PeeringDiagramEdge {
  readonly kind: 'peering';
  readonly id: string;
  readonly from: Rect;
  readonly to: Rect;
  readonly name: string;
  readonly status: string;
}

/** A transit gateway's VPC attachment, from the transit gateway's box to its VPC's. */
export interface TransitAttachmentDiagramEdge {
  readonly kind: 'transitAttachment';
  readonly id: string;
  readonly from: Rect;
  readonly to: Rect;
  /** Its subnets with their zones. */
  readonly subnets: string;
  readonly state: string;
}

/** An instance's second (or later) interface tied to its instance. */
export interface InterfaceLinkDiagramEdge {
  readonly kind: 'interfaceLink';
  readonly id: string;
  readonly from: Rect;
  readonly to: Rect;
}

/** A route table's routes to one target, from the subnets that use it (RouteEdge.tsx). */
export interface RouteDiagramEdge {
  readonly kind: 'route';
  readonly id: string;
  readonly sources: readonly Rect[];
  /** Null: a blackhole to something gone, drawn as a stub. */
  readonly target: Rect | null;
  readonly container: Rect | null;
  /** The VPC's border nodes the label keeps off, and its width for that (routePath). */
  readonly avoid: readonly Rect[];
  readonly labelWidth: number;
  readonly slot: number;
  readonly slots: number;
  readonly label: string;
  readonly colour: string;
  readonly blackhole: boolean;
}

/** The security view's edge between two groups' members (GroupEdge.tsx). */
export interface GroupDiagramEdge {
  readonly kind: 'group';
  readonly id: string;
  readonly from: Rect;
  readonly to: Rect;
  readonly label: string;
  readonly colour: string;
}

export type DiagramEdge =
  | PeeringDiagramEdge
  | TransitAttachmentDiagramEdge
  | InterfaceLinkDiagramEdge
  | RouteDiagramEdge
  | GroupDiagramEdge;

/** The flow shown, as the packet overlay draws it at rest, with its hop's words. */
export interface DiagramFlow {
  readonly frame: FlowFrame;
  /** The badge's two lines, e.g. "SG in · rule of web-sg" and "request · web-1". */
  readonly label: string;
  readonly where: string;
  /** What each of `frame.markers` is, in words ("Router of VPC prod"), for its tooltip. */
  readonly markerTitles: readonly string[];
  /** Where the canvas drew the badge; absent: placed here as the canvas would (`placeBadge`). */
  readonly badgeBox?: Rect;
}

export interface Diagram {
  readonly title: string;
  readonly theme: Theme;
  /** In drawing order: containers before what they hold. */
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly flow: DiagramFlow | null;
}
