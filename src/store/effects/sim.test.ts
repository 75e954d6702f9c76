import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Hop, Trace } from '../../engine/types.ts';
import type { FlowSpec, Scenario } from '../../model/types.ts';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import type { FlowOutcome } from '../../worker/client.ts';
import {
  DRAFT_FLOW_ID,
  HOP_DURATION_MS,
  loadScenario,
  newDraft,
  play,
  renameFlow,
  select,
  selectFlow,
  setSpeed,
  startPicking,
  useStore,
} from '../index.ts';
import { INITIAL_SIM } from '../slices/sim.ts';
import { startFlowEvaluation } from './flowEvaluation.ts';
import { pickEndpoint } from '../actions/sim.ts';
import { startPickFollower, startPlaybackClock, startShownFlowFollower } from './playback.ts';

/** The simulation's effects, as startStoreEffects starts them (without storage). */
function startSimEffects(options: Parameters<typeof startFlowEvaluation>[0]): () => void {
  const stops = [
    startFlowEvaluation(options),
    startPlaybackClock(),
    startShownFlowFollower(),
    startPickFollower((id) => void pickEndpoint(id)),
  ];
  return () => stops.forEach((stop) => stop());
}

const sim = () => useStore.getState().sim;

const hop = (verdict: Hop['verdict']): Hop => ({
  direction: 'request',
  layer: 'route',
  resourceId: ID.publicRtb,
  verdict,
  rule: null,
  reason: verdict,
  packet: { source: '10.0.1.10', destination: '10.0.2.10', protocol: 6 },
});
const allowed: Trace = {
  verdict: 'allowed',
  blockedBy: null,
  hops: [hop('allow'), hop('allow'), hop('allow')],
  warnings: [],
  fixes: [],
};

/** Answers every call at once with an allowed trace per flow, and records what it was asked. */
function answeringClient() {
  const asked: { scenario: Scenario; flows: readonly FlowSpec[] }[] = [];
  return {
    asked,
    client: () => ({
      evaluateFlows: async (scenario: Scenario, flows: readonly FlowSpec[]) => {
        asked.push({ scenario, flows });
        return flows.map((): FlowOutcome => ({ ok: true, trace: allowed }));
      },
    }),
  };
}

describe('sim effects', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    loadScenario(threeTierScenario, threeTierLayout);
    useStore.setState({ sim: INITIAL_SIM });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('evaluates the saved flows at start and after each change, debounced', async () => {
    const { client, asked } = answeringClient();
    stop = startSimEffects({ client, delayMs: 150 });
    expect(sim().evaluating).toBe(true);
    await vi.advanceTimersByTimeAsync(150);
    expect(asked).toHaveLength(1);
    expect(Object.keys(sim().outcomes)).toHaveLength(threeTierScenario.flows.length);
    expect(sim().evaluating).toBe(false);

    renameFlow('flow-0a1b2c3d4e5f60001', 'a');
    renameFlow('flow-0a1b2c3d4e5f60001', 'ab');
    await vi.advanceTimersByTimeAsync(150);
    expect(asked).toHaveLength(2);
  });

  it('evaluates the draft once both its ends are set', async () => {
    const { client, asked } = answeringClient();
    stop = startSimEffects({ client, delayMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    newDraft({ source: { instanceId: ID.web1 } });
    await vi.advanceTimersByTimeAsync(10);
    expect(asked).toHaveLength(1);
    newDraft({ source: { instanceId: ID.web1 }, destination: { address: '203.0.113.9' } });
    await vi.advanceTimersByTimeAsync(10);
    expect(asked.at(-1)?.flows).toHaveLength(threeTierScenario.flows.length + 1);
    expect(sim().outcomes[DRAFT_FLOW_ID]).toBeDefined();
    expect(sim().active).toMatchObject({ flowId: DRAFT_FLOW_ID, trace: allowed });
  });

  it('takes the selection as the picked end while picking', async () => {
    const { client } = answeringClient();
    stop = startSimEffects({ client, delayMs: 10 });
    startPicking('destination');
    select([ID.db1]);
    expect(sim().draft?.destination).toEqual({ instanceId: ID.db1 });
    expect(sim().picking).toBeNull();
    select([ID.app1]);
    expect(sim().draft?.destination).toEqual({ instanceId: ID.db1 });
  });

  it('plays one hop per HOP_DURATION_MS / speed', async () => {
    const { client } = answeringClient();
    stop = startSimEffects({ client, delayMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    selectFlow('flow-0a1b2c3d4e5f60001');
    setSpeed(2);
    play();
    await vi.advanceTimersByTimeAsync(HOP_DURATION_MS / 2);
    expect(sim().active.step).toBe(0);
    await vi.advanceTimersByTimeAsync(HOP_DURATION_MS);
    expect(sim().active).toMatchObject({ step: 2, playing: false });
  });
});
