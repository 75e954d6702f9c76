import { keeper } from '../keeper.ts';
import { openScenario } from '../open.ts';
import { useStore } from '../store.ts';
import { keepCurrentAsNew, openAnother } from './library.ts';
import { showMessage } from './ui.ts';

/**
 * The answers to "changed in another tab" (`library.conflict`): take the other tab's version,
 * or keep this tab's as a copy beside it. Until one is chosen nothing is saved into the scenario
 * (its newer revision is never written over); this tab's changes are in the journal meanwhile.
 */

/** Opens the scenario as the other tab stored it; this tab's unsaved changes to it are dropped. */
export async function reloadTheirs(): Promise<boolean> {
  const conflict = useStore.getState().library.conflict;
  if (conflict === null || conflict.kind !== 'changed') return false;
  return (await openScenario({ kind: 'kept', id: conflict.id, theirs: true })) !== null;
}

/** Keeps what this tab shows as a new kept scenario, beside the other tab's version. */
export function keepMineAsCopy(): string {
  const library = keeper();
  const conflict = useStore.getState().library.conflict;
  if (library === null || conflict === null) return '';
  const name = useStore.getState().scenario.name;
  const id = keepCurrentAsNew(conflict.kind === 'removed' ? name : `${name} (my copy)`);
  // The copy's own journal holds the change now: the old one can go.
  if (library.journal()) library.dropJournal(conflict.id);
  showMessage(
    'info',
    conflict.kind === 'removed'
      ? `“${name}” is kept again, as a new scenario of My scenarios.`
      : `Your version is kept as “${useStore.getState().scenario.name}”; the other tab’s is kept as “${conflict.name}”.`,
  );
  return id;
}

/** Lets a scenario deleted in another tab go: the most recent other one opens. */
export async function letRemovedGo(): Promise<void> {
  const library = keeper();
  const conflict = useStore.getState().library.conflict;
  if (library === null || conflict === null || conflict.kind !== 'removed') return;
  library.unbind();
  await openAnother();
}
