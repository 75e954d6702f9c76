import type { Endpoint, FlowSpec, Scenario } from '../model/types.ts';
import { compileScenario } from './compile.ts';
import { evaluate } from './evaluate.ts';
import type { Trace } from './types.ts';

/** Another subnet an interface may be in, with the address it would take there. */
export interface Placement {
  readonly subnetId: string;
  readonly privateIp: string;
}

/**
 * A flow whose endpoint AWS places only at apply (an RDS instance in a DB subnet group: one of
 * the group's subnets): `trace` is the flow with the interface where the scenario has it; the
 * flow is evaluated again with the interface in each other subnet it may take, and is `unknown`
 * when the verdicts differ (spec/ci-check.md, "Addresses unknown until apply"). The hops stay
 * those of the placement the scenario holds.
 */
export function evaluateAcrossPlacements(
  scenario: Scenario,
  flow: FlowSpec,
  trace: Trace,
  placements: Readonly<Record<string, readonly Placement[]>>,
): Trace {
  const outcomes: string[] = [];
  let disagree = false;
  for (const role of ['source', 'destination'] as const) {
    const id = interfaceOf(flow[role], scenario);
    const alternatives = id === undefined ? undefined : placements[id];
    if (id === undefined || alternatives === undefined || alternatives.length === 0) continue;
    const here = scenario.networkInterfaces.find((n) => n.id === id);
    outcomes.push(`${trace.verdict} in ${subnetName(scenario, here?.subnetId)}`);
    for (const place of alternatives) {
      const moved = move(scenario, flow, role, id, place);
      let verdict: string;
      try {
        verdict = evaluate(compileScenario(moved.scenario), moved.flow).verdict;
      } catch {
        verdict = 'not evaluable';
      }
      if (verdict !== trace.verdict) disagree = true;
      outcomes.push(`${verdict} in ${subnetName(scenario, place.subnetId)}`);
    }
    const summary = `${id} may be in any subnet of its subnet group: ${outcomes.join(', ')}`;
    if (disagree) {
      return {
        ...trace,
        verdict: 'unknown',
        blockedBy: null,
        warnings: [
          ...trace.warnings,
          `${summary}; AWS picks the subnet at apply, so the verdict is unknown`,
        ],
      };
    }
    return {
      ...trace,
      warnings: [...trace.warnings, `${summary}; the verdict is the same in each`],
    };
  }
  return trace;
}

function interfaceOf(endpoint: Endpoint, scenario: Scenario): string | undefined {
  if ('interfaceId' in endpoint) return endpoint.interfaceId;
  if ('instanceId' in endpoint) return undefined;
  return scenario.networkInterfaces.find((n) => n.privateIp === endpoint.address)?.id;
}

function subnetName(scenario: Scenario, subnetId: string | undefined): string {
  const subnet = scenario.subnets.find((s) => s.id === subnetId);
  return subnet ? `${subnet.name} (${subnet.id})` : (subnetId ?? 'its subnet');
}

/** The scenario and flow with the interface moved to another subnet and address. */
function move(
  scenario: Scenario,
  flow: FlowSpec,
  role: 'source' | 'destination',
  id: string,
  place: Placement,
): { scenario: Scenario; flow: FlowSpec } {
  const before = scenario.networkInterfaces.find((n) => n.id === id);
  const endpoint = flow[role];
  const moved: Endpoint =
    'address' in endpoint && !('interfaceId' in endpoint) && endpoint.address === before?.privateIp
      ? { address: place.privateIp }
      : endpoint;
  return {
    scenario: {
      ...scenario,
      networkInterfaces: scenario.networkInterfaces.map((n) =>
        n.id === id ? { ...n, subnetId: place.subnetId, privateIp: place.privateIp } : n,
      ),
    },
    flow: { ...flow, [role]: moved },
  };
}
