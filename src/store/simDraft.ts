import type { NewFlow } from '../model/edit.ts';
import type { Endpoint, SavedFlow, Scenario } from '../model/types.ts';
import { DRAFT_FLOW_ID, type FlowDraft } from './slices/sim.ts';

/** A new flow starts as HTTPS with no expectation; the person picks both ends. */
export const EMPTY_DRAFT: FlowDraft = {
  editingId: null,
  name: '',
  source: null,
  destination: null,
  protocol: 'tcp',
  port: 443,
};

/** The tester's draft of a saved flow, to edit it. */
export function flowToDraft(flow: SavedFlow): FlowDraft {
  const { id, ...rest } = flow;
  return { ...rest, editingId: id };
}

/**
 * The draft as a flow the model and the engine take, or null while an end is missing. An empty
 * name becomes `fallbackName` (the tester offers one built from the ends and the service).
 */
export function draftToFlow(draft: FlowDraft, fallbackName = 'Untitled flow'): NewFlow | null {
  const { source, destination, protocol } = draft;
  if (source === null || destination === null) return null;
  const ports = protocol === 'tcp' || protocol === 'udp' || protocol === 6 || protocol === 17;
  const icmp = protocol === 'icmp' || protocol === 'icmpv6' || protocol === 1 || protocol === 58;
  const flow: NewFlow = {
    name: draft.name.trim() || fallbackName,
    source,
    destination,
    protocol,
    // Fields the protocol does not use are dropped: an ICMP flow keeps no port.
    port: ports ? draft.port : undefined,
    sourcePort: ports ? draft.sourcePort : undefined,
    icmpType: icmp ? draft.icmpType : undefined,
    icmpCode: icmp ? draft.icmpCode : undefined,
    expected: draft.expected,
    goal: draft.goal,
    // "From anywhere" speaks of a source on the internet only.
    anywhere:
      'address' in source &&
      !('instanceId' in source) &&
      !('interfaceId' in source) &&
      draft.anywhere === true
        ? true
        : undefined,
  };
  // Keys left undefined are dropped, so that a saved flow compares and serialises cleanly.
  return Object.fromEntries(Object.entries(flow).filter(([, v]) => v !== undefined)) as NewFlow;
}

/** The draft as the worker evaluates it, under DRAFT_FLOW_ID. */
export function draftForEvaluation(draft: FlowDraft | null): SavedFlow | null {
  const flow = draft && draftToFlow(draft, 'New flow');
  return flow ? { ...flow, id: DRAFT_FLOW_ID } : null;
}

/**
 * What a click on the canvas picks as a flow's end: an instance or a network interface by its ID,
 * an internet host by its address; anything else (a subnet, a gateway) is no endpoint.
 */
export function endpointOf(scenario: Scenario, resourceId: string): Endpoint | null {
  if (scenario.instances.some((i) => i.id === resourceId)) return { instanceId: resourceId };
  if (scenario.networkInterfaces.some((e) => e.id === resourceId))
    return { interfaceId: resourceId };
  const host = scenario.internetHosts.find((h) => h.id === resourceId);
  return host ? { address: host.address } : null;
}
