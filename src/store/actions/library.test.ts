import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addVpc, emptyScenario } from '../../model/defaults.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { commitScenario } from '../door.ts';
import { startLibrary, type LibraryStarted } from '../effects/library.ts';
import { keeper } from '../keeper.ts';
import { loadScenario, openScenario } from '../open.ts';
import {
  fakeTab,
  fillIndexedDb,
  freshIndexedDb,
  memoryStorage,
  persistenceOf,
  type FakeTab,
} from '../persist/fakeBrowser.testing.ts';
import { ScenarioStore } from '../persist/scenarios.ts';
import { useStore } from '../store.ts';
import {
  addKept,
  deleteKept,
  duplicateKept,
  keepCurrentAsNew,
  keptText,
  listKept,
  openKept,
  renameKept,
  resetLibraryForTests,
  startNewKept,
} from './library.ts';

const initial = useStore.getState();
const file = (name: string): ScenarioFile =>
  toScenarioFile(addVpc(emptyScenario(name), { cidrBlock: '10.0.0.0/16' }).scenario, {
    nodes: { n: { x: 1, y: 2 } },
  });
const current = () => useStore.getState().library.currentId ?? '';
const rename = (name: string) =>
  commitScenario({ ok: true, value: { scenario: { ...useStore.getState().scenario, name } } });

/** What IndexedDB holds under `id`, read as another page would. */
async function stored(id: string): Promise<{ name: string; revision: number } | null> {
  const store = await ScenarioStore.open();
  const read = await store.read(id);
  store.close();
  if (!read) return null;
  const name = (JSON.parse(read.text ?? 'null') as ScenarioFile | null)?.scenario.name ?? '';
  return { name, revision: read.entry.revision };
}

let started: LibraryStarted | null = null;
let tab: FakeTab;

async function start(fresh = file('Fresh'), t: FakeTab = tab, delayMs = 100) {
  started = await startLibrary(persistenceOf(t), { fresh, delayMs });
  return started;
}

/** Waits for every write asked for so far. */
const settled = async () => keeper()?.settled();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  freshIndexedDb();
  useStore.setState(initial, true);
  resetLibraryForTests();
  tab = fakeTab(memoryStorage());
});

afterEach(async () => {
  await settled();
  started?.stop();
  started = null;
  vi.useRealTimers();
});

