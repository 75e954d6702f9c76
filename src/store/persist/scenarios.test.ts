import { beforeEach, describe, expect, it } from 'vitest';
import { fillIndexedDb, freshIndexedDb } from './fakeBrowser.testing.ts';
import { ScenarioStore, type Change } from './scenarios.ts';
import type { StoredEntry } from './entries.ts';

const entry = (id: string, name = 'A'): Omit<StoredEntry, 'revision'> => ({
  id,
  name,
  origin: 'import',
  created: 1,
  updated: 2,
  digest: null,
});

let changes: Change[];
let store: ScenarioStore;

beforeEach(async () => {
  freshIndexedDb();
  changes = [];
  store = await ScenarioStore.open((c) => changes.push(c));
});

describe('the scenario store (IndexedDB)', () => {
  it('keeps a scenario at revision 1, then each write one more, and announces each', async () => {
    expect(await store.save('ka', 'one', null, entry('ka'))).toEqual({ ok: true, revision: 1 });
    expect(await store.save('ka', 'two', 1, entry('ka', 'A2'))).toEqual({ ok: true, revision: 2 });
    const read = await store.read('ka');
    expect(read?.text).toBe('two');
    expect(read?.entry).toMatchObject({ name: 'A2', revision: 2 });
    expect(await store.getMeta('current')).toBe('ka');
    expect(changes).toEqual([
      { type: 'saved', id: 'ka', revision: 1 },
      { type: 'saved', id: 'ka', revision: 2 },
    ]);
  });

  it('never writes over a revision the writer has not seen', async () => {
    await store.save('ka', 'one', null, entry('ka'));
    await store.save('ka', 'theirs', 1, entry('ka'));
    // A tab still at revision 1 is told, and nothing changes.
    expect(await store.save('ka', 'mine', 1, entry('ka'))).toEqual({
      ok: false,
      why: 'changed',
      revision: 2,
    });
    // Nor may a new one take an ID in use, nor a write land on a deleted one.
    expect(await store.save('ka', 'new', null, entry('ka'))).toMatchObject({ why: 'changed' });
    await store.remove('ka');
    expect(await store.save('ka', 'mine', 2, entry('ka'))).toEqual({ ok: false, why: 'removed' });
    expect(await store.read('ka')).toBeNull();
  });

  it('never writes over an entry it cannot read (a newer app’s), and lists it apart', async () => {
    await store.addMissing({
      scenarios: [{ entry: entry('kb'), text: 'b' }],
      meta: {},
      gradingKeys: [],
    });
    // Written by a later version: its entry has a shape this one does not know.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('vpc-flow-lab');
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('entries', 'readwrite');
      tx.objectStore('entries').put({ id: 'kz', shape: 'v9' }, 'kz');
      tx.oncomplete = resolve;
    });
    db.close();
    expect(await store.list()).toMatchObject({ entries: [{ id: 'kb' }], unreadable: ['kz'] });
    expect(await store.save('kz', 'x', 1, entry('kz'))).toMatchObject({ why: 'changed' });
  });

  it('renames one that is not open as its next revision, from what is stored', async () => {
    await store.save('ka', '{"n":1}', null, entry('ka'));
    const written = await store.rewrite('ka', ({ entry: e, text }) => ({
      text: `${text}!`,
      entry: { ...e, name: 'B' },
    }));
    expect(written).toEqual({ ok: true, revision: 2 });
    expect(await store.read('ka')).toMatchObject({ text: '{"n":1}!', entry: { name: 'B' } });
  });

  it('changes a listing without a new revision', async () => {
    await store.save('ka', 'one', null, entry('ka'));
    const teaching = { role: 'author', challengeId: null, title: 'T' } as const;
    expect(await store.patch('ka', (e) => ({ ...e, teaching }))).toEqual({
      ok: true,
      revision: 1,
    });
    expect((await store.read('ka'))?.entry.teaching).toEqual(teaching);
  });

  it('adds only what is missing, all or nothing', async () => {
    await store.save('ka', 'mine', null, entry('ka', 'Mine'));
    const added = await store.addMissing({
      scenarios: [
        { entry: entry('ka', 'Old'), text: 'old' },
        { entry: entry('kb', 'B'), text: 'b' },
      ],
      meta: { unreadableAutosave: '{broken' },
      gradingKeys: [{ id: 'ch-1', key: { id: 'ch-1' } }],
    });
    expect(added).toEqual({ ok: true, added: ['kb'] });
    expect((await store.read('ka'))?.text).toBe('mine');
    expect(await store.getMeta('unreadableAutosave')).toBe('{broken');
    expect(await store.gradingKeys()).toEqual([{ id: 'ch-1' }]);
  });

  it('says a full storage in words, writes nothing, and works again once there is room', async () => {
    const undo = fillIndexedDb();
    expect(await store.save('ka', 'one', null, entry('ka'))).toEqual({
      ok: false,
      why: 'refused',
      reason: 'the browser storage is full',
    });
    expect(
      await store.addMissing({
        scenarios: [{ entry: entry('kb'), text: 'b' }],
        meta: {},
        gradingKeys: [],
      }),
    ).toMatchObject({ why: 'refused' });
    undo();
    expect((await store.list()).entries).toEqual([]);
    expect(changes).toEqual([]);
    expect(await store.save('ka', 'one', null, entry('ka'))).toEqual({ ok: true, revision: 1 });
  });

  it('steps aside when another tab needs the database, and says so at the next write', async () => {
    const closed: string[] = [];
    const mine = await ScenarioStore.open(undefined, (why) => closed.push(why));
    await new Promise<void>((resolve) => {
      const deleting = indexedDB.deleteDatabase('vpc-flow-lab');
      deleting.onsuccess = () => resolve();
      // The store of beforeEach stays open: closed here, as its own tab would close it.
      deleting.onblocked = () => store.close();
    });
    expect(closed).toHaveLength(1);
    expect(await mine.save('ka', 'one', null, entry('ka'))).toMatchObject({
      why: 'refused',
      reason: expect.stringMatching(/another tab of VPC Flow Lab needs the storage/),
    });
  });

  it('refuses, in words, once the connection is closed', async () => {
    store.close();
    expect(await store.save('ka', 'one', null, entry('ka'))).toMatchObject({
      ok: false,
      why: 'refused',
      reason: 'the browser closed the storage',
    });
  });
});
