/** A position in flow units (relative to a container, or absolute on the canvas: said where used). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Every kind of node the canvas draws. */
export type NodeKind =
  | 'vpc'
  | 'subnet'
  | 'instance'
  | 'internetGateway'
  | 'natGateway'
  | 'internetHost'
  | 'networkInterface'
  | 'egressOnlyInternetGateway'
  | 'vpcEndpoint'
  | 'transitGateway';

/**
 * What the palette offers: the nodes, and presets of them (an RDS database, a Lambda function and
 * a load balancer are network interfaces of that kind; a gateway or an interface endpoint).
 */
export type PaletteKind =
  | Exclude<NodeKind, 'vpcEndpoint'>
  | 'gatewayEndpoint'
  | 'interfaceEndpoint'
  | 'rds'
  | 'lambda'
  | 'loadBalancer';

/** A node on the canvas, in absolute flow coordinates; `rel` is its position in its container. */
export interface CanvasBox extends Point, Size {
  readonly id: string;
  readonly kind: NodeKind;
  readonly parentId?: string;
  readonly rel: Point;
}

/** The containers under a point: what a drop there would land in. */
export interface DropSite {
  readonly vpc?: CanvasBox;
  readonly subnet?: CanvasBox;
  /** The VPC an internet gateway dropped here attaches to (on it or close to its edge). */
  readonly nearVpc?: CanvasBox;
}

/** A layout entry to write: a node's position in its container, and its size when it has one. */
export interface LayoutPatch extends Point {
  readonly id: string;
  readonly width?: number;
  readonly height?: number;
}

/**
 * The smallest size a container can take, and how far its left and top edges may move in,
 * while its children stay inside.
 */
export interface ResizeLimits {
  readonly minWidth: number;
  readonly minHeight: number;
  readonly left: number;
  readonly top: number;
}
