import type { GradingKey } from '../model/gradingKey.ts';
import type { ScenarioFile } from '../model/types.ts';
import {
  byUpdated,
  listing,
  readKeptText,
  type KeptRead,
  type StoredEntry,
} from './persist/entries.ts';
import type { ScenarioStore, Written } from './persist/scenarios.ts';
import type { KeptScenario } from './slices/library.ts';
import type { Teaching } from './slices/teaching.ts';
import { useStore } from './store.ts';

export type Entry = Omit<StoredEntry, 'revision'>;

/** A scenario this page holds that IndexedDB has not (yet) confirmed: refused, or in flight. */
interface Held {
  readonly entry: Entry;
  readonly file: ScenarioFile;
}

/**
 * What is kept, as this page knows it: the listing as IndexedDB holds it (mirrored into the
 * library slice), what this page holds that storage has not confirmed (`held`, read before
 * storage), the revision each scenario is at, and the grading keys. Every storage operation
 * runs through one queue, in the order asked, so a read never overtakes a write before it.
 * Policy (what the canvas edits, conflicts, what is said) is the keeper's (keeper.ts).
 */
export class Shelf {
  private readonly stored = new Map<string, StoredEntry>();
  private unreadable: readonly string[] = [];
  private readonly held = new Map<string, Held>();
  private readonly revisions = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  readonly keys = new Map<string, GradingKey>();

  constructor(
    private readonly store: ScenarioStore | null,
    /** Why there is no store, when there is none. */
    private readonly unavailable = 'there is no storage',
  ) {}

  /** Runs storage work one piece at a time, in order; a failure never stops the queue. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every operation asked for so far has finished. */
  async settled(): Promise<void> {
    let seen: Promise<unknown> | null = null;
    while (seen !== this.queue) {
      seen = this.queue;
      await seen;
    }
  }

  /** The revision `id` is at as far as this page knows, or null (not stored yet). */
  revision(id: string): number | null {
    return this.revisions.get(id) ?? this.stored.get(id)?.revision ?? null;
  }

  setRevision(id: string, revision: number): void {
    this.revisions.set(id, revision);
  }

  /** Whether storage holds `id` as this page last knew it (nothing of it held here only). */
  isStored(id: string): boolean {
    return this.stored.has(id) && !this.held.has(id);
  }

  /** All entries known, stored or held (held ones are newer). */
  entries(): Entry[] {
    const all = new Map<string, Entry>(this.stored);
    for (const [id, { entry }] of this.held) all.set(id, entry);
    return [...all.values()];
  }

  /** A kept scenario's entry as this page knows it, or undefined. */
  entry(id: string): Entry | undefined {
    return this.held.get(id)?.entry ?? this.stored.get(id);
  }

  /** Reads the listing from storage into the mirror. */
  refresh(): Promise<void> {
    const store = this.store;
    if (!store) return Promise.resolve(this.publish());
    return this.run(async () => {
      try {
        const listed = await store.list();
        this.stored.clear();
        for (const entry of listed.entries) this.stored.set(entry.id, entry);
        this.unreadable = listed.unreadable;
      } catch {
        // The listing stays as it was.
      }
      this.publish();
    });
  }

  /** Mirrors the listing into the slice: what is stored, and what this page holds. */
  publish(): void {
    const items = new Map<string, KeptScenario>();
    for (const entry of this.stored.values()) items.set(entry.id, listing(entry));
    for (const [id, { entry }] of this.held) items.set(id, listing({ ...entry, revision: 0 }));
    for (const id of this.unreadable) {
      if (items.has(id)) continue;
      const name = `Unreadable scenario ${id}`;
      items.set(id, { id, name, origin: 'autosave', created: 0, updated: 0 });
    }
    const kept = byUpdated([...items.values()]);
    // Every change of the store runs every subscriber's selector (hundreds on a large canvas):
    // a listing that did not change is not set again.
    if (sameListing(useStore.getState().library.kept, kept)) return;
    useStore.setState((s) => ({ library: { ...s.library, kept } }));
  }

  /** Holds `file` in this page (not confirmed by storage), at `revision` when it has one. */
  hold(entry: Entry, file: ScenarioFile, revision: number | null = null): void {
    this.held.set(entry.id, { entry, file });
    if (revision !== null) this.revisions.set(entry.id, revision);
    this.publish();
  }

  /**
   * Writes `file` as the next revision of `id` (queued), on the revision this page knows. What
   * storage refuses is held here; the answer says what happened.
   */
  save(id: string, file: ScenarioFile, entry: Entry): Promise<Written> {
    // Known at once (a new name, no longer untouched: see Keeper.keepNew); the slice follows
    // when the write is answered.
    const known = this.stored.get(id);
    if (known) this.stored.set(id, { ...entry, revision: known.revision });
    const held = this.held.get(id);
    if (held) this.held.set(id, { ...held, entry });
    return this.run(async () => {
      const base = this.revisions.get(id) ?? null;
      const written: Written = this.store
        ? await this.store.save(id, JSON.stringify(file), base, entry)
        : { ok: false, why: 'refused', reason: this.unavailable };
      if (written.ok) {
        this.revisions.set(id, written.revision);
        this.stored.set(id, { ...entry, revision: written.revision });
        this.held.delete(id);
      } else if (written.why === 'refused') {
        this.held.set(id, { entry, file });
      }
      this.publish();
      return written;
    });
  }

