import type { GradingKey } from '../model/gradingKey.ts';
import { keeper } from './keeper.ts';

/**
 * Where the instructor's grading keys are kept: one small interface, so that the storage behind
 * it (the library's, in IndexedDB) can be replaced without touching the
 * authoring, the review or the gradebook.
 */
export interface GradingKeyStore {
  list(): readonly GradingKey[];
  get(id: string): GradingKey | null;
  /** Adds the key, or replaces the one with its ID. */
  put(key: GradingKey): void;
}

/** Keys held in this page only (before My scenarios starts, and in unit tests). */
const inMemory = new Map<string, GradingKey>();

/**
 * The keys of a map of them (the shelf's, written through to IndexedDB by `put`). Stored keys
 * are validated when they are read from storage (effects/library.ts); the old localStorage key
 * `vpc-flow-lab:grading-keys` is moved there at first start (persist/migrate.ts).
 */
function mapKeys(keys: Map<string, GradingKey>, put: (key: GradingKey) => void): GradingKeyStore {
  return {
    list: () => [...keys.values()],
    get: (id) => keys.get(id) ?? null,
    put,
  };
}

/** Keys of the built-in challenges: the app's own, given by the shell at start, never stored. */
let builtIn: readonly GradingKey[] = [];

export function provideBuiltInKeys(keys: readonly GradingKey[]): void {
  builtIn = keys;
}

/** The grading keys of this browser (and of the built-in challenges, which any browser has). */
export function gradingKeys(): GradingKeyStore {
  const shelf = keeper()?.shelf;
  const kept = shelf
    ? mapKeys(shelf.keys, (key) => shelf.putKey(key))
    : mapKeys(inMemory, (key) => void inMemory.set(key.id, key));
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
