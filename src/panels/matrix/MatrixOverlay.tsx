import { closeMatrix, openMatrix, useStore } from '../../store/index.ts';
import { buttonClass, iconButtonClass } from '../ui/styles.ts';
import MatrixDialog from './MatrixDialog.tsx';

/**
 * The matrix's place in the app: nothing while closed; the overlay while open; while minimised
 * (after a cell was clicked, so the canvas shows its flow), a small bar that brings it back.
 */
export default function MatrixOverlay() {
  const view = useStore((s) => s.matrix.view);
  if (view === 'closed') return null;
  return (
    <>
      {view === 'minimised' && <MinimisedBar />}
      <MatrixDialog hidden={view === 'minimised'} />
    </>
  );
}

function MinimisedBar() {
  const computing = useStore((s) => s.matrix.status === 'computing');
  return (
    <div
      role="region"
      aria-label="Reachability matrix (minimised)"
      data-testid="matrix.minimised"
      className="fixed bottom-4 left-1/2 z-30 flex -translate-x-1/2 items-center gap-2 rounded-full border border-slate-300 bg-white py-1 pr-1 pl-3 text-xs shadow-lg dark:border-slate-600 dark:bg-slate-900"
    >
      <span className="font-medium">Reachability matrix{computing ? ' (computing…)' : ''}</span>
      <button
        type="button"
        className={buttonClass}
        data-testid="matrix.restore"
        onClick={openMatrix}
      >
        Show matrix
      </button>
      <button
        type="button"
        className={iconButtonClass}
        aria-label="Close the matrix"
        onClick={closeMatrix}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            d="M4 4l8 8M12 4l-8 8"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
      </button>
    </div>
  );
}
