import type { FlowSpec, Scenario } from '../model/types.ts';
import { compileScenario, type CompiledScenario } from './compile.ts';
import { packetText } from './packet.ts';
import { walkFlow, type HopDraft } from './path.ts';
import { resolveFlow } from './resolve.ts';
import type { Proposal } from './layers/hop.ts';
import type { BlockedBy, Fix, Hop, Trace } from './types.ts';

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
  const fixers: { hop: number; fix: () => Proposal | null }[] = [];
  walkFlow(c, resolved, {
    add(h: HopDraft) {
      if (h.verdict === 'deny' && h.fix) fixers.push({ hop: hops.length, fix: h.fix });
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
    fixes: blockedBy ? fixesOf(fixers) : [],
  };
}

/**
 * One suggested fix per denying hop of the blocked path, each built by its layer from typed
 * values; the request and the response often stop at the same setting, so it is proposed once.
 */
function fixesOf(fixers: readonly { hop: number; fix: () => Proposal | null }[]): Fix[] {
  const fixes: Fix[] = [];
  const said = new Set<string>();
  for (const { hop, fix } of fixers) {
    const p = fix();
    if (!p || said.has(p.summary)) continue;
    said.add(p.summary);
    fixes.push({ hop, summary: p.summary, edit: p.edit });
  }
  return fixes;
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
