import { parseScenarioFile, toScenarioFile } from '../model/envelope.ts';
import type { ScenarioFile } from '../model/types.ts';
import { AUTOSAVE_KEY, UNREADABLE_KEY } from './effects/autosave.ts';
import {
  byUpdated,
  keptKey,
  newKeptId,
  readIndex,
  readKept,
  TabSafeStorage,
  writeIndex,
  writeKept,
  type KeptRead,
  type LibraryIndex,
} from './libraryStorage.ts';
import type { KeptOrigin, KeptScenario } from './slices/library.ts';
import type { Teaching } from './slices/teaching.ts';
import { useStore } from './store.ts';

const NAME_LIMIT = 256;
export const UNTITLED = 'Untitled scenario';

/**
 * My scenarios' keeper: the browser storage behind the library and which kept scenario the canvas
 * edits. Storage is the truth: every change reads the index afresh, so another tab's additions
 * are not lost; the library slice mirrors it for the UI. The one place that opens a scenario
 * (open.ts) asks it to keep a newcomer (`keepNew`) or read a kept one (`read`), then to `bind`
 * the canvas to it. Started by the library effect (effects/library.ts); null before (unit tests
 * without storage: scenarios then open in place).
 */
export class Keeper {
  /** The scenario and layout objects last written for the current one (identity: unchanged). */
  private saved: { scenario: unknown; layout: unknown } = { scenario: null, layout: null };
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly storage: TabSafeStorage,
    private readonly delayMs: number,
  ) {}

  currentId(): string | null {
    return useStore.getState().library.currentId;
  }

  /** Mirrors the index into the slice (the slice's `currentId` is this tab's own). */
  refresh(index: LibraryIndex = readIndex(this.storage)): void {
    useStore.setState((s) => ({
      library: {
        ...s.library,
        kept: byUpdated(index.items),
        unreadableAutosave: this.storage.getItem(UNREADABLE_KEY) !== null,
      },
    }));
  }

  update(change: (index: LibraryIndex) => LibraryIndex): LibraryIndex {
    const next = change(readIndex(this.storage));
    writeIndex(this.storage, next);
    this.refresh(next);
    return next;
  }

  entry(id: string): KeptScenario | undefined {
    return useStore.getState().library.kept.find((k) => k.id === id);
  }

  /** Saves the canvas into the current kept scenario after a quiet moment. */
  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  pending(): boolean {
    return this.timer !== undefined;
  }

  /** Writes the canvas into the current kept scenario, if it changed since the last write. */
  flush(): void {
    this.cancel();
    const { scenario, layout } = useStore.getState();
    const id = this.currentId();
    if (id === null || (this.saved.scenario === scenario && this.saved.layout === layout)) return;
    writeKept(this.storage, id, toScenarioFile(scenario, layout));
    this.saved = { scenario, layout };
    const now = Date.now();
    this.update((index) => ({
      ...index,
      items: index.items.some((item) => item.id === id)
        ? index.items.map((item) =>
            item.id === id ? { ...item, name: scenario.name, updated: now } : item,
          )
        : [...index.items, entry(id, scenario.name, 'autosave', now)],
    }));
  }

  /**
   * Keeps `file` as a new scenario named `name` (the scenario's name follows). The same scenario
   * kept already (the same name, the same content once both are read by the one parser) is not
   * kept twice: its ID comes back, with `existing`.
   */
  keepNew(
    file: ScenarioFile,
    name: string,
    origin: KeptOrigin,
    teaching: Teaching | null = null,
  ): { readonly id: string; readonly existing: boolean; readonly file: ScenarioFile } {
    const wanted = name.trim().slice(0, NAME_LIMIT) || file.scenario.name || UNTITLED;
    const index = readIndex(this.storage);
    const named = (n: string) =>
      n === file.scenario.name ? file : { ...file, scenario: { ...file.scenario, name: n } };
    const kept = named(wanted);
    const text = canonical(kept);
    const same = index.items.find((item) => {
      if (item.name !== wanted) return false;
      const read = readKept(this.storage, item.id);
      return read.ok && canonical(read.value) === text;
    });
    if (same) return { id: same.id, existing: true, file: kept };
    const id = newKeptId();
    const now = Date.now();
    const item = { ...entry(id, wanted, origin, now), ...(teaching ? { teaching } : {}) };
    // Listed first, then written: a file never exists that the index does not list.
    this.update((i) => ({ ...i, items: [...i.items, item] }));
    writeKept(this.storage, id, kept);
    return { id, existing: false, file: kept };
  }

  read(id: string): KeptRead {
    if (id === this.currentId()) this.flush();
    return readKept(this.storage, id);
  }

  /**
   * Makes `id` the scenario the canvas edits, once the canvas holds it: later changes save into
   * it, and the autosave follows at once, so a reload opens it.
   */
  bind(id: string, { written = true }: { readonly written?: boolean } = {}): void {
    this.cancel();
    const { scenario, layout } = useStore.getState();
    this.saved = written ? { scenario, layout } : { scenario: null, layout: null };
    useStore.setState((s) => ({ library: { ...s.library, currentId: id } }));
    this.update((index) => ({ ...index, current: id }));
    this.storage.setItem(AUTOSAVE_KEY, JSON.stringify(toScenarioFile(scenario, layout)));
  }

  /** Forgets which scenario the canvas edits (it is being deleted): nothing saves into it. */
  unbind(): void {
    this.cancel();
    useStore.setState((s) => ({ library: { ...s.library, currentId: null } }));
  }

  /** Records a kept scenario's place in a class (authored, solved, in review), or none. */
  setTeaching(id: string, teaching: Teaching | null): void {
    this.update((index) => ({
      ...index,
      items: index.items.map((item) => {
        if (item.id !== id) return item;
        const { teaching: _old, ...rest } = item;
        void _old;
        return teaching ? { ...rest, teaching } : rest;
      }),
    }));
  }

  remove(id: string): LibraryIndex {
    this.storage.removeItem(keptKey(id));
    return this.update((i) => ({
      ...i,
      current: i.current === id ? null : i.current,
      items: i.items.filter((item) => item.id !== id),
    }));
  }
}

/** A file's content in the one parser's key order, so that equal scenarios compare equal. */
function canonical(file: ScenarioFile): string {
  const parsed = parseScenarioFile(JSON.parse(JSON.stringify(file)));
  return JSON.stringify(parsed.ok ? parsed.value : file);
}

export function entry(id: string, name: string, origin: KeptOrigin, now: number): KeptScenario {
  return { id, name, origin, created: now, updated: now };
}

let active: Keeper | null = null;

/** The running keeper, or null before My scenarios starts. */
export function keeper(): Keeper | null {
  return active;
}

export function setKeeper(next: Keeper | null): void {
  active = next;
}
