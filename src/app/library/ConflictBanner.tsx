import { keepMineAsCopy, letRemovedGo, reloadTheirs, useStore } from '../../store/index.ts';
import { BUTTON, PRIMARY } from './styles.ts';

/**
 * Says, under the toolbar, that the open scenario was changed (or deleted) in another tab of
 * this browser since this tab opened it, and asks what to do: nothing is saved into it until
 * then, so neither tab's work is written over. This tab's changes are kept meanwhile (in the
 * tab, and journalled for the next start).
 */
export default function ConflictBanner() {
  const conflict = useStore((s) => s.library.conflict);
  if (conflict === null) return null;
  const removed = conflict.kind === 'removed';
  return (
    <section
      role="alert"
      aria-label="Changed in another tab"
      data-testid="conflict.banner"
      data-kind={conflict.kind}
      className="flex shrink-0 flex-wrap items-center gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-50"
    >
      <p className="min-w-0 flex-1">
        <span className="font-semibold">
          “{conflict.name}” was {removed ? 'deleted' : 'changed'} in another tab.
        </span>{' '}
        {removed
          ? 'Keep what this tab shows as a scenario of its own, or let it go.'
          : 'This tab stops saving into it, so neither version is lost: reload theirs (dropping the changes made here since), or keep yours as a copy beside it.'}
      </p>
      <div className="flex shrink-0 gap-2">
        {removed ? (
          <button
            type="button"
            data-testid="conflict.let-go"
            onClick={() => void letRemovedGo()}
            className={BUTTON}
          >
            Let it go
          </button>
        ) : (
          <button
            type="button"
            data-testid="conflict.theirs"
            onClick={() => void reloadTheirs()}
            className={BUTTON}
          >
            Reload theirs
          </button>
        )}
        <button
          type="button"
          data-testid="conflict.keep-mine"
          onClick={() => keepMineAsCopy()}
          className={PRIMARY}
        >
          {removed ? 'Keep mine' : 'Keep mine as a copy'}
        </button>
      </div>
    </section>
  );
}
