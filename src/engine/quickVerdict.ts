import type { FlowSpec } from '../model/types.ts';
import type { CompiledScenario } from './compiled.ts';
import { walkFlow } from './path.ts';
import { resolveFlow } from './resolve.ts';
import { FlowError, type HopVerdict, type Verdict } from './types.ts';

/**
 * A flow's verdict alone, as `evaluate` decides it (the first hop that neither allows nor skips),
 * without building hops or words; `error` when the flow cannot be evaluated. For checking what
 * an edit would do to a flow (a proposed fix, the other saved flows).
 */
export function quickVerdict(c: CompiledScenario, spec: FlowSpec): Verdict | 'error' {
  let resolved;
  try {
    resolved = resolveFlow(c, spec);
  } catch (e) {
    if (e instanceof FlowError) return 'error';
    throw e;
  }
  let verdict: Verdict = 'allowed';
  walkFlow(c, resolved, {
    add: () => true,
    quick(_direction, _layer, v: HopVerdict) {
      if (v === 'deny' || v === 'unknown') {
        verdict = v === 'deny' ? 'blocked' : 'unknown';
        return false;
      }
      return true;
    },
  });
  return verdict;
}
