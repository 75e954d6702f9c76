import type { NodeProps } from '@xyflow/react';
import { memo, useState, type KeyboardEvent } from 'react';
import { editInternetHost, endFieldSession, useStore } from '../../store/index.ts';
import { internetHostOn } from '../selectors.ts';
import type { InternetHostFlowNode } from '../types.ts';
import { LEAF_CLASS, SELECTED_CLASS } from './styles.ts';
import LockBadge from './LockBadge.tsx';
import KindTile from './KindTile.tsx';

/**
 * A host on the internet, outside every VPC: a flow endpoint with an address that can be edited
 * in place. A refused address (malformed, or inside a VPC) is said under the field and the host
 * keeps its last good one.
 */
function InternetHostNode({ id, selected }: NodeProps<InternetHostFlowNode>) {
  const host = useStore((s) => internetHostOn(s, id));
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!host) return null;
  const commit = () => {
    if (draft === null) return;
    const error = draft.trim() === host.address ? null : editInternetHost(id, 'address', draft);
    endFieldSession();
    setRefusal(error);
    if (error === null) setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setDraft(null);
      setRefusal(null);
    }
  };
  return (
    <div
      data-testid={`canvas.node.${id}`}
      className={`${LEAF_CLASS} border-slate-500 dark:border-slate-400 ${selected ? SELECTED_CLASS : ''}`}
    >
      <LockBadge id={id} />
      <KindTile kind="internetHost" round />
      <div className="min-w-0 flex-1">
        <div className="truncate text-sm font-medium text-slate-900 dark:text-slate-50">
          <span data-node-kind className="font-normal text-slate-500 dark:text-slate-400">
            Internet ·{' '}
          </span>
          {host.name}
        </div>
        <input
          className={`nodrag nokey w-full rounded border bg-transparent px-1 font-mono text-xs text-slate-800 focus:outline-2 focus:outline-blue-500 dark:text-slate-100 ${
            refusal ? 'border-red-500' : 'border-slate-300 dark:border-slate-600'
          }`}
          value={draft ?? host.address}
          aria-label={`Address of internet host ${host.name}`}
          aria-invalid={refusal !== null}
          data-testid={`canvas.host-address.${id}`}
          spellCheck={false}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      </div>
      {refusal && (
        <div
          role="alert"
          className="nodrag absolute top-full left-0 z-10 mt-1 w-64 rounded border border-red-300 bg-red-50 px-2 py-1 text-xs text-red-800 shadow dark:border-red-700 dark:bg-red-950 dark:text-red-200"
        >
          {refusal}
        </div>
      )}
    </div>
  );
}

export default memo(InternetHostNode);
