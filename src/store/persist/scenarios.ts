import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { StoredEntrySchema, type StoredEntry } from './entries.ts';

/**
 * My scenarios in IndexedDB (through `idb`, a thin promise wrapper: a write that checks a
 * revision must read and write two stores in one transaction). One database, four stores:
 *
 * - `entries`: kept-scenario ID → `StoredEntry` (the listing, its revision, its digest);
 * - `files`: kept-scenario ID → the scenario file's JSON text (as files and links carry it);
 * - `meta`: `current` (the kept scenario a new tab opens) and texts kept aside as they were;
 * - `gradingKeys`: challenge ID → the instructor's grading key.
 *
 * WIRE FORMAT: store names and value shapes must never change meaning; a new layout is a new
 * database version with an upgrade that keeps what is there. Values are validated on every read:
 * another version of the app, in another tab, may have written them.
 *
 * A write never goes over a revision it has not seen (`save`'s `base`), and each one is
 * announced to the other tabs (`announce`, a BroadcastChannel in the app).
 */
export const DB_NAME = 'vpc-flow-lab';
const DB_VERSION = 1;

interface LabSchema extends DBSchema {
  entries: { key: string; value: unknown };
  files: { key: string; value: unknown };
  meta: { key: string; value: unknown };
  gradingKeys: { key: string; value: unknown };
}
type Store = StoreNames<LabSchema>;
const STORES: readonly Store[] = ['entries', 'files', 'meta', 'gradingKeys'];

/** What changed, as other tabs learn it. */
export type Change =
  | { readonly type: 'saved'; readonly id: string; readonly revision: number }
  | { readonly type: 'removed'; readonly id: string }
  | { readonly type: 'listed' }
  | { readonly type: 'keys' };

/** The storage refused the write (full, private mode, closed): nothing was written. */
export interface Refused {
  readonly ok: false;
  readonly why: 'refused';
  readonly reason: string;
}

export type Written =
  | { readonly ok: true; readonly revision: number }
  /** Another tab wrote a newer revision (or the entry is one this app cannot read). */
  | { readonly ok: false; readonly why: 'changed'; readonly revision: number }
  /** Another tab deleted it. */
  | { readonly ok: false; readonly why: 'removed' }
  | Refused;

export interface StoredScenario {
  readonly entry: StoredEntry;
  /** The file's text, or null when it is missing or not text (shown as unreadable). */
  readonly text: string | null;
}

/** A scenario to add where its ID is free (migration, journals), at revision 1. */
export interface NewScenario {
  readonly entry: Omit<StoredEntry, 'revision'>;
  readonly text: string;
}

export interface Listed {
  readonly entries: readonly StoredEntry[];
  /** IDs whose entry this app cannot read (damaged, or a newer app's): never written over. */
  readonly unreadable: readonly string[];
}

export class ScenarioStore {
  private constructor(
    private readonly db: IDBPDatabase<LabSchema>,
    private readonly announce: (change: Change) => void,
    /** Why the connection went away under the app, once it has. */
    private readonly closed: { why: string | null },
  ) {}

  /**
   * Opens the database. `onClosed` is told when the connection goes away under the app: a newer
   * version in another tab needs it (we step aside), or the browser closed it.
   */
  static async open(
    announce: (change: Change) => void = () => {},
    onClosed: (why: string) => void = () => {},
  ): Promise<ScenarioStore> {
    const closed: { why: string | null } = { why: null };
    const db = await openDB<LabSchema>(DB_NAME, DB_VERSION, {
      upgrade(upgrading) {
        for (const name of STORES) {
          if (!upgrading.objectStoreNames.contains(name)) upgrading.createObjectStore(name);
        }
      },
      blocking() {
        // Another tab needs the database (a newer version, or it is being deleted): step aside.
        db.close();
        closed.why = 'another tab of VPC Flow Lab needs the storage (an update?): reload this tab';
        onClosed(closed.why);
      },
      terminated() {
        closed.why = 'the browser closed the storage';
        onClosed(closed.why);
      },
    });
    return new ScenarioStore(db, announce, closed);
  }

  close(): void {
    this.db.close();
  }

  async list(): Promise<Listed> {
    const tx = this.db.transaction('entries');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    await tx.done;
    const entries: StoredEntry[] = [];
    const unreadable: string[] = [];
    keys.forEach((id, k) => {
      const entry = entryOf(id, values[k]);
      if (entry) entries.push(entry);
      else unreadable.push(id);
    });
    return { entries, unreadable };
  }

