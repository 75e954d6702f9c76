import {
  addPrefixList,
  addPrefixListEntry,
  addTransitGatewayRoute,
  addTransitGatewayRouteTable,
  addVpcAttachment,
  associateTransitGatewayRouteTable,
  defaultAttachmentSubnets,
  deleteResources,
  removePrefixListEntry,
  removeTransitGatewayRoute,
  renamePrefixList,
  renameTransitGatewayRouteTable,
  setPrefixListMaxEntries,
  setTransitGatewayPropagation,
  updateTransitGateway,
  updateVpcAttachment,
  type EditResult,
} from '../../model/edit.ts';
import type { Scenario } from '../../model/types.ts';
import { commitScenario } from '../door.ts';
import { useStore } from '../store.ts';

/**
 * The panels' edits of transit gateways (attachments, route tables, associations, propagations,
 * static and blackhole routes) and of prefix lists, each one undo step through the door; null
 * when written, else the refusal to show beside the control.
 */
type Refusal = string | null;

function run(result: EditResult<Scenario>, field: string | null = null): Refusal {
  const out = commitScenario(
    result.ok ? { ok: true, value: { scenario: result.value } } : result,
    field === null ? {} : { undo: { typing: field } },
  );
  return out.ok ? null : out.error;
}

const scenario = () => useStore.getState().scenario;

/** Deletes resources of the panels (an attachment, a route table, a list) with their cascade. */
function remove(ids: readonly string[]): Refusal {
  const { scenario: next, removed } = deleteResources(scenario(), ids);
  if (removed.length === 0) return `${ids.join(', ')} is not in the scenario.`;
  const gone = new Set(removed);
  const out = commitScenario(
    { ok: true, value: { scenario: next } },
    { selection: useStore.getState().selection.filter((id) => !gone.has(id)) },
  );
  return out.ok ? null : out.error;
}

// ---- Transit gateways ----

export function renameTransitGateway(id: string, name: string): Refusal {
  return run(updateTransitGateway(scenario(), id, { name }), `${id}.name`);
}

export function setTransitGatewayReferencing(id: string, on: boolean): Refusal {
  return run(updateTransitGateway(scenario(), id, { securityGroupReferencingSupport: on }));
}

/** Attaches a VPC, one subnet per zone (the first by name), to the default route tables. */
export function attachVpcToTransitGateway(tgwId: string, vpcId: string): Refusal {
  const result = addVpcAttachment(scenario(), {
    transitGatewayId: tgwId,
    vpcId,
    subnetIds: defaultAttachmentSubnets(scenario(), vpcId),
  });
  const out = commitScenario(result);
  return out.ok ? null : out.error;
}

export function detachTransitGatewayAttachment(attachmentId: string): Refusal {
  return remove([attachmentId]);
}

/** The attachment's subnet in one zone: another subnet of that zone, or none (`null`). */
export function setAttachmentZoneSubnet(
  attachmentId: string,
  zone: string,
  subnetId: string | null,
): Refusal {
  const s = scenario();
  const a = s.transitGatewayAttachments.find((x) => x.id === attachmentId);
  const zoneOf = (id: string) => s.subnets.find((n) => n.id === id)?.availabilityZone;
  const others = (a?.subnetIds ?? []).filter((id) => zoneOf(id) !== zone);
  const next = subnetId === null ? others : [...others, subnetId];
  return run(updateVpcAttachment(s, attachmentId, { subnetIds: next }));
}

export function setAttachmentReferencing(attachmentId: string, on: boolean): Refusal {
  return run(
    updateVpcAttachment(scenario(), attachmentId, { securityGroupReferencingSupport: on }),
  );
}

export function createTransitGatewayRouteTable(
  tgwId: string,
  name: string,
): { id: string } | { error: string } {
  const result = addTransitGatewayRouteTable(scenario(), tgwId, { name });
  const out = commitScenario(result);
  return out.ok ? { id: out.value.routeTable.id } : { error: out.error };
}

export function renameTransitGatewayTable(id: string, name: string): Refusal {
  return run(renameTransitGatewayRouteTable(scenario(), id, name), `${id}.name`);
}

export function deleteTransitGatewayTable(id: string): Refusal {
  return remove([id]);
}

/** Associates an attachment with a route table (replacing its association), or with none. */
export function associateAttachment(attachmentId: string, routeTableId: string | null): Refusal {
  return run(associateTransitGatewayRouteTable(scenario(), attachmentId, routeTableId));
}

export function setPropagation(routeTableId: string, attachmentId: string, on: boolean): Refusal {
  return run(setTransitGatewayPropagation(scenario(), routeTableId, attachmentId, on));
}

/** A static route to an attachment, or a blackhole route (`attachmentId` null). */
export function addTransitRoute(
  routeTableId: string,
  destination: string,
  attachmentId: string | null,
): Refusal {
  return run(addTransitGatewayRoute(scenario(), routeTableId, destination, attachmentId));
}

export function removeTransitRoute(routeTableId: string, index: number): Refusal {
  return run(removeTransitGatewayRoute(scenario(), routeTableId, index));
}

// ---- Prefix lists ----

export function createPrefixList(
  name: string,
  addressFamily: 'IPv4' | 'IPv6',
  maxEntries: number,
): { id: string } | { error: string } {
  const out = commitScenario(addPrefixList(scenario(), { name, addressFamily, maxEntries }));
  return out.ok ? { id: out.value.prefixList.id } : { error: out.error };
}

export function renameList(id: string, name: string): Refusal {
  return run(renamePrefixList(scenario(), id, name), `${id}.name`);
}

export function addListEntry(id: string, cidr: string, description?: string): Refusal {
  const text = description?.trim();
  return run(addPrefixListEntry(scenario(), id, cidr, text === '' ? undefined : text));
}

export function removeListEntry(id: string, cidr: string): Refusal {
  return run(removePrefixListEntry(scenario(), id, cidr));
}

export function setListMaxEntries(id: string, maxEntries: number): Refusal {
  return run(setPrefixListMaxEntries(scenario(), id, maxEntries), `${id}.maxEntries`);
}

export function deletePrefixList(id: string): Refusal {
  const list = scenario().prefixLists.find((p) => p.id === id);
  if (list?.managedBy === 'aws') return `Prefix list ${id} is AWS-managed: only AWS changes it.`;
  return remove([id]);
}
