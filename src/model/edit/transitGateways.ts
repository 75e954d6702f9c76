import { newId } from '../ids.ts';
import type {
  Scenario,
  TransitGateway,
  TransitGatewayAttachment,
  TransitGatewayRouteTable,
} from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { findById, missing, nameError, newIdError, nextName, patched, updateById } from './util.ts';

/**
 * Transit gateways and their VPC attachments. A new transit gateway comes with a default route
 * table that new attachments are associated with and propagate to; a VPC attachment takes one
 * subnet per Availability Zone of its VPC.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html
 */

export interface AddTransitGatewaySpec {
  readonly name?: string;
  readonly securityGroupReferencingSupport?: boolean;
  readonly ids?: { readonly transitGateway?: string; readonly routeTable?: string };
}

/**
 * @example
 * const { scenario, transitGateway, routeTable } = unwrap(addTransitGateway(s, { name: 'hub' }));
 */
export function addTransitGateway(
  scenario: Scenario,
  spec: AddTransitGatewaySpec = {},
): EditResult<{
  scenario: Scenario;
  transitGateway: TransitGateway;
  routeTable: TransitGatewayRouteTable;
}> {
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.ids?.transitGateway === undefined
      ? undefined
      : newIdError(scenario, spec.ids.transitGateway, 'tgw')) ??
    (spec.ids?.routeTable === undefined
      ? undefined
      : newIdError(scenario, spec.ids.routeTable, 'tgw-rtb'));
  if (problem !== undefined) return fail(problem);
  const id = spec.ids?.transitGateway ?? newId('tgw');
  const routeTable: TransitGatewayRouteTable = {
    id: spec.ids?.routeTable ?? newId('tgw-rtb'),
    name: 'default',
    transitGatewayId: id,
    propagations: [],
    routes: [],
  };
  const transitGateway: TransitGateway = {
    id,
    name:
      spec.name ??
      nextName(
        'tgw',
        scenario.transitGateways.map((t) => t.name),
      ),
    state: 'available',
    securityGroupReferencingSupport: spec.securityGroupReferencingSupport ?? false,
    associationDefaultRouteTableId: routeTable.id,
    propagationDefaultRouteTableId: routeTable.id,
  };
  return ok({
    scenario: {
      ...scenario,
      transitGateways: [...scenario.transitGateways, transitGateway],
      transitGatewayRouteTables: [...scenario.transitGatewayRouteTables, routeTable],
    },
    transitGateway,
    routeTable,
  });
}

/**
 * @example
 * updateTransitGateway(scenario, 'tgw-hub', { securityGroupReferencingSupport: true });
 */
export function updateTransitGateway(
  scenario: Scenario,
  id: string,
  patch: { readonly name?: string; readonly securityGroupReferencingSupport?: boolean },
): EditResult<Scenario> {
  const tgw = findById(scenario.transitGateways, id);
  if (tgw === undefined) return fail(missing('Transit gateway', id));
  const problem = patch.name === undefined ? undefined : nameError(patch.name);
  if (problem !== undefined) return fail(problem);
  const next = patched(tgw, patch);
  return ok(
    next === tgw
      ? scenario
      : { ...scenario, transitGateways: updateById(scenario.transitGateways, id, () => next) },
  );
}

export interface AddVpcAttachmentSpec {
  readonly transitGatewayId: string;
  readonly vpcId: string;
  /** One per Availability Zone. */
  readonly subnetIds: readonly string[];
  readonly name?: string;
  readonly id?: string;
}

/**
 * Attaches a VPC; the attachment is associated with, and propagates to, the transit gateway's
 * default route tables.
 *
 * @example
 * const r = addVpcAttachment(scenario, { transitGatewayId: 'tgw-hub', vpcId: 'vpc-a', subnetIds: ['subnet-a1'] });
 */
