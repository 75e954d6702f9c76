import {
  addNaclEntry,
  addPeeringConnection,
  addRoute,
  addSgRule,
  associateNetworkAcl,
  associateRouteTable,
  attachInternetGateway,
  attachSecurityGroup,
  createNetworkAcl,
  createRouteTable,
  createSecurityGroup,
  deleteNetworkAcl,
  deleteRouteTable,
  deleteSecurityGroup,
  detachInternetGateway,
  detachSecurityGroup,
  moveNaclEntry,
  removeNaclEntry,
  removeRoute,
  removeSgRule,
  renameInternetGateway,
  renameNetworkAcl,
  renameRouteTable,
  renameSecurityGroup,
  renumberNaclEntries,
  setMainRouteTable,
  setSecurityGroupQuota,
  updateInstance,
  updateNaclEntry,
  updateNatGateway,
  updatePeeringConnection,
  updateRoute,
  updateSgRule,
  updateSubnet,
  updateVpc,
  type EditResult,
  type InstancePatch,
  type NaclDirection,
  type NatGatewayPatch,
  type PeeringPatch,
  type RouteSpec,
  type SgDirection,
  type SubnetPatch,
  type VpcPatch,
} from '../../model/edit.ts';
import { updateInternetHost } from '../../model/internetHosts.ts';
import type { NaclEntry, Scenario, SecurityGroupRule } from '../../model/types.ts';
import { commitScenario, endTyping } from '../door.ts';
import { useStore } from '../store.ts';
import { select } from './selection.ts';

/**
 * The side panels' edits. Each is a few lines over a pure model edit (src/model/edit/), written
 * through the door (`commitScenario`) as one undo step. Each returns `null` when the edit was
 * written, or the refusal (the model's, or a lock of the challenge), which the panel shows beside
 * the control that asked (role=alert); a refused edit leaves the scenario as it was.
 *
 * A field edited as the person types passes a `field` key: the keystrokes of one visit to that
 * field become one undo step rather than one per character.
 */
export type Refusal = string | null;

function commit<T extends { scenario: Scenario }>(
  result: EditResult<T>,
  field: string | null = null,
): T | string {
  const out = commitScenario(result, field === null ? {} : { undo: { typing: field } });
  return out.ok ? out.value : out.error;
}

function run(result: EditResult<Scenario>, field: string | null = null): Refusal {
  const out = commit(result.ok ? { ok: true, value: { scenario: result.value } } : result, field);
  return typeof out === 'string' ? out : null;
}

const scenario = () => useStore.getState().scenario;
/** An emptied optional field removes the value. */
const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

/** Ends the typing session of a field (on blur): the next keystroke starts a new undo step. */
export const endFieldSession = endTyping;

// ---- Inspector ----

export function editVpc(id: string, field: 'name' | 'ipv6CidrBlock', text: string): Refusal {
  const patch: VpcPatch = field === 'name' ? { name: text } : { ipv6CidrBlock: orNull(text) };
  return run(updateVpc(scenario(), id, patch), `${id}.${field}`);
}

/** Changes one IPv4 block of a VPC (index 0 is the primary). */
export function editVpcCidr(id: string, index: number, text: string): Refusal {
  const blocks = scenario().vpcs.find((v) => v.id === id)?.cidrBlocks ?? [];
  const cidrBlocks = blocks.map((b, i) => (i === index ? text : b));
  return run(updateVpc(scenario(), id, { cidrBlocks }), `${id}.cidrBlocks[${index}]`);
}

export function addVpcCidr(id: string, text: string): Refusal {
  const blocks = scenario().vpcs.find((v) => v.id === id)?.cidrBlocks ?? [];
  return run(updateVpc(scenario(), id, { cidrBlocks: [...blocks, text] }));
}

export function removeVpcCidr(id: string, index: number): Refusal {
  const blocks = scenario().vpcs.find((v) => v.id === id)?.cidrBlocks ?? [];
  return run(updateVpc(scenario(), id, { cidrBlocks: blocks.filter((_, i) => i !== index) }));
}

