import type { FlowSpec, Scenario } from '../model/types.ts';
import { compileScenario, type CompiledScenario } from './compile.ts';
import { suggestFixes } from './fixes.ts';
import { packetText } from './packet.ts';
import { walkFlow, type HopDraft } from './path.ts';
import { resolveFlow } from './resolve.ts';
import type { BlockedBy, Hop, Trace } from './types.ts';

/**
 * Evaluates one flow: every hop of the request and of its response, in the order of
 * spec/cli-analyze.md, each with the rule that decided and a sentence saying why.
 * Throws FlowError when an endpoint names nothing evaluable.
 *
 * @example
 * const trace = evaluate(scenario, {
 *   source: { instanceId: 'i-web' }, destination: { instanceId: 'i-db' }, protocol: 'tcp', port: 5432,
 * });
 * trace.verdict; // 'blocked'
 * trace.blockedBy; // { direction: 'request', layer: 'security-group-ingress', resourceId: 'i-db' }
 */
export function evaluate(scenario: Scenario | CompiledScenario, flow: FlowSpec): Trace {
  const c =
    'source' in scenario && 'instanceList' in scenario ? scenario : compileScenario(scenario);
  const resolved = resolveFlow(c, flow);
  const hops: Hop[] = [];
  const warnings = new Set<string>();
  let blockedBy: BlockedBy | null = null;
  let unknown = false;
  walkFlow(c, resolved, {
    add(h: HopDraft) {
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
      if (h.unknown) unknown = true;
      if (h.warning) warnings.add(h.warning());
      return true;
    },
  });
  return {
    verdict: blockedBy ? 'blocked' : unknown ? 'unknown' : 'allowed',
    blockedBy,
    hops,
    warnings: [...warnings],
    fixes: blockedBy ? suggestFixes(c, resolved, hops) : [],
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
