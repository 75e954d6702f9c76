import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { closeMatrix, minimiseMatrix } from '../../store/index.ts';
import { focusInto, trapTab } from '../../ui/focusTrap.ts';
import { iconButtonClass } from '../ui/styles.ts';
import ComputeBar from './ComputeBar.tsx';
import MatrixResults from './MatrixResults.tsx';
import ServicePicker from './ServicePicker.tsx';

/**
 * The matrix as a large modal overlay: focus moves in when it opens (and back when it hides),
 * Tab stays inside, Escape closes. Key presses stop here, so the app's shortcuts (Delete, undo,
 * the arrow keys' nudge) never act on the canvas behind it. It stays mounted while minimised, so
 * the grid's scroll and cursor survive a look at the canvas.
 */
export default function MatrixDialog({ hidden }: { readonly hidden: boolean }) {
  const titleId = useId();
  const descriptionId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (hidden) return;
    return focusInto(panel.current, '[data-testid="matrix.grid"], [data-testid="matrix.compute"]');
  }, [hidden]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      closeMatrix();
    } else if (e.key === 'Tab') {
      trapTab(e, panel.current);
    }
  };

  return (
    <div
      hidden={hidden}
      // Strict containment: what changes inside never makes the browser lay out the canvas behind.
      style={{ contain: 'strict' }}
      className="fixed inset-0 z-40 bg-slate-900/40 p-3 dark:bg-black/60"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) closeMatrix();
      }}
    >
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        data-testid="matrix.panel"
        tabIndex={-1}
        onKeyDown={onKeyDown}
        className="flex h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white text-slate-900 shadow-xl outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <header className="flex items-start gap-3 border-b border-slate-200 px-4 pt-3 pb-2 dark:border-slate-700">
          <div className="min-w-0 flex-1">
            <h2 id={titleId} className="text-base font-semibold">
              Reachability matrix
            </h2>
            <p id={descriptionId} className="text-xs text-slate-600 dark:text-slate-300">
              Can each source (row) open a connection to each destination (column)? Hover a cell for
              where a flow stops; click it, or press Enter, to watch it on the canvas.
            </p>
          </div>
          <button
            type="button"
            className={iconButtonClass}
            aria-label="Minimise the matrix and show the canvas"
            title="Minimise (show the canvas)"
            data-testid="matrix.minimise"
            onClick={minimiseMatrix}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M3 12h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
          <button
            type="button"
            className={iconButtonClass}
            aria-label="Close the matrix"
            title="Close (Escape)"
            data-testid="matrix.close"
            onClick={closeMatrix}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path
                d="M4 4l8 8M12 4l-8 8"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
              />
            </svg>
          </button>
        </header>
        <div className="flex flex-col gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-700">
          <ServicePicker trailing={<ComputeBar />} />
        </div>
        <MatrixResults />
      </div>
    </div>
  );
}
