import { useEffect, useMemo, useState } from 'react';
import type { GridModel } from './draw.ts';
import { countVerdicts, verdictCounter, type VerdictCounts } from './model.ts';

/** Grids up to this many cells are counted at once (well under a millisecond). */
const SMALL = 40_000;
/** Time a counting task may take before it yields to the page. */
const SLICE_MS = 4;

/**
 * The verdict counts of the grid shown. A small grid is counted at once; a large one (1,001 ×
 * 1,001 cells) in slices across tasks after it is drawn, and is null until then.
 */
export function useVerdictCounts(model: GridModel | null): VerdictCounts | null {
  const small = useMemo(
    () =>
      model && model.rows.stops.length * model.columns.stops.length <= SMALL
        ? countVerdicts(model)
        : null,
    [model],
  );
  const [counted, setCounted] = useState<{ model: GridModel; counts: VerdictCounts } | null>(null);
  useEffect(() => {
    if (!model || small) return;
    const counter = verdictCounter(model);
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      const until = performance.now() + SLICE_MS;
      let done = false;
      while (!done && performance.now() < until) done = counter.step(SMALL);
      if (done) setCounted({ model, counts: counter.counts });
      else timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [model, small]);
  return small ?? (counted?.model === model ? counted.counts : null);
}
