import type { Edge, Node } from '@xyflow/react';

/**
 * React Flow nodes, one type per AWS resource. Each node's id is the resource's id and `data` is
 * empty: a node component selects its resource from the store by that id, so nodes stay plain,
 * serialisable and cheap to compare.
 */
type NoData = Record<string, never>;

export type VpcFlowNode = Node<NoData, 'vpc'>;
export type SubnetFlowNode = Node<NoData, 'subnet'>;
export type InstanceFlowNode = Node<NoData, 'instance'>;
export type InternetGatewayFlowNode = Node<NoData, 'internetGateway'>;
export type NatGatewayFlowNode = Node<NoData, 'natGateway'>;
export type InternetHostFlowNode = Node<NoData, 'internetHost'>;

export type FlowNode =
  | VpcFlowNode
  | SubnetFlowNode
  | InstanceFlowNode
  | InternetGatewayFlowNode
  | NatGatewayFlowNode
  | InternetHostFlowNode;

export type FlowNodeType = NonNullable<FlowNode['type']>;

/** A VPC peering connection, drawn between its two VPCs. */
export type PeeringFlowEdge = Edge<NoData, 'peering'>;

export type FlowEdge = PeeringFlowEdge;
