import {
  BaseEdge,
  EdgeLabelRenderer,
  useStore as useFlowStore,
  type EdgeProps,
} from '@xyflow/react';
import { memo } from 'react';
import type { Rect } from './floating.ts';
import { routePath } from '../routes/routePath.ts';
import {
  BLACKHOLE_DASH,
  routeColour,
  routeLabel,
  routeLabelWidth,
  routeTitle,
} from '../routes/routeLook.ts';
import type { RouteFlowEdge } from '../types.ts';
import { labelScale } from '../semanticZoom.ts';
import { SHIFT } from './labelShift.ts';
import { rectOf } from './rectOf.ts';

/** Above the nodes (whose z React Flow sets from their depth): a label is read, not covered. */
const LABEL_Z = 1000;

type FlowState = Parameters<Parameters<typeof useFlowStore>[0]>[0];

const sameRects = (a: readonly (Rect | null)[], b: readonly (Rect | null)[]) =>
  a.length === b.length &&
  a.every((r, k) => {
    const o = b[k];
    return (
      r === o ||
      (!!r && !!o && r.x === o.x && r.y === o.y && r.width === o.width && r.height === o.height)
    );
  });

/**
 * A route table's routes to one target, drawn from every subnet that uses the table: orthogonal
 * lines meeting on a bus beside the subnets, one trunk to the gateway, labelled with the
 * destinations. A blackhole is red and dashed, and says so.
 */
function RouteEdge({ id, data }: EdgeProps<RouteFlowEdge>) {
  const link = data?.link;
  const ids = link ? [link.vpcId, link.targetNodeId, ...link.borderNodeIds, ...link.subnetIds] : [];
  const rects = useFlowStore((s: FlowState) => ids.map((n) => boxOf(s, n)), sameRects);
  const scale = useFlowStore((s: FlowState) => labelScale(s.transform[2]));
  if (!link || !data) return null;
  const [container = null, target = null, ...rest] = rects;
  const border = rest.slice(0, link.borderNodeIds.length).filter((r): r is Rect => r !== null);
  const sources = rest.slice(link.borderNodeIds.length).filter((r): r is Rect => r !== null);
  if (sources.length === 0 || (link.targetNodeId !== null && target === null)) return null;
  const { d, label, anchor } = routePath(sources, {
    target,
    slot: data.slot,
    slots: data.slots,
    container,
    avoid: border,
    labelWidth: routeLabelWidth(link),
    labelScale: scale,
  });
  const colour = routeColour(link);
  return (
    <>
      <BaseEdge
        id={id}
        path={d}
        style={{
          stroke: colour,
          strokeWidth: 1.75,
          strokeDasharray: link.blackhole ? BLACKHOLE_DASH : undefined,
        }}
      />
      <EdgeLabelRenderer>
        <div
          data-testid={`canvas.route.${id}`}
          data-blackhole={link.blackhole}
          title={routeTitle(link)}
          className={`route-label nodrag nopan pointer-events-none absolute max-w-[220px] truncate rounded border bg-white px-1.5 font-mono text-[11px] leading-4 shadow-sm dark:bg-slate-900 ${
            link.blackhole
              ? 'border-dashed border-red-600 text-red-700 dark:border-red-400 dark:text-red-300'
              : 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200'
          }`}
          style={{
            transform: `translate(${SHIFT[anchor]}, -50%) translate(${label.x}px, ${label.y}px)`,
            zIndex: LABEL_Z,
          }}
        >
          {routeLabel(link)}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

function boxOf(s: FlowState, id: string | null): Rect | null {
  if (id === null) return null;
  const node = s.nodeLookup.get(id);
  return node && !node.hidden ? rectOf(node) : null;
}

export default memo(RouteEdge);
