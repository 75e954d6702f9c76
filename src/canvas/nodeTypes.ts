import type { NodeTypes } from '@xyflow/react';
import InstanceNode from './nodes/InstanceNode.tsx';
import InternetGatewayNode from './nodes/InternetGatewayNode.tsx';
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
} satisfies NodeTypes;
