import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addVpc, emptyScenario } from '../../model/defaults.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { keepMineAsCopy, reloadTheirs } from '../actions/conflict.ts';
import { listKept, resetLibraryForTests } from '../actions/library.ts';
import { commitScenario } from '../door.ts';
import { keeper } from '../keeper.ts';
import { CHANNEL_NAME } from '../persist/channel.ts';
import {
  fakeLocks,
  fakeTab,
  fillIndexedDb,
  freshIndexedDb,
  memoryStorage,
  persistenceOf,
  type FakeTab,
  type MemoryStorage,
} from '../persist/fakeBrowser.testing.ts';
import { JOURNAL_PREFIX } from '../persist/journal.ts';
import { AUTOSAVE_KEY, UNREADABLE_KEY } from '../persist/legacy.ts';
import { ScenarioStore } from '../persist/scenarios.ts';
import { useStore } from '../store.ts';
import { startLibrary, type LibraryStarted } from './library.ts';

/**
 * Work is never lost: a reload or a closed tab within the autosave's quiet moment, two tabs on
 * one scenario, a storage that refuses, an earlier version's storage (issue: "Work lost
 * silently").
 */

const initial = useStore.getState();
const file = (name: string): ScenarioFile =>
  toScenarioFile(addVpc(emptyScenario(name), { cidrBlock: '10.0.0.0/16' }).scenario, {
    nodes: {},
  });
const rename = (name: string) =>
  commitScenario({ ok: true, value: { scenario: { ...useStore.getState().scenario, name } } });
const name = () => useStore.getState().scenario.name;
const current = () => useStore.getState().library.currentId ?? '';
const texts = () => useStore.getState().messages.map((m) => m.text);
const journals = (local: MemoryStorage) =>
  [...local.map.keys()].filter((k) => k.startsWith(JOURNAL_PREFIX));

let started: LibraryStarted | null = null;
let local: MemoryStorage;

async function open(tab: FakeTab, locks: LockManager | null = null) {
  started = await startLibrary(persistenceOf(tab, { locks }), { fresh: file('Fresh') });
  return started;
}

/**
 * The page goes away and the IndexedDB write begun at `pagehide` never lands (here: refused), so
 * only what pagehide did synchronously is left.
 */
async function leave(tab: FakeTab) {
  const undo = fillIndexedDb();
  try {
    tab.page.dispatchEvent(new Event('pagehide'));
    await keeper()?.settled();
  } finally {
    undo();
  }
  started?.stop();
  started = null;
  resetLibraryForTests();
  useStore.setState(initial, true);
}

async function stored(id: string) {
  const store = await ScenarioStore.open();
  const read = await store.read(id);
  store.close();
  return read;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  freshIndexedDb();
  useStore.setState(initial, true);
  resetLibraryForTests();
  local = memoryStorage();
});

afterEach(async () => {
  await keeper()?.settled();
  started?.stop();
  started = null;
  vi.useRealTimers();
});

describe('a change made just before the page goes', () => {
  it('is journalled at once, and a reload restores it and says so', async () => {
    const tab = fakeTab(local);
    await open(tab);
    await keeper()?.settled();
    const id = current();
    rename('Edited 50 ms before the reload');
    // Journalled at once, before any IndexedDB write.
    expect(journals(local)).toHaveLength(1);
    await leave(tab);
    await open(fakeTab(local, tab.session));
    expect(current()).toBe(id);
    expect(name()).toBe('Edited 50 ms before the reload');
    expect(texts()).toContain(
      'Restored the last changes to “Edited 50 ms before the reload”, made just before the page closed.',
    );
    expect(JSON.parse((await stored(id))?.text ?? '{}').scenario.name).toBe(
      'Edited 50 ms before the reload',
    );
    expect(journals(local)).toEqual([]);
  });

  it('begins the IndexedDB write at pagehide, without waiting for the quiet moment', async () => {
    const tab = fakeTab(local);
    await open(tab);
    await keeper()?.settled();
    const id = current();
    rename('Edited, then hidden');
    tab.page.document.visibilityState = 'hidden';
    tab.page.document.dispatchEvent(new Event('visibilitychange'));
    await keeper()?.settled();
    expect(JSON.parse((await stored(id))?.text ?? '{}').scenario.name).toBe('Edited, then hidden');
    expect(journals(local)).toEqual([]);
    rename('Edited, then gone');
    tab.page.dispatchEvent(new Event('pagehide'));
    await keeper()?.settled();
    expect(JSON.parse((await stored(id))?.text ?? '{}').scenario.name).toBe('Edited, then gone');
  });

  it('is kept when the tab closes, for the next tab, once that tab is gone', async () => {
    const tab = fakeTab(local);
    await open(tab);
    await keeper()?.settled();
    const id = current();
    rename('Edited, then the tab closed');
    await leave(tab);
    // A live tab's journal is not touched.
    await open(fakeTab(local), fakeLocks(false));
    expect(current()).toBe(id);
    expect(name()).toBe('Fresh');
    expect(journals(local)).toHaveLength(1);
    await keeper()?.settled();
    started?.stop();
    resetLibraryForTests();
    // The closed tab's is.
    await open(fakeTab(local), fakeLocks(true));
    expect(current()).toBe(id);
    expect(name()).toBe('Edited, then the tab closed');
    expect(listKept().filter((k) => k.name === 'Edited, then the tab closed')).toHaveLength(1);
  });

  it('made on a revision another tab has replaced since, is kept beside it as a copy', async () => {
    const tab = fakeTab(local);
    await open(tab);
    await keeper()?.settled();
    const id = current();
    rename('Mine');
    await leave(tab);
    const store = await ScenarioStore.open();
    const entry = (await store.read(id))?.entry;
    if (!entry) throw new Error('not kept');
    await store.save(id, JSON.stringify(file('Theirs')), entry.revision, entry);
    store.close();
    await open(fakeTab(local, tab.session));
    expect(name()).toBe('Theirs');
    expect(listKept().map((k) => k.name)).toContain('Mine (unsaved changes)');
    expect(texts().join('\n')).toMatch(/kept beside it as “Mine \(unsaved changes\)”/);
  });
});

