import { isCidr } from '../../model/ip.ts';
import type {
  TransitGateway,
  TransitGatewayAttachment,
  TransitGatewayRouteTable,
} from '../../model/types.ts';
import type { ImportContext } from './context.ts';
import { nameOf, readBool, readString } from './read.ts';
import { readId, readIds } from './refs.ts';
import { vpcProblem } from './vpcs.ts';

export interface ImportedTransitGateways {
  readonly transitGateways: TransitGateway[];
  readonly transitGatewayAttachments: TransitGatewayAttachment[];
  readonly transitGatewayRouteTables: TransitGatewayRouteTable[];
}

const enabled = (read: ReturnType<typeof readString>, byDefault: boolean) =>
  read.kind === 'value' ? read.value === 'enable' : byDefault;

/**
 * `aws_ec2_transit_gateway`, `_route_table`, `_vpc_attachment`, `_route_table_association`,
 * `_route_table_propagation` and `_route`. What AWS adds: a default route table when default
 * association or propagation is enabled (the default), which every attachment that does not opt
 * out is associated with and propagates to
 * (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html).
 */
export function importTransitGateways(
  ctx: ImportContext,
  vpcIds: ReadonlySet<string>,
  subnetIds: ReadonlySet<string>,
): ImportedTransitGateways {
  const gateways = new Map<string, TransitGateway>();
  const tables = new Map<string, TransitGatewayRouteTable>();
  const defaults = new Map<string, { association: boolean; propagation: boolean; table: string }>();
  for (const instance of ctx.ofType('aws_ec2_transit_gateway')) {
    const attrs = ctx.attributes(instance);
    const id = ctx.ids.get(instance.address) as string;
    const association = enabled(readString(attrs, 'default_route_table_association'), true);
    const propagation = enabled(readString(attrs, 'default_route_table_propagation'), true);
    let table: string | undefined;
    if (association || propagation) {
      const known = readString(attrs, 'association_default_route_table_id');
      table = ctx.ids.register(
        'tgw-rtb',
        instance.address,
        known.kind === 'value' ? known.value : undefined,
        'association_default_route_table_id',
        `${instance.address}.association_default_route_table_id`,
      );
      tables.set(table, {
        id: table,
        name: `${nameOf(attrs)} default`,
        transitGatewayId: id,
        propagations: [],
        routes: [],
      });
      defaults.set(id, { association, propagation, table });
    }
    gateways.set(id, {
      id,
      name: nameOf(attrs),
      state: 'available',
      securityGroupReferencingSupport: enabled(
        readString(attrs, 'security_group_referencing_support'),
        false,
      ),
      ...(association && table ? { associationDefaultRouteTableId: table } : {}),
      ...(propagation && table ? { propagationDefaultRouteTableId: table } : {}),
    });
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_ec2_transit_gateway_route_table')) {
    const attrs = ctx.attributes(instance);
    const gateway = readId(ctx, attrs, 'transit_gateway_id', ['tgw']);
    if (gateway.kind !== 'id' || !gateways.has(gateway.id)) {
      ctx.warn(
        instance.address,
        `${vpcProblem(gateway, 'transit_gateway_id')}; the route table is left out`,
      );
      continue;
    }
    const id = ctx.ids.get(instance.address) as string;
    tables.set(id, {
      id,
      name: nameOf(attrs),
      transitGatewayId: gateway.id,
      propagations: [],
      routes: [],
    });
    ctx.read.add(instance.address);
  }
  const attachments = new Map<string, TransitGatewayAttachment>();
  for (const instance of ctx.ofType('aws_ec2_transit_gateway_vpc_attachment')) {
    const attrs = ctx.attributes(instance);
    const gateway = readId(ctx, attrs, 'transit_gateway_id', ['tgw']);
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    if (
      gateway.kind !== 'id' ||
      !gateways.has(gateway.id) ||
      vpc.kind !== 'id' ||
      !vpcIds.has(vpc.id)
    ) {
      const problem =
        gateway.kind !== 'id'
          ? vpcProblem(gateway, 'transit_gateway_id')
          : vpcProblem(vpc, 'vpc_id');
      ctx.warn(instance.address, `${problem}; the attachment is left out`);
      continue;
    }
    const id = ctx.ids.get(instance.address) as string;
    const subnets = readIds(ctx, attrs, 'subnet_ids', ['subnet']);
    for (const reason of subnets.unknown) ctx.warn(instance.address, reason);
    const fallback = defaults.get(gateway.id);
    const associate = readBool(attrs, 'transit_gateway_default_route_table_association');
    const propagate = readBool(attrs, 'transit_gateway_default_route_table_propagation');
    const toDefault = (read: ReturnType<typeof readBool>, on: boolean | undefined) =>
      on === true && (read.kind !== 'value' || read.value);
    if (fallback && toDefault(propagate, fallback.propagation))
      tables.get(fallback.table)?.propagations.push(id);
    const referencing = readString(attrs, 'security_group_referencing_support');
    attachments.set(id, {
      id,
      name: nameOf(attrs),
      transitGatewayId: gateway.id,
      resourceType: 'vpc',
      vpcId: vpc.id,
      subnetIds: subnets.ids.filter((s) => subnetIds.has(s)),
      state: 'available',
      securityGroupReferencingSupport: enabled(referencing, true),
      ...(fallback && toDefault(associate, fallback.association)
        ? { associatedRouteTableId: fallback.table }
        : {}),
    });
    ctx.read.add(instance.address);
  }
  links(ctx, attachments, tables);
  return {
    transitGateways: [...gateways.values()],
    transitGatewayAttachments: [...attachments.values()],
    transitGatewayRouteTables: [...tables.values()],
  };
}