describe('My scenarios', () => {
  it('keeps the scenario opened at a fresh start as a new built-in entry', async () => {
    const { fresh } = await start(file('Three-tier'));
    await settled();
    expect(listKept()).toMatchObject([{ name: 'Three-tier', origin: 'built-in' }]);
    expect(fresh).toBe(current());
    expect(await stored(current())).toEqual({ name: 'Three-tier', revision: 1 });
  });

  it('saves each change into the current scenario after a quiet moment', async () => {
    await start(file('A'));
    await settled();
    rename('A, edited');
    await settled();
    expect((await stored(current()))?.name).toBe('A');
    vi.advanceTimersByTime(100);
    await settled();
    expect(await stored(current())).toEqual({ name: 'A, edited', revision: 2 });
    expect(listKept()[0]?.name).toBe('A, edited');
  });

  it('opens, in a reload, what this tab had open; in a new tab, what was opened last', async () => {
    await start(file('A'));
    const a = current();
    const b = addKept(file('B'), 'B', 'link');
    await openKept(b);
    await openKept(a);
    await settled();
    started?.stop();
    resetLibraryForTests();
    // The same tab again (its sessionStorage): A.
    const { fresh } = await start(file('Fresh'), fakeTab(tab.local, tab.session));
    expect(fresh).toBeNull();
    expect(current()).toBe(a);
    started?.stop();
    resetLibraryForTests();
    // Another tab opens B; then a new tab opens B too, the one last opened anywhere.
    await start(file('Fresh'), fakeTab(tab.local));
    await openKept(b);
    await settled();
    started?.stop();
    resetLibraryForTests();
    await start(file('Fresh'), fakeTab(tab.local));
    expect(current()).toBe(b);
    expect(listKept()).toHaveLength(2);
  });

  it('switches between scenarios, saving the current one first', async () => {
    await start(file('A'));
    const a = current();
    const b = addKept(file('B'), 'B from a link', 'link');
    expect(listKept().find((k) => k.id === b)).toMatchObject({
      origin: 'link',
      name: 'B from a link',
    });
    rename('A, edited'); // not yet saved (debounced)
    expect(await openKept(b)).toBe(true);
    expect(useStore.getState().scenario.name).toBe('B from a link');
    expect(useStore.getState().layout.nodes['n']).toEqual({ x: 1, y: 2 });
    expect(current()).toBe(b);
    await settled();
    expect((await stored(a))?.name).toBe('A, edited');
    expect(await openKept(a)).toBe(true);
    expect(useStore.getState().scenario.name).toBe('A, edited');
  });

  it('says a kept scenario that cannot be read, and leaves the canvas as it was', async () => {
    await start(file('A'));
    const bad = addKept(file('B'), 'B', 'import');
    await settled();
    // Written since by a later version of the app.
    const store = await ScenarioStore.open();
    const entry = (await store.read(bad))?.entry;
    if (!entry) throw new Error('B was not kept');
    await store.save(bad, '{"format":"vpc-flow-lab","version":9}', entry.revision, entry);
    store.close();
    expect(await openKept(bad)).toBe(false);
    expect(useStore.getState().scenario.name).toBe('A');
    expect(useStore.getState().messages.at(-1)?.text).toMatch(/“B” could not be opened: version/);
    expect(await keptText(bad)).toBe('{"format":"vpc-flow-lab","version":9}');
  });

  it('renames the open scenario and another one', async () => {
    await start(file('A'));
    const b = addKept(file('B'), 'B', 'import');
    await settled();
    expect(await renameKept(current(), 'Alpha')).toBeNull();
    expect(useStore.getState().scenario.name).toBe('Alpha');
    await settled();
    expect((await stored(current()))?.name).toBe('Alpha');
    expect(await renameKept(b, '  Beta ')).toBeNull();
    expect(await stored(b)).toEqual({ name: 'Beta', revision: 2 });
    expect(listKept().find((k) => k.id === b)?.name).toBe('Beta');
    expect(await renameKept(b, 'x'.repeat(300))).toMatch(/at most 256/);
  });

  it('duplicates a kept scenario without opening it', async () => {
    await start(file('A'));
    const copy = (await duplicateKept(current())) ?? '';
    await settled();
    expect((await stored(copy))?.name).toBe('A (copy)');
    expect(listKept().find((k) => k.id === copy)?.origin).toBe('copy');
    expect(current()).not.toBe(copy);
  });

  it('keeps the current one as a new scenario and goes on in the new one', async () => {
    await start(file('A'));
    const a = current();
    const b = keepCurrentAsNew('A, variant');
    expect(current()).toBe(b);
    expect(useStore.getState().scenario.name).toBe('A, variant');
    rename('A, variant 2');
    vi.advanceTimersByTime(1000);
    await settled();
    expect((await stored(a))?.name).toBe('A');
    expect((await stored(b))?.name).toBe('A, variant 2');
  });

  it('deletes a scenario; deleting the open one opens the most recent other', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await start(file('A'));
    const a = current();
    vi.setSystemTime(Date.now() + 1000);
    const b = addKept(file('B'), 'B', 'import');
    await deleteKept(a);
    await settled();
    expect(await stored(a)).toBeNull();
    expect(current()).toBe(b);
    expect(useStore.getState().scenario.name).toBe('B');
    await deleteKept(b);
    await settled();
    expect(listKept()).toHaveLength(1);
    expect(useStore.getState().scenario.vpcs).toEqual([]);
  });

  it('keeps a scenario opened from outside (New scenario) as a new one', async () => {
    await start(file('A'));
    const a = current();
    loadScenario(emptyScenario('Fresh'));
    expect(current()).not.toBe(a);
    await settled();
    expect((await stored(a))?.name).toBe('A');
    expect((await stored(current()))?.name).toBe('Fresh');
    const id = startNewKept();
    expect(current()).toBe(id);
    expect(listKept()).toHaveLength(3);
  });

  it('keeps working in this tab when the storage is full, says so once, and offers a copy', async () => {
    await start(file('A'));
    await settled();
    const undo = fillIndexedDb();
    try {
      const b = addKept(file('B'), 'B', 'import');
      addKept(file('C'), 'C', 'import');
      await settled();
      expect(await openKept(b)).toBe(true);
      rename('B, edited');
      await openKept(current());
      await settled();
      const said = useStore.getState().messages.filter((m) => /storage is full/.test(m.text));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatchObject({ kind: 'error', action: { label: 'Download a copy' } });
      expect(said[0]?.action?.file().name).toBe('B, edited');
      // Held in this page: still listed, still opened.
      expect(listKept().map((k) => k.name)).toEqual(
        expect.arrayContaining(['A', 'B, edited', 'C']),
      );
      expect(await openKept(listKept().find((k) => k.name === 'C')?.id ?? '')).toBe(true);
    } finally {
      undo();
    }
  });

  it('works without any storage, and says the work is in this tab only', async () => {
    started = await startLibrary(
      { ...persistenceOf(fakeTab(null)), indexedDb: false },
      { fresh: file('A') },
    );
    const b = addKept(file('B'), 'B', 'link');
    expect(await openKept(b)).toBe(true);
    expect(listKept()).toHaveLength(2);
    await settled();
    expect(useStore.getState().messages.at(-1)).toMatchObject({
      kind: 'error',
      text: expect.stringMatching(/could not be saved: this browser gives no IndexedDB.*tab only/),
    });
  });
});

