import type { TransitGatewayAttachment, TransitGatewayRouteTable } from '../../model/types.ts';
import type { ExportContext } from './context.ts';
import { attr, bool, list, resource, str, tags } from './ir.ts';
import { cidrSlug } from './rules.ts';

const onOff = (on: boolean) => str(on ? 'enable' : 'disable');

/**
 * `aws_ec2_transit_gateway` (its default route table is AWS's: associated with and propagated
 * to by every attachment that does not opt out), `_vpc_attachment`, `_route_table`,
 * `_route_table_association`, `_route_table_propagation` and static `_route`s (propagated
 * routes are AWS's).
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
 */
export function exportTransitGateways(ctx: ExportContext): void {
  const { scenario } = ctx;
  const defaults = new Map<string, { table: string; association: boolean; propagation: boolean }>();
  for (const tgw of scenario.transitGateways) {
    const name = ctx.name('aws_ec2_transit_gateway', tgw.name, 'tgw');
    const address = `aws_ec2_transit_gateway.${name}`;
    ctx.define(tgw.id, `${address}.id`, address);
    if (tgw.state !== 'available' && tgw.state !== 'pending') {
      ctx.note(
        `Transit gateway ${tgw.name || tgw.id} is ${tgw.state} in the drawing; it is exported as new.`,
      );
    }
    const association = tgw.associationDefaultRouteTableId !== undefined;
    const propagation = tgw.propagationDefaultRouteTableId !== undefined;
    const table = tgw.associationDefaultRouteTableId ?? tgw.propagationDefaultRouteTableId;
    if (table) {
      defaults.set(tgw.id, { table, association, propagation });
      const attribute = association
        ? 'association_default_route_table_id'
        : 'propagation_default_route_table_id';
      ctx.define(table, `${address}.${attribute}`);
    }
    ctx.add(
      resource('aws_ec2_transit_gateway', name, [
        ...attr('default_route_table_association', onOff(association)),
        ...attr('default_route_table_propagation', onOff(propagation)),
        ...attr('security_group_referencing_support', onOff(tgw.securityGroupReferencingSupport)),
        ...tags(tgw.name),
      ]),
    );
  }
  for (const table of scenario.transitGatewayRouteTables) {
    if (ctx.has(table.id)) continue;
    const name = ctx.name('aws_ec2_transit_gateway_route_table', table.name, 'tgw_table');
    const address = `aws_ec2_transit_gateway_route_table.${name}`;
    ctx.define(table.id, `${address}.id`, address);
    ctx.add(
      resource('aws_ec2_transit_gateway_route_table', name, [
        ...attr('transit_gateway_id', ctx.ref(table.transitGatewayId)),
        ...tags(table.name),
      ]),
    );
  }
  const exported: TransitGatewayAttachment[] = [];
  for (const attachment of scenario.transitGatewayAttachments) {
    if (exportAttachment(ctx, attachment, defaults, scenario.transitGatewayRouteTables))
      exported.push(attachment);
  }
  for (const table of scenario.transitGatewayRouteTables)
    exportTableLinks(ctx, table, exported, defaults);
}

