import type { Scenario } from '../model/types.ts';
import { compileScenario, isCompiled, type CompiledScenario } from './compile.ts';
import { suggestFixes, type Blocker, type Fixer, type IntendedFlow } from './fixes.ts';
import { packetText } from './packet.ts';
import { walkFlow, type HopDraft } from './path.ts';
import { resolveFlow } from './resolve.ts';
import type { BlockedBy, Hop, Trace } from './types.ts';

/**
 * Evaluates one flow: every hop of the request and of its response, in the order of
 * spec/cli-analyze.md, each with the rule that decided and a sentence saying why. The verdict is
 * decided by the first hop that neither allows nor skips (`deny`: blocked, `unknown`: unknown);
 * `blockedBy` is the first denying hop. The fixes follow the flow's intent (a saved flow's
 * `expected` and `goal`; see fixes.ts). Throws FlowError when an endpoint names nothing evaluable.
 *
 * @example
 * const trace = evaluate(scenario, {
 *   source: { instanceId: 'i-web' }, destination: { instanceId: 'i-db' }, protocol: 'tcp', port: 5432,
 * });
 * trace.verdict; // 'blocked'
 * trace.blockedBy; // { direction: 'request', layer: 'security-group-ingress', resourceId: 'i-db' }
 */
export function evaluate(scenario: Scenario | CompiledScenario, flow: IntendedFlow): Trace {
  const c = isCompiled(scenario) ? scenario : compileScenario(scenario);
  const resolved = resolveFlow(c, flow);
  const hops: Hop[] = [];
  // Most flows have no warning: the set is made only when one comes.
  let warnings: Set<string> | undefined =
    resolved.warnings.length > 0 ? new Set(resolved.warnings) : undefined;
  let blockedBy: BlockedBy | null = null;
  // The first hop in path order that neither allows nor skips decides the verdict.
  let decided: 'blocked' | 'unknown' | null = null;
  const fixers: Fixer[] = [];
  // Blocking fixes are wanted only for a flow expected blocked.
  const blockers: Blocker[] | undefined = flow.expected === 'blocked' ? [] : undefined;
  walkFlow(c, resolved, {
    add(h: HopDraft) {
      if (h.verdict === 'deny' && h.fix) fixers.push({ hop: hops.length, fix: h.fix });
      if (blockers && h.verdict === 'allow' && h.block)
        blockers.push({ hop: hops.length, block: h.block });
      hops.push(toHop(h));
      if (h.verdict === 'deny' && blockedBy === null) {
        blockedBy = {
          direction: h.direction,
          layer: h.layer,
          resourceId: h.resourceId,
          ...(h.ruleNumber !== undefined && h.layer.startsWith('nacl')
            ? { ruleNumber: h.ruleNumber }
            : {}),
        };
      }
      if (decided === null && (h.verdict === 'deny' || h.verdict === 'unknown'))
        decided = h.verdict === 'deny' ? 'blocked' : 'unknown';
      if (h.warning) (warnings ??= new Set()).add(h.warning());
      return true;
    },
  });
  const verdict = decided ?? 'allowed';
  return {
    verdict,
    blockedBy,
    hops,
    warnings: warnings ? [...warnings] : [],
    fixes: suggestFixes(c, flow, resolved, verdict, blockedBy !== null, fixers, blockers ?? []),
  };
}

function toHop(h: HopDraft): Hop {
  const hop: { -readonly [K in keyof Hop]: Hop[K] } = {
    direction: h.direction,
    layer: h.layer,
    resourceId: h.resourceId,
    verdict: h.verdict,
    rule: h.rule,
    reason: h.reason(),
    packet: packetText(h.pkt),
  };
  if (h.subnetId !== undefined) hop.subnetId = h.subnetId;
  if (h.unknown) hop.unknown = true;
  return hop;
}
