import { beforeEach, describe, expect, it } from 'vitest';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import { useStore } from '../store.ts';
import {
  copySelection,
  duplicateSelection,
  hasCopied,
  pasteCopied,
  PASTE_OFFSET,
  placeCopies,
} from './clipboard.ts';
import { loadScenario } from '../open.ts';
import { select } from './selection.ts';

const initial = useStore.getState();
const state = () => useStore.getState();
const past = () => useStore.temporal.getState().pastStates.length;

describe('copy, paste and duplicate', () => {
  beforeEach(() => {
    useStore.setState(initial, true);
    loadScenario(threeTierScenario, threeTierLayout);
  });

  it('duplicates an instance beside its original, selected, as one undo step', () => {
    select([ID.db1]);
    duplicateSelection();
    const s = state();
    expect(s.scenario.instances).toHaveLength(7);
    const [copyId] = s.selection;
    const copy = s.scenario.instances.find((i) => i.id === copyId);
    expect(copy).toMatchObject({ subnetId: ID.privateDb, name: 'db-1 copy' });
    expect(copy?.privateIp).not.toBe('10.0.3.10');
    const original = threeTierLayout.nodes[ID.db1]!;
    expect(s.layout.nodes[copyId!]).toMatchObject({
      x: original.x + PASTE_OFFSET,
      y: original.y + PASTE_OFFSET,
    });
    expect(past()).toBe(1);
    useStore.temporal.getState().undo();
    expect(state().scenario.instances).toHaveLength(6);
  });

  it('pastes what was copied, each paste a little further away', () => {
    expect(hasCopied()).toBe(false);
    select([ID.web1]);
    copySelection();
    expect(hasCopied()).toBe(true);
    select([]);
    pasteCopied();
    const first = state().selection[0]!;
    pasteCopied();
    const second = state().selection[0]!;
    expect(first).not.toBe(second);
    expect(state().scenario.instances).toHaveLength(8);
    const at = (id: string) => state().layout.nodes[id]!;
    expect(at(second).x - at(first).x).toBe(PASTE_OFFSET);
  });

  it('says why a paste is refused and changes nothing', () => {
    select([ID.igw]);
    copySelection();
    pasteCopied();
    expect(state().scenario).toBe(threeTierScenario);
    expect(state().messages.at(-1)).toMatchObject({ kind: 'error' });
    expect(state().messages.at(-1)?.text).toContain(ID.igw);
  });
});

describe('placeCopies', () => {
  it('keeps a copied child in place inside its copied container, and shifts the container', () => {
    const layout = {
      nodes: { 'subnet-a': { x: 40, y: 56, width: 400, height: 140 }, 'i-a': { x: 20, y: 56 } },
    };
    const scenario = {
      ...threeTierScenario,
      subnets: [{ ...threeTierScenario.subnets[0]!, id: 'subnet-a' }],
      instances: [{ ...threeTierScenario.instances[0]!, id: 'i-a', subnetId: 'subnet-a' }],
    };
    const next = placeCopies(scenario, layout, { 'subnet-a': 'subnet-b', 'i-a': 'i-b' }, 24);
    expect(next.nodes['subnet-b']).toEqual({ x: 64, y: 80, width: 400, height: 140 });
    expect(next.nodes['i-b']).toEqual({ x: 20, y: 56 });
    expect(next.nodes['subnet-a']).toBe(layout.nodes['subnet-a']);
  });

  it('returns the same layout when no original has a saved place', () => {
    const layout = { nodes: {} };
    expect(placeCopies(threeTierScenario, layout, { 'i-x': 'i-y' }, 24)).toBe(layout);
  });
});
