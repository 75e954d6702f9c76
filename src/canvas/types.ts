import type { Edge, Node } from '@xyflow/react';
import type { ZoneBand } from '../layout/zones.ts';
import type { RouteLink } from './routes/routeLinks.ts';
import type { GroupLink } from './security/groupLinks.ts';

/**
 * React Flow nodes, one type per AWS resource. Each node's id is the resource's id and `data` is
 * empty: a node component selects its resource from the store by that id, so nodes stay plain,
 * serialisable and cheap to compare.
 */
type NoData = Record<string, never>;

/** A VPC; `bands` are its Availability Zone bands (derived geometry, relative to the VPC). */
export type VpcFlowNode = Node<{ readonly bands?: readonly ZoneBand[] }, 'vpc'>;
/** The Region around the VPCs (id `region:<name>`): drawn, not selectable, not a resource. */
export type RegionFlowNode = Node<{ readonly region: string }, 'region'>;
export type SubnetFlowNode = Node<NoData, 'subnet'>;
export type InstanceFlowNode = Node<NoData, 'instance'>;
export type InternetGatewayFlowNode = Node<NoData, 'internetGateway'>;
export type NatGatewayFlowNode = Node<NoData, 'natGateway'>;
export type InternetHostFlowNode = Node<NoData, 'internetHost'>;
/** A network interface of its own (RDS, Lambda, a load balancer, an endpoint, an instance's second). */
export type NetworkInterfaceFlowNode = Node<NoData, 'networkInterface'>;
export type EgressOnlyInternetGatewayFlowNode = Node<NoData, 'egressOnlyInternetGateway'>;
/** A gateway endpoint, on its VPC's bottom edge. */
export type VpcEndpointFlowNode = Node<NoData, 'vpcEndpoint'>;
export type TransitGatewayFlowNode = Node<NoData, 'transitGateway'>;

export type FlowNode =
  | RegionFlowNode
  | VpcFlowNode
  | SubnetFlowNode
  | InstanceFlowNode
  | InternetGatewayFlowNode
  | NatGatewayFlowNode
  | InternetHostFlowNode
  | NetworkInterfaceFlowNode
  | EgressOnlyInternetGatewayFlowNode
  | VpcEndpointFlowNode
  | TransitGatewayFlowNode;

export type FlowNodeType = NonNullable<FlowNode['type']>;

/** A VPC peering connection, drawn between its two VPCs. */
export type PeeringFlowEdge = Edge<NoData, 'peering'>;
/** A transit gateway's VPC attachment: from the transit gateway to its VPC (id: the attachment's). */
export type TransitAttachmentFlowEdge = Edge<NoData, 'transitAttachment'>;
/** An instance's second (or later) interface, linked to its instance (id: `link:<eni id>`). */
export type InterfaceLinkFlowEdge = Edge<NoData, 'interfaceLink'>;

/**
 * A route table's routes to one target, from the subnets that use the table (id: the link's).
 * `slot` of `slots`: where it meets its target's side, among the route edges that end there.
 */
export interface RouteEdgeData extends Record<string, unknown> {
  readonly link: RouteLink;
  readonly slot: number;
  readonly slots: number;
}
export type RouteFlowEdge = Edge<RouteEdgeData, 'route'>;

/** The security view: what one group's members may open to another's, from member to member. */
export interface GroupEdgeData extends Record<string, unknown> {
  readonly link: GroupLink;
}
export type GroupFlowEdge = Edge<GroupEdgeData, 'group'>;

export type FlowEdge =
  | PeeringFlowEdge
  | TransitAttachmentFlowEdge
  | InterfaceLinkFlowEdge
  | RouteFlowEdge
  | GroupFlowEdge;
