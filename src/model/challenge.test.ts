import { describe, expect, it } from 'vitest';
import {
  challengeGoals,
  challengeStatus,
  isChallenge,
  lockedEditError,
  lockedIds,
  setChallenge,
  type GoalOutcome,
} from './challenge.ts';
import { addVpc, emptyScenario, newSecurityGroup } from './defaults.ts';
import { addSgRule, removeSgRule, unwrap } from './edit.ts';
import type { SavedFlow, Scenario } from './types.ts';

const flow = (id: string, extra: Partial<SavedFlow> = {}): SavedFlow => ({
  id,
  name: `flow ${id}`,
  source: { address: '192.0.2.1' },
  destination: { address: '198.51.100.1' },
  protocol: 'tcp',
  port: 443,
  ...extra,
});

function lab(): Scenario {
  const { scenario, vpc } = addVpc(emptyScenario('lab'), {
    cidrBlock: '10.0.0.0/16',
    ids: { vpc: 'vpc-a', securityGroup: 'sg-default', networkAcl: 'acl-a', routeTable: 'rtb-a' },
  });
  return {
    ...scenario,
    securityGroups: [...scenario.securityGroups, newSecurityGroup(vpc, 'web', 'sg-web')],
    flows: [
      flow('flow-1', { goal: true, expected: 'allowed' }),
      flow('flow-2', { goal: true, expected: 'blocked' }),
      flow('flow-3', { expected: 'allowed' }),
      flow('flow-4', { goal: true }), // no expected outcome: not a goal
    ],
    challenge: { task: 'Open HTTPS', locked: ['sg-default'] },
  };
}

const verdict = (v: 'allowed' | 'blocked' | 'unknown'): GoalOutcome => ({
  ok: true,
  trace: { verdict: v },
});

describe('challenge goals', () => {
  it('are the saved flows marked goal that state an expected outcome', () => {
    expect(challengeGoals(lab()).map((f) => f.id)).toEqual(['flow-1', 'flow-2']);
    expect(isChallenge(lab())).toBe(true);
    expect(isChallenge(emptyScenario())).toBe(false);
  });

  it('is solved when every goal has its expected outcome', () => {
    const s = challengeStatus(lab(), {
      'flow-1': verdict('allowed'),
      'flow-2': verdict('blocked'),
    });
    expect(s.solved).toBe(true);
    expect(s.met).toBe(2);
    expect(s.task).toBe('Open HTTPS');
  });

  it('is not solved while a goal has another verdict, is pending, or could not be evaluated', () => {
    const wrong = challengeStatus(lab(), {
      'flow-1': verdict('blocked'),
      'flow-2': verdict('blocked'),
    });
    expect(wrong.solved).toBe(false);
    expect(wrong.goals[0]).toMatchObject({
      state: 'unmet',
      verdict: 'blocked',
      expected: 'allowed',
    });

    const pending = challengeStatus(lab(), { 'flow-2': verdict('blocked') });
    expect(pending.goals.map((g) => g.state)).toEqual(['pending', 'met']);
    expect(pending.solved).toBe(false);

    const failed = challengeStatus(lab(), {
      'flow-1': { ok: false, error: 'instance i-x does not exist' },
      'flow-2': verdict('blocked'),
    });
    expect(failed.goals[0]).toMatchObject({ state: 'unmet', error: 'instance i-x does not exist' });
  });

  it('counts unknown as not met: the engine could not tell', () => {
    const s = challengeStatus(lab(), {
      'flow-1': verdict('unknown'),
      'flow-2': verdict('blocked'),
    });
    expect(s.solved).toBe(false);
  });

  it('is never solved without goals', () => {
    expect(challengeStatus(emptyScenario(), {}).solved).toBe(false);
  });
});

describe('locked resources', () => {
  it('are the locked IDs and, in a challenge, the goal flows', () => {
    expect([...lockedIds(lab())].sort()).toEqual(['flow-1', 'flow-2', 'sg-default']);
    const { challenge: _c, ...plain } = lab();
    void _c;
    expect(lockedIds(plain).size).toBe(0);
  });

  it('refuse an edit that changes a locked resource, naming it', () => {
    const before = lab();
    const after = unwrap(removeSgRule(before, 'sg-default', 'ingress', 0));
    expect(lockedEditError(before, after)).toMatch(
      /security group default \(sg-default\) is locked/,
    );
  });

  it('refuse deleting a locked resource', () => {
    const before = lab();
    const after = {
      ...before,
      securityGroups: before.securityGroups.filter((g) => g.id !== 'sg-default'),
    };
    expect(lockedEditError(before, after)).toMatch(/locked/);
  });

  it('refuse changing a goal flow (its expected outcome, say)', () => {
    const before = lab();
    const after = {
      ...before,
      flows: before.flows.map((f) =>
        f.id === 'flow-1' ? { ...f, expected: 'blocked' as const } : f,
      ),
    };
    expect(lockedEditError(before, after)).toMatch(/goal flow flow flow-1 \(flow-1\) is locked/);
  });

  it('let every other edit through', () => {
    const before = lab();
    const rule = {
      protocol: 'tcp',
      portRange: { from: 443, to: 443 },
      peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
    } as const;
    expect(
      lockedEditError(before, unwrap(addSgRule(before, 'sg-web', 'ingress', rule))),
    ).toBeNull();
    expect(lockedEditError(before, before)).toBeNull();
  });

  it('compare content, not identity: an equal copy is no change', () => {
    const before = lab();
    const copy = JSON.parse(JSON.stringify(before)) as Scenario;
    expect(lockedEditError(before, copy)).toBeNull();
  });

  it('take an explicit list', () => {
    const before = lab();
    const after = unwrap(
      addSgRule(before, 'sg-web', 'egress', {
        protocol: 'all',
        peer: { kind: 'cidr', cidr: '::/0' },
      }),
    );
    expect(lockedEditError(before, after, ['sg-web'])).toMatch(/sg-web/);
  });
});

describe('setChallenge', () => {
  it('marks the chosen flows as goals, clears the others and writes the task and locks', () => {
    const s = setChallenge(lab(), {
      task: '  Fix it  ',
      goalIds: ['flow-3'],
      locked: ['sg-web', 'sg-web'],
    });
    expect(challengeGoals(s).map((f) => f.id)).toEqual(['flow-3']);
    expect(s.flows.find((f) => f.id === 'flow-1')?.goal).toBeUndefined();
    expect(s.challenge).toEqual({ task: 'Fix it', locked: ['sg-web'] });
  });

  it('gives a goal without an expected outcome the verdict it has now', () => {
    const s = setChallenge(
      lab(),
      { task: 't', goalIds: ['flow-4'], locked: [] },
      { 'flow-4': 'blocked' },
    );
    expect(s.flows.find((f) => f.id === 'flow-4')).toMatchObject({
      goal: true,
      expected: 'blocked',
    });
    expect(s.challenge).toEqual({ task: 't' });
  });

  it('takes the expected outcome the instructor set over the one the flow had', () => {
    const s = setChallenge(lab(), {
      task: 't',
      goalIds: ['flow-1'],
      expected: { 'flow-1': 'blocked' },
      locked: [],
    });
    expect(s.flows.find((f) => f.id === 'flow-1')).toMatchObject({
      goal: true,
      expected: 'blocked',
    });
  });

  it('removes the challenge when the task is empty and no flow is a goal', () => {
    const s = setChallenge(lab(), { task: ' ', goalIds: [], locked: ['sg-web'] });
    expect(s.challenge).toBeUndefined();
    expect(s.flows.every((f) => f.goal === undefined)).toBe(true);
  });
});
