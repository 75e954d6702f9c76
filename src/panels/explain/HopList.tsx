import { memo } from 'react';
import type { Direction, Hop, Trace } from '../../engine/types.ts';
import { setStep, useStore } from '../../store/index.ts';
import VerdictMark from './VerdictMark.tsx';
import { DIRECTION_WORDS, LAYER_WORDS, resourceLabel, ruleWords } from './words.ts';

/**
 * Every hop of the trace in order, the request then the response: verdict, layer, resource, the
 * rule that decided and the engine's sentence. The current step of the animation is marked; a
 * click on a hop moves the animation there.
 */
export default function HopList({ trace }: { readonly trace: Trace }) {
  const parts: { direction: Direction; hops: { hop: Hop; index: number }[] }[] = [];
  trace.hops.forEach((hop, index) => {
    const last = parts.at(-1);
    if (last?.direction === hop.direction) last.hops.push({ hop, index });
    else parts.push({ direction: hop.direction, hops: [{ hop, index }] });
  });
  return (
    <div className="space-y-2" data-testid="explain.hops">
      {parts.map((part, k) => (
        <section key={k} aria-label={`${DIRECTION_WORDS[part.direction]} hops`}>
          <h4 className="mb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            {DIRECTION_WORDS[part.direction]}
            {part.direction === 'response' ? ' (back to the client)' : ''}
          </h4>
          <ol className="space-y-0.5">
            {part.hops.map(({ hop, index }) => (
              <HopItem key={index} hop={hop} index={index} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

const HopItem = memo(function HopItem({
  hop,
  index,
}: {
  readonly hop: Hop;
  readonly index: number;
}) {
  const current = useStore((s) => s.sim.active.step === index);
  const resource = useStore((s) => resourceLabel(s.scenario, hop.resourceId));
  const rule = useStore((s) => ruleWords(s.scenario, hop));
  const deny = hop.verdict === 'deny';
  return (
    <li
      data-testid={`explain.hop.${index}`}
      data-verdict={hop.verdict}
      data-direction={hop.direction}
      data-layer={hop.layer}
      data-current={current}
    >
      <button
        type="button"
        aria-current={current ? 'step' : undefined}
        onClick={() => setStep(index)}
        title="Move the packet to this hop"
        className={`flex w-full items-start gap-2 rounded border px-1.5 py-1 text-left focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60 ${
          current
            ? 'border-sky-500 bg-sky-50 dark:border-sky-500 dark:bg-sky-950/60'
            : deny
              ? 'border-red-200 bg-red-50/60 hover:bg-red-50 dark:border-red-900 dark:bg-red-950/30'
              : 'border-transparent hover:bg-slate-100 dark:hover:bg-slate-800'
        }`}
      >
        <VerdictMark hop={hop} />
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-baseline gap-x-1.5 text-xs">
            <span className="font-semibold">
              {index + 1}. {LAYER_WORDS[hop.layer]}
            </span>
            <span className="truncate text-slate-600 dark:text-slate-300">{resource}</span>
            {current && (
              <span className="text-[11px] font-semibold text-sky-700 dark:text-sky-300">
                ◀ the packet is here
              </span>
            )}
          </span>
          {rule && (
            <span className="block font-mono text-[11px] text-slate-700 dark:text-slate-300">
              {rule}
            </span>
          )}
          <span className="block text-xs leading-snug text-slate-600 dark:text-slate-400">
            {hop.reason}
          </span>
        </span>
      </button>
    </li>
  );
});
