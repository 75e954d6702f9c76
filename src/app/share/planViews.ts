import { scenarioInterfaces } from '../../model/interfaces.ts';
import type { Scenario } from '../../model/types.ts';

type Flow = Scenario['flows'][number];
type Endpoint = Flow['source'];

/**
 * The saved flows of a scenario imported from one view of a Terraform plan, carried to the same
 * plan's other view: each endpoint is matched by its Terraform address (the IDs of resources
 * created by the plan are placeholders, made up per view), else by its ID. A flow whose
 * endpoint does not exist in the other view (created or destroyed by the plan) is left out and
 * named in `dropped`. A chosen address (a secondary address, say) is kept only where the other
 * view's endpoint still has it.
 */
export function carryFlows(
  from: Scenario,
  to: Scenario,
): { readonly flows: Flow[]; readonly dropped: string[] } {
  const fromAddresses = from.terraform?.addresses ?? {};
  const endpointIds = new Set<string>();
  const addressesOf = new Map<string, Set<string>>();
  for (const view of scenarioInterfaces(to)) {
    for (const id of [view.instanceId, view.interfaceId]) {
      if (id === undefined) continue;
      endpointIds.add(id);
      const held = addressesOf.get(id) ?? new Set<string>();
      for (const ip of [
        view.privateIp,
        view.publicIp,
        ...view.secondaryPrivateIps.map((s) => s.address),
        ...view.secondaryPrivateIps.map((s) => s.publicIp),
        ...view.ipv6Addresses,
      ]) {
        if (ip !== undefined) held.add(ip);
      }
      addressesOf.set(id, held);
    }
  }
  const idOfAddress = new Map<string, string>();
  for (const [id, address] of Object.entries(to.terraform?.addresses ?? {})) {
    const key = `${kindOf(id)} ${address}`;
    if (endpointIds.has(id) && !idOfAddress.has(key)) idOfAddress.set(key, id);
  }
  const carry = (endpoint: Endpoint): Endpoint | null => {
    if (!('instanceId' in endpoint) && !('interfaceId' in endpoint)) return endpoint;
    const id = 'instanceId' in endpoint ? endpoint.instanceId : endpoint.interfaceId;
    const address = fromAddresses[id];
    const found =
      (address !== undefined ? idOfAddress.get(`${kindOf(id)} ${address}`) : undefined) ?? id;
    if (!endpointIds.has(found)) return null;
    const kept =
      endpoint.address !== undefined && addressesOf.get(found)?.has(endpoint.address)
        ? { address: endpoint.address }
        : {};
    return kindOf(found) === 'instance'
      ? { instanceId: found, ...kept }
      : { interfaceId: found, ...kept };
  };
  const flows: Flow[] = [];
  const dropped: string[] = [];
  for (const flow of from.flows) {
    const source = carry(flow.source);
    const destination = carry(flow.destination);
    if (source === null || destination === null) dropped.push(flow.name);
    else flows.push({ ...flow, source, destination });
  }
  return { flows, dropped };
}

function kindOf(id: string): 'instance' | 'interface' {
  return id.startsWith('i-') ? 'instance' : 'interface';
}
