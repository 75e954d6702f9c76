import type {
  EgressOnlyInternetGateway,
  NetworkInterface,
  PrefixList,
  RouteTable,
  VpcEndpoint,
} from '../../model/types.ts';
import type { ImportContext } from './context.ts';
import { assumePrivateIp, interfaceGroups, type InterfaceNeeds } from './interfaceParts.ts';
import { nameOf, readString } from './read.ts';
import { readId, readIds } from './refs.ts';
import { vpcProblem } from './vpcs.ts';

const TYPES: Readonly<Record<string, VpcEndpoint['type']>> = {
  gateway: 'gateway',
  interface: 'interface',
  gatewayloadbalancer: 'gateway-load-balancer',
};

export interface ImportedEndpoints {
  readonly endpoints: VpcEndpoint[];
  /** The interfaces AWS makes for interface endpoints, one per subnet. */
  readonly interfaces: NetworkInterface[];
}

/**
 * `aws_vpc_endpoint` (+ `_route_table_association`, `_subnet_association`). A gateway endpoint
 * gets the route AWS adds to each of its route tables, from the service's prefix list to the
 * endpoint (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html); its list
 * is the one the plan knows (`prefix_list_id`, or a data source naming the service), else an
 * AWS-managed list whose entries are not known. An interface endpoint is one interface per
 * subnet, with its groups (https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html).
 */
export function importVpcEndpoints(
  ctx: ImportContext,
  vpcIds: ReadonlySet<string>,
  tables: Map<string, RouteTable>,
  prefixLists: Map<string, PrefixList>,
  needs: InterfaceNeeds,
): ImportedEndpoints {
  const endpoints: VpcEndpoint[] = [];
  const interfaces: NetworkInterface[] = [];
  const extraTables = linked(
    ctx,
    'aws_vpc_endpoint_route_table_association',
    'route_table_id',
    'rtb',
  );
  const extraSubnets = linked(ctx, 'aws_vpc_endpoint_subnet_association', 'subnet_id', 'subnet');
  for (const instance of ctx.ofType('aws_vpc_endpoint')) {
    const attrs = ctx.attributes(instance);
    const id = ctx.ids.get(instance.address) as string;
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    const service = readString(attrs, 'service_name');
    if (vpc.kind !== 'id' || !vpcIds.has(vpc.id) || service.kind !== 'value') {
      const problem =
        vpc.kind !== 'id' ? vpcProblem(vpc, 'vpc_id') : 'its service_name is not known';
      ctx.warn(instance.address, `${problem}; the endpoint is left out`);
      continue;
    }
    const typeText = readString(attrs, 'vpc_endpoint_type');
    const type =
      TYPES[(typeText.kind === 'value' ? typeText.value : 'Gateway').toLowerCase()] ?? 'gateway';
    const policy = readString(attrs, 'policy');
    const policyWritten = ctx.resolver.configOf(instance)?.expressions?.policy !== undefined;
    if (policyWritten && policy.kind !== 'unset') {
      ctx.warn(
        instance.address,
        'has its own endpoint policy, which is not modelled (read as full access)',
      );
    }
    const base = {
      id,
      name: nameOf(attrs),
      vpcId: vpc.id,
      type,
      serviceName: service.value.slice(0, 255),
    };
    if (type === 'gateway-load-balancer') {
      ctx.warn(
        instance.address,
        'is a Gateway Load Balancer endpoint, which is not modelled; routes to it make a flow unknown',
      );
    }
    if (type === 'gateway') {
      const routeTableIds = [
        ...readIds(ctx, attrs, 'route_table_ids', ['rtb']).ids,
        ...(extraTables.get(id) ?? []),
      ];
      const prefixListId = serviceList(ctx, instance.address, attrs, service.value, prefixLists);
      for (const tableId of routeTableIds) {
        const table = tables.get(tableId);
        if (table && !table.routes.some((r) => r.destination === prefixListId)) {
          table.routes.push({ destination: prefixListId, target: id, state: 'active' });
        }
      }
      endpoints.push({
        ...base,
        state: 'available',
        routeTableIds: [...new Set(routeTableIds)],
        prefixListId,
        subnetIds: [],
        securityGroupIds: [],
        networkInterfaceIds: [],
        policyIsDefault: true,
      });
    } else {
      const subnetIds = [
        ...new Set([
          ...readIds(ctx, attrs, 'subnet_ids', ['subnet']).ids,
          ...(extraSubnets.get(id) ?? []),
        ]),
      ];
      const groups = interfaceGroups(ctx, attrs, ['security_group_ids'], vpc.id, needs);
      const made = subnetIds.flatMap((subnetId) => {
        const subnet = needs.subnets.get(subnetId);
        if (!subnet) return [];
        const eniId = ctx.ids.register(
          'eni',
          `${instance.address}#${subnetId}`,
          undefined,
          undefined,
          instance.address,
        );
        const privateIp = assumePrivateIp(ctx, needs, instance.address, eniId, subnet);
        if (privateIp === null) return [];
        return [
          {
            id: eniId,
            name: `${base.name} (${subnet.availabilityZone})`,
            kind: 'interface-endpoint' as const,
            subnetId,
            privateIp,
            secondaryPrivateIps: [],
            ipv6Addresses: [],
            securityGroupIds: groups,
          },
        ];
      });
      interfaces.push(...made);
      endpoints.push({
        ...base,
        state: 'available',
        routeTableIds: [],
        subnetIds,
        securityGroupIds: type === 'interface' ? groups : [],
        networkInterfaceIds: made.map((m) => m.id),
        policyIsDefault: true,
      });
    }
    ctx.read.add(instance.address);
  }
  return { endpoints, interfaces };
}

