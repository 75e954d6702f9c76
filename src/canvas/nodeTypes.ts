import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import PeeringEdge from './edges/PeeringEdge.tsx';
import InstanceNode from './nodes/InstanceNode.tsx';
import InternetGatewayNode from './nodes/InternetGatewayNode.tsx';
import InternetHostNode from './nodes/InternetHostNode.tsx';
import NatGatewayNode from './nodes/NatGatewayNode.tsx';
import SubnetNode from './nodes/SubnetNode.tsx';
import VpcNode from './nodes/VpcNode.tsx';

/** At module scope: a new object per render would make React Flow remount every node (error002). */
export const nodeTypes = {
  vpc: VpcNode,
  subnet: SubnetNode,
  instance: InstanceNode,
  internetGateway: InternetGatewayNode,
  natGateway: NatGatewayNode,
  internetHost: InternetHostNode,
} satisfies NodeTypes;

export const edgeTypes = {
  peering: PeeringEdge,
} satisfies EdgeTypes;
