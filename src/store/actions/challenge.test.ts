import { beforeEach, describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from '../../model/defaults.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import type { Scenario } from '../../model/types.ts';
import { commitScenario, undo } from '../door.ts';
import { gradingKeys } from '../gradingKeys.ts';
import { loadScenario, openScenario } from '../open.ts';
import { useStore } from '../store.ts';
import { authorChallenge, removeChallenge, selectChallengeStatus } from './challenge.ts';
import { deleteNow } from './document.ts';

const initial = useStore.getState();

function lab(): Scenario {
  const { scenario } = addVpc(emptyScenario('lab'), {
    cidrBlock: '10.0.0.0/16',
    ids: { vpc: 'vpc-a', securityGroup: 'sg-a', networkAcl: 'acl-a', routeTable: 'rtb-a' },
  });
  return {
    ...scenario,
    subnets: [
      {
        id: 'subnet-a',
        name: 'a',
        vpcId: 'vpc-a',
        cidrBlock: '10.0.1.0/24',
        availabilityZone: 'us-east-1a',
      },
    ],
    instances: [
      {
        id: 'i-a',
        name: 'a',
        subnetId: 'subnet-a',
        privateIp: '10.0.1.10',
        securityGroupIds: ['sg-a'],
      },
      {
        id: 'i-b',
        name: 'b',
        subnetId: 'subnet-a',
        privateIp: '10.0.1.11',
        securityGroupIds: ['sg-a'],
      },
    ],
    flows: [
      {
        id: 'flow-1',
        name: 'a → b',
        source: { instanceId: 'i-a' },
        destination: { instanceId: 'i-b' },
        protocol: 'tcp',
        port: 22,
      },
    ],
  };
}

const rename = (name: string) =>
  commitScenario({ ok: true, value: { scenario: { ...useStore.getState().scenario, name } } });

beforeEach(() => useStore.setState(initial, true));

describe('authoring a challenge', () => {
  it('marks goals with the verdict they have now, writes the task and locks, as one undo step', () => {
    loadScenario(lab());
    useStore.setState((s) => ({
      sim: {
        ...s.sim,
        outcomes: {
          'flow-1': {
            ok: true,
            trace: { verdict: 'allowed', blockedBy: null, hops: [], warnings: [], fixes: [] },
          },
        },
      },
    }));
    expect(
      authorChallenge({
        title: 'SSH lab',
        task: 'Keep SSH open',
        goalIds: ['flow-1'],
        locked: ['i-a'],
      }),
    ).toBeNull();
    const { scenario, teaching } = useStore.getState();
    expect(scenario.challenge).toEqual({ task: 'Keep SSH open', locked: ['i-a'] });
    // Its own title, a stable ID, and the instructor's grading key kept in this browser.
    expect(scenario.name).toBe('SSH lab');
    expect(teaching).toMatchObject({ role: 'author', title: 'SSH lab' });
    expect(gradingKeys().get(teaching?.challengeId ?? '')).toMatchObject({
      title: 'SSH lab',
      goals: [{ id: 'flow-1', expected: 'allowed' }],
    });
    expect(scenario.flows[0]).toMatchObject({ goal: true, expected: 'allowed' });
    expect(selectChallengeStatus(useStore.getState())).toMatchObject({ solved: true, met: 1 });
    // Memoized: the same object while the scenario and outcomes stay.
    expect(selectChallengeStatus(useStore.getState())).toBe(
      selectChallengeStatus(useStore.getState()),
    );
    undo();
    expect(useStore.getState().scenario.challenge).toBeUndefined();
  });

  it('removes it (the author may)', () => {
    openScenario({
      kind: 'start',
      file: toScenarioFile({ ...lab(), challenge: { task: 't', locked: ['i-a'] } }),
      teaching: { role: 'author', challengeId: 'ch-test-one', title: 'lab' },
    });
    expect(removeChallenge()).toBeNull();
    expect(useStore.getState().scenario.challenge).toBeUndefined();
  });

  it('is refused to a student, who may not change goals or locks either', () => {
    // A challenge opened with nothing to say whose it is opens to be solved.
    loadScenario({ ...lab(), challenge: { task: 't', locked: ['i-a'] } });
    expect(useStore.getState().teaching?.role).toBe('student');
    const before = useStore.getState().scenario;
    expect(authorChallenge({ task: 't', goalIds: ['flow-1'], locked: [] })).toMatch(/instructor’s/);
    expect(removeChallenge()).toMatch(/instructor’s/);
    expect(useStore.getState().scenario).toBe(before);
  });
});

describe('the door, in student mode', () => {
  it('refuses a canvas delete of a locked resource before writing: nothing to revert, no step', () => {
    loadScenario({ ...lab(), challenge: { task: 't', locked: ['i-a'] } });
    rename('renamed'); // one allowed step
    const before = useStore.getState().scenario;
    deleteNow(['i-a']);
    expect(useStore.getState().scenario).toBe(before);
    expect(useStore.getState().messages.at(-1)?.text).toMatch(/instance a \(i-a\) is locked/);
    expect(useStore.temporal.getState().pastStates).toHaveLength(1);
    // Others go through.
    deleteNow(['i-b']);
    expect(useStore.getState().scenario.instances.map((i) => i.id)).toEqual(['i-a']);
  });

  it('returns the refusal to the caller, so a panel never believes a refused edit succeeded', () => {
    loadScenario({ ...lab(), challenge: { task: 't', locked: [] } });
    const s = useStore.getState().scenario;
    const goalsChanged = {
      ...s,
      flows: s.flows.map((f) => ({ ...f, goal: true, expected: 'blocked' as const })),
    };
    const result = commitScenario({ ok: true, value: { scenario: goalsChanged } });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/set by the instructor/) });
    expect(useStore.getState().scenario).toBe(s);
  });
});
