import type { Hop } from '../../engine/types.ts';
import { hopVerdict } from './words.ts';

const SHAPES = {
  '✓': 'rounded-full bg-emerald-600 text-white dark:bg-emerald-500',
  '✗': 'rounded-sm bg-red-600 text-white dark:bg-red-500',
  '–': 'rounded-full border border-slate-400 text-slate-600 dark:text-slate-300',
  '?': 'rotate-45 rounded-sm bg-amber-500 text-white',
} as const;

/**
 * A hop's verdict as a mark: a check in a circle (allowed), a cross in a square (denied), a dash
 * (skipped), a question mark (cannot tell); the word is there for screen readers too.
 */
export default function VerdictMark({ hop }: { readonly hop: Hop }) {
  const v = hopVerdict(hop);
  return (
    <span className="mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center">
      <span
        aria-hidden="true"
        className={`inline-flex h-4 w-4 items-center justify-center text-[11px] leading-none font-bold ${SHAPES[v.icon]}`}
      >
        <span className={v.icon === '?' ? '-rotate-45' : undefined}>{v.icon}</span>
      </span>
      <span className="sr-only">{v.word}: </span>
    </span>
  );
}
