import { memo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  deleteFlow,
  editFlow,
  newDraft,
  selectLockReason,
  showMessage,
  toggleFlow,
  useStore,
} from '../../store/index.ts';
import { LockIcon } from '../../ui/Icon.tsx';
import { PlusIcon, TrashIcon } from '../ui/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import { buttonClass, iconButtonClass } from '../ui/styles.ts';
import { flowBadge } from './badge.ts';
import { endpointName } from './endpoints.ts';
import FlowBadge from './FlowBadge.tsx';
import { PencilIcon } from './icons.tsx';
import { serviceText } from './presets.ts';

/** The scenario's saved flows, each with its live badge; a click shows the flow's explanation. */
export default function FlowList() {
  const ids = useStore(useShallow((s) => s.scenario.flows.map((f) => f.id)));
  return (
    <Section
      title={`Saved flows (${ids.length})`}
      actions={
        <button
          type="button"
          className={buttonClass}
          data-testid="flows.new"
          onClick={() => newDraft()}
        >
          <PlusIcon /> New flow
        </button>
      }
    >
      {ids.length === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          No saved flow yet. A flow is a connection to test (say web-1 to db-1 on PostgreSQL); its
          badge follows every change of the rules.
        </p>
      ) : (
        <ul className="-mx-1 space-y-1" aria-label="Saved flows" data-testid="flows.list">
          {ids.map((id) => (
            <FlowRow key={id} id={id} />
          ))}
        </ul>
      )}
    </Section>
  );
}

const FlowRow = memo(function FlowRow({ id }: { readonly id: string }) {
  const flow = useStore((s) => s.scenario.flows.find((f) => f.id === id));
  const outcome = useStore((s) => s.sim.outcomes[id]);
  const active = useStore((s) => s.sim.active.flowId === id);
  const route = useStore((s) =>
    flow
      ? `${endpointName(s.scenario, flow.source)} → ${endpointName(s.scenario, flow.destination)}`
      : '',
  );
  const lock = useStore((s) => selectLockReason(s, id));
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!flow) return null;
  const badge = flowBadge(flow.expected, outcome);
  const name = flow.name || '(unnamed flow)';
  return (
    <li
      data-testid={`flows.item.${id}`}
      data-active={active}
      className={`rounded border ${
        active
          ? 'border-sky-400 bg-sky-50/70 dark:border-sky-700 dark:bg-sky-950/40'
          : 'border-transparent hover:border-slate-200 dark:hover:border-slate-700'
      }`}
    >
      <div className="flex items-start gap-0.5">
        <button
          type="button"
          data-testid={`flows.item.${id}.select`}
          aria-current={active ? 'true' : undefined}
          aria-pressed={active}
          title={`${route} · ${serviceText(flow)}${active ? ' (click again to hide it)' : ''}`}
          onClick={() => toggleFlow(id)}
          className="flex min-w-0 flex-1 items-start gap-2 rounded px-1.5 py-1 text-left focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60"
        >
          <FlowBadge badge={badge} testId={`flows.item.${id}.badge`} />
          <span className="min-w-0 flex-1">
            <span className="block truncate text-[13px] leading-4 font-medium">{name}</span>
            <span
              className="block truncate text-[11px] text-slate-600 dark:text-slate-400"
              data-testid={`flows.item.${id}.detail`}
            >
              {badge.detail}
            </span>
            {flow.anywhere === true ? (
              <span
                className="block text-[11px] text-slate-600 dark:text-slate-400"
                data-testid={`flows.item.${id}.anywhere`}
              >
                From anywhere: every internet address is checked.
              </span>
            ) : null}
            {lock !== null ? (
              <span
                className="flex items-center gap-1 text-[11px] text-amber-800 dark:text-amber-200"
                data-testid={`flows.item.${id}.locked`}
              >
                <LockIcon width={11} height={11} className="shrink-0" />A goal of the challenge:
                locked.
              </span>
            ) : null}
          </span>
        </button>
        <button
          type="button"
          className={iconButtonClass}
          aria-label={`Edit flow ${name}`}
          disabled={lock !== null}
          title={lock ?? 'Edit (rename, change ends, service, expectation)'}
          data-testid={`flows.item.${id}.edit`}
          onClick={() => editFlow(id)}
        >
          <PencilIcon />
        </button>
        <button
          type="button"
          className={iconButtonClass}
          aria-label={`Delete flow ${name}`}
          disabled={lock !== null}
          title={lock ?? 'Delete (undo brings it back)'}
          data-testid={`flows.item.${id}.delete`}
          onClick={() => {
            const result = deleteFlow(id);
            setRefusal(result);
            if (result === null)
              showMessage('info', `Deleted the flow "${name}". Undo brings it back.`);
          }}
        >
          <TrashIcon />
        </button>
      </div>
      <Refusal text={refusal} />
    </li>
  );
});
