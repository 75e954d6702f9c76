import { describe, expect, it } from 'vitest';
import {
  gradeWithKey,
  gradingKeyFileText,
  gradingKeyOf,
  newChallengeId,
  parseGradingKeyFile,
} from './gradingKey.ts';
import { emptyScenario } from './defaults.ts';
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

const lab: Scenario = {
  ...emptyScenario('lab'),
  challenge: { task: 'Open HTTPS', locked: ['sg-a'] },
  flows: [
    flow('flow-1', { goal: true, expected: 'allowed' }),
    flow('flow-2', { goal: true, expected: 'blocked' }),
    flow('flow-3', { expected: 'allowed' }),
  ],
};
const verdict = (v: string) => ({ ok: true as const, trace: { verdict: v } });

describe('grading keys', () => {
  it('hold a challenge’s identity, task, locks and goals (only the flows marked as goals)', () => {
    const key = gradingKeyOf(lab, 'ch-test-1', '  Open it  ', 5);
    expect(key).toMatchObject({
      id: 'ch-test-1',
      title: 'Open it',
      task: 'Open HTTPS',
      locked: ['sg-a'],
    });
    expect(key.goals.map((g) => g.id)).toEqual(['flow-1', 'flow-2']);
    expect(newChallengeId(0, () => 0)).toBe('ch-0000000');
  });

  it('grade each goal by the engine’s verdict: met, unmet, pending, or unmet with why', () => {
    const key = gradingKeyOf(lab, 'ch-test-1', 'Open it', 5);
    const all = gradeWithKey(key, (id) =>
      id === 'flow-1' ? verdict('allowed') : verdict('blocked'),
    );
    expect(all).toMatchObject({ met: 2, total: 2, passed: true, pending: false });
    const some = gradeWithKey(key, (id) =>
      id === 'flow-1' ? { ok: false, error: 'gone' } : undefined,
    );
    expect(some.goals.map((g) => g.state)).toEqual(['unmet', 'pending']);
    expect(some).toMatchObject({ met: 0, passed: false, pending: true });
    expect(gradeWithKey({ goals: [] }, () => undefined).passed).toBe(false);
  });

  it('travel as a file that reads back, and a file that is not one says where it is wrong', () => {
    const key = gradingKeyOf(lab, 'ch-test-1', 'Open it', 5);
    expect(parseGradingKeyFile(gradingKeyFileText([key]))).toEqual({ ok: true, value: [key] });
    expect(parseGradingKeyFile('{')).toMatchObject({
      ok: false,
      errors: [{ message: 'this is not valid JSON' }],
    });
    const bad = JSON.stringify({
      format: 'vpc-flow-lab-grading-key',
      version: 1,
      keys: [{ ...key, id: 'x' }],
    });
    expect(parseGradingKeyFile(bad)).toMatchObject({
      ok: false,
      errors: [{ path: 'keys[0].id', message: expect.stringMatching(/challenge ID/) }],
    });
  });
});
