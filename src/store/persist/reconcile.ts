import type { ScenarioFile } from '../../model/types.ts';
import { digestOf, newKeptId, readKeptText, type StoredEntry } from './entries.ts';
import { listJournals, type JournalRecord } from './journal.ts';
import type { ScenarioStore, Written } from './scenarios.ts';
import type { TabLocks } from './tabs.ts';

/** How long a reloaded page waits for its previous page to be gone before reading its journal. */
const RELOAD_WAIT_MS = 2000;
/** Without Web Locks, another tab's journal this old is taken to be a closed tab's. */
const STALE_MS = 60_000;

/** What became of a journal found at start. */
export type Reconciled =
  /** Its change was stored as the next revision of its scenario (or the scenario, kept again). */
  | { readonly kind: 'restored'; readonly id: string; readonly name: string }
  /** Its scenario changed elsewhere since: its change was kept as a copy beside it. */
  | { readonly kind: 'copied'; readonly id: string; readonly name: string; readonly of: string }
  /** Storage refused: the change is handed to this page to hold (its journal stays). */
  | { readonly kind: 'held'; readonly key: string; readonly record: JournalRecord };

export interface ReconcileOptions {
  readonly local: Storage | null;
  readonly store: ScenarioStore | null;
  readonly locks: TabLocks | null;
  /** The page this tab showed before a reload: its journal is this page's to finish. */
  readonly previousTab: string | null;
  readonly now?: number;
}

/**
 * Finishes what closed pages left in the journal: a change newer than its stored revision is
 * stored (said as restored), one made on a revision another tab has since replaced is kept as a
 * copy, and one equal to what is stored is dropped. A journal is removed only once IndexedDB
 * holds what it held (move, then delete); journals of live tabs and unreadable ones are left.
 */
export async function reconcileJournals(options: ReconcileOptions): Promise<Reconciled[]> {
  const { local, store, locks, previousTab } = options;
  const now = options.now ?? Date.now();
  const out: Reconciled[] = [];
  for (const { key, record } of listJournals(local)) {
    if (record === null) continue;
    const mine = record.tab === previousTab;
    const closed = locks
      ? await locks.closed(record.tab, mine ? RELOAD_WAIT_MS : 0)
      : mine || now - record.at > STALE_MS;
    if (!closed) continue;
    const settled = store ? await settle(store, record) : null;
    if (settled === null) {
      out.push({ kind: 'held', key, record });
      continue;
    }
    if (settled !== 'same') out.push(settled);
    try {
      local?.removeItem(key);
    } catch {
      // Left behind, it is found equal to what is stored at the next start.
    }
  }
  return out;
}

/** Stores one journal's change; null when storage refuses (the page then holds it). */
async function settle(
  store: ScenarioStore,
  record: JournalRecord,
): Promise<Exclude<Reconciled, { kind: 'held' }> | 'same' | null> {
  const text = JSON.stringify(record.file);
  // Two tries: another tab may write between the read and the write.
  for (let attempt = 0; attempt < 2; attempt++) {
    const stored = await store.read(record.id);
    if (stored && sameContent(stored.text, record.file)) return 'same';
    if (!stored || stored.entry.revision === record.base) {
      const written = await store.save(record.id, text, stored?.entry.revision ?? null, {
        ...entryOf(record, record.id, record.name, record.origin),
        ...(stored ? { created: stored.entry.created } : {}),
      });
      if (written.ok) return { kind: 'restored', id: record.id, name: record.name };
      if (isRefused(written)) return null;
      continue;
    }
    const id = newKeptId();
    const name = `${record.name} (unsaved changes)`.slice(0, 256);
    const copy = { ...record.file, scenario: { ...record.file.scenario, name } };
    const written = await store.save(
      id,
      JSON.stringify(copy),
      null,
      entryOf(record, id, name, 'copy'),
    );
    if (written.ok) return { kind: 'copied', id, name, of: stored.entry.name };
    if (isRefused(written)) return null;
  }
  return null;
}

function entryOf(
  record: JournalRecord,
  id: string,
  name: string,
  origin: JournalRecord['origin'],
): Omit<StoredEntry, 'revision'> {
  return {
    id,
    name,
    origin,
    created: record.created,
    updated: record.at,
    digest: null,
    ...(record.teaching ? { teaching: record.teaching } : {}),
  };
}

function sameContent(text: string | null, file: ScenarioFile): boolean {
  const read = readKeptText(text);
  return read.ok && digestOf(read.value) === digestOf(file);
}

function isRefused(written: Written): boolean {
  return !written.ok && written.why === 'refused';
}
