import { beforeEach, describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from '../../model/defaults.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import { gradingKeyOf } from '../../model/gradingKey.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { fillIndexedDb, freshIndexedDb, memoryStorage } from './fakeBrowser.testing.ts';
import { AUTOSAVE_KEY, GRADING_KEYS_KEY, keptKey, LIBRARY_KEY, UNREADABLE_KEY } from './legacy.ts';
import { ASIDE_PREFIX, migrateLegacy } from './migrate.ts';
import { ScenarioStore } from './scenarios.ts';

const file = (name: string): ScenarioFile =>
  toScenarioFile(addVpc(emptyScenario(name), { cidrBlock: '10.0.0.0/16' }).scenario, {
    nodes: { n: { x: 1, y: 2 } },
  });
const item = (id: string, name: string, origin = 'import') => ({
  id,
  name,
  origin,
  created: 1,
  updated: 2,
});
const nameIn = (text: string | null | undefined) =>
  (JSON.parse(text ?? 'null') as ScenarioFile | null)?.scenario.name;

/** What an earlier version left: two kept scenarios, the autosave of the open one, keys. */
function oldLibrary() {
  const key = gradingKeyOf(file('Challenge').scenario, 'ch-abc123', 'Challenge', 5);
  return memoryStorage({
    [LIBRARY_KEY]: JSON.stringify({
      version: 1,
      current: 'ka',
      items: [item('ka', 'A'), item('kb', 'B', 'link')],
    }),
    [keptKey('ka')]: JSON.stringify(file('A')),
    [keptKey('kb')]: JSON.stringify(file('B')),
    // Saved after the last save of A's own key: the newest state of A.
    [AUTOSAVE_KEY]: JSON.stringify(file('A, edited last')),
    [GRADING_KEYS_KEY]: JSON.stringify([key]),
    'vpc-flow-lab:theme': 'dark',
  });
}

let store: ScenarioStore;
beforeEach(async () => {
  freshIndexedDb();
  store = await ScenarioStore.open();
});

describe('moving an earlier version’s localStorage into IndexedDB', () => {
  it('moves every kept scenario, the autosave into the open one, and the keys; then removes them', async () => {
    const local = oldLibrary();
    const moved = await migrateLegacy(local, store);
    expect(moved).toMatchObject({ stored: true, current: 'ka', unreadableAutosave: null });
    expect(nameIn((await store.read('ka'))?.text)).toBe('A, edited last');
    expect((await store.read('ka'))?.entry).toMatchObject({ name: 'A, edited last', revision: 1 });
    expect((await store.read('kb'))?.entry).toMatchObject({ name: 'B', origin: 'link' });
    expect(await store.getMeta('current')).toBe('ka');
    expect(await store.gradingKeys()).toMatchObject([{ id: 'ch-abc123' }]);
    // Only the theme, which is no one's work, stays.
    expect([...local.map.keys()]).toEqual(['vpc-flow-lab:theme']);
    // Nothing left to move the next time.
    expect(await migrateLegacy(local, store)).toBeNull();
  });

  it('keeps an autosave from before My scenarios as the scenario, and opens it', async () => {
    const local = memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify(file('Only one')) });
    const moved = await migrateLegacy(local, store);
    const id = moved?.current ?? '';
    expect(nameIn((await store.read(id))?.text)).toBe('Only one');
    expect((await store.list()).entries).toHaveLength(1);
    expect(local.length).toBe(0);
  });

  it('keeps an unreadable autosave aside as it was, and says why', async () => {
    const local = memoryStorage({
      [AUTOSAVE_KEY]: '{"format":"vpc-flow-lab","version":7,"scenario":{}}',
      [UNREADABLE_KEY]: '{broken',
    });
    const moved = await migrateLegacy(local, store);
    expect(moved?.unreadableAutosave).toMatch(/newer than this app understands/);
    const aside = await store.metaKeys(ASIDE_PREFIX);
    expect(aside).toHaveLength(2);
    const texts = await Promise.all(aside.map((key) => store.getMeta(key)));
    expect(texts.sort()).toEqual([
      '{"format":"vpc-flow-lab","version":7,"scenario":{}}',
      '{broken',
    ]);
    expect(local.length).toBe(0);
  });

  it('moves kept keys an unreadable index does not list, and keeps the index aside', async () => {
    const local = memoryStorage({
      [LIBRARY_KEY]: '{broken',
      [keptKey('kold')]: JSON.stringify(file('Old')),
    });
    await migrateLegacy(local, store);
    expect((await store.read('kold'))?.entry.name).toBe('Old');
    expect(await store.metaKeys(`${ASIDE_PREFIX}library`)).toHaveLength(1);
  });

  it('removes nothing when IndexedDB refuses, and the old scenarios are still given to open', async () => {
    const local = oldLibrary();
    const before = new Map(local.map);
    const undo = fillIndexedDb();
    const moved = await migrateLegacy(local, store);
    undo();
    expect(moved?.stored).toBe(false);
    expect(moved?.scenarios.map((s) => s.entry.id).sort()).toEqual(['ka', 'kb']);
    expect(local.map).toEqual(before);
    expect((await store.list()).entries).toEqual([]);
  });

  it('finishes a move interrupted before the old keys were removed, adding nothing twice', async () => {
    const local = oldLibrary();
    // The tab closed right after the write: the old keys are all still there.
    const removeItem = local.removeItem;
    local.removeItem = () => {
      throw new Error('the page went away');
    };
    await migrateLegacy(local, store);
    local.removeItem = removeItem;
    expect(local.map.has(LIBRARY_KEY)).toBe(true);
    // The next start.
    const moved = await migrateLegacy(local, store);
    expect(moved?.stored).toBe(true);
    expect((await store.list()).entries.map((e) => e.id).sort()).toEqual(['ka', 'kb']);
    expect(nameIn((await store.read('ka'))?.text)).toBe('A, edited last');
    expect(local.map.has(LIBRARY_KEY)).toBe(false);
  });

  it('keeps, beside it, an old scenario whose ID IndexedDB holds with other content', async () => {
    const local = oldLibrary();
    await migrateLegacy(local, store);
    // Edited since in IndexedDB; then an old tab wrote its own version of A again.
    await store.save('ka', JSON.stringify(file('A, new')), 1, {
      ...item('ka', 'A, new'),
      origin: 'import',
      digest: null,
    });
    local.setItem(
      LIBRARY_KEY,
      JSON.stringify({ version: 1, current: 'ka', items: [item('ka', 'A')] }),
    );
    local.setItem(keptKey('ka'), JSON.stringify(file('A, old tab')));
    const moved = await migrateLegacy(local, store);
    expect(moved?.stored).toBe(true);
    const names = (await store.list()).entries.map((e) => e.name).sort();
    expect(names).toEqual(['A (from an older version)', 'A, new', 'B']);
    expect(nameIn((await store.read('ka'))?.text)).toBe('A, new');
  });
});
