import { beforeEach, describe, expect, it } from 'vitest';
import type { Hop, Trace } from '../../engine/types.ts';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import type { FlowOutcome } from '../../worker/client.ts';
import {
  advance,
  applyFix,
  closeDraft,
  deleteFlow,
  DRAFT_FLOW_ID,
  editFlow,
  loadScenario,
  newDraft,
  pickEndpoint,
  play,
  receiveOutcomes,
  renameFlow,
  saveDraft,
  selectFlow,
  setStep,
  setStepMode,
  startPicking,
  stepBack,
  stepForward,
  undo,
  updateDraft,
  useStore,
} from '../index.ts';
import { INITIAL_SIM } from '../slices/sim.ts';

const sim = () => useStore.getState().sim;
const flows = () => useStore.getState().scenario.flows;
const pastSteps = () => useStore.temporal.getState().pastStates.length;
const WEB_TO_DB = 'flow-0a1b2c3d4e5f60004';

const hop = (verdict: Hop['verdict'], direction: Hop['direction'] = 'request'): Hop => ({
  direction,
  layer: 'nacl-ingress',
  resourceId: ID.aclDb,
  verdict,
  rule: null,
  reason: `${verdict}s`,
  packet: { source: '10.0.1.10', destination: '10.0.3.10', protocol: 6 },
});
const trace = (...verdicts: Hop['verdict'][]): Trace => ({
  verdict: verdicts.includes('deny') ? 'blocked' : 'allowed',
  blockedBy: null,
  hops: verdicts.map((v) => hop(v)),
  warnings: [],
  fixes: [],
});
const ok = (t: Trace): FlowOutcome => ({ ok: true, trace: t });

