import { z } from 'zod';
import { parseScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import type { KeptOrigin } from '../slices/library.ts';
import type { Teaching } from '../slices/teaching.ts';
import { storageErrorText } from './scenarios.ts';
import { KeptIdSchema, KeptScenarioSchema, TeachingSchema } from './entries.ts';

/**
 * The journal: the latest change to a kept scenario that IndexedDB has not confirmed yet, in
 * localStorage, because localStorage is synchronous: written in a `pagehide` handler, it is
 * there for the next start, where an IndexedDB write begun in the same handler may never finish.
 * One key per tab and kept scenario, so that two tabs, or one tab's previous scenario still
 * being saved, never share one. Removed once IndexedDB holds what it holds.
 *
 * WIRE FORMAT: `vpc-flow-lab:journal:<tab>:<kept ID>` → `JournalRecord` (`v: 1`); a record this
 * app cannot read is left where it is, never removed.
 */
export const JOURNAL_PREFIX = 'vpc-flow-lab:journal:';

export interface JournalRecord {
  readonly v: 1;
  /** The page (a tab's document) that wrote it. */
  readonly tab: string;
  readonly id: string;
  /** The stored revision the change was made on; null when it was never stored. */
  readonly base: number | null;
  /** When it was written (milliseconds since the epoch). */
  readonly at: number;
  /** The listing, so that a scenario storage never held can be kept as it was. */
  readonly name: string;
  readonly origin: KeptOrigin;
  readonly created: number;
  readonly teaching?: Teaching;
  readonly file: ScenarioFile;
}

const TabSchema = z.string().regex(/^t[0-9a-z]+$/);

const JournalSchema = z.object({
  v: z.literal(1),
  tab: TabSchema,
  id: KeptIdSchema,
  base: z.number().int().min(1).nullable(),
  at: z.number().finite(),
  name: KeptScenarioSchema.shape.name,
  origin: KeptScenarioSchema.shape.origin,
  created: z.number().finite(),
  teaching: TeachingSchema.optional(),
  file: z.unknown(),
});

export const journalKey = (tab: string, id: string): string => `${JOURNAL_PREFIX}${tab}:${id}`;

export type Journaled = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Writes the record, synchronously. A storage that refuses is said, never thrown. */
export function writeJournal(storage: Storage | null, record: JournalRecord): Journaled {
  if (storage === null) return { ok: false, reason: 'this browser gives no storage' };
  try {
    storage.setItem(journalKey(record.tab, record.id), JSON.stringify(record));
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: storageErrorText(e) };
  }
}

export function removeJournal(storage: Storage | null, tab: string, id: string): void {
  try {
    storage?.removeItem(journalKey(tab, id));
  } catch {
    // Nothing to do: a journal left behind is reconciled (and found equal) at the next start.
  }
}

/** One journal found at start: its key, and the record when this app can read it. */
export interface Found {
  readonly key: string;
  readonly record: JournalRecord | null;
}

/** Every journal in `storage`, oldest first; unreadable ones with a null record. */
export function listJournals(storage: Storage | null): Found[] {
  if (storage === null) return [];
  const keys: string[] = [];
  try {
    for (let k = 0; k < storage.length; k++) {
      const key = storage.key(k);
      if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key);
    }
  } catch {
    return [];
  }
  const found = keys.map((key) => ({ key, record: readJournal(storage, key) }));
  return found.sort((a, b) => (a.record?.at ?? 0) - (b.record?.at ?? 0));
}

function readJournal(storage: Storage, key: string): JournalRecord | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const parsed = JournalSchema.safeParse(JSON.parse(raw));
    if (!parsed.success || journalKey(parsed.data.tab, parsed.data.id) !== key) return null;
    const file = parseScenarioFile(parsed.data.file);
    if (!file.ok) return null;
    const { teaching, ...rest } = parsed.data;
    return { ...rest, ...(teaching ? { teaching } : {}), file: file.value };
  } catch {
    return null;
  }
}
