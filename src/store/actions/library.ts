import { toScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { commitScenario } from '../door.ts';
import { keeper, UNTITLED } from '../keeper.ts';
import { byUpdated, rawKept, readKept, writeKept } from '../libraryStorage.ts';
import { openScenario } from '../open.ts';
import {
  INITIAL_LIBRARY,
  type KeptOrigin,
  type KeptScenario,
  type LibraryDialog,
} from '../slices/library.ts';
import { useStore } from '../store.ts';
import { UNREADABLE_KEY } from '../effects/autosave.ts';
import { askConfirmation, showMessage } from './ui.ts';

/**
 * My scenarios: the scenarios kept in this browser, one of which the canvas edits at a time. The
 * current one is saved into its own key after each change (the library effect) and at once
 * before another opens, so switching never loses work. Storage is the truth (keeper.ts); the
 * slice mirrors it for the UI. Opening goes through the one place that opens (open.ts).
 */

const NAME_LIMIT = 256;

/** The kept scenarios, most recently changed first. */
export function listKept(): readonly KeptScenario[] {
  return useStore.getState().library.kept;
}

/**
 * Keeps `file` as a new scenario of My scenarios (named `name`, which becomes the scenario's name)
 * without opening it; returns its ID for `openKept`. Without My scenarios running, returns ''.
 */
export function addKept(file: ScenarioFile, name: string, origin: KeptOrigin): string {
  return keeper()?.keepNew(file, name, origin).id ?? '';
}

/**
 * Opens a kept scenario on the canvas, after saving the current one. One that cannot be read is
 * said (and stays kept, to download); the canvas is left as it was. Returns whether it opened.
 */
export function openKept(id: string): boolean {
  return openScenario({ kind: 'kept', id }) !== null;
}

/** Renames the scenario on the canvas through the door (one undo step). */
function renameOpen(name: string): string | null {
  const scenario = useStore.getState().scenario;
  if (scenario.name === name) return null;
  const committed = commitScenario({ ok: true, value: { scenario: { ...scenario, name } } });
  return committed.ok ? null : committed.error;
}

/**
 * "Save as": keeps the canvas's scenario as a new kept one (named `name`, else "… (copy)") and
 * goes on editing the new one; the one it came from keeps its state as of now.
 */
export function keepCurrentAsNew(name?: string): string {
  const library = keeper();
  if (library === null) return '';
  library.flush();
  const { scenario, layout, teaching } = useStore.getState();
  const newName = (name?.trim() || `${scenario.name} (copy)`).slice(0, NAME_LIMIT);
  const kept = library.keepNew(toScenarioFile(scenario, layout), newName, 'copy', teaching);
  library.bind(kept.id);
  renameOpen(kept.file.scenario.name);
  library.flush();
  return kept.id;
}

/** Renames a kept scenario (its scenario's name). Returns the refusal, or null. */
export function renameKept(id: string, name: string): string | null {
  const trimmed = name.trim() || UNTITLED;
  if (trimmed.length > NAME_LIMIT) {
    return `A scenario name can be at most ${NAME_LIMIT} characters.`;
  }
  const library = keeper();
  if (library === null) return null;
  if (id === library.currentId()) {
    const refusal = renameOpen(trimmed);
    library.flush();
    return refusal;
  }
  const read = readKept(library.storage, id);
  if (!read.ok) return `It could not be read: ${read.error}.`;
  writeKept(library.storage, id, {
    ...read.value,
    scenario: { ...read.value.scenario, name: trimmed },
  });
  library.update((index) => ({
    ...index,
    items: index.items.map((item) => (item.id === id ? { ...item, name: trimmed } : item)),
  }));
  return null;
}

/** Keeps a copy of a kept scenario ("… (copy)"), not opened. Returns its ID, or null. */
export function duplicateKept(id: string): string | null {
  const library = keeper();
  if (library === null) return null;
  const read = library.read(id);
  if (!read.ok) {
    showMessage('error', `It could not be copied: ${read.error}.`);
    return null;
  }
  const teaching = library.entry(id)?.teaching ?? null;
  return library.keepNew(read.value, `${read.value.scenario.name} (copy)`, 'copy', teaching).id;
}

/**
 * Deletes a kept scenario for good (the UI asks first: `askDeleteKept`). Deleting the open one
 * opens the most recent other one, or a new empty scenario when none is left.
 */
export function deleteKept(id: string): void {
  const library = keeper();
  if (library === null) return;
  const wasCurrent = id === library.currentId();
  // Unbound first, so that nothing saves the deleted scenario back.
  if (wasCurrent) library.unbind();
  const index = library.remove(id);
  if (!wasCurrent) return;
  for (const next of byUpdated(index.items)) {
    if (openScenario({ kind: 'kept', id: next.id }) !== null) return;
  }
  openScenario({ kind: 'new' });
}

/** Asks before deleting a kept scenario; it cannot be brought back. */
export function askDeleteKept(id: string): void {
  const name = listKept().find((k) => k.id === id)?.name ?? id;
  const current = id === useStore.getState().library.currentId;
  askConfirmation({
    title: `Delete “${name}”?`,
    text: `It is removed from this browser for good; Undo cannot bring it back.${
      current ? ' It is open now: the most recent other scenario opens instead.' : ''
    }`,
    confirmLabel: 'Delete',
    onConfirm: () => deleteKept(id),
  });
}

/** Starts an empty scenario as a new kept one; the current one keeps its last save. */
export function startNewKept(): string {
  return openScenario({ kind: 'new' })?.id ?? '';
}

/** The text of a kept scenario, for a download (one that cannot be read included), or null. */
export function keptText(id: string): string | null {
  const library = keeper();
  if (library === null) return null;
  if (id === library.currentId()) library.flush();
  return rawKept(library.storage, id);
}

/** The autosave that could not be read and was kept aside, as it was stored, or null. */
export function unreadableAutosaveText(): string | null {
  return keeper()?.storage.getItem(UNREADABLE_KEY) ?? null;
}

/** Whether a kept scenario reads (My scenarios marks those that do not). */
export function keptReadable(id: string): boolean {
  const library = keeper();
  return library !== null && readKept(library.storage, id).ok;
}

export function openLibraryDialog(dialog: LibraryDialog): void {
  useStore.setState((s) => ({ library: { ...s.library, dialog } }));
}

/** For tests: forgets the mirror (the effect's stop forgets the keeper). */
export function resetLibraryForTests(): void {
  keeper()?.cancel();
  useStore.setState({ library: INITIAL_LIBRARY });
}
