import { emptyScenario } from '../../model/defaults.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { AUTOSAVE_KEY, UNREADABLE_KEY } from '../effects.ts';
import {
  byUpdated,
  keptKey,
  newKeptId,
  rawKept,
  readIndex,
  readKept,
  TabSafeStorage,
  writeIndex,
  writeKept,
  type KeyValueStorage,
  type LibraryIndex,
} from '../libraryStorage.ts';
import {
  INITIAL_LIBRARY,
  type KeptOrigin,
  type KeptScenario,
  type LibraryDialog,
} from '../slices/library.ts';
import { useStore } from '../store.ts';
import { loadScenario } from './scenario.ts';
import { askConfirmation, showMessage } from './ui.ts';

/**
 * My scenarios: the scenarios kept in this browser, one of which the canvas edits at a time. The
 * current one is saved into its own key after each change (debounced) and at once before another
 * opens, so switching never loses work. Storage is the truth; the slice mirrors it for the UI.
 *
 * The share helper (links, file import) calls `addKept` then `openKept`; the gallery does the
 * same with a built-in. Nothing here replaces a kept scenario's content with another's.
 */

const NAME_LIMIT = 256;
const UNTITLED = 'Untitled scenario';

let storage = new TabSafeStorage(null);
/** The scenario and layout objects last written for the current one (identity: unchanged). */
let saved: { scenario: unknown; layout: unknown } = { scenario: null, layout: null };
let timer: ReturnType<typeof setTimeout> | undefined;
/** Set while this module loads a scenario itself, so the load is not taken for an outside one. */
let opening = false;

/**
 * Mirrors the index into the slice. The slice's `currentId` is this tab's own (the index's
 * `current` is only what the next start reopens, and another tab may have moved it).
 */
function refresh(index: LibraryIndex = readIndex(storage)): void {
  useStore.setState((s) => ({
    library: {
      ...s.library,
      kept: byUpdated(index.items),
      unreadableAutosave: storage.getItem(UNREADABLE_KEY) !== null,
    },
  }));
}

function update(change: (index: LibraryIndex) => LibraryIndex): LibraryIndex {
  const next = change(readIndex(storage));
  writeIndex(storage, next);
  refresh(next);
  return next;
}

function currentFile(): ScenarioFile {
  const { scenario, layout } = useStore.getState();
  return toScenarioFile(scenario, layout);
}

/** Writes the canvas's scenario into the current kept one, if it changed since the last write. */
function saveCurrent(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const { scenario, layout, library } = useStore.getState();
  const id = library.currentId;
  if (id === null || (saved.scenario === scenario && saved.layout === layout)) return;
  writeKept(storage, id, toScenarioFile(scenario, layout));
  saved = { scenario, layout };
  const now = Date.now();
  update((index) => ({
    ...index,
    items: index.items.some((item) => item.id === id)
      ? index.items.map((item) =>
          item.id === id ? { ...item, name: scenario.name, updated: now } : item,
        )
      : [...index.items, entry(id, scenario.name, 'autosave', now)],
  }));
}

function entry(id: string, name: string, origin: KeptOrigin, now: number): KeptScenario {
  return { id, name, origin, created: now, updated: now };
}

function setCurrent(id: string): void {
  useStore.setState((s) => ({ library: { ...s.library, currentId: id } }));
  update((index) => ({ ...index, current: id }));
}

/** Loads a kept file onto the canvas (the autosave follows at once, so a reload finds it). */
function show(file: ScenarioFile): void {
  storage.setItem(AUTOSAVE_KEY, JSON.stringify(file));
  opening = true;
  try {
    loadScenario(file.scenario, file.layout);
  } finally {
    opening = false;
  }
  const { scenario, layout } = useStore.getState();
  saved = { scenario, layout };
}

export interface LibraryStart {
  /** Whether the canvas holds the autosave (else a fresh built-in, say). */
  readonly restored: boolean;
  /** Where the fresh scenario came from when nothing was restored. */
  readonly freshOrigin?: KeptOrigin;
  readonly delayMs?: number;
}