describe('sim actions', () => {
  beforeEach(() => {
    loadScenario(threeTierScenario, threeTierLayout);
    useStore.setState({ sim: INITIAL_SIM });
  });

  describe('playback', () => {
    beforeEach(() => {
      receiveOutcomes({ [WEB_TO_DB]: ok(trace('allow', 'allow', 'deny', 'allow')) });
      selectFlow(WEB_TO_DB);
    });

    it('shows the selected flow from its source, paused', () => {
      expect(sim().active).toMatchObject({ flowId: WEB_TO_DB, step: -1, playing: false });
      expect(sim().active.trace?.hops).toHaveLength(4);
    });

    it('moves one hop per tick and stops at the hop that denies', () => {
      play();
      advance();
      advance();
      expect(sim().active).toMatchObject({ step: 1, playing: true });
      advance();
      expect(sim().active).toMatchObject({ step: 2, playing: false });
    });

    it('carries on past a deny when played again, and stops at the last hop', () => {
      setStep(2);
      play();
      advance();
      expect(sim().active).toMatchObject({ step: 3, playing: false });
      play();
      expect(sim().active).toMatchObject({ step: -1, playing: true });
    });

    it('stops after every hop in step mode', () => {
      setStepMode(true);
      play();
      advance();
      expect(sim().active).toMatchObject({ step: 0, playing: false });
    });

    it('steps forward and back within the hops, pausing', () => {
      stepBack();
      expect(sim().active.step).toBe(-1);
      play();
      stepForward();
      expect(sim().active).toMatchObject({ step: 0, playing: false });
      setStep(99);
      expect(sim().active.step).toBe(3);
      stepForward();
      expect(sim().active.step).toBe(3);
    });

    it('keeps the hop when the trace is replaced, within its new length', () => {
      setStep(3);
      receiveOutcomes({ [WEB_TO_DB]: ok(trace('allow', 'allow')) });
      expect(sim().active.step).toBe(1);
      expect(sim().active.trace?.hops).toHaveLength(2);
    });

    it('is never an undo step', () => {
      const before = pastSteps();
      play();
      advance();
      setStep(2);
      expect(pastSteps()).toBe(before);
    });
  });

  describe('the draft', () => {
    it('takes its ends from canvas picks: instances and hosts, nothing else', () => {
      startPicking('source');
      expect(sim().draft).not.toBeNull();
      expect(sim().active.flowId).toBe(DRAFT_FLOW_ID);
      expect(pickEndpoint(ID.privateApp)).toMatch(/pick an instance or a host/);
      expect(sim().picking).toBe('source');
      expect(pickEndpoint(ID.web1)).toBeNull();
      expect(sim().draft?.source).toEqual({ instanceId: ID.web1 });
      expect(sim().picking).toBeNull();
      expect(pickEndpoint(ID.db1)).toBeNull();
      expect(sim().draft?.destination).toBeNull();
    });

    it('is saved as a new flow in one undo step and shown', () => {
      newDraft({ source: { instanceId: ID.web1 }, destination: { instanceId: ID.app1 } });
      const before = pastSteps();
      expect(saveDraft('web-1 → app-1 HTTPS')).toBeNull();
      const saved = flows().at(-1);
      expect(saved).toMatchObject({ name: 'web-1 → app-1 HTTPS', protocol: 'tcp', port: 443 });
      expect(sim().draft).toBeNull();
      expect(sim().active.flowId).toBe(saved?.id);
      expect(pastSteps()).toBe(before + 1);
      undo();
      expect(flows().some((f) => f.id === saved?.id)).toBe(false);
    });

    it('refuses to save without both ends', () => {
      newDraft({ source: { instanceId: ID.web1 } });
      expect(saveDraft()).toBe('Pick the source and the destination first.');
    });

    it('edits a saved flow, removing a cleared expectation', () => {
      editFlow(WEB_TO_DB);
      updateDraft({ port: 5433, expected: undefined });
      expect(saveDraft()).toBeNull();
      const flow = flows().find((f) => f.id === WEB_TO_DB);
      expect(flow?.port).toBe(5433);
      expect(flow && 'expected' in flow).toBe(false);
      expect(sim().active.flowId).toBe(WEB_TO_DB);
    });

    it('drops an ICMP flow’s port', () => {
      newDraft({ source: { instanceId: ID.web1 }, destination: { instanceId: ID.app1 } });
      updateDraft({ protocol: 'icmp', icmpType: 8, icmpCode: 0 });
      saveDraft('ping');
      expect(flows().at(-1)).toMatchObject({ protocol: 'icmp', icmpType: 8, icmpCode: 0 });
      expect(flows().at(-1)?.port).toBeUndefined();
    });

    it('goes back to the edited flow when cancelled', () => {
      selectFlow(WEB_TO_DB);
      editFlow(WEB_TO_DB);
      closeDraft();
      expect(sim().draft).toBeNull();
      expect(sim().active.flowId).toBe(WEB_TO_DB);
    });
  });

  it('renames and deletes flows as undo steps, and stops showing a deleted one', () => {
    expect(renameFlow(WEB_TO_DB, 'x'.repeat(1000))).toMatch(/at most/);
    expect(renameFlow(WEB_TO_DB, 'web skips app')).toBeNull();
    selectFlow(WEB_TO_DB);
    expect(deleteFlow(WEB_TO_DB)).toBeNull();
    expect(sim().active.flowId).toBeNull();
    undo();
    expect(flows().find((f) => f.id === WEB_TO_DB)?.name).toBe('web skips app');
  });

  it('applies a fix as one undo step, and says a refusal', () => {
    const before = pastSteps();
    const edit = {
      kind: 'add-sg-rule',
      groupId: ID.sgDb,
      direction: 'ingress',
      rule: {
        protocol: 'tcp',
        portRange: { from: 5432, to: 5432 },
        peer: { kind: 'group', groupId: ID.sgWeb },
      },
    } as const;
    expect(applyFix(edit)).toBeNull();
    expect(pastSteps()).toBe(before + 1);
    expect(
      useStore.getState().scenario.securityGroups.find((g) => g.id === ID.sgDb)?.ingress,
    ).toHaveLength(2);
    expect(applyFix({ ...edit, groupId: 'sg-0000000000000dead' })).toMatch(/sg-0000000000000dead/);
    undo();
    expect(
      useStore.getState().scenario.securityGroups.find((g) => g.id === ID.sgDb)?.ingress,
    ).toHaveLength(1);
  });
});