  /**
   * Reads a kept scenario: what this page holds of it first (newer than storage), else storage.
   * `fromStorage`: storage only (taking another tab's revision).
   */
  read(
    id: string,
    fromStorage = false,
  ): Promise<{ read: KeptRead; revision: number | null; stored: boolean }> {
    return this.run(async () => {
      const held = fromStorage ? undefined : this.held.get(id);
      if (held) {
        const revision = this.revisions.get(id) ?? null;
        return { read: { ok: true, value: held.file } as const, revision, stored: false };
      }
      const stored = this.store ? await this.store.read(id) : null;
      if (!stored) return { read: readKeptText(null), revision: null, stored: false };
      this.stored.set(id, stored.entry);
      this.revisions.set(id, stored.entry.revision);
      return { read: readKeptText(stored.text), revision: stored.entry.revision, stored: true };
    });
  }

  /** The text kept under `id` as stored (for a download, one that cannot be read included). */
  text(id: string): Promise<string | null> {
    return this.run(async () => {
      const held = this.held.get(id);
      if (held) return JSON.stringify(held.file);
      return (await this.store?.read(id))?.text ?? null;
    });
  }

  /** A text kept aside (an unreadable old autosave) as it was, or null. */
  asideText(key: string): Promise<string | null> {
    return this.run(async () => {
      const text = await this.store?.getMeta(key);
      return typeof text === 'string' ? text : null;
    });
  }

  /** Records a kept scenario's place in a class (authored, solved, in review), or none. */
  setTeaching(id: string, teaching: Teaching | null): void {
    const change = <E extends Entry>(entry: E): E => {
      const { teaching: _old, ...rest } = entry;
      void _old;
      return (teaching ? { ...rest, teaching } : rest) as E;
    };
    const held = this.held.get(id);
    if (held) this.held.set(id, { ...held, entry: change(held.entry) });
    const stored = this.stored.get(id);
    if (stored) this.stored.set(id, change(stored));
    this.publish();
    const store = this.store;
    if (store && !held) void this.run(() => store.patch(id, change));
  }

  /**
   * Renames a kept scenario from what storage holds, as one revision of its file and listing.
   * Resolves to the refusal, or null. (A held one is renamed by the keeper, as a new write.)
   */
  rename(id: string, name: string): Promise<string | null> {
    const store = this.store;
    if (!store) return Promise.resolve('it is no longer in this browser’s storage');
    return this.run(async () => {
      let problem: string | null = null;
      const written = await store.rewrite(id, ({ entry, text }) => {
        const read = readKeptText(text);
        if (!read.ok) {
          problem = `It could not be read: ${read.error}.`;
          return null;
        }
        const file = { ...read.value, scenario: { ...read.value.scenario, name } };
        return { text: JSON.stringify(file), entry: { ...entry, name, digest: null } };
      });
      if (written.ok) this.revisions.set(id, written.revision);
      if (problem !== null) return problem;
      return written.ok ? null : `It could not be renamed: ${whyText(written)}.`;
    }).then(async (problem) => {
      await this.refresh();
      return problem;
    });
  }

  /** The held file of `id`, if this page holds one. */
  heldFile(id: string): ScenarioFile | undefined {
    return this.held.get(id)?.file;
  }

  remove(id: string): void {
    this.held.delete(id);
    this.stored.delete(id);
    this.revisions.delete(id);
    this.publish();
    const store = this.store;
    void this.run(async () => {
      await store?.remove(id);
      // A write of it that was still in the queue put it back in the mirror: out again.
      this.stored.delete(id);
      this.held.delete(id);
      this.publish();
    });
  }

  /** Another tab deleted `id`. */
  forget(id: string): void {
    this.stored.delete(id);
    this.revisions.delete(id);
    this.publish();
  }

  /** Keeps a grading key: held here, written through to storage. */
  putKey(key: GradingKey): void {
    this.keys.set(key.id, key);
    const store = this.store;
    if (store) void this.run(() => store.putGradingKey(key.id, key));
  }
}

function sameListing(a: readonly KeptScenario[], b: readonly KeptScenario[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, k) => {
      const y = b[k];
      return (
        y !== undefined &&
        x.id === y.id &&
        x.name === y.name &&
        x.origin === y.origin &&
        x.created === y.created &&
        x.updated === y.updated &&
        JSON.stringify(x.teaching) === JSON.stringify(y.teaching)
      );
    })
  );
}

export function whyText(written: Exclude<Written, { ok: true }>): string {
  if (written.why === 'refused') return written.reason;
  return written.why === 'removed' ? 'it was deleted in another tab' : 'another tab changed it';
}
