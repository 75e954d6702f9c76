import { useId, useState } from 'react';
import type { Counterexample, InvariantResult } from '../../checks/report.ts';
import {
  closeExpectations,
  expectationsText,
  importExpectations,
  previewFlow,
  recheckExpectations,
  showMessage,
  useStore,
} from '../../store/index.ts';
import { downloadText } from '../../ui/download.ts';
import Section from '../ui/Section.tsx';
import { buttonClass } from '../ui/styles.ts';
import FlowBadge from './FlowBadge.tsx';

/**
 * Expectations files (the CLI's `check --expect`, spec/ci-check.md) in the Flows tab: export the
 * saved flows and goals as one for CI, or import one: its flows become saved flows with their
 * expected outcome, its invariants show here as goals, PASS or FAIL, each counterexample a button
 * that plays that flow on the canvas.
 */
export default function ExpectationsSection() {
  const view = useStore((s) => s.sim.expectations ?? null);
  const name = useStore((s) => s.scenario.name);
  const fileId = useId();
  const [working, setWorking] = useState(false);
  const exportFile = async () => {
    try {
      const text = await expectationsText();
      downloadText(`${fileName(name)}.expect.yaml`, text, 'application/yaml');
    } catch (error) {
      showMessage(
        'error',
        `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const importFile = async (file: File) => {
    setWorking(true);
    try {
      await importExpectations(await file.text(), file.name);
    } finally {
      setWorking(false);
    }
  };
  return (
    <Section
      title="Expectations file"
      actions={
        <span className="flex gap-1">
          <button
            type="button"
            className={buttonClass}
            data-testid="expect.export"
            onClick={() => void exportFile()}
          >
            Export
          </button>
          <label htmlFor={fileId} className={`${buttonClass} cursor-pointer`}>
            Import…
          </label>
          <input
            id={fileId}
            type="file"
            accept=".yaml,.yml,.json,application/yaml,application/json"
            data-testid="expect.import"
            disabled={working}
            className="sr-only"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </span>
      }
    >
      {view === null ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The saved flows and goals as a YAML file for CI (
          <code>npx vpc-flow-lab check &lt;network&gt; --expect &lt;file&gt;</code>), or import one:
          its flows are saved, its invariants are checked here.
        </p>
      ) : (
        <div data-testid="expect.view">
          <div className="flex items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
            <span className="truncate" title={view.file}>
              {view.file}: {view.report.invariants.length} invariant
              {view.report.invariants.length === 1 ? '' : 's'}
            </span>
            <span className="flex gap-1">
              <button
                type="button"
                className={buttonClass}
                data-testid="expect.recheck"
                onClick={() => void recheckExpectations()}
              >
                Check again
              </button>
              <button type="button" className={buttonClass} onClick={() => closeExpectations()}>
                Close
              </button>
            </span>
          </div>
          <ul
            className="mt-1.5 space-y-1.5"
            aria-label="Invariants"
            data-testid="expect.invariants"
          >
            {view.report.invariants.map((inv, k) => (
              <InvariantGoal key={`${k}:${inv.name}`} inv={inv} index={k} />
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}

function InvariantGoal({ inv, index }: { readonly inv: InvariantResult; readonly index: number }) {
  const detail = inv.problem
    ? inv.problem
    : inv.ok
      ? `every pair ${inv.expected}`
      : `${inv.count} pair(s) × port range(s) not ${inv.expected}`;
  return (
    <li
      data-testid={`expect.invariant.${index}`}
      className="rounded border border-slate-200 p-1.5 dark:border-slate-700"
    >
      <div className="flex items-start gap-1.5">
        <FlowBadge
          testId={`expect.invariant.${index}.badge`}
          badge={
            inv.ok
              ? { kind: 'pass', icon: '✓', text: 'PASS', detail, tone: 'good' }
              : { kind: 'fail', icon: '✗', text: 'FAIL', detail, tone: 'bad' }
          }
        />
        <div className="min-w-0 text-xs">
          <div className="font-medium text-slate-800 dark:text-slate-100">{inv.name}</div>
          <div className="text-slate-600 dark:text-slate-400">{detail}</div>
        </div>
      </div>
      {inv.counterexamples.length > 0 && (
        <ul className="mt-1 space-y-0.5 pl-1" aria-label={`Counterexamples of ${inv.name}`}>
          {inv.counterexamples.map((c, j) => (
            <li key={j}>
              <CounterexampleButton
                c={c}
                testId={`expect.invariant.${index}.example.${j}`}
                name={inv.name}
              />
            </li>
          ))}
          {inv.count > inv.counterexamples.length && (
            <li className="px-1 text-[11px] text-slate-500">
              … and {inv.count - inv.counterexamples.length} more
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

function CounterexampleButton({
  c,
  testId,
  name,
}: {
  readonly c: Counterexample;
  readonly testId: string;
  readonly name: string;
}) {
  const how = c.decidedBy
    ? ` ${c.verdict === 'allowed' ? 'through' : 'at'} ${c.decidedBy.layer}`
    : '';
  return (
    <button
      type="button"
      data-testid={testId}
      className="w-full rounded px-1 text-left font-mono text-[11px] text-slate-700 hover:bg-sky-50 dark:text-slate-300 dark:hover:bg-sky-950"
      title={`Play ${c.source} → ${c.destination} ${c.ports} on the canvas`}
      onClick={() => previewFlow({ ...c.flow, name: `${name}: ${c.ports}` }, true)}
    >
      <span className="block truncate">
        {short(c.source)} → {short(c.destination)}
      </span>
      <span className="block truncate text-slate-500 dark:text-slate-400">
        {c.ports} · {c.verdict}
        {how}
      </span>
    </button>
  );
}

/** `web-1 (i-0abc…)` → `web-1`: the row is narrow; the full names are in the button's title. */
function short(name: string): string {
  return name.replace(/ \((?:i|eni)-[0-9a-z]+\)$/, '');
}

function fileName(name: string): string {
  return (
    name
      .trim()
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'scenario'
  );
}
