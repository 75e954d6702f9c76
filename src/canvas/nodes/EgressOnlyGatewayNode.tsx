import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { egressOnlyGatewayOn } from '../selectors.ts';
import type { EgressOnlyInternetGatewayFlowNode } from '../types.ts';
import GatewayPill from './GatewayPill.tsx';

/**
 * An egress-only internet gateway, on its VPC's top edge beside the internet gateway: IPv6 goes
 * out, only replies come back in. Its arrow points out only; a detached one is dashed and says so.
 */
function EgressOnlyGatewayNode({ id, selected }: NodeProps<EgressOnlyInternetGatewayFlowNode>) {
  const eigw = useStore((s) => egressOnlyGatewayOn(s, id));
  if (!eigw) return null;
  return (
    <GatewayPill
      id={id}
      kind="egressOnlyGateway"
      label="Egress-only gateway"
      name={eigw.name}
      detached={eigw.vpcId === undefined}
      selected={selected}
    />
  );
}

export default memo(EgressOnlyGatewayNode);
