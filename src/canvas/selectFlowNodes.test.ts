import { describe, expect, it } from 'vitest';
import { threeTierLayout, threeTierScenario } from '../scenarios/index.ts';
import { useStore, type StoreState } from '../store/index.ts';
import { selectFlowEdges, selectFlowNodes } from './selectFlowNodes.ts';

const base = (): StoreState => ({
  ...useStore.getState(),
  scenario: threeTierScenario,
  layout: threeTierLayout,
  measured: {},
  dragging: {},
  selection: [],
});

const WEB_1 = 'i-0a1b2c3d4e5f60001';
const WEB_2 = 'i-0a1b2c3d4e5f60002';

describe('selectFlowNodes (what React Flow is given)', () => {
  it('returns the same array while nothing it reads changes', () => {
    const s = base();
    const first = selectFlowNodes(s);
    expect(selectFlowNodes({ ...s, messages: [] })).toBe(first);
  });

  it('replaces only the dragged node during a drag frame', () => {
    const s = base();
    const before = selectFlowNodes(s);
    const during = selectFlowNodes({ ...s, dragging: { [WEB_1]: { x: 99, y: 77 } } });
    const changed = during.filter((n, k) => n !== before[k]).map((n) => n.id);
    expect(changed).toEqual([WEB_1]);
    expect(during.find((n) => n.id === WEB_1)?.position).toEqual({ x: 99, y: 77 });
  });

  it('marks the selection, touching only the nodes whose selection changed', () => {
    const s = base();
    const one = selectFlowNodes({ ...s, selection: [WEB_1] });
    const two = selectFlowNodes({ ...s, selection: [WEB_1, WEB_2] });
    expect(two.filter((n, k) => n !== one[k]).map((n) => n.id)).toEqual([WEB_2]);
    expect(two.filter((n) => n.selected).map((n) => n.id)).toEqual([WEB_1, WEB_2]);
  });

  it('has no edges but its route edges for a scenario without peerings, none with routes off', () => {
    const state = base();
    expect(selectFlowEdges(state).every((e) => e.type === 'route')).toBe(true);
    const off = { ...state, layout: { ...state.layout, view: { routes: false } } };
    expect(selectFlowEdges(off)).toEqual([]);
  });
});
