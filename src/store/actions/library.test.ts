import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addVpc, emptyScenario } from '../../model/defaults.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { AUTOSAVE_KEY, UNREADABLE_KEY } from '../effects/autosave.ts';
import { KEPT_PREFIX, LIBRARY_KEY, LIBRARY_UNREADABLE_KEY, keptKey } from '../libraryStorage.ts';
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
  unreadableAutosaveText,
} from './library.ts';
import { commitScenario } from '../door.ts';
import { startLibrary } from '../effects/library.ts';
import { loadScenario, openScenario } from '../open.ts';

/** A Storage over a Map; `full` makes writes throw as a full browser storage does. */
function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  const state = { full: false };
  const storage = {
    get length() {
      return map.size;
    },
    key: (k: number) => [...map.keys()][k] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  };
  return { storage, map, state };
}

const initial = useStore.getState();
const file = (name: string): ScenarioFile =>
  toScenarioFile(addVpc(emptyScenario(name), { cidrBlock: '10.0.0.0/16' }).scenario, {
    nodes: { n: { x: 1, y: 2 } },
  });
const keptName = (map: Map<string, string>, id: string) =>
  (JSON.parse(map.get(keptKey(id)) ?? 'null') as ScenarioFile | null)?.scenario.name;
const current = () => useStore.getState().library.currentId ?? '';
const rename = (name: string) =>
  commitScenario({ ok: true, value: { scenario: { ...useStore.getState().scenario, name } } });

let stop: () => void = () => {};

beforeEach(() => {
  vi.useFakeTimers();
  useStore.setState(initial, true);
  resetLibraryForTests();
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('My scenarios', () => {
  it('keeps the scenario opened at a fresh start as a new built-in entry', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('Three-tier').scenario);
    stop = startLibrary(storage, { restored: false });
    expect(listKept()).toMatchObject([{ name: 'Three-tier', origin: 'built-in' }]);
    expect(keptName(map, current())).toBe('Three-tier');
    expect(JSON.parse(map.get(LIBRARY_KEY) ?? '{}')).toMatchObject({
      version: 1,
      current: current(),
    });
  });

  it('saves each change into the current scenario after a quiet moment', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false, delayMs: 100 });
    rename('A, edited');
    expect(keptName(map, current())).toBe('A');
    vi.advanceTimersByTime(100);
    expect(keptName(map, current())).toBe('A, edited');
    expect(listKept()[0]?.name).toBe('A, edited');
  });

  it('binds a restored autosave to the index’s current scenario', () => {
    const { storage } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    const id = current();
    stop();
    resetLibraryForTests();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: true });
    expect(current()).toBe(id);
    expect(listKept()).toHaveLength(1);
  });

  it('never lets a fresh start overwrite the kept current scenario', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('Mine').scenario);
    stop = startLibrary(storage, { restored: false });
    const mine = current();
    stop();
    resetLibraryForTests();
    // The autosave was unreadable: the app starts on the built-in.
    loadScenario(file('Three-tier').scenario);
    stop = startLibrary(storage, { restored: false });
    expect(current()).not.toBe(mine);
    expect(keptName(map, mine)).toBe('Mine');
    expect(
      listKept()
        .map((k) => k.name)
        .sort(),
    ).toEqual(['Mine', 'Three-tier']);
  });

  it('switches between scenarios, saving the current one first', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    const a = current();
    const b = addKept(file('B'), 'B from a link', 'link');
    expect(listKept().find((k) => k.id === b)).toMatchObject({
      origin: 'link',
      name: 'B from a link',
    });
    rename('A, edited'); // not yet saved (debounced)
    expect(openKept(b)).toBe(true);
    expect(useStore.getState().scenario.name).toBe('B from a link');
    expect(useStore.getState().layout.nodes['n']).toEqual({ x: 1, y: 2 });
    expect(current()).toBe(b);
    expect(keptName(map, a)).toBe('A, edited');
    // The autosave follows at once, so a reload opens B.
    expect(JSON.parse(map.get(AUTOSAVE_KEY) ?? '{}').scenario.name).toBe('B from a link');
    expect(openKept(a)).toBe(true);
    expect(useStore.getState().scenario.name).toBe('A, edited');
  });

  it('says a kept scenario that cannot be read, and leaves the canvas as it was', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    const bad = addKept(file('B'), 'B', 'import');
    map.set(keptKey(bad), '{"format":"vpc-flow-lab","version":9}');
    expect(openKept(bad)).toBe(false);
    expect(useStore.getState().scenario.name).toBe('A');
    expect(useStore.getState().messages.at(-1)?.text).toMatch(/“B” could not be opened: version/);
    expect(keptText(bad)).toBe('{"format":"vpc-flow-lab","version":9}');
  });

  it('renames the open scenario and another one', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    const b = addKept(file('B'), 'B', 'import');
    expect(renameKept(current(), 'Alpha')).toBeNull();
    expect(useStore.getState().scenario.name).toBe('Alpha');
    expect(keptName(map, current())).toBe('Alpha');
    expect(renameKept(b, '  Beta ')).toBeNull();
    expect(keptName(map, b)).toBe('Beta');
    expect(renameKept(b, 'x'.repeat(300))).toMatch(/at most 256/);
  });

  it('duplicates a kept scenario without opening it', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    const copy = duplicateKept(current()) ?? '';
    expect(keptName(map, copy)).toBe('A (copy)');
    expect(listKept().find((k) => k.id === copy)?.origin).toBe('copy');
    expect(current()).not.toBe(copy);
  });

  it('keeps the current one as a new scenario and goes on in the new one', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    const a = current();
    const b = keepCurrentAsNew('A, variant');
    expect(current()).toBe(b);
    expect(useStore.getState().scenario.name).toBe('A, variant');
    rename('A, variant 2');
    vi.advanceTimersByTime(1000);
    expect(keptName(map, a)).toBe('A');
    expect(keptName(map, b)).toBe('A, variant 2');
  });

  it('deletes a scenario; deleting the open one opens the most recent other', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    const a = current();
    vi.setSystemTime(Date.now() + 1000);
    const b = addKept(file('B'), 'B', 'import');
    deleteKept(a);
    expect(map.has(keptKey(a))).toBe(false);
    expect(current()).toBe(b);
    expect(useStore.getState().scenario.name).toBe('B');
    deleteKept(b);
    expect(listKept()).toHaveLength(1);
    expect(useStore.getState().scenario.vpcs).toEqual([]);
  });

  it('keeps a scenario opened from outside (New scenario) as a new one', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    const a = current();
    loadScenario(emptyScenario('Fresh'));
    expect(current()).not.toBe(a);
    expect(keptName(map, a)).toBe('A');
    expect(keptName(map, current())).toBe('Fresh');
    const id = startNewKept();
    expect(current()).toBe(id);
    expect(listKept()).toHaveLength(3);
  });

  it('rebuilds an unreadable index from the kept keys, keeping the old one aside', () => {
    const { storage, map } = memoryStorage({
      [LIBRARY_KEY]: '{broken',
      [`${KEPT_PREFIX}kabc`]: JSON.stringify(file('Old')),
    });
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    expect(map.get(LIBRARY_UNREADABLE_KEY)).toBe('{broken');
    expect(
      listKept()
        .map((k) => k.name)
        .sort(),
    ).toEqual(['A', 'Old']);
  });

  it('offers an unreadable autosave, kept aside, as it was stored', () => {
    const { storage } = memoryStorage({ [UNREADABLE_KEY]: '{"format":"vpc-flow-lab",' });
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    expect(useStore.getState().library.unreadableAutosave).toBe(true);
    expect(unreadableAutosaveText()).toBe('{"format":"vpc-flow-lab",');
  });

  it('keeps working in this tab when the storage is full, and says so once', () => {
    const { storage, state } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    state.full = true;
    const b = addKept(file('B'), 'B', 'import');
    addKept(file('C'), 'C', 'import');
    expect(openKept(b)).toBe(true);
    // A note, once: the autosave says the storage is full as an error of its own.
    const notes = useStore.getState().messages.filter((m) => /storage is full/.test(m.text));
    expect(notes).toMatchObject([{ kind: 'info' }]);
  });

  it('works without any storage', () => {
    loadScenario(file('A').scenario);
    stop = startLibrary(null, { restored: false });
    const b = addKept(file('B'), 'B', 'link');
    expect(openKept(b)).toBe(true);
    expect(listKept()).toHaveLength(2);
  });
});

