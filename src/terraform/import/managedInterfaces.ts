import { isIp, parseCidr } from '../../model/ip.ts';
import type { InterfaceKind, NetworkInterface } from '../../model/types.ts';
import type { ResourceInstance } from '../format/instances.ts';
import type { Attributes } from '../references/attributes.ts';
import type { ImportContext } from './context.ts';
import {
  assumePrivateIp,
  assumePublicIp,
  interfaceGroups,
  openGroup,
  type InterfaceNeeds,
} from './interfaceParts.ts';
import { nameOf, readBool, readChecked, readString } from './read.ts';
import { readId, readIds, type IdRead } from './refs.ts';
import type { ImportedSubnet } from './vpcs.ts';

/** The interfaces AWS makes for a service's resource: RDS, load balancers, Lambda. */
export function importManagedInterfaces(
  ctx: ImportContext,
  needs: InterfaceNeeds,
): NetworkInterface[] {
  return [...databases(ctx, needs), ...loadBalancers(ctx, needs), ...lambdas(ctx, needs)];
}

/** Subnets by address, lowest first: the order the contract places an RDS interface in. */
export function byAddress(a: ImportedSubnet, b: ImportedSubnet): number {
  const x = parseCidr(a.cidrBlock);
  const y = parseCidr(b.cidrBlock);
  return x?.family === 4 && y?.family === 4
    ? x.first - y.first
    : a.cidrBlock.localeCompare(b.cidrBlock);
}

/** One interface of a resource in one subnet, its address known or assumed. */
export function makeInterface(
  ctx: ImportContext,
  needs: InterfaceNeeds,
  owner: ResourceInstance,
  part: string,
  spec: {
    kind: InterfaceKind;
    name: string;
    subnet: ImportedSubnet;
    groups: string[];
    privateIp?: string | undefined;
    publicIp?: string | undefined;
    publicWhy?: string | undefined;
  },
): NetworkInterface | null {
  const id = ctx.ids.register(
    'eni',
    `${owner.address}#${part}`,
    undefined,
    undefined,
    owner.address,
  );
  const privateIp = spec.privateIp ?? assumePrivateIp(ctx, needs, owner.address, id, spec.subnet);
  if (privateIp === null) return null;
  const publicIp =
    spec.publicIp ??
    (spec.publicWhy ? assumePublicIp(ctx, needs, owner.address, id, spec.publicWhy) : undefined);
  return {
    id,
    name: spec.name,
    kind: spec.kind,
    subnetId: spec.subnet.id,
    privateIp,
    secondaryPrivateIps: [],
    ...(publicIp === undefined
      ? {}
      : { publicIp, publicIpSource: spec.publicIp ? 'elastic' : 'auto' }),
    ipv6Addresses: [],
    securityGroupIds: spec.groups,
  };
}

/**
 * `aws_db_instance` in an `aws_db_subnet_group`: one interface, in the group's first subnet by
 * address (within the instance's zone when it names one); the group's other subnets are kept
 * as alternatives, each evaluated too (spec/ci-check.md, "Addresses unknown until apply").
 * Publicly accessible instances get a public address
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html).
 */
function databases(ctx: ImportContext, needs: InterfaceNeeds): NetworkInterface[] {
  const out: NetworkInterface[] = [];
  for (const instance of ctx.ofType('aws_db_instance')) {
    const attrs = ctx.attributes(instance);
    const subnets = subnetGroup(ctx, attrs, needs);
    if (typeof subnets === 'string') {
      ctx.warn(instance.address, `${subnets}; the database is left out`);
      continue;
    }
    const zone = readString(attrs, 'availability_zone');
    const inZone =
      zone.kind === 'value' ? subnets.filter((s) => s.availabilityZone === zone.value) : [];
    const [first, ...others] = (inZone.length > 0 ? inZone : subnets).sort(byAddress);
    if (!first) continue;
    const identifier = readString(attrs, 'identifier');
    const groups = interfaceGroups(ctx, attrs, ['vpc_security_group_ids'], first.vpcId, needs);
    const publicly = readBool(attrs, 'publicly_accessible');
    const made = makeInterface(ctx, needs, instance, 'primary', {
      kind: 'rds',
      name: identifier.kind === 'value' ? identifier.value : nameOf(attrs),
      subnet: first,
      groups,
      publicWhy:
        publicly.kind === 'value' && publicly.value ? 'publicly_accessible is true' : undefined,
    });
    if (!made) continue;
    out.push(made);
    const alternatives = others.flatMap((s) => {
      const ip = needs.privateAddresses.peek(s.id);
      return ip === null ? [] : [{ subnetId: s.id, privateIp: ip }];
    });
    if (alternatives.length > 0) {
      needs.alternatives.set(made.id, alternatives);
      ctx.assume(
        instance.address,
        `placed in ${first.name}, the first subnet of its DB subnet group by address; ${others.map((s) => s.name).join(', ')} evaluated too (AWS picks one at apply)`,
      );
    }
    ctx.read.add(instance.address);
  }
  return out;
}

