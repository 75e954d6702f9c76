import { useEffect, useRef, useState } from 'react';
import { closeDraft, DRAFT_FLOW_ID, saveDraft, updateDraft, useStore } from '../../store/index.ts';
import { scrollPanelTo } from '../explain/reveal.ts';
import Refusal from '../ui/Refusal.tsx';
import SelectField from '../ui/SelectField.tsx';
import { buttonClass, labelClass, primaryButtonClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
import { flowBadge } from './badge.ts';
import ClientPortField from './ClientPortField.tsx';
import EndpointField from './EndpointField.tsx';
import { endpointName } from './endpoints.ts';
import FlowBadge from './FlowBadge.tsx';
import { serviceName, usesPorts } from './presets.ts';
import ServiceFields from './ServiceFields.tsx';

/**
 * The tester's editor: a new flow or changes to a saved one. The draft is evaluated as it is
 * edited (its explanation shows below); Save makes it a saved flow in one undo step.
 */
export default function FlowEditor() {
  const editing = useStore((s) => s.sim.draft?.editingId);
  const name = useStore((s) => s.sim.draft?.name ?? '');
  const protocol = useStore((s) => s.sim.draft?.protocol ?? 'tcp');
  const expected = useStore((s) => s.sim.draft?.expected);
  const anywhere = useStore((s) => s.sim.draft?.anywhere === true);
  const fromInternet = useStore((s) => {
    const source = s.sim.draft?.source;
    return !!source && !('instanceId' in source) && !('interfaceId' in source);
  });
  const complete = useStore((s) => !!s.sim.draft?.source && !!s.sim.draft.destination);
  const autoName = useStore((s) => {
    const d = s.sim.draft;
    if (!d) return '';
    return `${endpointName(s.scenario, d.source)} → ${endpointName(s.scenario, d.destination)} ${serviceName(d)}`;
  });
  const outcome = useStore((s) => s.sim.outcomes[DRAFT_FLOW_ID]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  // An editor that opens comes into view with the focus on its first question: the source of a
  // new flow, the name of a saved one.
  useEffect(() => {
    const el = section.current;
    if (!el || editing === undefined) return;
    scrollPanelTo(el, 'top');
    const first = editing === null ? 'flows.editor.source' : 'flows.editor.name';
    el.querySelector<HTMLElement>(`[data-testid="${first}"]`)?.focus({ preventScroll: true });
    setRefusal(null);
  }, [editing]);
  if (editing === undefined) return null;

  return (
    <section
      ref={section}
      aria-label={editing ? 'Edit flow' : 'New flow'}
      data-testid="flows.editor"
      className="space-y-2 border-b border-slate-200 bg-slate-50 px-3 py-2.5 dark:border-slate-800 dark:bg-slate-800/40"
    >
      <h3 className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {editing ? 'Edit flow' : 'New flow'}
      </h3>
      <TextField
        label="Name"
        value={name}
        placeholder={autoName}
        testId="flows.editor.name"
        commit={(text) => {
          updateDraft({ name: text });
          return null;
        }}
      />
      <EndpointField end="source" />
      {fromInternet && (
        <label className="flex items-start gap-2 text-xs text-slate-700 dark:text-slate-200">
          <input
            type="checkbox"
            data-testid="flows.editor.anywhere"
            className="mt-0.5"
            checked={anywhere}
            onChange={(e) => updateDraft({ anywhere: e.target.checked })}
          />
          <span>
            From anywhere: check every internet address, one per piece of the address space the
            rules and routes tell apart (not this host alone)
          </span>
        </label>
      )}
      <EndpointField end="destination" />
      <ServiceFields />
      {usesPorts(protocol) && <ClientPortField />}
      <SelectField
        label="Expected outcome"
        value={expected ?? ''}
        testId="flows.editor.expected"
        onChange={(v) =>
          updateDraft({ expected: v === 'allowed' || v === 'blocked' ? v : undefined })
        }
      >
        <option value="">No expectation (the badge shows the verdict)</option>
        <option value="allowed">Allowed (PASS when it gets through)</option>
        <option value="blocked">Blocked (PASS when it is stopped)</option>
      </SelectField>
      <div className="flex items-center gap-2" aria-live="polite">
        <span className={labelClass}>Result</span>
        {complete ? (
          <FlowBadge badge={flowBadge(expected, outcome)} testId="flows.editor.badge" />
        ) : (
          <span className="text-xs text-slate-600 dark:text-slate-400">
            Choose both ends to evaluate it.
          </span>
        )}
      </div>
      <Refusal text={refusal} testId="flows.editor.refusal" />
      <div className="flex gap-1">
        <button
          type="button"
          className={primaryButtonClass}
          data-testid="flows.editor.save"
          onClick={() => setRefusal(saveDraft(autoName))}
        >
          {editing ? 'Save changes' : 'Save flow'}
        </button>
        <button
          type="button"
          className={buttonClass}
          data-testid="flows.editor.cancel"
          onClick={closeDraft}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
