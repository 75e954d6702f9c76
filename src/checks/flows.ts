import {
  evaluate,
  evaluateAcrossPlacements,
  FlowError,
  type CompiledScenario,
} from '../engine/index.ts';
import type { Endpoint, FlowSpec, Scenario } from '../model/types.ts';
import { decidingHop } from './decidingHop.ts';
import { ExpectationsError, type ExpectedFlow } from './expectations/parse.ts';
import type { FlowResult } from './report.ts';
import { serviceLabel } from './services.ts';

export interface FlowContext {
  readonly scenario: Scenario;
  readonly compiled: CompiledScenario;
  /** The expectations file, for messages. */
  readonly file: string;
  readonly locate: (path: readonly (string | number)[]) => { line: number; column: number };
  /** Reads an endpoint as `analyze --from` does (the other end's zone given, for a load balancer). */
  readonly resolveEndpoint: (text: string, zone?: string) => Endpoint;
  readonly zoneOf: (endpoint: Endpoint) => string | undefined;
  readonly failOnUnknown: boolean;
}

/**
 * A concrete flow of an expectations file, evaluated like one `analyze`. An endpoint that names
 * nothing, or a flow the engine cannot evaluate, makes the file wrong: an ExpectationsError at
 * its line and column (exit 2).
 */
export function checkFlow(flow: ExpectedFlow, ctx: FlowContext): FlowResult {
  const endpoint = (key: 'from' | 'to', zone?: string): Endpoint => {
    try {
      return ctx.resolveEndpoint(flow[key], zone);
    } catch (error) {
      throw located(ctx, [...flow.path, key], error);
    }
  };
  const source = endpoint('from');
  const destination = endpoint('to', ctx.zoneOf(source));
  const s = flow.service;
  const spec: FlowSpec = {
    source,
    destination,
    protocol: s.protocol,
    ...('from' in s ? { port: s.from } : {}),
    ...('type' in s && s.type !== undefined ? { icmpType: s.type } : {}),
    ...('code' in s && s.code !== undefined ? { icmpCode: s.code } : {}),
    ...(flow.sourcePort === undefined ? {} : { sourcePort: flow.sourcePort }),
  };
  let trace;
  try {
    trace = evaluate(ctx.compiled, spec);
    const placements = ctx.scenario.terraform?.alternatives;
    if (placements) trace = evaluateAcrossPlacements(ctx.scenario, spec, trace, placements);
  } catch (error) {
    if (!(error instanceof FlowError)) throw error;
    throw located(ctx, flow.path, error);
  }
  const unknownOk = trace.verdict === 'unknown' && !ctx.failOnUnknown;
  const warnings = [...trace.warnings];
  if (trace.verdict === 'unknown')
    warnings.push(
      `flow "${flow.name}": the verdict is unknown (${trace.warnings[0] ?? 'a hop the engine does not model'})`,
    );
  return {
    name: flow.name,
    line: flow.at.line,
    column: flow.at.column,
    from: flow.from,
    to: flow.to,
    service: serviceLabel(flow.service),
    expected: flow.expect,
    verdict: trace.verdict,
    blockedBy: trace.blockedBy,
    decidedBy: decidingHop(trace),
    ok: trace.verdict === flow.expect || unknownOk,
    warnings,
    flow: spec,
  };
}

function located(
  ctx: FlowContext,
  path: readonly (string | number)[],
  error: unknown,
): ExpectationsError {
  const message = error instanceof Error ? error.message : String(error);
  const where = path
    .map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? p : `.${p}`))
    .join('');
  return new ExpectationsError(ctx.file, ctx.locate(path), `${where}: ${message}`);
}
