import { newId } from '../ids.ts';
import { SavedFlowSchema } from '../schema.ts';
import type { Endpoint, SavedFlow, Scenario } from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { ipError } from './syntax.ts';
import { findById, missing, nameError, newIdError, updateById } from './util.ts';

/**
 * Saved flows: the flow tester's list, with expected outcomes and challenge goals. A flow is
 * checked like the schema checks it, with messages that name the bad value, and its instances
 * must exist.
 */
export type NewFlow = Omit<SavedFlow, 'id'> & { readonly id?: string };
export type FlowPatch = Partial<Omit<SavedFlow, 'id'>>;

function endpointError(scenario: Scenario, end: Endpoint): string | undefined {
  if ('instanceId' in end && findById(scenario.instances, end.instanceId) === undefined) {
    return missing('Instance', end.instanceId);
  }
  return end.address === undefined ? undefined : ipError(end.address);
}

function flowError(scenario: Scenario, flow: SavedFlow): string | undefined {
  const inRange = (n: number | undefined, low: number, high: number) =>
    n === undefined || (Number.isInteger(n) && n >= low && n <= high);
  const problem =
    nameError(flow.name) ??
    endpointError(scenario, flow.source) ??
    endpointError(scenario, flow.destination) ??
    (typeof flow.protocol === 'number' && !inRange(flow.protocol, 0, 255)
      ? `Protocol number ${flow.protocol} is outside 0–255.`
      : undefined) ??
    (inRange(flow.port, 1, 65535) ? undefined : `Port ${flow.port} is outside 1–65535.`) ??
    (inRange(flow.sourcePort, 0, 65535)
      ? undefined
      : `Source port ${flow.sourcePort} is outside 0–65535.`) ??
    (inRange(flow.icmpType, 0, 255) ? undefined : `ICMP type ${flow.icmpType} is outside 0–255.`) ??
    (inRange(flow.icmpCode, 0, 255) ? undefined : `ICMP code ${flow.icmpCode} is outside 0–255.`);
  if (problem !== undefined) return problem;
  // The schema is the last word on shape (e.g. an endpoint with stray fields).
  const parsed = SavedFlowSchema.safeParse(flow);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return issue === undefined
    ? undefined
    : `The flow is not valid at ${issue.path.join('.') || 'its top level'}: ${issue.message}.`;
}

/** The flow without keys set to `undefined`, so it serialises and compares cleanly. */
function clean(flow: SavedFlow): SavedFlow {
  return Object.fromEntries(Object.entries(flow).filter(([, v]) => v !== undefined)) as SavedFlow;
}

/**
 * @example
 * const r = addFlow(scenario, {
 *   name: 'web to db', source: { instanceId: 'i-web' }, destination: { instanceId: 'i-db' },
 *   protocol: 'tcp', port: 5432, expected: 'allowed',
 * });
 */
export function addFlow(
  scenario: Scenario,
  input: NewFlow,
): EditResult<{ scenario: Scenario; flow: SavedFlow }> {
  if (input.id !== undefined) {
    const idProblem = newIdError(scenario, input.id, 'flow');
    if (idProblem !== undefined) return fail(idProblem);
  }
  const flow = clean({ ...input, id: input.id ?? newId('flow') });
  const problem = flowError(scenario, flow);
  if (problem !== undefined) return fail(problem);
  return ok({ scenario: { ...scenario, flows: [...scenario.flows, flow] }, flow });
}

/**
 * Changes fields of a saved flow; a field set to `undefined` is removed (e.g. `expected`).
 *
 * @example
 * updateFlow(scenario, 'flow-1', { port: 443 });
 */
export function updateFlow(scenario: Scenario, id: string, patch: FlowPatch): EditResult<Scenario> {
  const flow = findById(scenario.flows, id);
  if (flow === undefined) return fail(missing('Flow', id));
  const next = clean({ ...flow, ...patch, id });
  const problem = flowError(scenario, next);
  if (problem !== undefined) return fail(problem);
  return ok({ ...scenario, flows: updateById(scenario.flows, id, () => next) });
}

/**
 * @example
 * removeFlow(scenario, 'flow-1');
 */
export function removeFlow(scenario: Scenario, id: string): EditResult<Scenario> {
  if (findById(scenario.flows, id) === undefined) return fail(missing('Flow', id));
  return ok({ ...scenario, flows: scenario.flows.filter((f) => f.id !== id) });
}
