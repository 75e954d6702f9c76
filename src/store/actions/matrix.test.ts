import { beforeEach, describe, expect, it } from 'vitest';
import type { Hop, ReachabilityMatrix, Trace } from '../../engine/index.ts';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import {
  animateMatrixFlow,
  commitScenario,
  loadScenario,
  PREVIEW_FLOW_ID,
  receiveOutcomes,
  selectMatrixStale,
  setMatrixFilter,
  setMatrixServices,
  useStore,
} from '../index.ts';
import { INITIAL_MATRIX } from '../slices/matrix.ts';
import { INITIAL_SIM } from '../slices/sim.ts';

const matrix = () => useStore.getState().matrix;
const pastSteps = () => useStore.temporal.getState().pastStates.length;

const result: ReachabilityMatrix = {
  endpoints: [ID.web1, 'internet:203.0.113.50'],
  endpointSpecs: [{ instanceId: ID.web1 }, { address: '203.0.113.50' }],
  internet: [],
  services: [{ protocol: 'tcp', port: 5432 }],
  cells: new Uint8Array([0, 1, 1, 0]),
  classOf: Int32Array.from([0, 1]),
  classes: 2,
  evaluations: 2,
};

const hop: Hop = {
  direction: 'request',
  layer: 'security-group-egress',
  resourceId: ID.sgWeb,
  verdict: 'allow',
  rule: null,
  reason: 'allows',
  packet: { source: '10.0.1.10', destination: '10.0.3.10', protocol: 6 },
};
const trace: Trace = {
  verdict: 'allowed',
  blockedBy: null,
  hops: [hop, hop],
  warnings: [],
  fixes: [],
};

describe('matrix actions', () => {
  beforeEach(() => {
    loadScenario(threeTierScenario, threeTierLayout);
    useStore.setState({ matrix: INITIAL_MATRIX, sim: INITIAL_SIM });
    useStore.temporal.getState().clear();
  });

  it('never record an undo step', () => {
    setMatrixServices([{ protocol: 'tcp', port: 22 }]);
    setMatrixFilter({ show: 'blocked' });
    useStore.setState((s) => ({ matrix: { ...s.matrix, result, basis: s.scenario } }));
    expect(pastSteps()).toBe(0);
  });

  it('keep the transferred cells as they came', () => {
    useStore.setState((s) => ({ matrix: { ...s.matrix, result, basis: s.scenario } }));
    expect(matrix().result?.cells).toBe(result.cells);
  });

  it('call a matrix stale when the network changes, not when the scenario is renamed', () => {
    useStore.setState((s) => ({ matrix: { ...s.matrix, result, basis: s.scenario } }));
    expect(selectMatrixStale(useStore.getState())).toBe(false);
    const s = useStore.getState().scenario;
    commitScenario({ ok: true, value: { scenario: { ...s, name: 'renamed' } } });
    expect(selectMatrixStale(useStore.getState())).toBe(false);
    const renamed = useStore.getState().scenario;
    commitScenario({
      ok: true,
      value: {
        scenario: { ...renamed, instances: renamed.instances.filter((i) => i.id !== ID.web2) },
      },
    });
    expect(selectMatrixStale(useStore.getState())).toBe(true);
  });

  it('show a clicked cell as the unsaved active flow, minimise, and play it once traced', () => {
    useStore.setState((s) => ({ matrix: { ...s.matrix, view: 'open' } }));
    const spec = {
      source: { instanceId: ID.web1 },
      destination: { instanceId: ID.db1 },
      protocol: 'tcp' as const,
      port: 5432,
    };
    animateMatrixFlow(spec, 'web-1 → db-1 TCP 5432');
    expect(matrix().view).toBe('minimised');
    const { sim } = useStore.getState();
    expect(sim.active.flowId).toBe(PREVIEW_FLOW_ID);
    expect(sim.preview).toMatchObject({ ...spec, name: 'web-1 → db-1 TCP 5432' });
    // Set to play: the clock moves the packet once the worker's trace is in.
    expect(sim.active).toMatchObject({ trace: null, playing: true, step: -1 });
    receiveOutcomes({ [PREVIEW_FLOW_ID]: { ok: true, trace } });
    expect(useStore.getState().sim.active).toMatchObject({ trace, playing: true });
  });
});
