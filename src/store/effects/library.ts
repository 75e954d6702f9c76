import { toScenarioFile } from '../../model/envelope.ts';
import { showMessage } from '../actions/ui.ts';
import { Keeper, setKeeper } from '../keeper.ts';
import { readIndex, TabSafeStorage, type KeyValueStorage } from '../libraryStorage.ts';
import type { KeptOrigin } from '../slices/library.ts';
import { useStore } from '../store.ts';
import { applyTeaching } from '../teaching.ts';

export interface LibraryStart {
  /** Whether the canvas holds the autosave (else a fresh built-in, say). */
  readonly restored: boolean;
  /** Where the fresh scenario came from when nothing was restored. */
  readonly freshOrigin?: KeptOrigin;
  readonly delayMs?: number;
}

/**
 * The library effect: starts My scenarios over `backing` (null: no storage, kept in this tab
 * only) once the canvas holds its first scenario. A restored autosave belongs to the index's
 * current scenario (and takes back its place in a class); anything else opened at start is kept
 * as a new one, so it never overwrites a kept scenario. Then every change is saved into the
 * current one. Returns the function that stops it (after a last save).
 */
export function startLibrary(backing: KeyValueStorage | null, start: LibraryStart): () => void {
  let warned = '';
  const storage = new TabSafeStorage(backing, (why) => {
    // No storage at all was said at start (startup.ts); a full one is said by the autosave too,
    // so this adds, as a note, only what it means for My scenarios.
    if (why === warned || backing === null) return;
    warned = why;
    showMessage(
      'info',
      why === 'full'
        ? 'The browser storage is full: My scenarios keeps the latest changes in this tab only. Delete some kept scenarios or export this one to a file.'
        : 'This browser refuses to store My scenarios: they are kept in this tab only. Export your work to a file to keep it.',
    );
  });
  const keeper = new Keeper(storage, start.delayMs ?? 400);
  setKeeper(keeper);

  const index = readIndex(storage);
  const restoredEntry = start.restored
    ? index.items.find((item) => item.id === index.current)
    : undefined;
  if (restoredEntry) {
    // The autosave is written apart from the library: what it restored is saved into the entry.
    keeper.bind(restoredEntry.id, { written: false });
    // The scenario is already on the canvas: only its place in a class comes back.
    applyTeaching(restoredEntry.teaching ?? null);
    keeper.flush();
  } else {
    const { scenario, layout, teaching } = useStore.getState();
    const origin = start.restored ? 'autosave' : (start.freshOrigin ?? 'built-in');
    const kept = keeper.keepNew(toScenarioFile(scenario, layout), scenario.name, origin, teaching);
    keeper.bind(kept.id);
  }
  keeper.refresh();

  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario || s.layout !== prev.layout) keeper.schedule();
  });
  return () => {
    unsubscribe();
    if (keeper.pending()) keeper.flush();
    setKeeper(null);
  };
}
