import type { Trace } from '../engine/types.ts';
import type { DecidingHop } from './report.ts';

/**
 * The hop that decided a verdict: the first that did not allow (blocked, unknown), or for an
 * allowed flow the last request hop a rule allowed (the destination's security group, usually):
 * the setting to change to block it.
 */
export function decidingHop(trace: Trace): DecidingHop | null {
  const hops = trace.hops;
  const first = hops.find((h) => h.verdict === 'deny' || h.verdict === 'unknown');
  const hop =
    trace.verdict === 'allowed' || !first
      ? [...hops]
          .reverse()
          .find((h) => h.direction === 'request' && h.verdict === 'allow' && h.rule !== null)
      : first;
  if (!hop) return null;
  const ruleNumber = hop.rule?.kind === 'nacl-entry' ? hop.rule.ruleNumber : undefined;
  return {
    direction: hop.direction,
    layer: hop.layer,
    resourceId: hop.resourceId,
    ...(ruleNumber === undefined ? {} : { ruleNumber }),
    reason: hop.reason,
  };
}
