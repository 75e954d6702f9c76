import { memo, useEffect, useId, useMemo, useRef } from 'react';
import type { Hop } from '../../engine/types.ts';
import { setStep, useStore } from '../../store/index.ts';
import { decidedPieces, namePieces } from './named.ts';
import Named from './Named.tsx';
import { scrollPanelNearest } from './reveal.ts';
import { notesFor } from './teaching.ts';
import VerdictMark from './VerdictMark.tsx';
import WhyNotes from './WhyNotes.tsx';
import { LAYER_WORDS, resourceName } from './words.ts';

/**
 * One hop: a header (verdict, layer, where) that opens or closes the card and moves the packet
 * there, and, open, what decided (names first), the engine's sentence, the IDs in a muted line and
 * the "why" notes of its kind. The current hop scrolls into view as the animation reaches it.
 */
export default memo(function HopCard({
  hop,
  index,
  deciding,
  opened,
  onToggle,
}: {
  readonly hop: Hop;
  readonly index: number;
  readonly deciding: boolean;
  /** Opened (true) or closed (false) by hand; undefined: as the hop's role says. */
  readonly opened: boolean | undefined;
  readonly onToggle: (index: number, open: boolean) => void;
}) {
  const current = useStore((s) => s.sim.active.step === index);
  const where = useStore((s) => resourceName(s.scenario, hop.resourceId));
  const scenario = useStore((s) => s.scenario);
  const decided = useMemo(() => decidedPieces(scenario, hop), [scenario, hop]);
  const reason = useMemo(() => namePieces(scenario, hop.reason), [scenario, hop]);
  const open = opened ?? (deciding || current);
  const bodyId = useId();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current && ref.current) scrollPanelNearest(ref.current);
  }, [current]);
  const deny = hop.verdict === 'deny';
  return (
    <li
      ref={ref}
      data-testid={`explain.hop.${index}`}
      data-verdict={hop.verdict}
      data-direction={hop.direction}
      data-layer={hop.layer}
      data-current={current}
      data-open={open}
      className={`rounded border ${
        current
          ? 'border-sky-500 bg-sky-50 dark:border-sky-500 dark:bg-sky-950/60'
          : deny
            ? 'border-red-200 bg-red-50/60 dark:border-red-900 dark:bg-red-950/30'
            : 'border-transparent'
      }`}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? bodyId : undefined}
        aria-current={current ? 'step' : undefined}
        onClick={() => {
          onToggle(index, !open);
          if (!open) setStep(index);
        }}
        title={open ? 'Close this hop' : 'Open this hop and move the packet to it'}
        className="flex w-full items-start gap-2 rounded px-1.5 py-1 text-left hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60 dark:hover:bg-slate-800"
      >
        <VerdictMark hop={hop} />
        <span className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-1.5 text-xs">
          <span className="font-semibold">
            {index + 1}. {LAYER_WORDS[hop.layer]}
          </span>
          <span className="truncate text-slate-700 dark:text-slate-300" title={hop.resourceId}>
            {where}
          </span>
          {current && (
            <span className="text-[11px] font-semibold text-sky-800 dark:text-sky-300">
              ◀ the packet is here
            </span>
          )}
        </span>
        <span aria-hidden="true" className="text-[11px] text-slate-500 dark:text-slate-400">
          {open ? '▾' : '▸'}
        </span>
      </button>
      {open ? (
        <div id={bodyId} className="space-y-0.5 pr-1.5 pb-1.5 pl-7 text-xs leading-snug">
          {decided.length > 0 && (
            <p className="font-medium text-slate-900 dark:text-slate-100">
              <Named pieces={decided} />
            </p>
          )}
          <p className="text-slate-700 dark:text-slate-300">
            <Named pieces={reason} />
          </p>
          <p className="font-mono text-[11px] text-slate-600 dark:text-slate-400">
            {hop.resourceId}
          </p>
          <WhyNotes notes={notesFor(hop)} />
        </div>
      ) : null}
    </li>
  );
});