export function addVpcAttachment(
  scenario: Scenario,
  spec: AddVpcAttachmentSpec,
): EditResult<{ scenario: Scenario; attachment: TransitGatewayAttachment }> {
  const tgw = findById(scenario.transitGateways, spec.transitGatewayId);
  if (tgw === undefined) return fail(missing('Transit gateway', spec.transitGatewayId));
  if (findById(scenario.vpcs, spec.vpcId) === undefined) return fail(missing('VPC', spec.vpcId));
  const twice = scenario.transitGatewayAttachments.find(
    (a) => a.transitGatewayId === tgw.id && a.vpcId === spec.vpcId,
  );
  const problem =
    (twice === undefined
      ? undefined
      : `${spec.vpcId} is already attached to ${tgw.id} (${twice.id}).`) ??
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'tgw-attach')) ??
    attachmentSubnetsError(scenario, spec.vpcId, spec.subnetIds);
  if (problem !== undefined) return fail(problem);
  const attachment: TransitGatewayAttachment = {
    id: spec.id ?? newId('tgw-attach'),
    // Named after its VPC, as the console's list reads best ("data"), else the VPC's ID.
    name:
      spec.name ?? (findById(scenario.vpcs, spec.vpcId)?.name.trim() || `${spec.vpcId} attachment`),
    transitGatewayId: tgw.id,
    resourceType: 'vpc',
    vpcId: spec.vpcId,
    subnetIds: [...spec.subnetIds],
    state: 'available',
    securityGroupReferencingSupport: true,
    ...(tgw.associationDefaultRouteTableId === undefined
      ? {}
      : { associatedRouteTableId: tgw.associationDefaultRouteTableId }),
  };
  const propagateTo = tgw.propagationDefaultRouteTableId;
  return ok({
    scenario: {
      ...scenario,
      transitGatewayAttachments: [...scenario.transitGatewayAttachments, attachment],
      transitGatewayRouteTables:
        propagateTo === undefined
          ? scenario.transitGatewayRouteTables
          : updateById(scenario.transitGatewayRouteTables, propagateTo, (t) => ({
              ...t,
              propagations: [...t.propagations, attachment.id],
            })),
    },
    attachment,
  });
}

/**
 * @example
 * updateVpcAttachment(scenario, 'tgw-attach-a', { subnetIds: ['subnet-a1', 'subnet-a2'] });
 */
export function updateVpcAttachment(
  scenario: Scenario,
  id: string,
  patch: {
    readonly name?: string;
    readonly subnetIds?: readonly string[];
    readonly securityGroupReferencingSupport?: boolean;
  },
): EditResult<Scenario> {
  const a = findById(scenario.transitGatewayAttachments, id);
  if (a === undefined) return fail(missing('Transit gateway attachment', id));
  if (a.resourceType !== 'vpc' || a.vpcId === undefined)
    return fail(`${id} is not a VPC attachment.`);
  const problem =
    (patch.name === undefined ? undefined : nameError(patch.name)) ??
    (patch.subnetIds === undefined
      ? undefined
      : attachmentSubnetsError(scenario, a.vpcId, patch.subnetIds));
  if (problem !== undefined) return fail(problem);
  const next = patched(a, {
    name: patch.name,
    subnetIds: patch.subnetIds === undefined ? undefined : [...patch.subnetIds],
    securityGroupReferencingSupport: patch.securityGroupReferencingSupport,
  });
  return ok(
    next === a
      ? scenario
      : {
          ...scenario,
          transitGatewayAttachments: updateById(scenario.transitGatewayAttachments, id, () => next),
        },
  );
}

/**
 * The subnets a new attachment of `vpcId` takes when none are named: one per Availability Zone,
 * the first by name in each (AWS asks for one subnet per zone the VPC uses).
 *
 * @example
 * defaultAttachmentSubnets(scenario, 'vpc-a'); // ['subnet-a1', 'subnet-a2']
 */
export function defaultAttachmentSubnets(scenario: Scenario, vpcId: string): string[] {
  const byZone = new Map<string, { id: string; name: string }>();
  const subnets = scenario.subnets
    .filter((s) => s.vpcId === vpcId)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  for (const s of subnets) if (!byZone.has(s.availabilityZone)) byZone.set(s.availabilityZone, s);
  return [...byZone.values()].map((s) => s.id);
}

function attachmentSubnetsError(
  scenario: Scenario,
  vpcId: string,
  subnetIds: readonly string[],
): string | undefined {
  if (subnetIds.length === 0) return 'A VPC attachment needs at least one subnet.';
  const zones = new Map<string, string>();
  for (const subnetId of subnetIds) {
    const subnet = findById(scenario.subnets, subnetId);
    if (subnet === undefined) return missing('Subnet', subnetId);
    if (subnet.vpcId !== vpcId) return `Subnet ${subnetId} is not in ${vpcId}.`;
    const other = zones.get(subnet.availabilityZone);
    if (other !== undefined)
      return `${subnetId} and ${other} are both in ${subnet.availabilityZone}: an attachment takes one subnet per Availability Zone.`;
    zones.set(subnet.availabilityZone, subnetId);
  }
  return undefined;
}
