import { cancelMatrix, computeMatrix, selectMatrixStale, useStore } from '../../store/index.ts';
import { buttonClass, primaryButtonClass } from '../ui/styles.ts';

/** Compute / Cancel, the progress bar while the worker computes, and what the last run did. */
export default function ComputeBar() {
  const status = useStore((s) => s.matrix.status);
  const progress = useStore((s) => s.matrix.progress);
  const picked = useStore((s) => s.matrix.services.length);
  const hasResult = useStore((s) => s.matrix.result !== null);
  const stale = useStore(selectMatrixStale);
  const computing = status === 'computing';
  const percent = Math.round(progress * 100);
  return (
    <div className="ml-2 flex min-h-8 flex-wrap items-center gap-2 border-l border-slate-200 pl-3 dark:border-slate-700">
      <button
        type="button"
        data-testid="matrix.compute"
        className={primaryButtonClass}
        disabled={computing || picked === 0}
        title={picked === 0 ? 'Pick at least one service first' : undefined}
        onClick={() => void computeMatrix()}
      >
        {hasResult ? 'Recompute' : 'Compute'}
      </button>
      {computing && (
        <>
          <div
            role="progressbar"
            aria-label="Computing the matrix"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            data-testid="matrix.progress"
            className="h-2 w-48 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
          >
            <div
              className="h-full rounded-full bg-sky-600 transition-[width] duration-150 motion-reduce:transition-none"
              style={{ width: `${percent}%` }}
            />
          </div>
          <span className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
            Computing in the background… {percent}%
          </span>
          <button
            type="button"
            data-testid="matrix.cancel"
            className={buttonClass}
            onClick={cancelMatrix}
          >
            Cancel
          </button>
        </>
      )}
      {!computing && <Status stale={stale} />}
    </div>
  );
}

function Status({ stale }: { readonly stale: boolean }) {
  const status = useStore((s) => s.matrix.status);
  const error = useStore((s) => s.matrix.error);
  const summary = useStore((s) => {
    const r = s.matrix.result;
    if (!r) return null;
    const n = r.endpoints.length;
    const services = r.services.length;
    const ms = s.matrix.elapsedMs;
    return `${n.toLocaleString('en-US')} endpoints × ${services} service${services === 1 ? '' : 's'}: ${(
      n *
      (n - 1) *
      services
    ).toLocaleString('en-US')} flows, ${r.evaluations.toLocaleString('en-US')} evaluated${
      ms === null ? '' : ` in ${Math.round(ms).toLocaleString('en-US')} ms`
    }`;
  });
  if (status === 'error') {
    return (
      <p role="alert" className="text-xs text-red-700 dark:text-red-300">
        The matrix could not be computed: {error}
      </p>
    );
  }
  return (
    <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="matrix.status">
      {status === 'cancelled' && 'Cancelled. '}
      {stale ? (
        <span
          data-testid="matrix.stale"
          className="rounded border border-amber-300 bg-amber-50 px-1.5 py-0.5 font-medium text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
        >
          The network changed since this matrix was computed: press Recompute.
        </span>
      ) : (
        summary
      )}
    </p>
  );
}
