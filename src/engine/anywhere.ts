import { parseIp } from '../model/ip.ts';
import type { FlowSpec, SavedFlow, Scenario } from '../model/types.ts';
import { compileScenario, isCompiled, type CompiledScenario } from './compile.ts';
import { evaluate } from './evaluate.ts';
import { internetPieces } from './internet.ts';
import type { Trace } from './types.ts';

/** What a saved flow says beyond its packet: its expected outcome, and whether it is "from anywhere". */
export type FlowIntent = Pick<SavedFlow, 'expected' | 'anywhere'>;

/**
 * Evaluates a saved flow as it means it. A flow "from anywhere" (its source an address on the
 * internet, `anywhere` set) holds for every public address: it is evaluated from one address per
 * piece of the internet (internet.ts), so a rule that lets in one host does not meet a goal that
 * asks for everyone, and a rule that keeps out one host does not meet one that asks to keep out
 * everyone. Every piece agreeing, the trace is the flow's own; else it is the trace of a piece
 * that disagrees (with its expected outcome when it has one, else with the flow's own verdict),
 * with a warning saying which addresses it stands for. Any other flow is `evaluate`.
 */
export function evaluateSavedFlow(
  scenario: Scenario | CompiledScenario,
  flow: FlowSpec & FlowIntent,
): Trace {
  const c = isCompiled(scenario) ? scenario : compileScenario(scenario);
  const own = evaluate(c, flow);
  if (flow.anywhere !== true || 'instanceId' in flow.source || 'interfaceId' in flow.source)
    return own;
  const address = parseIp(flow.source.address);
  if (address === null) return own;
  const wanted = flow.expected ?? own.verdict;
  const pieces = internetPieces(c, address.family);
  for (const piece of pieces) {
    if (piece.address === flow.source.address) continue;
    const trace = evaluate(c, { ...flow, source: { address: piece.address } });
    if (trace.verdict === wanted) continue;
    const blocks =
      piece.cidrCount === 1 ? piece.cidrs[0] : `${piece.label} (${piece.cidrCount} blocks)`;
    const note =
      `From anywhere: checked from ${pieces.length} addresses, one per piece of the internet; ` +
      `from ${piece.address}, which stands for ${blocks}, the flow is ${trace.verdict}.`;
    return { ...trace, warnings: [note, ...trace.warnings] };
  }
  return own;
}
