import { useState } from 'react';
import type { Fix } from '../../engine/types.ts';
import { applyFix, showMessage } from '../../store/index.ts';
import { WrenchIcon } from '../flows/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import { scrollPanelTo } from './reveal.ts';
import { buttonClass } from '../ui/styles.ts';

/**
 * The engine's suggested fix for every blocking hop: its words and, where one model edit does it,
 * an Apply button (one undo step). The panel proposes nothing of its own.
 */
export default function Fixes({ fixes }: { readonly fixes: readonly Fix[] }) {
  if (fixes.length === 0) return null;
  return (
    <section aria-label="Suggested fixes" data-testid="explain.fixes">
      <h4 className="mb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Suggested fixes
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
  return (
    <li
      data-testid={`explain.fix.${n}`}
      className="rounded border border-amber-300 bg-amber-50/70 p-1.5 text-xs dark:border-amber-800 dark:bg-amber-950/30"
    >
      <div className="flex items-start gap-2">
        <WrenchIcon className="mt-0.5 text-amber-700 dark:text-amber-300" />
        <p className="min-w-0 flex-1 leading-snug">
          {fix.summary}{' '}
          <span className="text-slate-500 dark:text-slate-400">(hop {fix.hop + 1})</span>
        </p>
        {fix.edit ? (
          <button
            type="button"
            className={buttonClass}
            data-testid={`explain.fix.${n}.apply`}
            onClick={() => {
              const edit = fix.edit;
              if (!edit) return;
              const result = applyFix(edit);
              setRefusal(result);
              if (result !== null) return;
              showMessage('info', `Applied: ${fix.summary} Undo reverts it.`);
              // The new verdict shows at the top of the explanation: bring it into view.
              const panel = document.querySelector<HTMLElement>('[data-testid="explain.panel"]');
              if (panel) scrollPanelTo(panel, 'top');
            }}
          >
            Apply
          </button>
        ) : (
          <span className="shrink-0 text-[11px] text-slate-500 dark:text-slate-400">by hand</span>
        )}
      </div>
      <Refusal text={refusal} testId={`explain.fix.${n}.refusal`} />
    </li>
  );
}
