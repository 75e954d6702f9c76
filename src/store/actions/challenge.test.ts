import { beforeEach, describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from '../../model/defaults.ts';
import type { Scenario } from '../../model/types.ts';
import { useStore } from '../store.ts';
import {
  authorChallenge,
  removeChallenge,
  selectChallengeStatus,
  startLockGuard,
} from './challenge.ts';
import { deleteNow } from './document.ts';
import { undo } from './history.ts';
import { loadScenario, updateScenario } from './scenario.ts';

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

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

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
    authorChallenge({ task: 'Keep SSH open', goalIds: ['flow-1'], locked: ['i-a'] });
    const { scenario } = useStore.getState();
    expect(scenario.challenge).toEqual({ task: 'Keep SSH open', locked: ['i-a'] });
    expect(scenario.flows[0]).toMatchObject({ goal: true, expected: 'allowed' });
    expect(selectChallengeStatus(useStore.getState())).toMatchObject({ solved: true, met: 1 });
    // Memoized: the same object while the scenario and outcomes stay.
    expect(selectChallengeStatus(useStore.getState())).toBe(
      selectChallengeStatus(useStore.getState()),
    );
    undo();
    expect(useStore.getState().scenario.challenge).toBeUndefined();
  });

  it('removes it', () => {
    loadScenario({ ...lab(), challenge: { task: 't', locked: ['i-a'] } });
    removeChallenge();
    expect(useStore.getState().scenario.challenge).toBeUndefined();
  });
});

describe('the lock guard', () => {
  it('undoes a canvas delete of a locked resource, says so, and keeps it out of the history', async () => {
    const stop = startLockGuard();
    loadScenario({ ...lab(), challenge: { task: 't', locked: ['i-a'] } });
    updateScenario((s) => ({ ...s, name: 'renamed' })); // one allowed step
    const before = useStore.getState().scenario;
    deleteNow(['i-a']);
    await tick();
    expect(useStore.getState().scenario).toBe(before);
    expect(useStore.getState().messages.at(-1)?.text).toMatch(/instance a \(i-a\) is locked/);
    expect(useStore.temporal.getState().pastStates).toHaveLength(1);
    // Others go through.
    deleteNow(['i-b']);
    await tick();
    expect(useStore.getState().scenario.instances.map((i) => i.id)).toEqual(['i-a']);
    stop();
  });
});
