import { compileScenario, evaluate, FlowError, type Trace } from '../engine/index.ts';
import type { FlowSpec } from '../model/types.ts';
import { parseEndpoint } from './endpoints.ts';
import { CliError, EXIT, type Outcome } from './errors.ts';
import { analyzeArgs } from './flowArgs.ts';
import { formatTrace } from './format.ts';
import { loadScenario } from './load.ts';

/**
 * `analyze <file> --from … --to … --protocol …`: one flow, layer by layer. The scenario need not
 * be valid (spec/cli-analyze.md): whatever parses is evaluated.
 */
export async function analyze(
  file: string,
  options: ReadonlyMap<string, string | true>,
): Promise<Outcome> {
  // Arguments first: a bad --port is reported without reading a large file.
  const args = analyzeArgs(options);
  const loaded = await loadScenario(file);
  const flow: FlowSpec = {
    ...args.flow,
    source: parseEndpoint('--from', args.from, loaded.scenario),
    destination: parseEndpoint('--to', args.to, loaded.scenario),
  };
  const compiled = compileScenario(loaded.scenario);
  let trace: Trace;
  try {
    trace = evaluate(compiled, flow);
  } catch (error) {
    if (error instanceof FlowError) throw new CliError(error.message);
    throw error;
  }
  // What the compiler set aside (a subnet of a missing VPC…) can change a verdict, so it is
  // reported with the flow's own warnings.
  const result: Trace = {
    ...trace,
    warnings: [...new Set([...compiled.warnings, ...trace.warnings])],
  };
  const stdout = args.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : formatTrace(result);
  const stderr = loaded.warnings.map((w) => `warning: ${w}`);
  if (args.expect !== undefined && args.expect !== result.verdict) {
    return {
      code: EXIT.mismatch,
      stdout,
      stderr: [...stderr, `expected ${args.expect}, got ${result.verdict}`],
    };
  }
  return { code: EXIT.ok, stdout, stderr };
}

/** The contract's object, its four fields first; hops keep the engine's extra fields (packet…). */
function toJson(trace: Trace) {
  return {
    verdict: trace.verdict,
    blockedBy: trace.blockedBy,
    hops: trace.hops,
    warnings: trace.warnings,
  };
}
