import { GradingKeySchema } from '../../model/gradingKey.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { showMessage } from '../actions/ui.ts';
import { Keeper, setKeeper } from '../keeper.ts';
import { openScenario } from '../open.ts';
import { openChannel, type TabChannel } from '../persist/channel.ts';
import { readKeptText } from '../persist/entries.ts';
import { journalKey, writeJournal } from '../persist/journal.ts';
import { ASIDE_PREFIX, migrateLegacy, type LegacyMove } from '../persist/migrate.ts';
import { reconcileJournals, type Reconciled } from '../persist/reconcile.ts';
import { ScenarioStore, storageErrorText, type Change } from '../persist/scenarios.ts';
import { newTabId, readSession, webLocks } from '../persist/tabs.ts';
import type { AsideText } from '../slices/library.ts';
import { useStore } from '../store.ts';
import { startSaving, type PageEvents } from './journal.ts';

/** What the browser gives the library; each part may be missing or refused (null). */
export interface Persistence {
  readonly local: Storage | null;
  readonly session: Storage | null;
  /** Whether to open IndexedDB (the global `indexedDB`, through `idb`). */
  readonly indexedDb: boolean;
  readonly locks: LockManager | null;
  readonly channel: ((name: string) => BroadcastChannel) | null;
  readonly page: PageEvents | null;
}

export interface LibraryStart {
  /** What opens when nothing is kept yet (the shell's built-in example). */
  readonly fresh: ScenarioFile;
  readonly delayMs?: number;
}

export interface LibraryStarted {
  readonly stop: () => void;
  /** The fresh scenario kept only because nothing was: a link opened at start replaces it. */
  readonly fresh: string | null;
}

/** How long IndexedDB may take to open before the app goes on without it. */
const OPEN_TIMEOUT_MS = 5000;

/**
 * The library effect. Opens IndexedDB, moves an earlier version's localStorage into it
 * (migrate.ts), finishes what closed pages left in the journal (reconcile.ts), then opens on the
 * canvas what this tab had open (a reload), else what any tab last opened or changed, else
 * `fresh` (kept as a new scenario). Then every change is saved (effects/journal.ts) and other
 * tabs' writes are heard. What it restored or could not read is said. Returns the stop.
 */
export async function startLibrary(
  persistence: Persistence,
  start: LibraryStart,
): Promise<LibraryStarted> {
  const tab = newTabId();
  const session = readSession(persistence.session);
  let channel: TabChannel | null = null;
  const { store, unavailable } = await openStore(persistence.indexedDb, (c) => channel?.post(c));
  const locks = webLocks(persistence.locks);
  locks?.hold(tab);
  const keeper = new Keeper({
    store,
    ...(unavailable !== undefined ? { unavailable } : {}),
    local: persistence.local,
    session: persistence.session,
    tab,
    delayMs: start.delayMs ?? 400,
  });

  const moved = await migrateLegacy(persistence.local, store);
  const reconciled = await reconcileJournals({
    local: persistence.local,
    store,
    locks,
    previousTab: session.previous,
  });
  if (moved && !moved.stored) {
    // Storage refused the move: the old scenarios are used from this page (and stay where they were).
    for (const s of moved.scenarios) {
      const read = readKeptText(s.text);
      if (read.ok) keeper.shelf.hold(s.entry, read.value);
    }
  }
  for (const r of reconciled) {
    if (r.kind !== 'held') continue;
    // This page holds it now: its journal moves to this page's key (written, then the old removed).
    const { record } = r;
    keeper.shelf.hold(
      {
        id: record.id,
        name: record.name,
        origin: record.origin,
        created: record.created,
        updated: record.at,
        digest: null,
        ...(record.teaching ? { teaching: record.teaching } : {}),
      },
      record.file,
      record.base,
    );
    const moved = writeJournal(persistence.local, { ...record, tab });
    if (moved.ok && r.key !== journalKey(tab, record.id)) persistence.local?.removeItem(r.key);
  }
  await keeper.shelf.refresh();
  await loadKeys(keeper, store, moved);
  await loadAside(store);

  setKeeper(null);
  const held = reconciled.find((r) => r.kind === 'held')?.record.id ?? null;
  const wanted = [session.open, held, moved?.current ?? null, await currentOf(store)];
  const fresh = await openFirst(keeper, wanted, start.fresh);
  setKeeper(keeper);
  channel = openChannel(persistence.channel, (change) => heard(keeper, store, change));
  const stopSaving = startSaving(keeper, persistence.page);
  say(moved, reconciled);
  return {
    fresh,
    stop: () => {
      stopSaving();
      channel?.close();
      setKeeper(null);
    },
  };
}

