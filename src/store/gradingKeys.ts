import { z } from 'zod';
import { GradingKeySchema, type GradingKey } from '../model/gradingKey.ts';
import { keeper } from './keeper.ts';
import type { KeyValueStorage } from './libraryStorage.ts';

/**
 * Where the instructor's grading keys are kept: one small interface, so that the storage behind
 * it (today the library's, in this browser's localStorage) can be replaced without touching the
 * authoring, the review or the gradebook.
 */
export interface GradingKeyStore {
  list(): readonly GradingKey[];
  get(id: string): GradingKey | null;
  /** Adds the key, or replaces the one with its ID. */
  put(key: GradingKey): void;
}

// WIRE FORMAT: the storage keys must never change meaning (instructors' keys must still load).
export const GRADING_KEYS_KEY = 'vpc-flow-lab:grading-keys';
/** Keys that could not be read are moved here before anything is written over them. */
export const GRADING_KEYS_UNREADABLE_KEY = 'vpc-flow-lab:grading-keys-unreadable';

const StoredKeysSchema = z.array(GradingKeySchema);

/** The keys in `storage` under GRADING_KEYS_KEY, validated on every read. */
export function storageKeys(storage: KeyValueStorage): GradingKeyStore {
  const read = (): GradingKey[] => {
    const raw = storage.getItem(GRADING_KEYS_KEY);
    if (raw === null) return [];
    try {
      const parsed = StoredKeysSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON: kept aside below.
    }
    storage.setItem(GRADING_KEYS_UNREADABLE_KEY, raw);
    storage.removeItem(GRADING_KEYS_KEY);
    return [];
  };
  return {
    list: read,
    get: (id) => read().find((k) => k.id === id) ?? null,
    put: (key) => {
      const others = read().filter((k) => k.id !== key.id);
      storage.setItem(GRADING_KEYS_KEY, JSON.stringify([...others, key]));
    },
  };
}

/** Keys held in this page only (before My scenarios starts, and in unit tests). */
const inMemory = new Map<string, string>();
const memoryStorage: KeyValueStorage = {
  get length() {
    return inMemory.size;
  },
  key: (k) => [...inMemory.keys()][k] ?? null,
  getItem: (k) => inMemory.get(k) ?? null,
  setItem: (k, v) => void inMemory.set(k, v),
  removeItem: (k) => void inMemory.delete(k),
};

/** Keys of the built-in challenges: the app's own, given by the shell at start, never stored. */
let builtIn: readonly GradingKey[] = [];

export function provideBuiltInKeys(keys: readonly GradingKey[]): void {
  builtIn = keys;
}

/** The grading keys of this browser (and of the built-in challenges, which any browser has). */
export function gradingKeys(): GradingKeyStore {
  const kept = storageKeys(keeper()?.storage ?? memoryStorage);
  return {
    list: () => kept.list(),
    get: (id) => kept.get(id) ?? builtIn.find((k) => k.id === id) ?? null,
    put: (key) => kept.put(key),
  };
}

/** For tests: forgets the keys held in memory. */
export function resetGradingKeysForTests(): void {
  inMemory.clear();
}
