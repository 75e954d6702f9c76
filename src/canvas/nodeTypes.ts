import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import GroupEdge from './edges/GroupEdge.tsx';
import InterfaceLinkEdge from './edges/InterfaceLinkEdge.tsx';
import PeeringEdge from './edges/PeeringEdge.tsx';
import RouteEdge from './edges/RouteEdge.tsx';
import TransitAttachmentEdge from './edges/TransitAttachmentEdge.tsx';
import EgressOnlyGatewayNode from './nodes/EgressOnlyGatewayNode.tsx';
import InstanceNode from './nodes/InstanceNode.tsx';
import InternetGatewayNode from './nodes/InternetGatewayNode.tsx';
import InternetHostNode from './nodes/InternetHostNode.tsx';
import NatGatewayNode from './nodes/NatGatewayNode.tsx';
import NetworkInterfaceNode from './nodes/NetworkInterfaceNode.tsx';
import RegionNode from './nodes/RegionNode.tsx';
import SubnetNode from './nodes/SubnetNode.tsx';
import TransitGatewayNode from './nodes/TransitGatewayNode.tsx';
import VpcEndpointNode from './nodes/VpcEndpointNode.tsx';
import VpcNode from './nodes/VpcNode.tsx';

/** At module scope: a new object per render would make React Flow remount every node (error002). */
export const nodeTypes = {
  region: RegionNode,
  vpc: VpcNode,
  subnet: SubnetNode,
  instance: InstanceNode,
  internetGateway: InternetGatewayNode,
  natGateway: NatGatewayNode,
  internetHost: InternetHostNode,
  networkInterface: NetworkInterfaceNode,
  egressOnlyInternetGateway: EgressOnlyGatewayNode,
  vpcEndpoint: VpcEndpointNode,
  transitGateway: TransitGatewayNode,
} satisfies NodeTypes;

export const edgeTypes = {
  peering: PeeringEdge,
  transitAttachment: TransitAttachmentEdge,
  interfaceLink: InterfaceLinkEdge,
  route: RouteEdge,
  group: GroupEdge,
} satisfies EdgeTypes;