describe('one scenario kept once', () => {
  it('keeps a file opened twice (an import, a link) once, and opens the kept one', () => {
    const { storage } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    const bundle = file('Bundle');
    const first = openScenario({ kind: 'file', file: bundle, origin: 'import' });
    const again = openScenario({ kind: 'file', file: bundle, origin: 'import' });
    expect(again).toEqual({ id: first?.id, existing: true });
    expect(listKept().filter((k) => k.name === 'Bundle')).toHaveLength(1);
    // Changed since, it is another scenario of the same name: kept beside it.
    commitScenario({
      ok: true,
      value: { scenario: { ...useStore.getState().scenario, description: 'edited' } },
    });
    openScenario({ kind: 'file', file: bundle, origin: 'import' });
    expect(listKept().filter((k) => k.name === 'Bundle')).toHaveLength(2);
  });

  it('lists a scenario kept after an unreadable index was rebuilt once, not twice', () => {
    const { storage } = memoryStorage({ [LIBRARY_KEY]: '{broken' });
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    addKept(file('B'), 'B', 'import');
    expect(
      listKept()
        .map((k) => k.name)
        .sort(),
    ).toEqual(['A', 'B']);
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

describe('two tabs', () => {
  it('each tab saves into its own current scenario, whatever the other opened', () => {
    const { storage, map } = memoryStorage();
    loadScenario(file('A').scenario);
    stop = startLibrary(storage, { restored: false });
    const a = current();
    // Another tab keeps and opens B: the index's current moves to B.
    const b = addKept(file('B'), 'B', 'link');
    const index = JSON.parse(map.get(LIBRARY_KEY) ?? '{}');
    map.set(LIBRARY_KEY, JSON.stringify({ ...index, current: b }));
    rename('A, edited here');
    vi.advanceTimersByTime(1000);
    expect(current()).toBe(a);
    expect(keptName(map, a)).toBe('A, edited here');
    expect(keptName(map, b)).toBe('B');
  });
});
