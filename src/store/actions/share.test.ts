import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addVpc, emptyScenario } from '../../model/defaults.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import { ScenarioFileSchema } from '../../model/schema.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { decodeScenarioLink, encodeScenarioLink } from '../../share/codec.ts';
import { readLinkFragment } from '../../share/url.ts';
import { useStore } from '../store.ts';
import { commitScenario } from '../door.ts';
import { startLibrary } from '../effects/library.ts';
import { keeper } from '../keeper.ts';
import { loadScenario } from '../open.ts';
import {
  fakeTab,
  freshIndexedDb,
  memoryStorage,
  persistenceOf,
} from '../persist/fakeBrowser.testing.ts';
import { ScenarioStore } from '../persist/scenarios.ts';
import { listKept, resetLibraryForTests } from './library.ts';
import { openSharedLink, planLink } from './share.ts';

const initial = useStore.getState();
const file = (name: string, patch: Partial<ScenarioFile['scenario']> = {}): ScenarioFile =>
  ScenarioFileSchema.parse(
    toScenarioFile(
      { ...addVpc(emptyScenario(name), { cidrBlock: '10.0.0.0/16' }).scenario, ...patch },
      { nodes: { n: { x: 1, y: 2 } } },
    ),
  );
const current = () => useStore.getState().library.currentId ?? '';
const lastMessage = () => useStore.getState().messages.at(-1);
let stop: () => void = () => {};
const start = async (fresh: ScenarioFile) => {
  stop = (await startLibrary(persistenceOf(fakeTab(memoryStorage())), { fresh })).stop;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  freshIndexedDb();
  useStore.setState(initial, true);
  resetLibraryForTests();
});
afterEach(async () => {
  await keeper()?.settled();
  stop();
  stop = () => {};
  vi.useRealTimers();
});

describe('opening a shared link', () => {
  it('opens it as a new kept scenario, and the one that was open stays kept with its edits', async () => {
    await start(file('Mine'));
    const mine = current();
    const mineNow = useStore.getState().scenario;
    // Not yet saved (debounced).
    commitScenario({ ok: true, value: { scenario: { ...mineNow, name: 'Mine, edited' } } });

    const shared = file('From the instructor');
    expect(openSharedLink(encodeScenarioLink(shared))).toBe(true);

    const state = useStore.getState();
    expect(toScenarioFile(state.scenario, state.layout)).toEqual(shared);
    expect(current()).not.toBe(mine);
    expect(listKept().find((k) => k.id === current())).toMatchObject({ origin: 'link' });
    await keeper()?.settled();
    const store = await ScenarioStore.open();
    expect(JSON.parse((await store.read(mine))?.text ?? '{}').scenario.name).toBe('Mine, edited');
    store.close();
    expect(lastMessage()?.text).toMatch(/^Opened “From the instructor” from the link/);
  });

  it('replaces the fresh built-in that opened only because nothing was saved', async () => {
    await start(file('Three-tier'));
    const fresh = current();
    openSharedLink(encodeScenarioLink(file('Shared')), fresh);
    expect(listKept().map((k) => k.name)).toEqual(['Shared']);
  });

  it('changes nothing when the link cannot be read, and says why', async () => {
    await start(file('Mine'));
    const before = useStore.getState().scenario;
    const link = encodeScenarioLink(file('Shared'));
    expect(openSharedLink(link.slice(0, link.length - 20))).toBe(false);
    expect(useStore.getState().scenario).toBe(before);
    expect(listKept()).toHaveLength(1);
    expect(lastMessage()).toMatchObject({ kind: 'error' });
    expect(lastMessage()?.text).toMatch(
      /cut short.*Nothing was opened from it; your scenarios are as they were\.$/,
    );
  });
});

describe('planning a link of the open scenario', () => {
  it('puts the whole scenario in the fragment', () => {
    const plain = file('Plain');
    loadScenario(plain.scenario, plain.layout);
    const plan = planLink('https://lab.test/app/?e2e=1', true);
    expect(plan.url.startsWith('https://lab.test/app/?e2e=1#s=v1.')).toBe(true);
    expect(plan.findings).toEqual({ accounts: [], addresses: [] });
    expect(plan.placeholders).toBe(false);
    const decoded = decodeScenarioLink(readLinkFragment(new URL(plan.url).hash) ?? '');
    expect(decoded.ok && decoded.value).toEqual(plain);
  });

  it('says what an AWS scenario gives away, and swaps it only in the link when asked', () => {
    const scenario = file('AWS: prod', { description: 'Owner 111122223333' }).scenario;
    loadScenario(scenario);
    const raw = planLink('https://lab.test/', false);
    expect(raw.findings.accounts).toEqual(['111122223333']);
    expect(raw.placeholders).toBe(false);
    const clean = planLink('https://lab.test/', true);
    expect(clean.placeholders).toBe(true);
    const decoded = decodeScenarioLink(readLinkFragment(new URL(clean.url).hash) ?? '');
    expect(decoded.ok && decoded.value.scenario.description).toBe('Owner 123456789012');
    expect(useStore.getState().scenario.description).toBe('Owner 111122223333');
  });

  it('flags a link over 8,000 characters', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647).toString(36);
    const many = file('Big', {
      internetHosts: Array.from({ length: 300 }, (_, i) => ({
        id: `host-${i}`,
        name: `${random()}${random()}${random()}${random()}`,
        address: `198.51.100.${i % 250}`,
      })),
    }).scenario;
    loadScenario(many);
    const plan = planLink('https://lab.test/', true);
    expect(plan.length).toBeGreaterThan(8000);
    expect(plan.long).toBe(true);
  });
});
