import type { ImportContext } from './context.ts';
import { readId } from './refs.ts';

/** The AWS ID prefix of each resource type that the network holds. */
export const ID_PREFIX: Readonly<Record<string, string>> = {
  aws_vpc: 'vpc',
  aws_subnet: 'subnet',
  aws_security_group: 'sg',
  aws_network_acl: 'acl',
  aws_route_table: 'rtb',
  aws_internet_gateway: 'igw',
  aws_egress_only_internet_gateway: 'eigw',
  aws_nat_gateway: 'nat',
  aws_vpc_peering_connection: 'pcx',
  aws_eip: 'eipalloc',
  aws_instance: 'i',
  aws_network_interface: 'eni',
  aws_ec2_managed_prefix_list: 'pl',
  aws_vpc_endpoint: 'vpce',
  aws_ec2_transit_gateway: 'tgw',
  aws_ec2_transit_gateway_vpc_attachment: 'tgw-attach',
  aws_ec2_transit_gateway_route_table: 'tgw-rtb',
};

/**
 * The parts AWS creates with every VPC, by the attribute of `aws_vpc` that names each one.
 * `default_route_table_id` is the main route table AWS created (`main_route_table_id` until
 * another table is made main).
 */
const VPC_PARTS = [
  ['default_security_group_id', 'sg'],
  ['default_network_acl_id', 'acl'],
  ['default_route_table_id', 'rtb'],
] as const;

/** The `aws_default_*` resources, each the VPC part it adopts. */
const ADOPTERS = [
  ['aws_default_security_group', 'vpc_id', 'default_security_group_id'],
  ['aws_default_network_acl', 'default_network_acl_id', 'default_network_acl_id'],
  ['aws_default_route_table', 'default_route_table_id', 'default_route_table_id'],
] as const;

/**
 * Gives every resource of the network its model ID before any is read, so that references
 * resolve whatever the order: VPCs (with the parts AWS creates alongside) first, then the
 * `aws_default_*` resources that adopt those parts, then everything else.
 */
export function registerIds(ctx: ImportContext): void {
  for (const vpc of ctx.ofType('aws_vpc')) {
    ctx.ids.register('vpc', vpc.address, vpc.values.id);
    // Named as a configuration would refer to them: `aws_vpc.main.default_network_acl_id`.
    for (const [attribute, prefix] of VPC_PARTS) {
      ctx.ids.register(
        prefix,
        vpc.address,
        vpc.values[attribute],
        attribute,
        `${vpc.address}.${attribute}`,
      );
    }
    const main = ctx.ids.get(vpc.address, 'default_route_table_id') as string;
    ctx.ids.alias(`${vpc.address}#main_route_table_id`, main);
  }
  for (const [type, prefix] of Object.entries(ID_PREFIX)) {
    if (type === 'aws_vpc') continue;
    for (const instance of ctx.ofType(type)) {
      ctx.ids.register(prefix, instance.address, instance.values.id);
    }
  }
  // The accepter side of a peering connection is the same connection.
  for (const accepter of ctx.ofType('aws_vpc_peering_connection_accepter')) {
    const read = readId(ctx, ctx.attributes(accepter), 'vpc_peering_connection_id', ['pcx']);
    if (read.kind === 'id') ctx.ids.alias(accepter.address, read.id);
  }
  for (const [type, attribute, part] of ADOPTERS) {
    for (const instance of ctx.ofType(type)) {
      const attrs = ctx.attributes(instance);
      const prefix =
        part === 'default_security_group_id'
          ? 'vpc'
          : part === 'default_network_acl_id'
            ? 'acl'
            : 'rtb';
      const read = readId(ctx, attrs, attribute, [prefix]);
      if (read.kind !== 'id') continue;
      const id =
        prefix === 'vpc' ? ctx.ids.get(ctx.ids.addresses.get(read.id) ?? '', part) : read.id;
      if (id !== undefined) {
        ctx.ids.alias(instance.address, id);
        ctx.ids.addresses.set(id, instance.address);
      }
    }
  }
}
