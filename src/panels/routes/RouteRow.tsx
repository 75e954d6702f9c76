import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { editTableRoute, removeTableRoute, useStore } from '../../store/index.ts';
import DecidingTag from '../explain/DecidingTag.tsx';
import { HIGHLIGHT_RING, useRouteDecided } from '../explain/highlight.ts';
import {
  nameAndId,
  selectGatewayEndpointOfRoute,
  selectRouteTable,
  selectRouteTargetIds,
  selectRouteTargetTexts,
} from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import { LockIcon, TrashIcon } from '../ui/icons.tsx';
import { FindingNotes } from '../ui/Notes.tsx';
import Refusal from '../ui/Refusal.tsx';
import SelectField from '../ui/SelectField.tsx';
import { iconButtonClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';

/**
 * One route: destination and target (picked from what this table may point at). The local route
 * is AWS's and read-only; a blackhole route says so.
 */
export default function RouteRow({
  rtbId,
  index,
}: {
  readonly rtbId: string;
  readonly index: number;
}) {
  const route = useStore((s) => selectRouteTable(s, rtbId)?.routes[index]);
  const targetIds = useStore(useShallow((s) => selectRouteTargetIds(s, rtbId)));
  const targetLabels = useStore(useShallow((s) => selectRouteTargetTexts(s, rtbId)));
  const [refusal, setRefusal] = useState<string | null>(null);
  const decided = useRouteDecided(rtbId, route?.destination ?? '');
  const endpoint = useStore((s) => selectGatewayEndpointOfRoute(s, route?.target ?? ''));
  if (!route) return null;
  const testId = `route.${index}`;
  const label = `route ${index + 1} (${route.destination})`;
  const blackhole = route.state === 'blackhole';
  // Only a blackhole route carries a badge: "active" on every row would be noise.
  const state = blackhole && (
    <Badge
      tone={blackhole ? 'bad' : 'good'}
      testId={`${testId}.state`}
      title={blackhole ? 'The target is gone: traffic for this destination is dropped.' : undefined}
    >
      {route.state}
    </Badge>
  );

  if (endpoint) {
    // AWS's route for a gateway endpoint: it changes with the endpoint's route tables only.
    return (
      <li
        data-testid={testId}
        data-highlight={decided ?? undefined}
        className={`flex flex-wrap items-center gap-2 rounded border border-dashed border-indigo-300 px-2 py-1 text-xs dark:border-indigo-700 ${decided ? HIGHLIGHT_RING[decided] : ''}`}
      >
        {decided && (
          <div className="basis-full">
            <DecidingTag verdict={decided} />
          </div>
        )}
        <LockIcon className="text-slate-500" />
        <span className="flex-1 font-mono" data-testid={`${testId}.destination`}>
          {route.destination}
        </span>
        <span data-testid={`${testId}.target`} title={endpoint.serviceName}>
          {nameAndId(endpoint, endpoint.id)} · gateway endpoint
        </span>
        {state}
        <span className="basis-full text-[11px] text-slate-500 dark:text-slate-400">
          Added by AWS for the endpoint: list or unlist this table on the endpoint to change it.
        </span>
      </li>
    );
  }

  if (route.target === 'local') {
    return (
      <li
        data-testid={testId}
        data-highlight={decided ?? undefined}
        className={`flex flex-wrap items-center gap-2 rounded border border-dashed border-slate-300 px-2 py-1 text-xs dark:border-slate-600 ${decided ? HIGHLIGHT_RING[decided] : ''}`}
      >
        {decided && (
          <div className="basis-full">
            <DecidingTag verdict={decided} />
          </div>
        )}
        <LockIcon className="text-slate-500" />
        <span className="flex-1 font-mono" data-testid={`${testId}.destination`}>
          {route.destination}
        </span>
        <span className="font-mono" data-testid={`${testId}.target`}>
          local
        </span>
        <span className="sr-only">read-only: the local route follows the VPC's CIDR blocks</span>
      </li>
    );
  }

  return (
    <li
      data-testid={testId}
      data-highlight={decided ?? undefined}
      className={`space-y-1 rounded border p-1.5 ${decided ? HIGHLIGHT_RING[decided] : ''} ${
        blackhole
          ? 'border-red-300 bg-red-50/60 dark:border-red-800 dark:bg-red-950/30'
          : 'border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/50'
      }`}
    >
      <DecidingTag verdict={decided} />
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_auto_auto] items-start gap-1">
        <TextField
          label={`Destination of ${label}`}
          compact
          mono
          value={route.destination}
          testId={`${testId}.destination`}
          commit={(t) =>
            editTableRoute(rtbId, index, { destination: t, target: route.target }, 'destination')
          }
        />
        <SelectField
          label={`Target of ${label}`}
          compact
          value={route.target}
          testId={`${testId}.target`}
          onChange={(v) =>
            setRefusal(editTableRoute(rtbId, index, { destination: route.destination, target: v }))
          }
        >
          {!targetIds.includes(route.target) && (
            <option value={route.target}>gone · {route.target}</option>
          )}
          {targetIds.map((id, k) => (
            <option key={id} value={id}>
              {targetLabels[k] ?? id}
            </option>
          ))}
        </SelectField>
        {state && <span className="pt-1">{state}</span>}
        <button
          type="button"
          className={iconButtonClass}
          aria-label={`Remove ${label}`}
          data-testid={`${testId}.remove`}
          onClick={() => setRefusal(removeTableRoute(rtbId, index))}
        >
          <TrashIcon />
        </button>
      </div>
      <Refusal text={refusal} />
      <FindingNotes resourceId={rtbId} field={`routes[${index}]`} />
    </li>
  );
}