/**
 * Starts My scenarios over `backing` (null: no storage, kept in this tab only) once the canvas
 * holds its first scenario. A restored autosave belongs to the index's current scenario; anything
 * else opened at start is kept as a new one, so it never overwrites a kept scenario. Then every
 * change is saved into the current one. Returns the function that stops saving (after a last save).
 */
export function startLibrary(backing: KeyValueStorage | null, start: LibraryStart): () => void {
  let warned = '';
  storage = new TabSafeStorage(backing, (why) => {
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
  saved = { scenario: null, layout: null };
  const index = readIndex(storage);
  const bound = start.restored && index.items.some((item) => item.id === index.current);
  if (bound && index.current !== null) {
    useStore.setState((s) => ({ library: { ...s.library, currentId: index.current } }));
  } else {
    const { scenario } = useStore.getState();
    const id = newKeptId();
    writeIndex(storage, {
      ...index,
      current: id,
      items: [
        ...index.items,
        entry(
          id,
          scenario.name,
          start.restored ? 'autosave' : (start.freshOrigin ?? 'built-in'),
          Date.now(),
        ),
      ],
    });
    useStore.setState((s) => ({ library: { ...s.library, currentId: id } }));
  }
  saveCurrent();
  refresh();

  const delayMs = start.delayMs ?? 400;
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.loads !== prev.loads && !opening) {
      // Something outside this module opened another scenario (New scenario, say): the one that
      // was open keeps its last save, and the newcomer is kept as a new one.
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      keepAsNewEntry(s.scenario.name, 'autosave');
      return;
    }
    if (s.scenario === prev.scenario && s.layout === prev.layout) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(saveCurrent, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) saveCurrent();
  };
}

/** Keeps what the canvas holds as a new kept scenario and makes it the current one. */
function keepAsNewEntry(name: string, origin: KeptOrigin): string {
  const id = newKeptId();
  const now = Date.now();
  writeKept(storage, id, currentFile());
  const { scenario, layout } = useStore.getState();
  saved = { scenario, layout };
  useStore.setState((s) => ({ library: { ...s.library, currentId: id } }));
  update((index) => ({
    ...index,
    current: id,
    items: [...index.items, entry(id, name, origin, now)],
  }));
  return id;
}

/** The kept scenarios, most recently changed first. */
export function listKept(): readonly KeptScenario[] {
  return useStore.getState().library.kept;
}

/**
 * Keeps `file` as a new scenario of My scenarios (named `name`, which becomes the scenario's name)
 * without opening it; returns its ID for `openKept`.
 *
 * @example
 * openKept(addKept(file, 'Shared by the instructor', 'link'));
 */
export function addKept(file: ScenarioFile, name: string, origin: KeptOrigin): string {
  const trimmed = name.trim().slice(0, NAME_LIMIT) || file.scenario.name || UNTITLED;
  const named =
    trimmed === file.scenario.name
      ? file
      : { ...file, scenario: { ...file.scenario, name: trimmed } };
  const id = newKeptId();
  writeKept(storage, id, named);
  const now = Date.now();
  update((index) => ({ ...index, items: [...index.items, entry(id, trimmed, origin, now)] }));
  return id;
}

/**
 * Opens a kept scenario on the canvas, after saving the current one. One that cannot be read is
 * said (and stays kept, to download); the canvas is left as it was. Returns whether it opened.
 */
export function openKept(id: string): boolean {
  const read = readKept(storage, id);
  if (!read.ok) {
    const name = listKept().find((k) => k.id === id)?.name ?? id;
    showMessage(
      'error',
      `“${name}” could not be opened: ${read.error}. It is still kept; download it from My scenarios.`,
    );
    return false;
  }
  saveCurrent();
  setCurrent(id);
  show(read.value);
  return true;
}

