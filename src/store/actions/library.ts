import { toScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { commitScenario } from '../door.ts';
import { keeper, UNTITLED } from '../keeper.ts';
import { openScenario } from '../open.ts';
import {
  INITIAL_LIBRARY,
  type KeptOrigin,
  type KeptScenario,
  type LibraryDialog,
} from '../slices/library.ts';
import { useStore } from '../store.ts';
import { askConfirmation, showMessage } from './ui.ts';

/**
 * My scenarios: the scenarios kept in this browser, one of which the canvas edits at a time. The
 * current one is saved after each change and at once before another opens, so switching never
 * loses work. IndexedDB is the truth (keeper.ts, persist/); the slice mirrors it for the UI.
 * Opening goes through the one place that opens (open.ts); a kept one is read first, so the
 * actions that read one return promises.
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
 * said (and stays kept, to download); the canvas is left as it was. Resolves to whether it opened.
 */
export async function openKept(id: string): Promise<boolean> {
  return (await openScenario({ kind: 'kept', id })) !== null;
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
  const file = toScenarioFile(scenario, layout);
  const kept = library.keepNew(file, newName, 'copy', teaching, { write: false });
  library.bind(kept.id, null, { stored: false });
  renameOpen(kept.file.scenario.name);
  library.journal();
  library.flush();
  return kept.id;
}

/** Renames a kept scenario (its scenario's name). Resolves to the refusal, or null. */
export async function renameKept(id: string, name: string): Promise<string | null> {
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
  return library.rename(id, trimmed);
}

/** Keeps a copy of a kept scenario ("… (copy)"), not opened. Resolves to its ID, or null. */
export async function duplicateKept(id: string): Promise<string | null> {
  const library = keeper();
  if (library === null) return null;
  if (id === library.currentId()) library.flush();
  const got = await library.read(id);
  if (!got.read.ok) {
    showMessage('error', `It could not be copied: ${got.read.error}.`);
    return null;
  }
  const teaching = library.entry(id)?.teaching ?? null;
  const name = `${got.read.value.scenario.name} (copy)`;
  return library.keepNew(got.read.value, name, 'copy', teaching).id;
}

/**
 * Deletes a kept scenario for good (the UI asks first: `askDeleteKept`). Deleting the open one
 * opens the most recent other one, or a new empty scenario when none is left.
 */
export async function deleteKept(id: string): Promise<void> {
  const library = keeper();
  if (library === null) return;
  const wasCurrent = id === library.currentId();
  // Unbound first, so that nothing saves the deleted scenario back.
  if (wasCurrent) library.unbind();
  library.remove(id);
  if (wasCurrent) await openAnother();
}

/** Opens the most recent kept scenario that reads, or a new empty one when none does. */
export async function openAnother(): Promise<void> {
  for (const next of listKept()) {
    if ((await openScenario({ kind: 'kept', id: next.id })) !== null) return;
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
    onConfirm: () => void deleteKept(id),
  });
}

/** Starts an empty scenario as a new kept one; the current one keeps its last save. */
export function startNewKept(): string {
  return openScenario({ kind: 'new' })?.id ?? '';
}

/** The text of a kept scenario, for a download (one that cannot be read included), or null. */
export function keptText(id: string): Promise<string | null> {
  return keeper()?.text(id) ?? Promise.resolve(null);
}

/** A text kept aside because it could not be read (an old autosave), as it was, or null. */
export function asideText(key: string): Promise<string | null> {
  return keeper()?.shelf.asideText(key) ?? Promise.resolve(null);
}

export function openLibraryDialog(dialog: LibraryDialog): void {
  useStore.setState((s) => ({ library: { ...s.library, dialog } }));
}

/** For tests: forgets the mirror (the effect's stop forgets the keeper). */
export function resetLibraryForTests(): void {
  keeper()?.cancel();
  useStore.setState({ library: INITIAL_LIBRARY });
}
