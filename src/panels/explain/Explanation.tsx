import { useId, useMemo } from 'react';
import type { Trace } from '../../engine/types.ts';
import { DRAFT_FLOW_ID, selectActiveFlow, useStore } from '../../store/index.ts';
import { flowBadge } from '../flows/badge.ts';
import FlowBadge from '../flows/FlowBadge.tsx';
import { Note } from '../ui/Notes.tsx';
import CopyMarkdown from './CopyMarkdown.tsx';
import DecidingNote from './DecidingNote.tsx';
import Fixes from './Fixes.tsx';
import HopList from './HopList.tsx';
import LayerStrip from './LayerStrip.tsx';
import { namePieces } from './named.ts';
import Named from './Named.tsx';
import type { RevealTarget } from './reveal.ts';
import { headline, whySentence } from './words.ts';

const VERDICT_STYLE = {
  allowed: {
    icon: '✓',
    box: 'border-emerald-600 bg-emerald-50 text-emerald-950 dark:border-emerald-500 dark:bg-emerald-950/50 dark:text-emerald-50',
  },
  blocked: {
    icon: '✗',
    box: 'border-red-600 bg-red-50 text-red-950 dark:border-red-500 dark:bg-red-950/50 dark:text-red-50',
  },
  unknown: {
    icon: '?',
    box: 'border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950/50 dark:text-amber-50',
  },
} as const;

/**
 * The active flow explained, summary first: the verdict and why in one sentence (resources by
 * name, IDs on hover), the fixes right there when the flow misses its expectation, a strip of
 * every layer, what decided (with a way to it in its editor), then the hop cards (the deciding
 * ones open; a click moves the packet there), and a Markdown copy.
 * Everything shown comes from the engine's trace.
 */
export default function Explanation({
  onReveal,
}: {
  readonly onReveal: (target: RevealTarget) => void;
}) {
  const flow = useStore(selectActiveFlow);
  const unsaved = useStore((s) => s.sim.active.flowId === DRAFT_FLOW_ID);
  const outcome = useStore((s) =>
    s.sim.active.flowId === null ? undefined : s.sim.outcomes[s.sim.active.flowId],
  );
  const trace = useStore((s) => s.sim.active.trace);
  const titleId = useId();
  // A flow that misses its expectation (or has none and is blocked) shows its fixes first.
  const fixesFirst = !!trace && trace.fixes.length > 0 && flow?.expected !== trace.verdict;

  return (
    <section
      aria-labelledby={titleId}
      data-testid="explain.panel"
      className="space-y-2 px-3 py-2.5"
    >
      <h3
        id={titleId}
        className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400"
      >
        Explanation
        {flow && (
          <span className="ml-1 font-normal tracking-normal normal-case" data-testid="explain.flow">
            · {flow.name || '(unnamed flow)'}
            {unsaved ? ' (not saved yet)' : ''}
          </span>
        )}
      </h3>
      {!flow ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Select a flow above to see, hop by hop, where its packet passes or stops and why.
        </p>
      ) : outcome && !outcome.ok ? (
        <Note severity="error" text={`This flow cannot be evaluated: ${outcome.error}`} />
      ) : !trace ? (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="explain.pending">
          Evaluating…
        </p>
      ) : (
        <>
          <Verdict trace={trace} />
          {flow.expected && (
            <p className="flex items-center gap-1.5 text-xs" data-testid="explain.expectation">
              <FlowBadge badge={flowBadge(flow.expected, outcome)} testId="explain.badge" />
              {flowBadge(flow.expected, outcome).detail}
            </p>
          )}
          {fixesFirst && <Fixes trace={trace} expected={flow.expected} />}
          <LayerStrip trace={trace} />
          <DecidingNote onReveal={onReveal} />
          <HopList key={traceKey(trace)} trace={trace} />
          {!fixesFirst && <Fixes trace={trace} expected={flow.expected} />}
          {trace.warnings.map((w) => (
            <Note key={w} severity="warning" text={w} />
          ))}
          <CopyMarkdown flow={flow} trace={trace} />
        </>
      )}
    </section>
  );
}

/** Hop cards opened by hand belong to one trace: a new trace (another flow, an edit) starts over. */
const traceKeys = new WeakMap<Trace, number>();
let nextTraceKey = 0;
function traceKey(trace: Trace): number {
  let key = traceKeys.get(trace);
  if (key === undefined) {
    key = nextTraceKey++;
    traceKeys.set(trace, key);
  }
  return key;
}

function Verdict({ trace }: { readonly trace: Trace }) {
  const text = useStore((s) => headline(s.scenario, trace));
  const scenario = useStore((s) => s.scenario);
  const why = useMemo(() => namePieces(scenario, whySentence(trace)), [scenario, trace]);
  const style = VERDICT_STYLE[trace.verdict];
  return (
    <div
      data-testid="explain.verdict"
      data-verdict={trace.verdict}
      className={`rounded border-l-4 px-2 py-1.5 ${style.box}`}
    >
      <p className="flex items-start gap-1.5 text-sm font-semibold" data-testid="explain.headline">
        <span aria-hidden="true">{style.icon}</span>
        <span>{text}</span>
      </p>
      <p className="mt-0.5 text-xs leading-snug" data-testid="explain.why">
        <Named pieces={why} />
      </p>
    </div>
  );
}
