import 'fake-indexeddb/auto';
import type { Persistence } from '../effects/library.ts';
import { IDBFactory } from 'fake-indexeddb';

/**
 * For unit tests: a fresh, empty IndexedDB (fake-indexeddb, in memory) for each test, and a
 * Storage over a Map that can be made to refuse writes as a full browser storage does.
 */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export interface MemoryStorage extends Storage {
  readonly map: Map<string, string>;
  /** Writes throw QuotaExceededError while true. */
  full: boolean;
}

export function memoryStorage(entries: Record<string, string> = {}): MemoryStorage {
  const map = new Map(Object.entries(entries));
  const storage = {
    map,
    full: false,
    get length() {
      return map.size;
    },
    key: (k: number) => [...map.keys()][k] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem(k: string, v: string) {
      if (storage.full) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      map.set(k, String(v));
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
  return storage;
}

/** Makes every IndexedDB put throw as a full storage does, until the returned undo is called. */
export function fillIndexedDb(): () => void {
  const proto = globalThis.IDBObjectStore.prototype;
  const put = proto.put;
  proto.put = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return () => {
    proto.put = put;
  };
}

/** A fake tab: its own sessionStorage, sharing `local` (and IndexedDB) with the others. */
export interface FakeTab {
  readonly local: MemoryStorage | null;
  readonly session: MemoryStorage;
  readonly page: EventTarget & { document: EventTarget & { visibilityState: string } };
}

export function fakeTab(local: MemoryStorage | null, session = memoryStorage()): FakeTab {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return { local, session, page: Object.assign(new EventTarget(), { document }) };
}

/** Web Locks as seen from a page: every other page is gone (closed), or every one is alive. */
export function fakeLocks(closed: boolean): LockManager {
  return {
    request: async (_name: string, ...rest: unknown[]) => {
      const callback = rest.at(-1) as (lock: Lock | null) => unknown;
      const options = (rest.length > 1 ? rest[0] : {}) as LockOptions;
      if (!closed && options.ifAvailable) return callback(null);
      if (!closed) throw new DOMException('timed out', 'AbortError');
      return callback({ name: _name, mode: 'exclusive' } as Lock);
    },
    query: async () => ({ held: [], pending: [] }),
  } as unknown as LockManager;
}

/** What a fake tab gives the library (IndexedDB is the global fake one). */
export function persistenceOf(
  tab: FakeTab,
  options: { indexedDb?: boolean; locks?: LockManager | null; channel?: boolean } = {},
): Persistence {
  return {
    local: tab.local,
    session: tab.session,
    indexedDb: options.indexedDb ?? true,
    locks: options.locks ?? null,
    channel: options.channel === false ? null : (name) => new BroadcastChannel(name),
    page: tab.page,
  };
}
