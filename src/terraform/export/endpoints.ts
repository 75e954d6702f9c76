import type { PrefixList, VpcEndpoint } from '../../model/types.ts';
import type { ExportContext } from './context.ts';
import { attr, list, num, ref, resource, str, tags, type Expr } from './ir.ts';
import { snakeCase } from './names.ts';

const ENDPOINT_TYPE: Readonly<Record<VpcEndpoint['type'], string>> = {
  gateway: 'Gateway',
  interface: 'Interface',
  'gateway-load-balancer': 'GatewayLoadBalancer',
};

/**
 * Prefix lists: a customer-managed one is `aws_ec2_managed_prefix_list` with one
 * `aws_ec2_managed_prefix_list_entry` per CIDR block; an AWS-managed one (an AWS service's
 * addresses) is read with `data "aws_prefix_list"` by its name.
 * https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
 */
export function exportPrefixLists(ctx: ExportContext): void {
  for (const pl of ctx.scenario.prefixLists) {
    if (pl.managedBy === 'aws') {
      exportAwsList(ctx, pl);
      continue;
    }
    const entries = pl.entries ?? [];
    const name = ctx.name('aws_ec2_managed_prefix_list', pl.name, 'prefix_list');
    const address = `aws_ec2_managed_prefix_list.${name}`;
    ctx.define(pl.id, `${address}.id`, address);
    ctx.add(
      resource('aws_ec2_managed_prefix_list', name, [
        ...attr('name', str(pl.name || name)),
        ...attr('address_family', str(pl.addressFamily)),
        ...attr('max_entries', num(pl.maxEntries ?? Math.max(1, entries.length))),
        ...tags(pl.name),
      ]),
    );
    for (const entry of entries) {
      const entryName = ctx.name(
        'aws_ec2_managed_prefix_list_entry',
        `${name}_${snakeCase(entry.cidr)}`,
        'entry',
      );
      ctx.add(
        resource('aws_ec2_managed_prefix_list_entry', entryName, [
          ...attr('prefix_list_id', ref(`${address}.id`)),
          ...attr('cidr', str(entry.cidr)),
          ...attr('description', entry.description ? str(entry.description) : undefined),
        ]),
      );
    }
  }
}

function exportAwsList(ctx: ExportContext, pl: PrefixList): void {
  const service = /^com\.amazonaws\.([a-z0-9-]+)\.(.+)$/.exec(pl.name);
  const name = ctx.name('data.aws_prefix_list', service?.[2] ?? pl.name, 'prefix_list');
  ctx.define(pl.id, `data.aws_prefix_list.${name}.id`, `data.aws_prefix_list.${name}`);
  ctx.add({
    type: 'data',
    labels: ['aws_prefix_list', name],
    body: service ? attr('name', serviceName(ctx, pl.name)) : attr('prefix_list_id', str(pl.id)),
    comment: [`The addresses of ${pl.name || pl.id}, a prefix list AWS manages.`],
  });
}

/** `"com.amazonaws.${var.region}.s3"` for a service of the exported region. */
export function serviceName(ctx: ExportContext, text: string): Expr {
  const prefix = `com.amazonaws.${ctx.region}.`;
  if (!text.startsWith(prefix)) return str(text);
  return {
    kind: 'template',
    parts: ['com.amazonaws.', ref('var.region'), text.slice(prefix.length - 1)],
  };
}

/**
 * `aws_vpc_endpoint`: a gateway endpoint lists its route tables (AWS adds the service's route to
 * each), an interface endpoint its subnets and groups.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 */
export function exportVpcEndpoints(ctx: ExportContext): void {
  for (const endpoint of ctx.scenario.vpcEndpoints) {
    const label = endpoint.name || endpoint.id;
    if (endpoint.state !== 'available' && endpoint.state !== 'pending') {
      ctx.note(`Left out: VPC endpoint ${label}, which is ${endpoint.state}.`);
      continue;
    }
    if (!endpoint.policyIsDefault) {
      ctx.note(
        `VPC endpoint ${label} has its own policy in the drawing, which is not known here; it is exported with AWS's default (full access).`,
      );
    }
    const name = ctx.name('aws_vpc_endpoint', endpoint.name, 'endpoint');
    const address = `aws_vpc_endpoint.${name}`;
    ctx.define(endpoint.id, `${address}.id`, address);
    const ids = (values: readonly string[]) =>
      values.length > 0 ? list(values.map((id) => ctx.ref(id))) : undefined;
    const gateway = endpoint.type === 'gateway';
    ctx.add(
      resource('aws_vpc_endpoint', name, [
        ...attr('vpc_id', ctx.ref(endpoint.vpcId)),
        ...attr('service_name', serviceName(ctx, endpoint.serviceName)),
        ...attr('vpc_endpoint_type', str(ENDPOINT_TYPE[endpoint.type])),
        ...attr('route_table_ids', gateway ? ids(endpoint.routeTableIds) : undefined),
        ...attr('subnet_ids', gateway ? undefined : ids(endpoint.subnetIds)),
        ...attr(
          'security_group_ids',
          endpoint.type === 'interface' ? ids(endpoint.securityGroupIds) : undefined,
        ),
        ...tags(endpoint.name),
      ]),
    );
  }
}
