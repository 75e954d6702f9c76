import type { SavedFlow } from '../../model/types.ts';
import type { FlowOutcome } from '../../store/index.ts';

/**
 * A saved flow's badge: PASS or FAIL against its expected outcome, else the verdict itself. The
 * verdict is the engine's (the trace); this only compares it with what the flow expects. Each
 * badge has an icon and a word, so it never relies on colour.
 */
export interface FlowBadgeInfo {
  readonly kind: 'pass' | 'fail' | 'allowed' | 'blocked' | 'unknown' | 'error' | 'pending';
  readonly icon: '✓' | '✗' | '?' | '!' | '…';
  readonly text: string;
  /** The whole story in words, for the row's second line and screen readers. */
  readonly detail: string;
  readonly tone: 'good' | 'bad' | 'warn' | 'neutral';
}

/**
 * @example
 * flowBadge('blocked', { ok: true, trace: allowedTrace }); // FAIL: allowed, expected blocked
 */
export function flowBadge(
  expected: SavedFlow['expected'],
  outcome: FlowOutcome | undefined,
): FlowBadgeInfo {
  if (!outcome) {
    return {
      kind: 'pending',
      icon: '…',
      text: 'Evaluating',
      detail: 'Waiting for the engine.',
      tone: 'neutral',
    };
  }
  if (!outcome.ok) {
    return { kind: 'error', icon: '!', text: 'Error', detail: outcome.error, tone: 'warn' };
  }
  const verdict = outcome.trace.verdict;
  if (verdict === 'unknown') {
    const detail = expected
      ? `The engine cannot tell (expected ${expected}).`
      : 'The engine cannot tell.';
    return { kind: 'unknown', icon: '?', text: 'Unknown', detail, tone: 'warn' };
  }
  if (expected === undefined) {
    return verdict === 'allowed'
      ? {
          kind: 'allowed',
          icon: '✓',
          text: 'Allowed',
          detail: 'Allowed (no expectation set).',
          tone: 'good',
        }
      : {
          kind: 'blocked',
          icon: '✗',
          text: 'Blocked',
          detail: 'Blocked (no expectation set).',
          tone: 'bad',
        };
  }
  return verdict === expected
    ? {
        kind: 'pass',
        icon: '✓',
        text: 'PASS',
        detail: `${cap(verdict)}, as expected.`,
        tone: 'good',
      }
    : {
        kind: 'fail',
        icon: '✗',
        text: 'FAIL',
        detail: `${cap(verdict)}, but expected ${expected}.`,
        tone: 'bad',
      };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
