import { toScenarioFile } from '../model/envelope.ts';
import type { Layout, Scenario, ScenarioFile } from '../model/types.ts';
import { showMessage } from './actions/ui.ts';
import { digestOf, newKeptId } from './persist/entries.ts';
import { removeJournal, writeJournal } from './persist/journal.ts';
import type { ScenarioStore, Written } from './persist/scenarios.ts';
import { writeSession } from './persist/tabs.ts';
import { Shelf, whyText, type Entry } from './shelf.ts';
import type { KeptOrigin, KeptScenario, StorageConflict } from './slices/library.ts';
import type { Teaching } from './slices/teaching.ts';
import { useStore } from './store.ts';

const NAME_LIMIT = 256;
export const UNTITLED = 'Untitled scenario';

interface Snapshot {
  readonly scenario: Scenario;
  readonly layout: Layout;
}

export interface KeeperOptions {
  /** IndexedDB, or null where the browser refuses it (then every write is refused). */
  readonly store: ScenarioStore | null;
  /** Why there is no store, when there is none. */
  readonly unavailable?: string;
  /** localStorage, for the journal; null where the browser refuses it. */
  readonly local: Storage | null;
  readonly session: Storage | null;
  /** This page's ID among the tabs. */
  readonly tab: string;
  readonly delayMs: number;
}

/**
 * My scenarios' keeper: which kept scenario the canvas edits, and how it is kept. Storage is
 * IndexedDB, mirrored by the shelf (shelf.ts); every write names the revision it was made on, so
 * a tab never writes over another tab's newer one: it is told instead (`library.conflict`), and
 * asked (actions/conflict.ts). What storage refuses is held in this page, said once with a copy
 * to download, and written again at the next change. Each change is journalled synchronously in
 * localStorage (persist/journal.ts) until IndexedDB holds it. Started by the library effect
 * (effects/library.ts); null before (and in unit tests without storage: scenarios then open in
 * place).
 */
export class Keeper {
  readonly tab: string;
  readonly shelf: Shelf;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The canvas as last handed to a write, and as shown when it opened. */
  private queued: Snapshot | null = null;
  private pristine: Snapshot | null = null;
  /** Per kept scenario, this page's latest state of it that is safe: in the journal or stored. */
  private readonly journalled = new Map<string, Snapshot>();
  private refusal: string | null = null;
  /** Another scenario is being put on the canvas: nothing is saved until it is bound. */
  private switching = false;

  constructor(private readonly options: KeeperOptions) {
    this.tab = options.tab;
    this.shelf = new Shelf(options.store, options.unavailable);
  }

  currentId(): string | null {
    return this.switching ? null : useStore.getState().library.currentId;
  }

  entry(id: string): KeptScenario | undefined {
    return useStore.getState().library.kept.find((k) => k.id === id);
  }

  /** Resolves once every storage operation asked for so far has finished. */
  settled(): Promise<void> {
    return this.shelf.settled();
  }

