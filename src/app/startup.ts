import type { Persistence } from '../store/index.ts';

/**
 * One of the browser's storages, or null: some browsers (private modes, blocked cookies) throw
 * on the mere access of `window.localStorage`. What that means is said by My scenarios at its
 * first write (a copy to download), not here.
 */
export function openStorage(get: () => Storage): Storage | null {
  try {
    const storage = get();
    void storage.length;
    return storage;
  } catch {
    return null;
  }
}

/** Whether the page may use IndexedDB at all (touching it throws where the browser forbids it). */
export function hasIndexedDb(page: Window): boolean {
  try {
    return page.indexedDB !== undefined && page.indexedDB !== null;
  } catch {
    return false;
  }
}

/** What this page gives My scenarios to keep work in, and to hear other tabs with. */
export function persistenceOf(page: Window): Persistence {
  return {
    local: openStorage(() => page.localStorage),
    session: openStorage(() => page.sessionStorage),
    indexedDb: hasIndexedDb(page),
    locks: page.navigator.locks ?? null,
    channel:
      typeof globalThis.BroadcastChannel === 'function'
        ? (name) => new globalThis.BroadcastChannel(name)
        : null,
    page,
  };
}
