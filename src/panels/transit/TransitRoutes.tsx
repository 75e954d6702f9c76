import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Scenario } from '../../model/types.ts';
import { removeTransitRoute, selectTransitGatewayAttachment, useStore } from '../../store/index.ts';
import DecidingTag from '../explain/DecidingTag.tsx';
import { HIGHLIGHT_RING, useRouteDecided } from '../explain/highlight.ts';
import { nameAndId } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import { TrashIcon } from '../ui/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import { iconButtonClass } from '../ui/styles.ts';

/** One row of the table as AWS lists it: listed routes (with their index) and propagated ones. */
interface RouteLine {
  readonly destination: string;
  readonly attachmentId: string | undefined;
  readonly blackhole: boolean;
  readonly type: 'static' | 'propagated';
  /** Index in the table's `routes`; null for a route its propagations make. */
  readonly index: number | null;
}

/** The table's routes: those listed, then those its propagations make (each VPC's blocks). */
function routeLines(scenario: Scenario, tableId: string): RouteLine[] {
  const table = scenario.transitGatewayRouteTables.find((t) => t.id === tableId);
  if (!table) return [];
  const listed: RouteLine[] = table.routes.map((r, index) => ({
    destination: r.destination,
    attachmentId: r.attachmentId,
    blackhole: r.state === 'blackhole' || r.attachmentId === undefined,
    type: r.type,
    index,
  }));
  const propagated: RouteLine[] = table.propagations.flatMap((attachmentId) => {
    const a = scenario.transitGatewayAttachments.find((x) => x.id === attachmentId);
    const vpc = scenario.vpcs.find((v) => v.id === a?.vpcId);
    const blocks = vpc
      ? [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlock ? [vpc.ipv6CidrBlock] : [])]
      : [];
    return blocks
      .filter((b) => !listed.some((l) => l.destination === b && l.attachmentId === attachmentId))
      .map((destination) => ({
        destination,
        attachmentId,
        blackhole: false,
        type: 'propagated' as const,
        index: null,
      }));
  });
  return [...listed, ...propagated];
}

/**
 * The routes of a transit gateway route table, most specific destination winning (at equal
 * length a static route wins over a propagated one); static and blackhole routes can be removed,
 * propagated ones go with their propagation.
 */
export default function TransitRoutes({ tableId }: { readonly tableId: string }) {
  const lines = useStore(
    useShallow((s) => routeLines(s.scenario, tableId).map((l) => JSON.stringify(l))),
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <section aria-label="Routes">
      <h4 className="mb-1 text-xs font-semibold text-slate-700 dark:text-slate-200">
        Routes{' '}
        <span className="font-normal text-slate-500 dark:text-slate-400">
          · most specific destination wins
        </span>
      </h4>
      {lines.length === 0 && (
        <p
          className="text-xs text-slate-500 dark:text-slate-400"
          data-testid={`tgw.table.${tableId}.no-routes`}
        >
          No route: nothing the associated attachments send is routed.
        </p>
      )}
      <ol className="space-y-1">
        {lines.map((text, k) => (
          <Row
            key={text}
            tableId={tableId}
            line={JSON.parse(text) as RouteLine}
            position={k}
            onRemove={(index) => setRefusal(removeTransitRoute(tableId, index))}
          />
        ))}
      </ol>
      <Refusal text={refusal} testId={`tgw.table.${tableId}.routes.refusal`} />
    </section>
  );
}

function Row({
  tableId,
  line,
  position,
  onRemove,
}: {
  readonly tableId: string;
  readonly line: RouteLine;
  readonly position: number;
  readonly onRemove: (index: number) => void;
}) {
  const a = useStore((s) => selectTransitGatewayAttachment(s, line.attachmentId ?? ''));
  const decided = useRouteDecided(tableId, line.destination);
  const testId = `tgw.table.${tableId}.route.${position}`;
  return (
    <li
      data-testid={testId}
      data-highlight={decided ?? undefined}
      className={`space-y-0.5 rounded border px-2 py-1 text-xs ${decided ? HIGHLIGHT_RING[decided] : ''} ${
        line.blackhole
          ? 'border-red-300 bg-red-50/60 dark:border-red-800 dark:bg-red-950/30'
          : 'border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/50'
      }`}
    >
      <DecidingTag verdict={decided} />
      <div className="flex items-center gap-1.5">
        <span className="font-mono" data-testid={`${testId}.destination`}>
          {line.destination}
        </span>
        <span aria-hidden>→</span>
        <span className="min-w-0 flex-1 truncate" data-testid={`${testId}.target`}>
          {line.blackhole ? 'blackhole (dropped)' : nameAndId(a, line.attachmentId ?? '')}
        </span>
        <Badge tone={line.blackhole ? 'bad' : line.type === 'propagated' ? 'info' : 'neutral'}>
          {line.blackhole ? 'blackhole' : line.type}
        </Badge>
        {line.index !== null && line.type === 'static' && (
          <button
            type="button"
            className={iconButtonClass}
            aria-label={`Remove the route ${line.destination}`}
            data-testid={`${testId}.remove`}
            onClick={() => line.index !== null && onRemove(line.index)}
          >
            <TrashIcon />
          </button>
        )}
      </div>
    </li>
  );
}