describe('one scenario kept once', () => {
  it('keeps a file opened twice (an import, a link) once, and opens the kept one', async () => {
    await start(file('A'));
    const bundle = file('Bundle');
    const first = openScenario({ kind: 'file', file: bundle, origin: 'import' });
    await settled();
    const again = openScenario({ kind: 'file', file: bundle, origin: 'import' });
    expect(again).toEqual({ id: first?.id, existing: true });
    expect(listKept().filter((k) => k.name === 'Bundle')).toHaveLength(1);
    // Changed since, it is another scenario of the same name: kept beside it.
    commitScenario({
      ok: true,
      value: { scenario: { ...useStore.getState().scenario, description: 'edited' } },
    });
    openScenario({ kind: 'file', file: bundle, origin: 'import' });
    await settled();
    expect(listKept().filter((k) => k.name === 'Bundle')).toHaveLength(2);
  });
});

describe('a challenge’s locks in the edit path', () => {
  it('refuse an edit to a locked resource, returning the refusal, and let others through', () => {
    const { scenario } = addVpc(emptyScenario('c'), {
      cidrBlock: '10.0.0.0/16',
      ids: { vpc: 'vpc-a', securityGroup: 'sg-a', networkAcl: 'acl-a', routeTable: 'rtb-a' },
    });
    loadScenario({ ...scenario, challenge: { task: 't', locked: ['sg-a'] } });
    const before = useStore.getState().scenario;
    const result = commitScenario({
      ok: true,
      value: {
        scenario: {
          ...before,
          securityGroups: before.securityGroups.map((g) => ({ ...g, ingress: [] })),
        },
      },
    });
    expect(result.ok === false && result.error).toMatch(/locked by the challenge/);
    expect(useStore.getState().scenario).toBe(before);
    rename('renamed');
    expect(useStore.getState().scenario.name).toBe('renamed');
  });
});
