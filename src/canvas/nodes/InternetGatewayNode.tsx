import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { internetGatewayOn } from '../selectors.ts';
import type { InternetGatewayFlowNode } from '../types.ts';
import GatewayPill from './GatewayPill.tsx';

/**
 * An internet gateway, sitting on its VPC's top edge (it is the VPC's door to the internet); a
 * detached one stands alone, dashed, and says so.
 */
function InternetGatewayNode({ id, selected }: NodeProps<InternetGatewayFlowNode>) {
  const igw = useStore((s) => internetGatewayOn(s, id));
  if (!igw) return null;
  return (
    <GatewayPill
      id={id}
      kind="internetGateway"
      label="Internet gateway"
      name={igw.name}
      detached={igw.vpcId === undefined}
      selected={selected}
    />
  );
}

export default memo(InternetGatewayNode);
