import { memo, useMemo } from 'react';
import type { Layout, Scenario } from '../../model/types.ts';
import { thumbnailOf, type ThumbShape } from './thumbnail.ts';

/** Tailwind's colours for each shape (the canvas's own: VPC violet, public green, compute orange). */
const LOOK: Readonly<Record<ThumbShape['kind'], string>> = {
  vpc: 'fill-violet-50 stroke-violet-600 dark:fill-violet-950/40 dark:stroke-violet-400',
  subnet: 'fill-sky-50 stroke-sky-600 dark:fill-sky-950/50 dark:stroke-sky-400',
  'public-subnet':
    'fill-emerald-50 stroke-emerald-600 dark:fill-emerald-950/50 dark:stroke-emerald-400',
  leaf: 'fill-orange-400 stroke-orange-600 dark:fill-orange-500 dark:stroke-orange-300',
  gateway: 'fill-purple-300 stroke-purple-700 dark:fill-purple-700 dark:stroke-purple-300',
  host: 'fill-slate-300 stroke-slate-600 dark:fill-slate-600 dark:stroke-slate-300',
};

/**
 * A gallery card's picture of its scenario: the network's boxes as the canvas lays them out,
 * scaled to the card. Decorative (the card's words say what it is).
 */
export default memo(function Thumbnail({
  scenario,
  layout,
}: {
  readonly scenario: Scenario;
  readonly layout: Layout;
}) {
  const thumb = useMemo(() => thumbnailOf(scenario, layout), [scenario, layout]);
  return (
    <svg
      viewBox={thumb.viewBox}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
      data-testid="gallery.thumbnail"
      className="h-24 w-full rounded border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"
    >
      {thumb.shapes.map((s, k) => (
        <rect
          key={k}
          x={s.x}
          y={s.y}
          width={s.width}
          height={s.height}
          rx={s.kind === 'gateway' || s.kind === 'host' ? 18 : 8}
          strokeWidth={s.kind === 'vpc' ? 1.5 : 1}
          vectorEffect="non-scaling-stroke"
          className={LOOK[s.kind]}
        />
      ))}
    </svg>
  );
});