describe('two tabs on one scenario', () => {
  /** Another tab: writes straight to IndexedDB and announces it, as the app does. */
  async function otherTabWrites(id: string, scenarioName: string) {
    const channel = new BroadcastChannel(CHANNEL_NAME);
    const store = await ScenarioStore.open((change) => channel.postMessage(change));
    const entry = (await store.read(id))?.entry;
    if (!entry) throw new Error('not kept');
    const written = await store.save(id, JSON.stringify(file(scenarioName)), entry.revision, entry);
    store.close();
    channel.close();
    return written;
  }

  it('tells the stale tab, never writes over theirs, and keeps mine as a copy when asked', async () => {
    await open(fakeTab(local));
    await keeper()?.settled();
    const id = current();
    await otherTabWrites(id, 'Theirs');
    await vi.waitFor(() => expect(useStore.getState().library.conflict).not.toBeNull());
    expect(useStore.getState().library.conflict).toMatchObject({ id, kind: 'changed' });
    rename('Mine');
    keeper()?.flush();
    await keeper()?.settled();
    expect(JSON.parse((await stored(id))?.text ?? '{}').scenario.name).toBe('Theirs');

    const copy = keepMineAsCopy();
    await keeper()?.settled();
    expect(useStore.getState().library.conflict).toBeNull();
    expect(current()).toBe(copy);
    expect(JSON.parse((await stored(copy))?.text ?? '{}').scenario.name).toBe('Mine (my copy)');
    expect(JSON.parse((await stored(id))?.text ?? '{}').scenario.name).toBe('Theirs');
    expect(journals(local)).toHaveLength(0);
  });

  it('takes theirs when asked, dropping this tab’s change', async () => {
    await open(fakeTab(local));
    await keeper()?.settled();
    const id = current();
    rename('Mine, before I knew');
    keeper()?.cancel();
    await otherTabWrites(id, 'Theirs');
    // This tab's write comes second: refused, and told.
    keeper()?.flush();
    await keeper()?.settled();
    expect(useStore.getState().library.conflict).toMatchObject({ id, kind: 'changed' });
    expect(await reloadTheirs()).toBe(true);
    expect(name()).toBe('Theirs');
    expect(useStore.getState().library.conflict).toBeNull();
    rename('Theirs, then mine');
    keeper()?.flush();
    await keeper()?.settled();
    expect((await stored(id))?.entry).toMatchObject({ name: 'Theirs, then mine', revision: 3 });
  });
});

describe('a storage that refuses', () => {
  it('keeps the work in the tab, offers a copy, and the journal brings it back after a reload', async () => {
    const undo = fillIndexedDb();
    try {
      const tab = fakeTab(local);
      await open(tab);
      rename('Work while full');
      keeper()?.flush();
      await keeper()?.settled();
      const said = useStore.getState().messages.find((m) => m.action);
      expect(said?.text).toMatch(/could not be saved: the browser storage is full/);
      expect(JSON.parse(said?.action?.file().text ?? '{}').scenario.name).toBe('Work while full');
      await leave(tab);
      await open(fakeTab(local, tab.session));
      expect(name()).toBe('Work while full');
      await keeper()?.settled();
      expect(useStore.getState().messages.some((m) => m.action)).toBe(true);
    } finally {
      undo();
    }
  });

  it('offers the copy at once when nothing at all can be written', async () => {
    const undo = fillIndexedDb();
    try {
      local.full = true;
      await open(fakeTab(local));
      rename('Nowhere to go');
      keeper()?.flush();
      await keeper()?.settled();
      const said = useStore.getState().messages.find((m) => m.action);
      expect(said?.text).toMatch(/could not be saved: .*kept in this tab only/);
      expect(JSON.parse(said?.action?.file().text ?? '{}').scenario.name).toBe('Nowhere to go');
    } finally {
      undo();
    }
  });
});

describe('the first start after an update', () => {
  it('opens the old autosave, moved into IndexedDB, and says an unreadable one', async () => {
    local = memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify(file('From the old app')) });
    await open(fakeTab(local));
    expect(name()).toBe('From the old app');
    expect(local.map.has(AUTOSAVE_KEY)).toBe(false);
    await keeper()?.settled();
    started?.stop();
    resetLibraryForTests();

    freshIndexedDb();
    local = memoryStorage({ [AUTOSAVE_KEY]: '{not json', [UNREADABLE_KEY]: '{older' });
    await open(fakeTab(local));
    expect(name()).toBe('Fresh');
    expect(texts()).toContain(
      'The autosave could not be read: it is not valid JSON. It is kept as it was: download it from My scenarios.',
    );
    expect(useStore.getState().library.aside).toHaveLength(2);
  });
});