  /** Saves the canvas into the current kept scenario after a quiet moment. */
  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => this.flush(), this.options.delayMs);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  pending(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Hands the canvas to a write into the current kept scenario now, if it changed since the last
   * one. Never while another tab's newer revision is unanswered (the journal keeps the change).
   */
  flush(): void {
    this.cancel();
    const id = this.currentId();
    const { scenario, layout } = useStore.getState();
    if (id === null || same(this.queued, scenario, layout)) return;
    if (useStore.getState().library.conflict?.id === id) return;
    this.queued = { scenario, layout };
    const unchanged = same(this.pristine, scenario, layout);
    const base = this.entryOf(id);
    const entry: Entry = {
      ...base,
      name: scenario.name,
      updated: Date.now(),
      digest: unchanged ? base.digest : null,
    };
    this.write(id, toScenarioFile(scenario, layout), entry, { scenario, layout });
  }

  /**
   * Writes the current change to the journal, synchronously, unless it is safe already. Returns
   * false when the journal could not be written.
   */
  journal(): boolean {
    const id = this.currentId();
    const { scenario, layout, teaching } = useStore.getState();
    if (id === null || same(this.journalled.get(id) ?? null, scenario, layout)) return true;
    const entry = this.entryOf(id);
    const written = writeJournal(this.options.local, {
      v: 1,
      tab: this.tab,
      id,
      base: this.shelf.revision(id),
      at: Date.now(),
      name: scenario.name,
      origin: entry.origin,
      created: entry.created,
      ...(teaching ? { teaching } : {}),
      file: toScenarioFile(scenario, layout),
    });
    if (written.ok) this.journalled.set(id, { scenario, layout });
    return written.ok;
  }

  /** Removes this page's journal of `id` (what it held is kept elsewhere now, or was dropped). */
  dropJournal(id: string): void {
    removeJournal(this.options.local, this.tab, id);
    this.journalled.delete(id);
  }

  /**
   * Keeps `file` as a new scenario named `name` (the scenario's name follows). The same scenario
   * kept already, untouched since (the same name, the same content once read by the one parser),
   * is not kept twice: its ID comes back, with `existing`. `write`: false when it opens at once
   * (the canvas is then written into it).
   */
  keepNew(
    file: ScenarioFile,
    name: string,
    origin: KeptOrigin,
    teaching: Teaching | null = null,
    { write = true }: { readonly write?: boolean } = {},
  ): { readonly id: string; readonly existing: boolean; readonly file: ScenarioFile } {
    const wanted = name.trim().slice(0, NAME_LIMIT) || file.scenario.name || UNTITLED;
    const kept =
      wanted === file.scenario.name
        ? file
        : { ...file, scenario: { ...file.scenario, name: wanted } };
    const digest = digestOf(kept);
    const same = this.shelf.entries().find((e) => e.name === wanted && e.digest === digest);
    if (same) return { id: same.id, existing: true, file: kept };
    const id = newKeptId();
    const now = Date.now();
    const entry: Entry = {
      ...{ id, name: wanted, origin, created: now, updated: now, digest },
      ...(teaching ? { teaching } : {}),
    };
    this.shelf.hold(entry, kept);
    if (write) this.write(id, kept, entry);
    return { id, existing: false, file: kept };
  }

  /** Reads a kept scenario (see Shelf.read); the open one is saved first. */
  read(id: string, fromStorage = false): ReturnType<Shelf['read']> {
    if (id === this.currentId() && !fromStorage) this.flush();
    return this.shelf.read(id, fromStorage);
  }

  /** The text kept under `id` (for a download); the open one is saved first. */
  text(id: string): Promise<string | null> {
    if (id === this.currentId()) this.flush();
    return this.shelf.text(id);
  }

  /** Stops writing the canvas anywhere while another scenario is put on it (open.ts). */
  detach(): void {
    this.flush();
    this.switching = true;
  }

  /**
   * Makes `id` the scenario the canvas edits, once the canvas holds it at `revision` (null: not
   * stored yet). `stored`: false when storage does not hold what the canvas shows: it is written
   * at once. A reload of this tab opens it again; so does a new tab, until another opens one.
   */
  bind(id: string, revision: number | null, { stored }: { readonly stored: boolean }): void {
    this.cancel();
    const { scenario, layout } = useStore.getState();
    this.pristine = { scenario, layout };
    this.queued = stored ? this.pristine : null;
    if (revision !== null) this.shelf.setRevision(id, revision);
    this.switching = false;
    const { library } = useStore.getState();
    if (library.currentId !== id || library.conflict !== null) {
      useStore.setState((s) => ({ library: { ...s.library, currentId: id, conflict: null } }));
    }
    writeSession(this.options.session, this.tab, id);
    const store = this.options.store;
    if (store) void this.shelf.run(() => store.setMeta('current', id));
    if (stored) {
      // Storage holds what the canvas shows: an older journal of it from this page is done with.
      removeJournal(this.options.local, this.tab, id);
      this.journalled.set(id, this.pristine);
    } else {
      this.journalled.delete(id);
      this.journal();
      this.flush();
    }
  }

  /** Forgets which scenario the canvas edits (it is being deleted): nothing saves into it. */
  unbind(): void {
    this.cancel();
    const id = this.currentId();
    if (id !== null) this.dropJournal(id);
    this.switching = false;
    useStore.setState((s) => ({ library: { ...s.library, currentId: null, conflict: null } }));
  }

  /** Renames a kept scenario that is not open. Resolves to the refusal, or null. */
  rename(id: string, name: string): Promise<string | null> {
    const held = this.shelf.heldFile(id);
    const entry = this.shelf.entry(id);
    if (held === undefined || entry === undefined) return this.shelf.rename(id, name);
    const file = { ...held, scenario: { ...held.scenario, name } };
    const renamed = { ...entry, name, digest: null };
    this.shelf.hold(renamed, file);
    this.write(id, file, renamed);
    return Promise.resolve(null);
  }

  remove(id: string): void {
    this.dropJournal(id);
    this.shelf.remove(id);
  }

  /** Another tab wrote `id` at `revision`: the canvas, if it shows an older one, is told. */
  changedElsewhere(id: string, revision: number | 'removed'): void {
    if (revision === 'removed') this.shelf.forget(id);
    const known = this.shelf.revision(id) ?? 0;
    if (id !== this.currentId() || (revision !== 'removed' && revision <= known)) return;
    this.setConflict(id, revision === 'removed' ? 'removed' : 'changed');
  }

  setConflict(id: string, kind: StorageConflict['kind']): void {
    const name = useStore.getState().scenario.name;
    useStore.setState((s) => ({ library: { ...s.library, conflict: { id, name, kind } } }));
  }

  /** Writes `file` into `id` (queued) and acts on the answer; `state`: the canvas it came from. */
  private write(id: string, file: ScenarioFile, entry: Entry, state?: Snapshot): void {
    void this.shelf
      .save(id, file, entry)
      .then((written) => this.answer(id, file, entry, written, state));
  }

  private answer(
    id: string,
    file: ScenarioFile,
    entry: Entry,
    written: Written,
    state?: Snapshot,
  ): void {
    if (written.ok) {
      // The journal goes once storage holds what it holds (not an older state of it).
      const journalled = this.journalled.get(id);
      if (state && (!journalled || same(journalled, state.scenario, state.layout))) {
        removeJournal(this.options.local, this.tab, id);
        this.journalled.set(id, state);
      }
      this.refusal = null;
      return;
    }
    if (written.why === 'refused') {
      this.refused(id, entry.name, written.reason);
      return;
    }
    if (written.why === 'removed') this.shelf.forget(id);
    if (id === this.currentId()) {
      this.setConflict(id, written.why);
      return;
    }
    // Changed elsewhere after this page left it: this page's last change is kept beside it.
    const name = `${entry.name} (unsaved changes)`;
    const copy = this.keepNew(file, name, 'copy', entry.teaching ?? null);
    this.dropJournal(id);
    showMessage(
      'info',
      `“${entry.name}” could not take the last changes made here (${whyText(written)}): they are kept beside it as “${this.entry(copy.id)?.name ?? name}”.`,
    );
  }

  /** Says once (per reason) that storage refused, with a copy of the work to download. */
  private refused(id: string, name: string, reason: string): void {
    if (this.refusal === reason) return;
    this.refusal = reason;
    const journalled = this.options.local !== null && id === this.currentId() && this.journal();
    showMessage(
      'error',
      `“${name}” could not be saved: ${reason}. Download a copy to keep it: it is kept in this tab${
        journalled ? ', and only its latest change for the next start' : ' only'
      }.`,
      {
        label: 'Download a copy',
        file: () => {
          const { scenario, layout } = useStore.getState();
          const file =
            id === this.currentId() ? toScenarioFile(scenario, layout) : this.shelf.heldFile(id);
          return { name: file?.scenario.name ?? name, text: JSON.stringify(file ?? null, null, 2) };
        },
      },
    );
  }

  private entryOf(id: string): Entry {
    const known = this.shelf.entry(id);
    if (known) {
      const { revision: _revision, ...entry } = { revision: 0, ...known };
      void _revision;
      return entry;
    }
    const now = Date.now();
    return { id, name: UNTITLED, origin: 'autosave', created: now, updated: now, digest: null };
  }
}

function same(snapshot: Snapshot | null, scenario: Scenario, layout: Layout): boolean {
  return snapshot !== null && snapshot.scenario === scenario && snapshot.layout === layout;
}

let active: Keeper | null = null;

/** The running keeper, or null before My scenarios starts. */
export function keeper(): Keeper | null {
  return active;
}

export function setKeeper(next: Keeper | null): void {
  active = next;
}
