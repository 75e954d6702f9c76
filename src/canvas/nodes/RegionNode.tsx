import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RegionFlowNode } from '../types.ts';

/**
 * The AWS Region around the VPCs: a dashed frame with its name at the top left, as AWS's
 * architecture diagrams draw a Region group. Behind everything; the pointer passes through it.
 */
function RegionNode({ data }: NodeProps<RegionFlowNode>) {
  return (
    <div
      data-testid={`canvas.region.${data.region}`}
      className="pointer-events-none h-full w-full rounded-2xl border-2 border-dashed border-teal-600/70 dark:border-teal-400/60"
    >
      <div className="absolute top-2 left-3 flex items-center gap-1.5 text-sm font-semibold text-teal-800 dark:text-teal-200">
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M3 14V2M3 2h9l-2 3 2 3H3" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        <span>Region</span>
        <span className="font-mono font-normal">{data.region}</span>
      </div>
    </div>
  );
}

export default memo(RegionNode);