/** The prefix list of a gateway endpoint's service. */
function serviceList(
  ctx: ImportContext,
  address: string,
  attrs: ReturnType<ImportContext['attributes']>,
  service: string,
  prefixLists: Map<string, PrefixList>,
): string {
  const known = readString(attrs, 'prefix_list_id');
  if (known.kind === 'value' && /^pl-[0-9a-zA-Z]+$/.test(known.value)) {
    if (!prefixLists.has(known.value)) {
      prefixLists.set(known.value, {
        id: known.value,
        name: service,
        addressFamily: 'IPv4',
        managedBy: 'aws',
      });
    }
    return known.value;
  }
  const named = [...prefixLists.values()].find((l) => l.name === service);
  if (named) return named.id;
  const id = ctx.ids.register(
    'pl',
    `${address}#prefix_list_id`,
    undefined,
    undefined,
    `${address}.prefix_list_id`,
  );
  prefixLists.set(id, { id, name: service, addressFamily: 'IPv4', managedBy: 'aws' });
  ctx.warn(
    address,
    `the CIDR blocks of ${service} are not in the plan (a data "aws_prefix_list" naming it would add them); flows to the service are unknown`,
  );
  return id;
}

/** `<type>` resources linking endpoints to route tables or subnets, by endpoint ID. */
function linked(
  ctx: ImportContext,
  type: string,
  attribute: string,
  prefix: string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const instance of ctx.ofType(type)) {
    const attrs = ctx.attributes(instance);
    const endpoint = readId(ctx, attrs, 'vpc_endpoint_id', ['vpce']);
    const other = readId(ctx, attrs, attribute, [prefix]);
    if (endpoint.kind !== 'id' || other.kind !== 'id') {
      ctx.warn(
        instance.address,
        `${vpcProblem(endpoint.kind !== 'id' ? endpoint : other, endpoint.kind !== 'id' ? 'vpc_endpoint_id' : attribute)}; it is left out`,
      );
      continue;
    }
    out.set(endpoint.id, [...(out.get(endpoint.id) ?? []), other.id]);
    ctx.read.add(instance.address);
  }
  return out;
}

/** `aws_egress_only_internet_gateway`: IPv6 out, replies back in. */
export function importEgressOnlyGateways(
  ctx: ImportContext,
  vpcIds: ReadonlySet<string>,
): EgressOnlyInternetGateway[] {
  return ctx.ofType('aws_egress_only_internet_gateway').map((instance) => {
    const attrs = ctx.attributes(instance);
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    if (vpc.kind !== 'id' || !vpcIds.has(vpc.id))
      ctx.warn(instance.address, `${vpcProblem(vpc, 'vpc_id')}; it is read as detached`);
    ctx.read.add(instance.address);
    const id = ctx.ids.get(instance.address) as string;
    return {
      id,
      name: nameOf(attrs),
      ...(vpc.kind === 'id' && vpcIds.has(vpc.id) ? { vpcId: vpc.id } : {}),
    };
  });
}
