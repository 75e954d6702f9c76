import { beforeEach, describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from '../../model/defaults.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { fakeLocks, freshIndexedDb, memoryStorage } from './fakeBrowser.testing.ts';
import { journalKey, writeJournal, type JournalRecord } from './journal.ts';
import { reconcileJournals } from './reconcile.ts';
import { ScenarioStore } from './scenarios.ts';
import { webLocks } from './tabs.ts';

const file = (name: string): ScenarioFile =>
  toScenarioFile(addVpc(emptyScenario(name), { cidrBlock: '10.0.0.0/16' }).scenario, {
    nodes: {},
  });
const record = (id: string, base: number | null, f: ScenarioFile, at = 1): JournalRecord => ({
  v: 1,
  tab: 'tgone',
  id,
  base,
  at,
  name: f.scenario.name,
  origin: 'import',
  created: 1,
  file: f,
});
const entry = (id: string, name: string) => ({
  id,
  name,
  origin: 'import' as const,
  created: 1,
  updated: 1,
  digest: null,
});

let store: ScenarioStore;
beforeEach(async () => {
  freshIndexedDb();
  store = await ScenarioStore.open();
});

describe('journals found at start', () => {
  it('drops one equal to what is stored (its write did finish), and says nothing', async () => {
    const a = file('A');
    await store.save('ka', JSON.stringify(a), null, entry('ka', 'A'));
    const local = memoryStorage();
    writeJournal(local, record('ka', null, a));
    const out = await reconcileJournals({
      local,
      store,
      locks: webLocks(fakeLocks(true)),
      previousTab: null,
    });
    expect(out).toEqual([]);
    expect(local.length).toBe(0);
    expect((await store.read('ka'))?.entry.revision).toBe(1);
  });

  it('keeps a scenario storage never held (its first write was lost) under its own ID', async () => {
    const local = memoryStorage();
    writeJournal(local, record('knew', null, file('New')));
    const out = await reconcileJournals({ local, store, locks: null, previousTab: 'tgone' });
    expect(out).toEqual([{ kind: 'restored', id: 'knew', name: 'New' }]);
    expect((await store.read('knew'))?.entry).toMatchObject({ name: 'New', revision: 1 });
  });

  it('leaves live tabs’ journals and unreadable ones where they are', async () => {
    const local = memoryStorage({ [journalKey('tother', 'kz')]: '{"v":9}' });
    writeJournal(local, record('ka', 1, file('A'), Date.now()));
    // Without Web Locks, a recent journal of another tab is taken to be a live tab's.
    expect(await reconcileJournals({ local, store, locks: null, previousTab: null })).toEqual([]);
    expect(
      await reconcileJournals({
        local,
        store,
        locks: webLocks(fakeLocks(false)),
        previousTab: null,
      }),
    ).toEqual([]);
    expect(local.length).toBe(2);
  });

  it('hands the change to the page when storage refuses, and keeps the journal', async () => {
    const local = memoryStorage();
    writeJournal(local, record('ka', 1, file('A')));
    const out = await reconcileJournals({ local, store: null, locks: null, previousTab: 'tgone' });
    expect(out).toMatchObject([{ kind: 'held', record: { id: 'ka' } }]);
    expect(local.length).toBe(1);
  });
});