/** The subnets of the DB subnet group an instance names, or why there are none. */
function subnetGroup(
  ctx: ImportContext,
  attrs: Attributes,
  needs: InterfaceNeeds,
): ImportedSubnet[] | string {
  const groups = ctx.ofType('aws_db_subnet_group');
  let group: ResourceInstance | undefined;
  const named = attrs.get('db_subnet_group_name');
  if (named.kind === 'value' && typeof named.value === 'string') {
    group = groups.find((g) => g.values.name === named.value);
    if (!group) return `db_subnet_group_name "${named.value}" is not in the plan`;
  } else if (named.kind === 'references') {
    group = named.targets.find((t) => t.instance.type === 'aws_db_subnet_group')?.instance;
  }
  if (!group) {
    return named.kind === 'unset' || named.kind === 'computed'
      ? "it names no DB subnet group (the default VPC's, which is not in the plan)"
      : 'its DB subnet group cannot be told';
  }
  ctx.read.add(group.address);
  const ids = readIds(ctx, ctx.attributes(group), 'subnet_ids', ['subnet']);
  for (const reason of ids.unknown) ctx.warn(group.address, reason);
  const subnets = ids.ids.flatMap((id) => needs.subnets.get(id) ?? []);
  return subnets.length > 0 ? subnets : `${group.address} has no subnet in the plan`;
}

/**
 * `aws_lb` (`aws_alb`): one interface per subnet (`subnets`, or `subnet_mapping` with its
 * address and Elastic IP); internet-facing ones get public addresses. A network load balancer
 * without security groups is not filtered by any.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html
 */
function loadBalancers(ctx: ImportContext, needs: InterfaceNeeds): NetworkInterface[] {
  const out: NetworkInterface[] = [];
  for (const instance of [...ctx.ofType('aws_lb'), ...ctx.ofType('aws_alb')]) {
    const attrs = ctx.attributes(instance);
    const type = readString(attrs, 'load_balancer_type');
    const kind = type.kind === 'value' ? type.value : 'application';
    if (kind === 'gateway') {
      ctx.warn(
        instance.address,
        'is a Gateway Load Balancer, which is not modelled; it is left out',
      );
      continue;
    }
    const internal = readBool(attrs, 'internal');
    const facing = !(internal.kind === 'value' && internal.value);
    const places: Array<{ subnet: IdRead; privateIp?: string; eip?: IdRead }> = attrs
      .blocks('subnet_mapping')
      .map((b) => {
        const ip = readChecked(b, 'private_ipv4_address', (s) => isIp(s, 4), 'an IPv4 address');
        return {
          subnet: readId(ctx, b, 'subnet_id', ['subnet']),
          ...(ip.kind === 'value' ? { privateIp: ip.value } : {}),
          eip: readId(ctx, b, 'allocation_id', ['eipalloc']),
        };
      });
    if (places.length === 0) {
      for (const id of readIds(ctx, attrs, 'subnets', ['subnet']).ids)
        places.push({ subnet: { kind: 'id', id } });
    }
    const name = readString(attrs, 'name');
    const shown = name.kind === 'value' ? name.value : nameOf(attrs);
    for (const place of places) {
      const subnet = place.subnet.kind === 'id' ? needs.subnets.get(place.subnet.id) : undefined;
      if (!subnet) continue;
      const groupsSet = attrs.get('security_groups');
      const groups =
        kind === 'network' && (groupsSet.kind === 'unset' || groupsSet.kind === 'computed')
          ? [openGroup(ctx, instance.address, subnet.vpcId, needs)]
          : interfaceGroups(ctx, attrs, ['security_groups'], subnet.vpcId, needs);
      const eip = place.eip?.kind === 'id' ? needs.eipsById.get(place.eip.id)?.publicIp : undefined;
      const made = makeInterface(ctx, needs, instance, subnet.id, {
        kind: 'load-balancer',
        name: `${shown} (${subnet.availabilityZone})`,
        subnet,
        groups,
        privateIp: place.privateIp,
        publicIp: facing ? eip : undefined,
        publicWhy: facing && !eip ? 'an internet-facing load balancer node' : undefined,
      });
      if (made) out.push(made);
    }
    ctx.read.add(instance.address);
  }
  return out;
}

/** `aws_lambda_function` with `vpc_config`: an interface per subnet, with its groups. */
function lambdas(ctx: ImportContext, needs: InterfaceNeeds): NetworkInterface[] {
  const out: NetworkInterface[] = [];
  for (const instance of ctx.ofType('aws_lambda_function')) {
    const attrs = ctx.attributes(instance);
    const [config] = attrs.blocks('vpc_config');
    if (!config) continue;
    const fn = readString(attrs, 'function_name');
    for (const id of readIds(ctx, config, 'subnet_ids', ['subnet']).ids) {
      const subnet = needs.subnets.get(id);
      if (!subnet) continue;
      const made = makeInterface(ctx, needs, instance, id, {
        kind: 'lambda',
        name: `${fn.kind === 'value' ? fn.value : nameOf(attrs)} (${subnet.availabilityZone})`,
        subnet,
        groups: interfaceGroups(ctx, config, ['security_group_ids'], subnet.vpcId, needs),
      });
      if (made) out.push(made);
    }
    ctx.read.add(instance.address);
  }
  return out;
}