/** Associations, propagations and static routes. */
function links(
  ctx: ImportContext,
  attachments: Map<string, TransitGatewayAttachment>,
  tables: Map<string, TransitGatewayRouteTable>,
): void {
  const pair = (instance: Parameters<ImportContext['attributes']>[0]) => {
    const attrs = ctx.attributes(instance);
    const attachment = readId(ctx, attrs, 'transit_gateway_attachment_id', ['tgw-attach']);
    const table = readId(ctx, attrs, 'transit_gateway_route_table_id', ['tgw-rtb']);
    if (
      attachment.kind === 'id' &&
      table.kind === 'id' &&
      attachments.has(attachment.id) &&
      tables.has(table.id)
    ) {
      return { attachment: attachment.id, table: table.id, attrs };
    }
    const problem =
      attachment.kind !== 'id'
        ? vpcProblem(attachment, 'transit_gateway_attachment_id')
        : vpcProblem(table, 'transit_gateway_route_table_id');
    ctx.warn(instance.address, `${problem}; it is left out`);
    return null;
  };
  for (const instance of ctx.ofType('aws_ec2_transit_gateway_route_table_association')) {
    const link = pair(instance);
    if (!link) continue;
    const attachment = attachments.get(link.attachment) as TransitGatewayAttachment;
    attachments.set(link.attachment, { ...attachment, associatedRouteTableId: link.table });
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_ec2_transit_gateway_route_table_propagation')) {
    const link = pair(instance);
    if (!link) continue;
    const table = tables.get(link.table) as TransitGatewayRouteTable;
    if (!table.propagations.includes(link.attachment)) table.propagations.push(link.attachment);
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_ec2_transit_gateway_route')) {
    const attrs = ctx.attributes(instance);
    const table = readId(ctx, attrs, 'transit_gateway_route_table_id', ['tgw-rtb']);
    const destination = readString(attrs, 'destination_cidr_block');
    const blackhole = readBool(attrs, 'blackhole');
    const attachment = readId(ctx, attrs, 'transit_gateway_attachment_id', ['tgw-attach']);
    const owner = table.kind === 'id' ? tables.get(table.id) : undefined;
    if (!owner || destination.kind !== 'value' || !isCidr(destination.value)) {
      ctx.warn(
        instance.address,
        `${table.kind !== 'id' ? vpcProblem(table, 'transit_gateway_route_table_id') : 'its destination is not known'}; the route is left out`,
      );
      continue;
    }
    if (blackhole.kind === 'value' && blackhole.value) {
      owner.routes.push({ destination: destination.value, state: 'blackhole', type: 'static' });
    } else if (attachment.kind === 'id') {
      owner.routes.push({
        destination: destination.value,
        attachmentId: attachment.id,
        state: 'active',
        type: 'static',
      });
    } else {
      ctx.warn(
        instance.address,
        `${vpcProblem(attachment, 'transit_gateway_attachment_id')}; the route is left out`,
      );
      continue;
    }
    ctx.read.add(instance.address);
  }
}
