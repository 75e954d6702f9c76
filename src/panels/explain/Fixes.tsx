import { useId, useMemo, useState } from 'react';
import type { Fix, FixScope, Trace } from '../../engine/types.ts';
import { scenarioEditTargets } from '../../model/scenarioEdit.ts';
import type { SavedFlow } from '../../model/types.ts';
import { applyFix, selectLockReason, showMessage, useStore } from '../../store/index.ts';
import { LockIcon } from '../../ui/Icon.tsx';
import { WrenchIcon } from '../flows/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass, selectClass } from '../ui/styles.ts';
import { namePieces } from './named.ts';
import Named from './Named.tsx';
import { scrollPanelTo } from './reveal.ts';

/**
 * The engine's suggested fixes for the flow's intent: opening ones for a blocked flow that
 * should pass (each with a scope picker, least privilege first), blocking ones for an allowed
 * flow expected blocked (narrowest first, with the other saved flows each would block too), and
 * nothing — said so — when the flow does what it is expected to. Apply is one undo step through
 * the store's door; a refusal (a challenge's lock) is shown beside the button. The panel
 * proposes nothing of its own.
 */
export default function Fixes({
  trace,
  expected,
}: {
  readonly trace: Trace;
  readonly expected: SavedFlow['expected'];
}) {
  const { fixes, verdict } = trace;
  if (fixes.length === 0) {
    const met =
      (expected === 'blocked' && verdict === 'blocked') ||
      (expected === 'allowed' && verdict === 'allowed');
    if (met) {
      return (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="explain.fixes.none">
          {verdict === 'blocked' ? 'Blocked' : 'Allowed'}, as expected: nothing to fix.
        </p>
      );
    }
    if (expected === 'blocked' && verdict === 'allowed') {
      return (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="explain.fixes.none">
          Expected blocked, but no single change of a rule or route found here would block it.
        </p>
      );
    }
    return null;
  }
  const blocking = fixes[0]?.effect === 'block';
  return (
    <section
      aria-label={blocking ? 'Suggested fixes to block this flow' : 'Suggested fixes'}
      data-testid="explain.fixes"
      data-effect={blocking ? 'block' : 'open'}
    >
      <h4 className="mb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {blocking ? 'Suggested fixes to block it, narrowest first' : 'Suggested fixes'}
      </h4>
      <ol className="space-y-1">
        {fixes.map((fix, n) => (
          <FixItem key={`${fix.hop}:${fix.summary}`} fix={fix} n={n} />
        ))}
      </ol>
    </section>
  );
}

function FixItem({ fix, n }: { readonly fix: Fix; readonly n: number }) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [scopeIndex, setScopeIndex] = useState(0);
  const scope: FixScope | undefined = fix.scopes?.[scopeIndex];
  const summary = scope?.summary ?? fix.summary;
  const edit = scope?.edit ?? fix.edit;
  const lock = useStore((s) => {
    if (!edit) return null;
    for (const id of scenarioEditTargets(edit)) {
      const reason = selectLockReason(s, id);
      if (reason !== null) return reason;
    }
    return null;
  });
  const pickerId = useId();
  const scenario = useStore((s) => s.scenario);
  const summaryPieces = useMemo(() => namePieces(scenario, summary), [scenario, summary]);
  return (
    <li
      data-testid={`explain.fix.${n}`}
      data-effect={fix.effect}
      className="rounded border border-amber-300 bg-amber-50/70 p-1.5 text-xs dark:border-amber-800 dark:bg-amber-950/30"
    >
      <div className="flex items-start gap-2">
        <WrenchIcon className="mt-0.5 text-amber-700 dark:text-amber-300" />
        <p className="min-w-0 flex-1 leading-snug" data-testid={`explain.fix.${n}.summary`}>
          <Named pieces={summaryPieces} />{' '}
          <span className="text-slate-500 dark:text-slate-400">(hop {fix.hop + 1})</span>
        </p>
        {edit ? (
          <button
            type="button"
            className={buttonClass}
            data-testid={`explain.fix.${n}.apply`}
            disabled={lock !== null}
            title={lock ?? undefined}
            onClick={() => {
              const result = applyFix(edit);
              setRefusal(result);
              if (result !== null) return;
              showMessage('info', `Applied: ${summary} Undo reverts it.`);
              // The new verdict shows at the top of the explanation: bring it into view.
              const panel = document.querySelector<HTMLElement>('[data-testid="explain.panel"]');
              if (panel) scrollPanelTo(panel, 'top');
            }}
          >
            {lock !== null ? <LockIcon width={11} height={11} /> : null}
            Apply
          </button>
        ) : (
          <span className="shrink-0 text-[11px] text-slate-500 dark:text-slate-400">by hand</span>
        )}
      </div>
      {fix.scopes ? (
        <div className="mt-1 pl-5">
          <div className="flex items-center gap-1.5">
            <label
              htmlFor={pickerId}
              className="shrink-0 text-[11px] text-slate-600 dark:text-slate-300"
            >
              Scope
            </label>
            <select
              id={pickerId}
              className={`${selectClass} h-6 text-xs`}
              value={scopeIndex}
              data-testid={`explain.fix.${n}.scope`}
              onChange={(e) => {
                setScopeIndex(Number(e.target.value));
                setRefusal(null);
              }}
            >
              {fix.scopes.map((s, k) => (
                <option key={s.label} value={k}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <p
            className="mt-0.5 text-[11px] text-slate-600 dark:text-slate-400"
            data-testid={`explain.fix.${n}.scope-note`}
          >
            {scopeIndex === 0
              ? 'Least privilege: the narrowest change that lets this flow through.'
              : 'Wider than this flow needs: it lets more traffic through.'}
          </p>
        </div>
      ) : null}
      {fix.alsoBlocks ? (
        <p
          className="mt-1 pl-5 text-[11px] text-amber-900 dark:text-amber-200"
          data-testid={`explain.fix.${n}.also`}
        >
          Also blocks: {fix.alsoBlocks.join(', ')}.
        </p>
      ) : null}
      {lock !== null ? (
        <p
          className="mt-1 flex items-center gap-1 pl-5 text-[11px] text-amber-900 dark:text-amber-200"
          data-testid={`explain.fix.${n}.locked`}
        >
          <LockIcon width={11} height={11} className="shrink-0" />
          {lock}
        </p>
      ) : null}
      <Refusal text={refusal} testId={`explain.fix.${n}.refusal`} />
    </li>
  );
}