  async read(id: string): Promise<StoredScenario | null> {
    const tx = this.db.transaction(['entries', 'files']);
    const [raw, text] = await Promise.all([
      tx.objectStore('entries').get(id),
      tx.objectStore('files').get(id),
    ]);
    await tx.done;
    const entry = entryOf(id, raw);
    if (!entry) return null;
    return { entry, text: typeof text === 'string' ? text : null };
  }

  /**
   * Writes `text` as the next revision of `id`, only if it is still at `base` (null: only if it
   * does not exist yet), and makes it the one a new tab opens.
   */
  save(
    id: string,
    text: string,
    base: number | null,
    entry: Omit<StoredEntry, 'revision'>,
  ): Promise<Written> {
    return this.write(['entries', 'files', 'meta'], async (tx) => {
      const stored = await tx.objectStore('entries').get(id);
      const refusal = checkBase(id, stored, base);
      if (refusal) return refusal;
      const revision = (base ?? 0) + 1;
      await Promise.all([
        tx.objectStore('files').put(text, id),
        tx.objectStore('entries').put({ ...entry, id, revision }, id),
        tx.objectStore('meta').put(id, 'current'),
      ]);
      return { ok: true, revision } as const;
    }).then((written) => {
      if (written.ok) this.announce({ type: 'saved', id, revision: written.revision });
      return written;
    });
  }

  /**
   * Changes a kept scenario's file and listing together, as its next revision, from what is
   * stored now (renaming one that is not open). `change` returns null to leave it as it is.
   */
  rewrite(
    id: string,
    change: (stored: StoredScenario) => { text: string; entry: StoredEntry } | null,
  ): Promise<Written> {
    return this.write(['entries', 'files'], async (tx) => {
      const [raw, text] = await Promise.all([
        tx.objectStore('entries').get(id),
        tx.objectStore('files').get(id),
      ]);
      const entry = entryOf(id, raw);
      if (!entry) return { ok: false, why: 'removed' } as const;
      const next = change({ entry, text: typeof text === 'string' ? text : null });
      if (next === null) return { ok: true, revision: entry.revision } as const;
      const revision = entry.revision + 1;
      await Promise.all([
        tx.objectStore('files').put(next.text, id),
        tx.objectStore('entries').put({ ...next.entry, id, revision }, id),
      ]);
      return { ok: true, revision } as const;
    }).then((written) => {
      if (written.ok) this.announce({ type: 'saved', id, revision: written.revision });
      return written;
    });
  }

  /** Changes a listing only (its place in a class): the file and its revision stay. */
  patch(id: string, change: (entry: StoredEntry) => StoredEntry): Promise<Written> {
    return this.write(['entries'], async (tx) => {
      const entries = tx.objectStore('entries');
      const entry = entryOf(id, await entries.get(id));
      if (!entry) return { ok: false, why: 'removed' } as const;
      await entries.put({ ...change(entry), id, revision: entry.revision }, id);
      return { ok: true, revision: entry.revision } as const;
    }).then((written) => {
      if (written.ok) this.announce({ type: 'listed' });
      return written;
    });
  }

  remove(id: string): Promise<Written> {
    return this.write(['entries', 'files', 'meta'], async (tx) => {
      const meta = tx.objectStore('meta');
      const current = await meta.get('current');
      await Promise.all([
        tx.objectStore('entries').delete(id),
        tx.objectStore('files').delete(id),
        current === id ? meta.delete('current') : Promise.resolve(),
      ]);
      return { ok: true, revision: 0 } as const;
    }).then((written) => {
      if (written.ok) this.announce({ type: 'removed', id });
      return written;
    });
  }

  /**
   * Adds scenarios, texts kept aside and grading keys where their keys are free (nothing stored
   * is written over), in one transaction: all of it is written or none. Returns the IDs added.
   */
  addMissing(batch: {
    readonly scenarios: readonly NewScenario[];
    readonly meta: Readonly<Record<string, unknown>>;
    readonly gradingKeys: readonly { readonly id: string; readonly key: unknown }[];
  }): Promise<{ ok: true; added: string[] } | Refused> {
    return this.write(['entries', 'files', 'meta', 'gradingKeys'], async (tx) => {
      const added: string[] = [];
      for (const { entry, text } of batch.scenarios) {
        if ((await tx.objectStore('entries').getKey(entry.id)) !== undefined) continue;
        await tx.objectStore('files').put(text, entry.id);
        await tx.objectStore('entries').put({ ...entry, revision: 1 }, entry.id);
        added.push(entry.id);
      }
      for (const [key, value] of Object.entries(batch.meta)) {
        if ((await tx.objectStore('meta').getKey(key)) === undefined) {
          await tx.objectStore('meta').put(value, key);
        }
      }
      for (const { id, key } of batch.gradingKeys) {
        if ((await tx.objectStore('gradingKeys').getKey(id)) === undefined) {
          await tx.objectStore('gradingKeys').put(key, id);
        }
      }
      return { ok: true, added } as const;
    }).then((written) => {
      if (written.ok) this.announce({ type: 'listed' });
      return written;
    });
  }

