import { describe, expect, it } from 'vitest';
import { TRACES } from '../explain/__fixtures__/traces.ts';
import { flowBadge } from './badge.ts';

const blocked = { ok: true, trace: TRACES.webToDb } as const;
const allowed = { ok: true, trace: TRACES.webToApp } as const;
const unknown = { ok: true, trace: { ...TRACES.webToApp, verdict: 'unknown' } } as const;

describe('a flow’s badge', () => {
  it('passes when the verdict is the expected one', () => {
    expect(flowBadge('blocked', blocked)).toMatchObject({ kind: 'pass', icon: '✓', text: 'PASS' });
    expect(flowBadge('allowed', allowed)).toMatchObject({ kind: 'pass', tone: 'good' });
  });

  it('fails when it is not, and says both', () => {
    expect(flowBadge('blocked', allowed)).toEqual({
      kind: 'fail',
      icon: '✗',
      text: 'FAIL',
      detail: 'Allowed, but expected blocked.',
      tone: 'bad',
    });
  });

  it('shows the verdict itself when nothing is expected', () => {
    expect(flowBadge(undefined, allowed)).toMatchObject({
      kind: 'allowed',
      icon: '✓',
      text: 'Allowed',
    });
    expect(flowBadge(undefined, blocked)).toMatchObject({
      kind: 'blocked',
      icon: '✗',
      text: 'Blocked',
    });
  });

  it('neither passes nor fails when the engine cannot tell', () => {
    expect(flowBadge('allowed', unknown)).toMatchObject({ kind: 'unknown', icon: '?' });
  });

  it('says a flow that could not be evaluated, and one still waiting', () => {
    expect(
      flowBadge('allowed', { ok: false, error: 'Instance i-1 does not exist.' }),
    ).toMatchObject({
      kind: 'error',
      detail: 'Instance i-1 does not exist.',
    });
    expect(flowBadge('allowed', undefined)).toMatchObject({ kind: 'pending', icon: '…' });
  });
});