/**
 * "Save as": keeps the canvas's scenario as a new kept one (named `name`, else "… (copy)") and
 * goes on editing the new one; the one it came from keeps its state as of now.
 */
export function keepCurrentAsNew(name?: string): string {
  saveCurrent();
  const scenario = useStore.getState().scenario;
  const newName = (name?.trim() || `${scenario.name} (copy)`).slice(0, NAME_LIMIT);
  const id = addKept(currentFile(), newName, 'copy');
  setCurrent(id);
  if (scenario.name !== newName) useStore.setState({ scenario: { ...scenario, name: newName } });
  saveCurrent();
  return id;
}

/** Renames a kept scenario (its scenario's name). Returns the refusal, or null. */
export function renameKept(id: string, name: string): string | null {
  const trimmed = name.trim() || UNTITLED;
  if (trimmed.length > NAME_LIMIT)
    return `A scenario name can be at most ${NAME_LIMIT} characters.`;
  if (id === useStore.getState().library.currentId) {
    const scenario = useStore.getState().scenario;
    if (scenario.name !== trimmed) useStore.setState({ scenario: { ...scenario, name: trimmed } });
    saveCurrent();
    return null;
  }
  const read = readKept(storage, id);
  if (!read.ok) return `It could not be read: ${read.error}.`;
  writeKept(storage, id, { ...read.value, scenario: { ...read.value.scenario, name: trimmed } });
  update((index) => ({
    ...index,
    items: index.items.map((item) => (item.id === id ? { ...item, name: trimmed } : item)),
  }));
  return null;
}

/** Keeps a copy of a kept scenario ("… (copy)"), not opened. Returns its ID, or null. */
export function duplicateKept(id: string): string | null {
  if (id === useStore.getState().library.currentId) saveCurrent();
  const read = readKept(storage, id);
  if (!read.ok) {
    showMessage('error', `It could not be copied: ${read.error}.`);
    return null;
  }
  return addKept(read.value, `${read.value.scenario.name} (copy)`, 'copy');
}

/**
 * Deletes a kept scenario for good (the UI asks first: `askDeleteKept`). Deleting the open one
 * opens the most recent other one, or a new empty scenario when none is left.
 */
export function deleteKept(id: string): void {
  const wasCurrent = id === useStore.getState().library.currentId;
  storage.removeItem(keptKey(id));
  const index = update((i) => ({
    ...i,
    current: i.current === id ? null : i.current,
    items: i.items.filter((item) => item.id !== id),
  }));
  if (!wasCurrent) return;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  for (const next of byUpdated(index.items)) {
    const read = readKept(storage, next.id);
    if (!read.ok) continue;
    setCurrent(next.id);
    show(read.value);
    return;
  }
  show(toScenarioFile(emptyScenario()));
  keepAsNewEntry(UNTITLED, 'autosave');
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
  saveCurrent();
  show(toScenarioFile(emptyScenario()));
  return keepAsNewEntry(UNTITLED, 'autosave');
}

/** The text of a kept scenario, for a download (one that cannot be read included), or null. */
export function keptText(id: string): string | null {
  if (id === useStore.getState().library.currentId) saveCurrent();
  return rawKept(storage, id);
}

/** The autosave that could not be read and was kept aside, as it was stored, or null. */
export function unreadableAutosaveText(): string | null {
  return storage.getItem(UNREADABLE_KEY);
}

/** Whether a kept scenario reads (My scenarios marks those that do not). */
export function keptReadable(id: string): boolean {
  return readKept(storage, id).ok;
}

export function openLibraryDialog(dialog: LibraryDialog): void {
  useStore.setState((s) => ({ library: { ...s.library, dialog } }));
}

/** For tests: forgets the storage and the mirror. */
export function resetLibraryForTests(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  storage = new TabSafeStorage(null);
  saved = { scenario: null, layout: null };
  useStore.setState({ library: INITIAL_LIBRARY });
}
