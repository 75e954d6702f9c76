import {
  addSecondaryPrivateIp,
  associateElasticIp,
  attachNetworkInterface,
  detachNetworkInterface,
  disassociateElasticIp,
  removeSecondaryPrivateIp,
  setGatewayEndpointRouteTables,
  setInterfaceEndpointGroups,
  updateEgressOnlyInternetGateway,
  updateNetworkInterface,
  updateVpcEndpoint,
  type EditResult,
  type VpcEndpointPatch,
} from '../../model/edit.ts';
import type { InterfaceKind, Scenario } from '../../model/types.ts';
import { commitScenario } from '../door.ts';
import { useStore } from '../store.ts';

/**
 * The panels' edits of network interfaces (and an instance's primary one: its secondary
 * addresses and Elastic IPs), endpoints and egress-only gateways. Each is a pure model edit
 * written through the door as one undo step; each returns null when written, else the refusal
 * the panel shows beside its control (see editors.ts).
 */
type Refusal = string | null;

function run(result: EditResult<Scenario>, field: string | null = null): Refusal {
  const out = commitScenario(
    result.ok ? { ok: true, value: { scenario: result.value } } : result,
    field === null ? {} : { undo: { typing: field } },
  );
  return out.ok ? null : out.error;
}

function runWith<T extends { scenario: Scenario }>(result: EditResult<T>): Refusal {
  const out = commitScenario(result);
  return out.ok ? null : out.error;
}

const scenario = () => useStore.getState().scenario;
const eniOf = (id: string) => scenario().networkInterfaces.find((e) => e.id === id);

// ---- Network interfaces ----

export type InterfaceField = 'name' | 'privateIp' | 'description';

export function editInterface(id: string, field: InterfaceField, text: string): Refusal {
  const patch =
    field === 'description' ? { description: text.trim() === '' ? null : text } : { [field]: text };
  return run(updateNetworkInterface(scenario(), id, patch), `${id}.${field}`);
}

export function setInterfaceKind(id: string, kind: InterfaceKind): Refusal {
  return run(updateNetworkInterface(scenario(), id, { kind }));
}

/** Gives the interface's primary address a public IP (the next free one), or takes it away. */
export function setInterfacePublicIp(id: string, on: boolean): Refusal {
  return run(updateNetworkInterface(scenario(), id, { publicIp: on ? true : null }));
}

export function attachInterfaceGroup(id: string, groupId: string): Refusal {
  const groups = eniOf(id)?.securityGroupIds ?? [];
  if (groups.includes(groupId)) return `Security group ${groupId} is already attached to ${id}.`;
  return run(updateNetworkInterface(scenario(), id, { securityGroupIds: [...groups, groupId] }));
}

export function detachInterfaceGroup(id: string, groupId: string): Refusal {
  const groups = eniOf(id)?.securityGroupIds ?? [];
  return run(
    updateNetworkInterface(scenario(), id, {
      securityGroupIds: groups.filter((g) => g !== groupId),
    }),
  );
}

/** Attaches a detached interface to an instance (the next free device index), or detaches it. */
export function setInterfaceInstance(id: string, instanceId: string | null): Refusal {
  const current = eniOf(id)?.attachment?.instanceId ?? null;
  if (current === instanceId) return null;
  const detached: EditResult<Scenario> =
    current === null ? { ok: true, value: scenario() } : detachNetworkInterface(scenario(), id);
  if (instanceId === null || !detached.ok) return run(detached);
  return run(attachNetworkInterface(detached.value, id, instanceId));
}

// ---- Secondary addresses and Elastic IPs (an instance's or an interface's) ----

/** Adds a secondary private address: the one given, or the subnet's next free one. */
export function addSecondaryIp(ownerId: string, address?: string): Refusal {
  return runWith(addSecondaryPrivateIp(scenario(), ownerId, address));
}

export function removeSecondaryIp(ownerId: string, address: string): Refusal {
  return run(removeSecondaryPrivateIp(scenario(), ownerId, address));
}

/**
 * The Elastic IP on one private address, as typed: an address associates it, an empty field
 * disassociates it.
 */
export function editElasticIp(ownerId: string, privateAddress: string, text: string): Refusal {
  const key = `${ownerId}.eip.${privateAddress}`;
  if (text.trim() === '') {
    const result = disassociateElasticIp(scenario(), ownerId, privateAddress);
    return result.ok ? run(result, key) : null;
  }
  const result = associateElasticIp(scenario(), ownerId, privateAddress, text);
  return run(result.ok ? { ok: true, value: result.value.scenario } : result, key);
}

/** Associates the next free Elastic IP with a private address. */
export function allocateElasticIp(ownerId: string, privateAddress: string): Refusal {
  return runWith(associateElasticIp(scenario(), ownerId, privateAddress));
}

export function releaseElasticIp(ownerId: string, privateAddress: string): Refusal {
  return run(disassociateElasticIp(scenario(), ownerId, privateAddress));
}

// ---- VPC endpoints ----

export function editEndpoint(id: string, name: string): Refusal {
  return run(updateVpcEndpoint(scenario(), id, { name }), `${id}.name`);
}

export function setEndpointSettings(id: string, patch: Omit<VpcEndpointPatch, 'name'>): Refusal {
  return run(updateVpcEndpoint(scenario(), id, patch));
}

/** Lists a route table on a gateway endpoint, or takes it off (AWS adds or removes the route). */
export function setEndpointRouteTable(id: string, routeTableId: string, on: boolean): Refusal {
  const tables = scenario().vpcEndpoints.find((e) => e.id === id)?.routeTableIds ?? [];
  const next = on ? [...tables, routeTableId] : tables.filter((t) => t !== routeTableId);
  return run(setGatewayEndpointRouteTables(scenario(), id, next));
}

export function attachEndpointGroup(id: string, groupId: string): Refusal {
  const groups = scenario().vpcEndpoints.find((e) => e.id === id)?.securityGroupIds ?? [];
  if (groups.includes(groupId)) return `Security group ${groupId} is already attached to ${id}.`;
  return run(setInterfaceEndpointGroups(scenario(), id, [...groups, groupId]));
}

export function detachEndpointGroup(id: string, groupId: string): Refusal {
  const groups = scenario().vpcEndpoints.find((e) => e.id === id)?.securityGroupIds ?? [];
  return run(
    setInterfaceEndpointGroups(
      scenario(),
      id,
      groups.filter((g) => g !== groupId),
    ),
  );
}

// ---- Egress-only internet gateways ----

export function renameEgressOnlyGateway(id: string, name: string): Refusal {
  return run(updateEgressOnlyInternetGateway(scenario(), id, { name }), `${id}.name`);
}

export function setEgressOnlyGatewayVpc(id: string, vpcId: string | null): Refusal {
  return run(updateEgressOnlyInternetGateway(scenario(), id, { vpcId }));
}
