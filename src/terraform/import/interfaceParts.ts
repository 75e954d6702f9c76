import type { SecurityGroup } from '../../model/types.ts';
import type { Attributes } from '../references/attributes.ts';
import type { PublicAddresses, SubnetAddresses } from './addresses.ts';
import type { ImportContext } from './context.ts';
import type { ElasticIp } from './gateways.ts';
import { readIds, shown } from './refs.ts';
import { unknownPeer } from './securityGroups.ts';
import type { ImportedSubnet } from './vpcs.ts';

/** What every kind of interface needs while it is read: subnets, groups, address pools. */
export interface InterfaceNeeds {
  readonly subnets: ReadonlyMap<string, ImportedSubnet>;
  readonly defaultGroupOf: (vpcId: string) => string | undefined;
  readonly privateAddresses: SubnetAddresses;
  readonly publicAddresses: PublicAddresses;
  /** Elastic IPs by the instance (or interface) ID they are associated with. */
  readonly elasticIps: ReadonlyMap<string, ElasticIp>;
  /** Elastic IPs by allocation ID. */
  readonly eipsById: ReadonlyMap<string, ElasticIp>;
  /** Groups made up here (a group list known only after apply, an NLB without groups). */
  readonly extraGroups: SecurityGroup[];
  /** Model ID → why its addresses were assumed. */
  readonly assumedAddresses: Map<string, string>;
  /** Interface ID → the other subnets it may be placed in, with the address it would take. */
  readonly alternatives: Map<string, { subnetId: string; privateIp: string }[]>;
}

/**
 * The groups of an interface: the IDs of the first attribute of `names` that is set, else the
 * VPC's default group, as AWS attaches it to an interface launched without groups
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
      for (const reason of read.unknown) {
        ctx.warn(
          attrs.instance.address,
          `${reason}; its security-group hops are unknown unless another group decides`,
        );
      }
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
  if (!needs.extraGroups.some((g) => g.id === id)) {
    const peer = unknownPeer(what);
    needs.extraGroups.push({
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

/**
 * A group standing for "no security group": a network load balancer created without groups is
 * not filtered by any (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-security-groups.html),
 * which the model says as a group that allows everything.
 */
export function openGroup(
  ctx: ImportContext,
  address: string,
  vpcId: string,
  needs: InterfaceNeeds,
): string {
  const what = `${address} (no security groups)`;
  const id = ctx.ids.register('sg', `${address}#no-security-groups`, undefined, undefined, what);
  if (!needs.extraGroups.some((g) => g.id === id)) {
    const everything = [
      { protocol: 'all' as const, peer: { kind: 'cidr' as const, cidr: '0.0.0.0/0' } },
      { protocol: 'all' as const, peer: { kind: 'cidr' as const, cidr: '::/0' } },
    ];
    needs.extraGroups.push({
      id,
      name: what,
      description: 'Not filtered by security groups',
      vpcId,
      isDefault: false,
      ingress: everything,
      egress: everything,
    });
  }
  return id;
}

/** Records why an address of `id` was assumed, for the flows that use it. */
export function noteAssumed(
  ctx: ImportContext,
  needs: InterfaceNeeds,
  address: string,
  id: string,
  note: string,
): void {
  ctx.assume(address, note);
  const before = needs.assumedAddresses.get(id);
  needs.assumedAddresses.set(id, before === undefined ? note : `${before}; ${note}`);
}

/** The first free address of the subnet for an interface whose address AWS picks at apply. */
export function assumePrivateIp(
  ctx: ImportContext,
  needs: InterfaceNeeds,
  address: string,
  id: string,
  subnet: ImportedSubnet,
): string | null {
  const next = needs.privateAddresses.next(subnet.id);
  if (next === null) {
    ctx.warn(address, `subnet ${shown(ctx, subnet.id)} has no free address left; it is left out`);
    return null;
  }
  noteAssumed(
    ctx,
    needs,
    address,
    id,
    `private IPv4 address ${next} assumed: the first free address of ${subnet.name} (${subnet.cidrBlock}); AWS picks it at apply`,
  );
  return next;
}

/** A public IPv4 address AWS assigns at apply, from the placeholder range. */
export function assumePublicIp(
  ctx: ImportContext,
  needs: InterfaceNeeds,
  address: string,
  id: string,
  why: string,
): string {
  const ip = needs.publicAddresses.next();
  noteAssumed(
    ctx,
    needs,
    address,
    id,
    `public IPv4 address ${ip} assumed (${why}; AWS assigns it at apply)`,
  );
  return ip;
}
