import { beforeEach, describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from '../model/defaults.ts';
import { loadScenario, moveNode, recordMeasured, useStore } from './index.ts';

const initial = useStore.getState();

describe('store', () => {
  beforeEach(() => useStore.setState(initial, true));

  it('loads a scenario with its layout and forgets old measurements', () => {
    recordMeasured('vpc-1', { width: 10, height: 10 });
    const { scenario } = addVpc(emptyScenario('lab'), { cidrBlock: '10.0.0.0/16' });
    loadScenario(scenario, { nodes: { 'vpc-1': { x: 1, y: 2 } } });
    const s = useStore.getState();
    expect(s.scenario.name).toBe('lab');
    expect(s.layout.nodes['vpc-1']).toEqual({ x: 1, y: 2 });
    expect(s.measured).toEqual({});
  });

  it('moves a node and keeps its saved size', () => {
    loadScenario(emptyScenario(), { nodes: { a: { x: 0, y: 0, width: 300, height: 200 } } });
    moveNode('a', { x: 40, y: 50 });
    expect(useStore.getState().layout.nodes['a']).toEqual({
      x: 40,
      y: 50,
      width: 300,
      height: 200,
    });
  });

  it('leaves the state untouched when a measurement repeats', () => {
    recordMeasured('a', { width: 170, height: 64 });
    const before = useStore.getState().measured;
    recordMeasured('a', { width: 170, height: 64 });
    expect(useStore.getState().measured).toBe(before);
  });
});