export type SubnetField = 'name' | 'cidrBlock' | 'ipv6CidrBlock' | 'availabilityZone';

export function editSubnet(id: string, field: SubnetField, text: string): Refusal {
  const patch: SubnetPatch =
    field === 'ipv6CidrBlock' ? { [field]: orNull(text) } : { [field]: text };
  return run(updateSubnet(scenario(), id, patch), `${id}.${field}`);
}

export function associateSubnetAcl(subnetId: string, aclId: string | null): Refusal {
  return run(associateNetworkAcl(scenario(), subnetId, aclId));
}

export function associateSubnetRouteTable(subnetId: string, rtbId: string | null): Refusal {
  return run(associateRouteTable(scenario(), subnetId, rtbId));
}

export type InstanceField = 'name' | 'privateIp' | 'publicIp' | 'ipv6Address';

export function editInstance(id: string, field: InstanceField, text: string): Refusal {
  const patch: InstancePatch =
    field === 'name' || field === 'privateIp' ? { [field]: text } : { [field]: orNull(text) };
  return run(updateInstance(scenario(), id, patch), `${id}.${field}`);
}

/** Allocates a public address (the next free one) or releases it. */
export function setInstancePublicIp(id: string, on: boolean): Refusal {
  return run(updateInstance(scenario(), id, { publicIp: on ? true : null }));
}

export function attachGroup(instanceId: string, groupId: string): Refusal {
  return run(attachSecurityGroup(scenario(), instanceId, groupId));
}

export function detachGroup(instanceId: string, groupId: string): Refusal {
  return run(detachSecurityGroup(scenario(), instanceId, groupId));
}

export function setGroupQuota(quota: number): Refusal {
  return run(setSecurityGroupQuota(scenario(), quota), 'quotas.securityGroupsPerInterface');
}

export type NatGatewayField = 'name' | 'privateIp' | 'publicIp';

export function editNatGateway(id: string, field: NatGatewayField, text: string): Refusal {
  const patch: NatGatewayPatch = field === 'name' ? { name: text } : { [field]: orNull(text) };
  return run(updateNatGateway(scenario(), id, patch), `${id}.${field}`);
}

export function setNatGatewayState(id: string, state: NatGatewayPatch['state']): Refusal {
  return run(updateNatGateway(scenario(), id, { state }));
}

/** Requests a peering connection between two VPCs (created active; its routes are the user's). */
export function peerVpcs(requesterVpcId: string, accepterVpcId: string): Refusal {
  const out = commit(addPeeringConnection(scenario(), { requesterVpcId, accepterVpcId }));
  if (typeof out === 'string') return out;
  select([out.peering.id]);
  return null;
}

export function renamePeering(id: string, name: string): Refusal {
  return run(updatePeeringConnection(scenario(), id, { name }), `${id}.name`);
}

export function setPeeringStatus(id: string, status: PeeringPatch['status']): Refusal {
  return run(updatePeeringConnection(scenario(), id, { status }));
}

export function renameGateway(id: string, name: string): Refusal {
  return run(renameInternetGateway(scenario(), id, name), `${id}.name`);
}

/** Attaches an internet gateway to a VPC (detaching it from its current one), or detaches it. */
export function setGatewayVpc(id: string, vpcId: string | null): Refusal {
  const current = scenario().internetGateways.find((g) => g.id === id)?.vpcId;
  if (current === (vpcId ?? undefined)) return null;
  const detached: EditResult<Scenario> =
    current === undefined ? { ok: true, value: scenario() } : detachInternetGateway(scenario(), id);
  if (vpcId === null || !detached.ok) return run(detached);
  return run(attachInternetGateway(detached.value, id, vpcId));
}

export function editInternetHost(id: string, field: 'name' | 'address', text: string): Refusal {
  return run(updateInternetHost(scenario(), id, { [field]: text }), `${id}.${field}`);
}

// ---- Security groups ----