async function openStore(
  enabled: boolean,
  announce: (change: Change) => void,
): Promise<{ store: ScenarioStore | null; unavailable?: string }> {
  if (!enabled) return { store: null, unavailable: 'this browser gives no IndexedDB storage' };
  const opening = ScenarioStore.open(announce);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('the browser storage did not open')),
      OPEN_TIMEOUT_MS,
    );
  });
  try {
    return { store: await Promise.race([opening, timeout]) };
  } catch (e) {
    // Opened too late: closed, so that it never blocks a newer version.
    opening.then((late) => late.close()).catch(() => {});
    return { store: null, unavailable: storageErrorText(e) };
  } finally {
    clearTimeout(timer);
  }
}

async function currentOf(store: ScenarioStore | null): Promise<string | null> {
  const current = store ? await store.getMeta('current').catch(() => null) : null;
  return typeof current === 'string' ? current : null;
}

/**
 * Opens the first of `wanted` that is kept and reads; one that does not read is said. Else keeps
 * and opens `fresh`, and returns its ID.
 */
async function openFirst(
  keeper: Keeper,
  wanted: readonly (string | null)[],
  fresh: ScenarioFile,
): Promise<string | null> {
  const tried = new Set<string>();
  for (const id of wanted) {
    if (id === null || tried.has(id) || keeper.entry(id) === undefined) continue;
    tried.add(id);
    const got = await keeper.read(id);
    if (!got.read.ok) {
      const name = keeper.entry(id)?.name ?? id;
      showMessage(
        'error',
        `“${name}” could not be opened: ${got.read.error}. It is still kept; download it from My scenarios.`,
      );
      continue;
    }
    openScenario({
      kind: 'start',
      file: got.read.value,
      teaching: keeper.entry(id)?.teaching ?? null,
    });
    keeper.bind(id, got.revision, { stored: got.stored });
    return null;
  }
  openScenario({ kind: 'start', file: fresh });
  const { scenario, teaching } = useStore.getState();
  const kept = keeper.keepNew(fresh, scenario.name, 'built-in', teaching, { write: false });
  keeper.bind(kept.id, null, { stored: false });
  return kept.id;
}

async function loadKeys(
  keeper: Keeper,
  store: ScenarioStore | null,
  moved: LegacyMove | null,
): Promise<void> {
  const stored = store ? await store.gradingKeys().catch(() => []) : [];
  for (const raw of stored) {
    const key = GradingKeySchema.safeParse(raw);
    if (key.success) keeper.shelf.keys.set(key.data.id, key.data);
  }
  // Not moved (storage refused): still held in this page.
  if (moved && !moved.stored) {
    for (const key of moved.gradingKeys)
      if (!keeper.shelf.keys.has(key.id)) keeper.shelf.keys.set(key.id, key);
  }
}

async function loadAside(store: ScenarioStore | null): Promise<void> {
  const keys = store ? await store.metaKeys(ASIDE_PREFIX).catch(() => []) : [];
  const aside: AsideText[] = keys.map((key) => ({
    key,
    what: key.startsWith(`${ASIDE_PREFIX}library`)
      ? 'library'
      : key.startsWith(`${ASIDE_PREFIX}grading-keys`)
        ? 'grading-keys'
        : 'autosave',
  }));
  useStore.setState((s) => ({ library: { ...s.library, aside } }));
}

/** Another tab wrote: the listing is read again, and the open scenario, if it changed, is told. */
function heard(keeper: Keeper, store: ScenarioStore | null, change: Change): void {
  if (change.type === 'saved') keeper.changedElsewhere(change.id, change.revision);
  if (change.type === 'removed') keeper.changedElsewhere(change.id, 'removed');
  if (change.type === 'keys') void loadKeys(keeper, store, null);
  if (change.type === 'listed') void loadAside(store);
  void keeper.shelf.refresh();
}

function say(moved: LegacyMove | null, reconciled: readonly Reconciled[]): void {
  if (moved?.unreadableAutosave) {
    showMessage(
      'error',
      `The autosave could not be read: ${moved.unreadableAutosave}. It is kept as it was: download it from My scenarios.`,
    );
  }
  for (const r of reconciled) {
    if (r.kind === 'restored') {
      showMessage(
        'info',
        `Restored the last changes to “${r.name}”, made just before the page closed.`,
      );
    } else if (r.kind === 'copied') {
      showMessage(
        'info',
        `“${r.of}” was changed in another tab before the last changes made to it here were saved: they are kept beside it as “${r.name}”.`,
      );
    }
  }
}