  async getMeta(key: string): Promise<unknown> {
    return this.db.get('meta', key);
  }

  setMeta(key: string, value: unknown): Promise<Written> {
    return this.write(['meta'], async (tx) => {
      await tx.objectStore('meta').put(value, key);
      return { ok: true, revision: 0 } as const;
    });
  }

  deleteMeta(key: string): Promise<Written> {
    return this.write(['meta'], async (tx) => {
      await tx.objectStore('meta').delete(key);
      return { ok: true, revision: 0 } as const;
    }).then((written) => {
      if (written.ok) this.announce({ type: 'listed' });
      return written;
    });
  }

  /** The keys of `meta` that start with `prefix`. */
  async metaKeys(prefix: string): Promise<string[]> {
    const keys = await this.db.getAllKeys('meta');
    return keys.filter((key) => key.startsWith(prefix));
  }

  /** The grading keys as stored (validated by their reader, gradingKeys.ts). */
  async gradingKeys(): Promise<unknown[]> {
    return this.db.getAll('gradingKeys');
  }

  putGradingKey(id: string, key: unknown): Promise<Written> {
    return this.write(['gradingKeys'], async (tx) => {
      await tx.objectStore('gradingKeys').put(key, id);
      return { ok: true, revision: 0 } as const;
    }).then((written) => {
      if (written.ok) this.announce({ type: 'keys' });
      return written;
    });
  }

  /**
   * Runs `work` in one read-write transaction and waits for it to be committed. Whatever the
   * browser refuses (a full storage, a put that throws, a closed connection) aborts the whole
   * transaction and comes back as `refused`, never as an exception.
   */
  private async write<S extends Store, T extends { ok: boolean }>(
    stores: readonly S[],
    work: (tx: IDBPTransaction<LabSchema, S[], 'readwrite'>) => Promise<T>,
  ): Promise<T | Refused> {
    if (this.closed.why !== null) return { ok: false, why: 'refused', reason: this.closed.why };
    let tx: IDBPTransaction<LabSchema, S[], 'readwrite'>;
    try {
      tx = this.db.transaction([...stores], 'readwrite');
    } catch (e) {
      return refused(e);
    }
    // Settled here so that an abort is never an unhandled rejection.
    const done = tx.done.then(
      () => null,
      (e: unknown) => e ?? tx.error ?? new Error('the write was aborted'),
    );
    let result: T;
    try {
      result = await work(tx);
    } catch (e) {
      abort(tx);
      await done;
      return refused(e);
    }
    if (!result.ok) {
      abort(tx);
      await done;
      return result;
    }
    const failed = await done;
    return failed === null ? result : refused(failed);
  }
}

function abort(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

function entryOf(id: string, raw: unknown): StoredEntry | null {
  const parsed = StoredEntrySchema.safeParse(raw);
  return parsed.success && parsed.data.id === id ? parsed.data : null;
}

/** Why `stored` may not be written at `base`, or null when it may. */
function checkBase(id: string, stored: unknown, base: number | null): Written | null {
  if (stored === undefined) return base === null ? null : { ok: false, why: 'removed' };
  const entry = entryOf(id, stored);
  // One this app cannot read is never written over: another version's, or damaged.
  if (!entry) return { ok: false, why: 'changed', revision: Number.MAX_SAFE_INTEGER };
  return entry.revision === base ? null : { ok: false, why: 'changed', revision: entry.revision };
}

function refused(e: unknown): Refused {
  return { ok: false, why: 'refused', reason: storageErrorText(e) };
}

/** Why the browser's storage refused, in words. */
export function storageErrorText(e: unknown): string {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError') return 'the browser storage is full';
  if (name === 'InvalidStateError') return 'the browser closed the storage';
  if (e instanceof Error || e instanceof DOMException) return e.message || e.name;
  return String(e);
}
