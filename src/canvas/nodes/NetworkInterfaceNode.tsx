import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { INTERFACE_LOOK, lookColour } from '../awsLooks.ts';
import { GlobeIcon } from '../icons.tsx';
import { instanceOn, networkInterfaceOn } from '../selectors.ts';
import type { NetworkInterfaceFlowNode } from '../types.ts';
import { interfaceTag, interfaceWords } from '../words.ts';
import FindingsBadge from './FindingsBadge.tsx';
import { AddressChip } from './TerraformAddress.tsx';
import SecurityChips from './SecurityChips.tsx';
import HiddenHandles from './HiddenHandles.tsx';
import KindTile from './KindTile.tsx';
import LockBadge from './LockBadge.tsx';
import { LEAF_CLASS, SELECTED_CLASS } from './styles.ts';

/**
 * A network interface of its own, in its subnet: an RDS database, a Lambda function, a load
 * balancer node, an interface endpoint, or an instance's second interface (linked to its instance,
 * and saying which device it is). Its kind's icon and colour, its name, its private address (and
 * how many secondary ones), its public address if it has one. Its look (awsLooks.ts): RDS in
 * AWS's Database magenta, Lambda in Compute orange, the rest in Networking purple.
 */
function NetworkInterfaceNode({ id, selected }: NodeProps<NetworkInterfaceFlowNode>) {
  const eni = useStore((s) => networkInterfaceOn(s, id));
  const ownerId = eni?.attachment?.instanceId ?? '';
  const owner = useStore((s) => (ownerId === '' ? undefined : instanceOn(s, ownerId)));
  if (!eni) return null;
  const look = INTERFACE_LOOK[eni.kind];
  const secondaries = eni.secondaryPrivateIps.length;
  return (
    <div
      data-testid={`canvas.node.${id}`}
      data-kind={eni.kind}
      title={`${interfaceWords(eni.kind)} ${eni.name} (${id})`}
      className={`${LEAF_CLASS} ${selected ? SELECTED_CLASS : ''}`}
      style={{ borderColor: lookColour(look) }}
    >
      <HiddenHandles />
      <LockBadge id={id} />
      <KindTile kind={look} />
      <div className="min-w-0 flex-1">
        <div className="truncate text-sm font-medium text-slate-900 dark:text-slate-50">
          <span data-node-kind className="font-normal text-slate-500 dark:text-slate-400">
            {interfaceTag(eni.kind)}{' '}
          </span>
          {eni.name}
        </div>
        <div className="truncate font-mono text-xs text-slate-600 dark:text-slate-300">
          {eni.privateIp ?? eni.ipv6Addresses[0] ?? 'no address'}
          {secondaries > 0 && (
            <span
              className="font-sans text-slate-500 dark:text-slate-400"
              data-testid={`canvas.secondaries.${id}`}
            >
              {' '}
              +{secondaries}
            </span>
          )}
        </div>
        {eni.attachment ? (
          <div className="truncate text-xs text-slate-500 dark:text-slate-400">
            eth{eni.attachment.deviceIndex} of {owner?.name || eni.attachment.instanceId}
          </div>
        ) : (
          eni.publicIp && (
            <div
              className="flex items-center gap-1 truncate font-mono text-xs text-slate-500 dark:text-slate-400"
              title="Public IPv4 address"
            >
              <GlobeIcon width={11} height={11} aria-hidden />
              {eni.publicIp}
            </div>
          )
        )}
      </div>
      <AddressChip id={id} />
      <SecurityChips nodeId={id} groupIds={eni.securityGroupIds} />
      <FindingsBadge id={id} className="absolute -top-2 -right-2" />
    </div>
  );
}

export default memo(NetworkInterfaceNode);
