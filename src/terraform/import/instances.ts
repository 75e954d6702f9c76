import { isIp } from '../../model/ip.ts';
import type { Instance, SecurityGroup } from '../../model/types.ts';
import type { ResourceInstance } from '../format/instances.ts';
import type { Attributes } from '../references/attributes.ts';
import type { PublicAddresses, SubnetAddresses } from './addresses.ts';
import type { ImportContext } from './context.ts';
import type { ElasticIp } from './gateways.ts';
import { nameOf, readBool, readChecked, readStringList } from './read.ts';
import { readId, readIds, shown } from './refs.ts';
import { unknownPeer } from './securityGroups.ts';
import type { ImportedSubnet } from './vpcs.ts';
import { vpcProblem } from './vpcs.ts';

export interface InterfaceNeeds {
  readonly subnets: ReadonlyMap<string, ImportedSubnet>;
  readonly defaultGroupOf: (vpcId: string) => string | undefined;
  readonly privateAddresses: SubnetAddresses;
  readonly publicAddresses: PublicAddresses;
  /** Elastic IPs by the instance (or interface) ID they are associated with. */
  readonly elasticIps: ReadonlyMap<string, ElasticIp>;
  /** Groups made up for group lists that cannot be told now (see unknownGroup). */
  readonly unknownGroups: SecurityGroup[];
  /** Model ID → why its private address was assumed. */
  readonly assumedAddresses: Map<string, string>;
}

/**
 * The groups of an interface: the IDs listed (`vpc_security_group_ids`, else `security_groups`),
 * else the VPC's default group, as AWS attaches it to an interface launched without groups
 * (https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html). A list that
 * cannot be told now adds a group whose rules may match anything, so the hop is `unknown` unless
 * a known group decides it.
 */
export function interfaceGroups(
  ctx: ImportContext,
  attrs: Attributes,
  names: readonly string[],
  vpcId: string,
  needs: InterfaceNeeds,
): string[] {
  for (const name of names) {
    const read = readIds(ctx, attrs, name, ['sg']);
    if (read.unset) continue;
    const ids = [...read.ids];
    for (const value of read.outside) {
      ctx.warn(attrs.instance.address, `${name} names ${value}, which is not in the plan`);
    }
    if (read.unknown.length > 0) {
      for (const reason of read.unknown)
        ctx.warn(
          attrs.instance.address,
          `${reason}; its security-group hops are unknown unless another group decides`,
        );
      ids.push(unknownGroup(ctx, `${attrs.instance.address}.${name}`, vpcId, needs));
    }
    return ids;
  }
  const fallback = needs.defaultGroupOf(vpcId);
  return fallback === undefined ? [] : [fallback];
}

function unknownGroup(
  ctx: ImportContext,
  what: string,
  vpcId: string,
  needs: InterfaceNeeds,
): string {
  const id = ctx.ids.register('sg', what, undefined, undefined, what);
  if (!needs.unknownGroups.some((g) => g.id === id)) {
    const peer = unknownPeer(what);
    needs.unknownGroups.push({
      id,
      name: `${what} (known after apply)`,
      description: 'Groups that cannot be told before apply',
      vpcId,
      isDefault: false,
      ingress: [{ protocol: 'all', peer }],
      egress: [{ protocol: 'all', peer }],
    });
  }
  return id;
}

interface Pending {
  readonly instance: ResourceInstance;
  readonly attrs: Attributes;
  readonly subnet: ImportedSubnet;
  readonly privateIp: string | undefined;
}

/**
 * `aws_instance`: its primary interface's subnet, addresses and groups. A private address AWS
 * picks at apply is assumed to be the first free address of the subnet (after every address the
 * plan already knows); a public address comes from `associate_public_ip_address`, else from the
 * subnet's `map_public_ip_on_launch`
 * (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#vpc-public-ipv4-addresses),
 * or from an Elastic IP associated with it.
 */
