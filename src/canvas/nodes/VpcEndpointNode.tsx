import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { lookColour } from '../awsLooks.ts';
import { endpointTablesOn, vpcEndpointOn } from '../selectors.ts';
import type { VpcEndpointFlowNode } from '../types.ts';
import { serviceShortName } from '../words.ts';
import FindingsBadge from './FindingsBadge.tsx';
import { AddressChip } from './TerraformAddress.tsx';
import LockBadge from './LockBadge.tsx';
import { SELECTED_CLASS } from './styles.ts';
import HiddenHandles from './HiddenHandles.tsx';
import KindTile from './KindTile.tsx';

/**
 * A gateway endpoint, on its VPC's bottom edge: the way to its AWS service (S3, DynamoDB) without
 * the internet. It says its service, its name and the route tables AWS routes the service's
 * prefix list in (the only subnets that use it); its state when not available.
 */
function VpcEndpointNode({ id, selected }: NodeProps<VpcEndpointFlowNode>) {
  const endpoint = useStore((s) => vpcEndpointOn(s, id));
  const tables = useStore((s) => endpointTablesOn(s, id));
  if (!endpoint) return null;
  const available = endpoint.state === 'available';
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className={`relative flex h-full w-full items-center gap-2 rounded-lg border-2 bg-white px-2 shadow-sm dark:bg-slate-900 ${
        available ? '' : 'border-dashed border-amber-600'
      } ${selected ? SELECTED_CLASS : ''}`}
      style={available ? { borderColor: lookColour('gatewayEndpoint') } : undefined}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <KindTile kind="gatewayEndpoint" />
      <div className="min-w-0 flex-1">
        <div
          data-node-kind
          className="truncate text-xs leading-tight font-semibold text-violet-800 dark:text-violet-200"
        >
          Gateway endpoint · {serviceShortName(endpoint.serviceName)}
          {!available && (
            <span className="text-amber-700 dark:text-amber-300"> · {endpoint.state}</span>
          )}
        </div>
        <div
          data-node-name
          className="truncate text-sm font-medium text-slate-900 dark:text-slate-50"
        >
          {endpoint.name}
        </div>
        <div
          className="truncate text-xs text-slate-600 dark:text-slate-300"
          title={tables === '' ? undefined : `Route tables: ${tables}`}
          data-testid={`canvas.endpoint-tables.${id}`}
        >
          {tables === '' ? 'no route table' : `tables: ${tables}`}
        </div>
      </div>
      <AddressChip id={id} />
      <FindingsBadge id={id} className="absolute -top-2 -right-2" />
    </div>
  );
}

export default memo(VpcEndpointNode);
