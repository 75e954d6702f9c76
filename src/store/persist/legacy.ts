import { z } from 'zod';
import type { KeptScenario } from '../slices/library.ts';
import { KeptScenarioSchema } from './entries.ts';

/**
 * The localStorage layout of earlier versions, read once to move it into IndexedDB (migrate.ts)
 * and never written again.
 *
 * WIRE FORMAT (old, frozen): these keys must keep being read as they were written.
 *
 * - `vpc-flow-lab:autosave` → the scenario file the canvas held, written 400 ms after each change
 *   (and `vpc-flow-lab:autosave-unreadable`, one that could not be read, kept aside as it was);
 * - `vpc-flow-lab:library` → `{ version: 1, current: id | null, items: KeptScenario[] }` (and
 *   `vpc-flow-lab:library-unreadable`, an index that could not be read, kept aside);
 * - `vpc-flow-lab:kept:<id>` → a scenario file envelope (`{ format, version, scenario, layout }`);
 * - `vpc-flow-lab:grading-keys` → the instructor's grading keys, an array (and
 *   `vpc-flow-lab:grading-keys-unreadable`).
 */
export const AUTOSAVE_KEY = 'vpc-flow-lab:autosave';
export const UNREADABLE_KEY = 'vpc-flow-lab:autosave-unreadable';
export const LIBRARY_KEY = 'vpc-flow-lab:library';
export const KEPT_PREFIX = 'vpc-flow-lab:kept:';
export const LIBRARY_UNREADABLE_KEY = 'vpc-flow-lab:library-unreadable';
export const GRADING_KEYS_KEY = 'vpc-flow-lab:grading-keys';
export const GRADING_KEYS_UNREADABLE_KEY = 'vpc-flow-lab:grading-keys-unreadable';

/** Every key an earlier version wrote, besides the `kept:` ones. */
export const LEGACY_KEYS = [
  AUTOSAVE_KEY,
  UNREADABLE_KEY,
  LIBRARY_KEY,
  LIBRARY_UNREADABLE_KEY,
  GRADING_KEYS_KEY,
  GRADING_KEYS_UNREADABLE_KEY,
] as const;

const LibraryIndexSchema = z.object({
  version: z.literal(1),
  current: z.string().nullable(),
  items: z.array(KeptScenarioSchema),
});

export interface LegacyIndex {
  readonly current: string | null;
  readonly items: readonly KeptScenario[];
  /** IDs of `kept:` keys the index does not list (all of them when it could not be read). */
  readonly unlisted: readonly string[];
  /** The index's text when it could not be read (its scenarios are then found by their keys). */
  readonly unreadable: string | null;
}

export const keptKey = (id: string): string => `${KEPT_PREFIX}${id}`;

/** The IDs of every `kept:` key, listed in the index or not. */
export function keptIds(storage: Storage): string[] {
  const ids: string[] = [];
  for (let k = 0; k < storage.length; k++) {
    const key = storage.key(k);
    if (key?.startsWith(KEPT_PREFIX)) ids.push(key.slice(KEPT_PREFIX.length));
  }
  return ids;
}

/**
 * Reads the old index, and finds the `kept:` keys it does not list (an index that could not be
 * read lists none), so that no kept scenario is left behind.
 */
export function readLegacyIndex(storage: Storage): LegacyIndex {
  const raw = storage.getItem(LIBRARY_KEY);
  let index: z.infer<typeof LibraryIndexSchema> | null = null;
  if (raw !== null) {
    try {
      const parsed = LibraryIndexSchema.safeParse(JSON.parse(raw));
      if (parsed.success) index = parsed.data;
    } catch {
      // Not JSON: kept aside as unreadable.
    }
  }
  const items = index?.items ?? [];
  return {
    current: index?.current ?? null,
    items,
    unlisted: keptIds(storage).filter((id) => !items.some((item) => item.id === id)),
    unreadable: raw !== null && index === null ? raw : null,
  };
}
