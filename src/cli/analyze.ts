import {
  compileScenario,
  evaluate,
  evaluateAcrossPlacements,
  FlowError,
  type Trace,
} from '../engine/index.ts';
import type { GoneInstance } from '../aws/index.ts';
import type { Endpoint, FlowSpec, Scenario } from '../model/types.ts';
import { parseEndpoint } from './endpoints.ts';
import { CliError, EXIT, type Outcome } from './errors.ts';
import { analyzeArgs } from './flowArgs.ts';
import { warningsForFlow } from './flowWarnings.ts';
import { formatTrace } from './format.ts';
import { assumedAddressWarnings, placeholderNames } from '../terraform/index.ts';
import { loadedLines, loadScenario } from './load.ts';
import { endpointZone } from './terraformEndpoints.ts';
import { traceWithAddresses, withAddresses } from './terraformNames.ts';

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
  const loaded = await loadScenario(file, { before: options.get('--before') === true });
  refuseGone('--from', args.from, loaded.scenario, loaded.goneInstances ?? []);
  refuseGone('--to', args.to, loaded.scenario, loaded.goneInstances ?? []);
  const source = parseEndpoint('--from', args.from, loaded.scenario);
  // A resource with an interface in each zone (a load balancer) answers in the source's zone.
  const zone = endpointZone(source, loaded.scenario);
  const flow: FlowSpec = {
    ...args.flow,
    source,
    destination: parseEndpoint('--to', args.to, loaded.scenario, zone),
  };
  const compiled = compileScenario(loaded.scenario);
  let trace: Trace;
  try {
    trace = evaluate(compiled, flow);
    const placements = loaded.scenario.terraform?.alternatives;
    if (placements) trace = evaluateAcrossPlacements(loaded.scenario, flow, trace, placements);
  } catch (error) {
    if (error instanceof FlowError) {
      throw new CliError(withAddresses(error.message, placeholderNames(loaded.scenario)));
    }
    throw error;
  }
  // What the compiler set aside (a subnet of a missing VPC…) can change a verdict, so it is
  // reported with the flow's own warnings; so is an endpoint address assumed at import.
  const assumed = assumedAddressWarnings(loaded.scenario, [
    endpointInstance(flow.source, loaded.scenario),
    endpointInstance(flow.destination, loaded.scenario),
  ]);
  // What the bundle holds that the engine does not model, where it could change this path.
  const unmodelled = warningsForFlow(
    loaded.scenario,
    trace,
    [flow.source, flow.destination],
    loaded.flowWarnings ?? [],
  );
  const result: Trace = traceWithAddresses(
    {
      ...trace,
      warnings: [...new Set([...compiled.warnings, ...trace.warnings, ...assumed, ...unmodelled])],
    },
    placeholderNames(loaded.scenario),
  );
  const stdout = args.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : formatTrace(result);
  const stderr = loadedLines(loaded);
  if (args.expect !== undefined && args.expect !== result.verdict) {
    return {
      code: EXIT.mismatch,
      stdout,
      stderr: [...stderr, `expected ${args.expect}, got ${result.verdict}`],
    };
  }
  return { code: EXIT.ok, stdout, stderr };
}

/**
 * An instance the bundle lists as terminated or shutting down is ignored (spec/cli-analyze.md,
 * `<file>`): named by its ID or Name (and by no live instance), it is said to be gone.
 */
function refuseGone(
  option: string,
  text: string,
  scenario: Scenario,
  gone: readonly GoneInstance[],
): void {
  const value = text.trim();
  const found = gone.find((g) => g.id === value) ?? gone.find((g) => g.name === value);
  if (!found) return;
  const live = [...scenario.instances, ...scenario.networkInterfaces].some(
    (r) => r.name === value || r.tags?.Name === value,
  );
  if (found.id !== value && live) return;
  throw new CliError(
    `${option}: ${found.id}${found.name === found.id ? '' : ` (${found.name})`} is ${found.state}, so it has no network interface left to evaluate`,
  );
}

/** The instance or interface an endpoint means: named, or by one of its addresses. */
function endpointInstance(endpoint: Endpoint, scenario: Scenario): string | undefined {
  if ('instanceId' in endpoint) return endpoint.instanceId;
  if ('interfaceId' in endpoint) return endpoint.interfaceId;
  const { address } = endpoint;
  return (
    scenario.instances.find(
      (i) => i.privateIp === address || i.publicIp === address || i.ipv6Address === address,
    )?.id ??
    scenario.networkInterfaces.find(
      (n) => n.privateIp === address || n.publicIp === address || n.ipv6Addresses.includes(address),
    )?.id
  );
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
