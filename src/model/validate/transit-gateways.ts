import type { TransitGatewayAttachment } from '../types.ts';
import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * A VPC attachment names its transit gateway, its VPC and, in that VPC, one subnet per
 * Availability Zone; a transit gateway route table, its associations, propagations and routes stay
 * within one transit gateway.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
 */
export function checkTransitGateways(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const missing = (id: string, field: string, what: string, ref: string, kind: string) =>
    findings.push(
      error(
        'missing-reference',
        id,
        field,
        `${kind} ${id} refers to ${what} ${ref}, which does not exist.`,
      ),
    );
  const otherGateway = (id: string, field: string, message: string) =>
    findings.push(error('reference-other-vpc', id, field, message));

  for (const a of ctx.scenario.transitGatewayAttachments) {
    const kind = 'Transit gateway attachment';
    if (!ctx.transitGateways.has(a.transitGatewayId))
      missing(a.id, 'transitGatewayId', 'transit gateway', a.transitGatewayId, kind);
    if (a.associatedRouteTableId !== undefined) {
      const table = ctx.transitGatewayRouteTables.get(a.associatedRouteTableId);
      if (table === undefined)
        missing(
          a.id,
          'associatedRouteTableId',
          'transit gateway route table',
          a.associatedRouteTableId,
          kind,
        );
      else if (table.transitGatewayId !== a.transitGatewayId)
        otherGateway(
          a.id,
          'associatedRouteTableId',
          `Transit gateway attachment ${a.id} of ${a.transitGatewayId} is associated with ${table.id}, a route table of ${table.transitGatewayId}.`,
        );
    }
    if (a.resourceType === 'vpc') findings.push(...checkVpcAttachment(ctx, a));
  }

  for (const table of ctx.scenario.transitGatewayRouteTables) {
    const kind = 'Transit gateway route table';
    if (!ctx.transitGateways.has(table.transitGatewayId))
      missing(table.id, 'transitGatewayId', 'transit gateway', table.transitGatewayId, kind);
    const sameGateway = (field: string, attachmentId: string) => {
      const a = ctx.transitGatewayAttachments.get(attachmentId);
      if (a === undefined)
        missing(table.id, field, 'transit gateway attachment', attachmentId, kind);
      else if (a.transitGatewayId !== table.transitGatewayId)
        otherGateway(
          table.id,
          field,
          `${kind} ${table.id} of ${table.transitGatewayId} names ${attachmentId}, an attachment of ${a.transitGatewayId}.`,
        );
    };
    table.propagations.forEach((id, i) => sameGateway(`propagations[${i}]`, id));
    table.routes.forEach((route, i) => {
      if (route.attachmentId !== undefined)
        sameGateway(`routes[${i}].attachmentId`, route.attachmentId);
      else if (route.state === 'active')
        findings.push(
          error(
            'route-target-missing',
            table.id,
            `routes[${i}].attachmentId`,
            `Route ${route.destination} in ${table.id} is active but names no attachment; a route without one is a blackhole route.`,
          ),
        );
    });
  }
  return findings;
}

function checkVpcAttachment(ctx: Context, a: TransitGatewayAttachment): Finding[] {
  const findings: Finding[] = [];
  const kind = 'Transit gateway attachment';
  if (a.vpcId === undefined || !ctx.vpcs.has(a.vpcId)) {
    findings.push(
      error(
        'missing-reference',
        a.id,
        'vpcId',
        a.vpcId === undefined
          ? `${kind} ${a.id} is a VPC attachment that names no VPC.`
          : `${kind} ${a.id} refers to VPC ${a.vpcId}, which does not exist.`,
      ),
    );
  }
  const zones = new Map<string, string>();
  a.subnetIds.forEach((subnetId, i) => {
    const field = `subnetIds[${i}]`;
    const subnet = ctx.subnets.get(subnetId);
    if (subnet === undefined) {
      findings.push(
        error(
          'missing-reference',
          a.id,
          field,
          `${kind} ${a.id} refers to subnet ${subnetId}, which does not exist.`,
        ),
      );
      return;
    }
    if (a.vpcId !== undefined && subnet.vpcId !== a.vpcId) {
      findings.push(
        error(
          'reference-other-vpc',
          a.id,
          field,
          `${kind} ${a.id} attaches ${a.vpcId} but names subnet ${subnetId} of VPC ${subnet.vpcId}.`,
        ),
      );
    }
    const first = zones.get(subnet.availabilityZone);
    if (first === undefined) zones.set(subnet.availabilityZone, subnetId);
    else {
      findings.push(
        error(
          'tgw-attachment-subnets-per-zone',
          a.id,
          field,
          `${kind} ${a.id} has a second subnet in ${subnet.availabilityZone} (${subnetId}, after ${first}); AWS takes one subnet per Availability Zone.`,
        ),
      );
    }
  });
  return findings;
}
