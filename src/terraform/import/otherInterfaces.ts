import type { NetworkInterface } from '../../model/types.ts';
import type { ResourceInstance } from '../format/instances.ts';
import type { Attributes } from '../references/attributes.ts';
import type { ImportContext } from './context.ts';
import { interfaceGroups, type InterfaceNeeds } from './interfaceParts.ts';
import { byAddress, makeInterface } from './managedInterfaces.ts';
import { nameOf } from './read.ts';
import { readIds } from './refs.ts';
import type { ImportedSubnet } from './vpcs.ts';

const SUBNET_ATTRIBUTES = ['subnet_id', 'subnet_ids', 'subnets'] as const;
const GROUP_ATTRIBUTES = [
  'vpc_security_group_ids',
  'security_group_ids',
  'security_groups',
] as const;
/** Nested blocks where services keep their network settings (EKS, OpenSearch, ECS, Lambda…). */
const NETWORK_BLOCKS = ['vpc_config', 'vpc_options', 'network_configuration', 'vpc_configuration'];

/** Resource types whose subnets or groups are not interfaces of their own. */
function isNotAnEndpoint(type: string): boolean {
  return (
    type.endsWith('_subnet_group') ||
    type.endsWith('_association') ||
    type.endsWith('_attachment') ||
    type.startsWith('aws_ec2_transit_gateway') ||
    type.startsWith('aws_vpc_endpoint') ||
    type === 'aws_route' ||
    type === 'aws_flow_log'
  );
}

/**
 * Any other `aws_*` resource that holds groups and subnets (`security_groups`,
 * `vpc_security_group_ids`, `subnet_id(s)`, directly or in a `vpc_config`-like block, or through a
 * `*_subnet_group_name`) becomes an interface in each of its subnets, with a warning: what the
 * service does beyond its interfaces is not modelled (spec/ci-check.md, "Resources read").
 */
export function importOtherInterfaces(
  ctx: ImportContext,
  needs: InterfaceNeeds,
): NetworkInterface[] {
  const read = new Set(ctx.read.list());
  const out: NetworkInterface[] = [];
  for (const type of [...ctx.types()]) {
    if (!type.startsWith('aws_') || isNotAnEndpoint(type)) continue;
    for (const instance of ctx.ofType(type)) {
      if (read.has(instance.address)) continue;
      const places = networkSettings(ctx, ctx.attributes(instance), needs);
      if (places === null) continue;
      if (places.subnets.length === 0) {
        ctx.warn(
          instance.address,
          `${type} has security groups but no subnet in the plan; it is left out`,
        );
        ctx.read.add(instance.address);
        continue;
      }
      const made = places.subnets.sort(byAddress).flatMap((subnet) => {
        const groups = interfaceGroups(ctx, places.attrs, GROUP_ATTRIBUTES, subnet.vpcId, needs);
        const one = makeInterface(ctx, needs, instance, subnet.id, {
          kind: 'other',
          name: `${nameOf(ctx.attributes(instance))} (${subnet.availabilityZone})`,
          subnet,
          groups,
        });
        return one ? [one] : [];
      });
      out.push(...made);
      ctx.warn(
        instance.address,
        `${type} is read as ${made.length === 1 ? 'a network interface' : `${made.length} network interfaces`} in ${places.subnets.map((s) => s.name).join(', ')}; what the service itself does is not modelled`,
      );
      ctx.read.add(instance.address);
    }
  }
  return out;
}

/** Where the resource keeps its subnets and groups, if it has either. */
function networkSettings(
  ctx: ImportContext,
  attrs: Attributes,
  needs: InterfaceNeeds,
): { attrs: Attributes; subnets: ImportedSubnet[] } | null {
  const holders = [attrs, ...NETWORK_BLOCKS.flatMap((b) => attrs.blocks(b).slice(0, 1))];
  for (const holder of holders) {
    const has = (name: string) => {
      const r = holder.get(name);
      return r.kind === 'value' || r.kind === 'references';
    };
    const subnetNames = SUBNET_ATTRIBUTES.filter(has);
    const groupNames = GROUP_ATTRIBUTES.filter(has);
    const group = subnetGroupSubnets(ctx, holder.instance);
    if (subnetNames.length === 0 && groupNames.length === 0 && group.length === 0) continue;
    const ids = subnetNames.flatMap((name) => readIds(ctx, holder, name, ['subnet']).ids);
    const subnets = [...new Set(ids)].flatMap((id) => needs.subnets.get(id) ?? []);
    return {
      attrs: holder,
      subnets: subnets.length > 0 ? subnets : group.flatMap((id) => needs.subnets.get(id) ?? []),
    };
  }
  return null;
}

/** Subnets of a `*_subnet_group` the resource names by `*subnet_group_name`. */
function subnetGroupSubnets(ctx: ImportContext, instance: ResourceInstance): string[] {
  const attrs = ctx.attributes(instance);
  const written = Object.keys(ctx.resolver.configOf(instance)?.expressions ?? {});
  for (const name of new Set([...Object.keys(instance.values), ...written])) {
    if (!name.endsWith('subnet_group_name')) continue;
    const resolved = attrs.get(name);
    const value = resolved.kind === 'value' ? resolved.value : undefined;
    const target =
      resolved.kind === 'references'
        ? resolved.targets.find((t) => t.instance.type.endsWith('_subnet_group'))?.instance
        : [...ctx.types()]
            .filter((t) => t.endsWith('_subnet_group'))
            .flatMap((t) => ctx.ofType(t))
            .find((g) => g.values.name === value);
    if (target) return [...readIds(ctx, ctx.attributes(target), 'subnet_ids', ['subnet']).ids];
  }
  return [];
}