export function createGroup(vpcId: string, name: string): { id: string } | { error: string } {
  const out = commit(createSecurityGroup(scenario(), { vpcId, name }));
  return typeof out === 'string' ? { error: out } : { id: out.group.id };
}

export function renameGroup(id: string, name: string): Refusal {
  return run(renameSecurityGroup(scenario(), id, name), `${id}.name`);
}

export function deleteGroup(id: string): Refusal {
  return run(deleteSecurityGroup(scenario(), id));
}

export function addGroupRule(
  groupId: string,
  direction: SgDirection,
  rule: SecurityGroupRule,
): Refusal {
  return run(addSgRule(scenario(), groupId, direction, rule));
}

/** Replaces a rule; `field` names the text field being typed in, if any. */
export function editGroupRule(
  groupId: string,
  direction: SgDirection,
  index: number,
  rule: SecurityGroupRule,
  field?: string,
): Refusal {
  const key = field === undefined ? null : `${groupId}.${direction}[${index}].${field}`;
  return run(updateSgRule(scenario(), groupId, direction, index, rule), key);
}

export function removeGroupRule(groupId: string, direction: SgDirection, index: number): Refusal {
  return run(removeSgRule(scenario(), groupId, direction, index));
}

// ---- Network ACLs ----

export function createAcl(vpcId: string, name: string): { id: string } | { error: string } {
  const out = commit(createNetworkAcl(scenario(), { vpcId, name }));
  return typeof out === 'string' ? { error: out } : { id: out.acl.id };
}

export function renameAcl(id: string, name: string): Refusal {
  return run(renameNetworkAcl(scenario(), id, name), `${id}.name`);
}

export function deleteAcl(id: string): Refusal {
  return run(deleteNetworkAcl(scenario(), id));
}

export function addAclEntry(aclId: string, direction: NaclDirection, entry: NaclEntry): Refusal {
  return run(addNaclEntry(scenario(), aclId, direction, entry));
}

export function editAclEntry(
  aclId: string,
  direction: NaclDirection,
  ruleNumber: number,
  entry: NaclEntry,
  field?: string,
): Refusal {
  const key = field === undefined ? null : `${aclId}.${direction}.${ruleNumber}.${field}`;
  return run(updateNaclEntry(scenario(), aclId, direction, ruleNumber, entry), key);
}

export function removeAclEntry(
  aclId: string,
  direction: NaclDirection,
  ruleNumber: number,
): Refusal {
  return run(removeNaclEntry(scenario(), aclId, direction, ruleNumber));
}

export function moveAclEntry(
  aclId: string,
  direction: NaclDirection,
  ruleNumber: number,
  where: 'up' | 'down',
): Refusal {
  return run(moveNaclEntry(scenario(), aclId, direction, ruleNumber, where));
}

export function renumberAclEntries(aclId: string, direction: NaclDirection): Refusal {
  return run(renumberNaclEntries(scenario(), aclId, direction));
}

// ---- Route tables ----

export function createTable(vpcId: string, name: string): { id: string } | { error: string } {
  const out = commit(createRouteTable(scenario(), { vpcId, name }));
  return typeof out === 'string' ? { error: out } : { id: out.table.id };
}

export function renameTable(id: string, name: string): Refusal {
  return run(renameRouteTable(scenario(), id, name), `${id}.name`);
}

export function deleteTable(id: string): Refusal {
  return run(deleteRouteTable(scenario(), id));
}

export function makeMainTable(id: string): Refusal {
  return run(setMainRouteTable(scenario(), id));
}

export function addTableRoute(rtbId: string, route: RouteSpec): Refusal {
  return run(addRoute(scenario(), rtbId, route));
}

export function editTableRoute(
  rtbId: string,
  index: number,
  route: RouteSpec,
  field?: string,
): Refusal {
  const key = field === undefined ? null : `${rtbId}.routes[${index}].${field}`;
  return run(updateRoute(scenario(), rtbId, index, route), key);
}

export function removeTableRoute(rtbId: string, index: number): Refusal {
  return run(removeRoute(scenario(), rtbId, index));
}