function exportAttachment(
  ctx: ExportContext,
  attachment: TransitGatewayAttachment,
  defaults: ReadonlyMap<string, { table: string; association: boolean; propagation: boolean }>,
  tables: readonly TransitGatewayRouteTable[],
): boolean {
  const label = attachment.name || attachment.id;
  if (attachment.resourceType !== 'vpc' || !attachment.vpcId) {
    ctx.note(
      `Left out: ${attachment.resourceType} attachment ${label} of a transit gateway (only VPC attachments are exported).`,
    );
    return false;
  }
  if (attachment.state !== 'available' && attachment.state !== 'pending') {
    ctx.note(`Left out: transit gateway attachment ${label}, which is ${attachment.state}.`);
    return false;
  }
  const fallback = defaults.get(attachment.transitGatewayId);
  const associatesDefault =
    fallback?.association === true && attachment.associatedRouteTableId === fallback.table;
  const defaultTable = tables.find((t) => t.id === fallback?.table);
  const propagatesDefault =
    fallback?.propagation === true && (defaultTable?.propagations.includes(attachment.id) ?? false);
  const name = ctx.name('aws_ec2_transit_gateway_vpc_attachment', attachment.name, 'attachment');
  const address = `aws_ec2_transit_gateway_vpc_attachment.${name}`;
  ctx.define(attachment.id, `${address}.id`, address);
  ctx.add(
    resource('aws_ec2_transit_gateway_vpc_attachment', name, [
      ...attr('transit_gateway_id', ctx.ref(attachment.transitGatewayId)),
      ...attr('vpc_id', ctx.ref(attachment.vpcId)),
      ...attr('subnet_ids', list(attachment.subnetIds.map((id) => ctx.ref(id)))),
      ...attr(
        'security_group_referencing_support',
        onOff(attachment.securityGroupReferencingSupport),
      ),
      ...attr(
        'transit_gateway_default_route_table_association',
        fallback?.association && !associatesDefault ? bool(false) : undefined,
      ),
      ...attr(
        'transit_gateway_default_route_table_propagation',
        fallback?.propagation && !propagatesDefault ? bool(false) : undefined,
      ),
      ...tags(attachment.name),
    ]),
  );
  return true;
}

/** Associations, propagations and static routes of one table, except what AWS does itself. */
function exportTableLinks(
  ctx: ExportContext,
  table: TransitGatewayRouteTable,
  attachments: readonly TransitGatewayAttachment[],
  defaults: ReadonlyMap<string, { table: string; association: boolean; propagation: boolean }>,
): void {
  const fallback = defaults.get(table.transitGatewayId);
  const isDefault = fallback?.table === table.id;
  const tableName =
    (ctx.addresses.get(table.id) ?? ctx.addresses.get(table.transitGatewayId) ?? 'tgw').split(
      '.',
    )[1] ?? 'tgw';
  const exported = new Set(attachments.map((a) => a.id));
  for (const attachment of attachments) {
    if (attachment.associatedRouteTableId !== table.id) continue;
    if (isDefault && fallback?.association) continue;
    const name = ctx.name(
      'aws_ec2_transit_gateway_route_table_association',
      attachment.name || tableName,
      'association',
    );
    ctx.add(
      resource('aws_ec2_transit_gateway_route_table_association', name, [
        ...attr('transit_gateway_attachment_id', ctx.ref(attachment.id)),
        ...attr('transit_gateway_route_table_id', ctx.ref(table.id)),
      ]),
    );
  }
  for (const id of table.propagations) {
    if (!exported.has(id) || (isDefault && fallback?.propagation)) continue;
    const attachment = attachments.find((a) => a.id === id) as TransitGatewayAttachment;
    const name = ctx.name(
      'aws_ec2_transit_gateway_route_table_propagation',
      `${tableName}_${attachment.name}`,
      'propagation',
    );
    ctx.add(
      resource('aws_ec2_transit_gateway_route_table_propagation', name, [
        ...attr('transit_gateway_attachment_id', ctx.ref(id)),
        ...attr('transit_gateway_route_table_id', ctx.ref(table.id)),
      ]),
    );
  }
  for (const route of table.routes) {
    if (route.type !== 'static') continue;
    const name = ctx.name(
      'aws_ec2_transit_gateway_route',
      `${tableName}_${cidrSlug(route.destination)}`,
      'route',
    );
    const blackhole = route.state === 'blackhole' || route.attachmentId === undefined;
    ctx.add(
      resource('aws_ec2_transit_gateway_route', name, [
        ...attr('destination_cidr_block', str(route.destination)),
        ...(blackhole
          ? attr('blackhole', bool(true))
          : attr('transit_gateway_attachment_id', ctx.ref(route.attachmentId as string))),
        ...attr('transit_gateway_route_table_id', ctx.ref(table.id)),
      ]),
    );
  }
}