export function importInstances(ctx: ImportContext, needs: InterfaceNeeds): Instance[] {
  const pending: Pending[] = [];
  for (const instance of ctx.ofType('aws_instance')) {
    const attrs = ctx.attributes(instance);
    const subnetRead = readId(ctx, attrs, 'subnet_id', ['subnet']);
    const subnet = subnetRead.kind === 'id' ? needs.subnets.get(subnetRead.id) : undefined;
    if (subnet === undefined) {
      ctx.warn(
        instance.address,
        `${vpcProblem(subnetRead, 'subnet_id')}; the instance is left out`,
      );
      continue;
    }
    const privateIp = readChecked(attrs, 'private_ip', (s) => isIp(s, 4), 'an IPv4 address');
    if (privateIp.kind === 'value') needs.privateAddresses.take(subnet.id, privateIp.value);
    pending.push({
      instance,
      attrs,
      subnet,
      privateIp: privateIp.kind === 'value' ? privateIp.value : undefined,
    });
  }
  const out: Instance[] = [];
  for (const { instance, attrs, subnet, privateIp: known } of pending) {
    const id = ctx.ids.get(instance.address) as string;
    let privateIp = known;
    if (privateIp === undefined) {
      const next = needs.privateAddresses.next(subnet.id);
      if (next === null) {
        ctx.warn(
          instance.address,
          `subnet ${shown(ctx, subnet.id)} has no free address left; the instance is left out`,
        );
        continue;
      }
      privateIp = next;
      const note = `private IPv4 address ${privateIp} assumed: the first free address of ${subnet.name} (${subnet.cidrBlock}); AWS picks it at apply`;
      ctx.assume(instance.address, note);
      needs.assumedAddresses.set(id, note);
    }
    const publicIp = publicAddress(ctx, attrs, subnet, id, needs);
    const ipv6 = readStringList(
      attrs,
      'ipv6_addresses',
      (s) => isIp(s, 6),
      'a list of IPv6 addresses',
    );
    if (ipv6.kind === 'unknown' && subnet.ipv6CidrBlock !== undefined) {
      ctx.warn(instance.address, `${ipv6.reason}; its IPv6 address is left out`);
    }
    out.push({
      id,
      name: nameOf(attrs),
      subnetId: subnet.id,
      privateIp,
      ...(publicIp === undefined ? {} : { publicIp }),
      ...(ipv6.kind === 'value' && ipv6.value[0] !== undefined
        ? { ipv6Address: ipv6.value[0] }
        : {}),
      securityGroupIds: interfaceGroups(
        ctx,
        attrs,
        ['vpc_security_group_ids', 'security_groups'],
        subnet.vpcId,
        needs,
      ),
    });
    ctx.read.add(instance.address);
  }
  return out;
}

function publicAddress(
  ctx: ImportContext,
  attrs: Attributes,
  subnet: ImportedSubnet,
  id: string,
  needs: InterfaceNeeds,
): string | undefined {
  const elastic = needs.elasticIps.get(id);
  if (elastic) return elastic.publicIp;
  const known = readChecked(attrs, 'public_ip', (s) => isIp(s, 4), 'an IPv4 address');
  if (known.kind === 'value' && known.value !== '') return known.value;
  const associate = readBool(attrs, 'associate_public_ip_address');
  // In a state every value is known: no public_ip means none was assigned.
  if (ctx.document.kind === 'state' || ctx.document.view === 'prior_state') return undefined;
  const wanted = associate.kind === 'value' ? associate.value : subnet.mapPublicIp;
  if (!wanted) return undefined;
  const address = needs.publicAddresses.next();
  const why =
    associate.kind === 'value'
      ? 'associate_public_ip_address is true'
      : `${subnet.name} has map_public_ip_on_launch`;
  const note = `public IPv4 address ${address} assumed (${why}; AWS assigns it at apply)`;
  ctx.assume(attrs.instance.address, note);
  const before = needs.assumedAddresses.get(id);
  needs.assumedAddresses.set(id, before === undefined ? note : `${before}; ${note}`);
  return address;
}
