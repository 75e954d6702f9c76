import { isIp } from '../../model/ip.ts';
import type { InternetGateway, NatGateway, PeeringConnection } from '../../model/types.ts';
import type { PublicAddresses } from './addresses.ts';
import type { Attributes } from '../references/attributes.ts';
import type { ImportContext } from './context.ts';
import { nameOf, readBool, readChecked, readString } from './read.ts';
import { readId } from './refs.ts';
import { vpcProblem } from './vpcs.ts';

/** `aws_internet_gateway` (`vpc_id`) and `aws_internet_gateway_attachment`. */
export function importInternetGateways(
  ctx: ImportContext,
  vpcIds: ReadonlySet<string>,
): InternetGateway[] {
  const gateways = new Map<string, InternetGateway>();
  for (const instance of ctx.ofType('aws_internet_gateway')) {
    const attrs = ctx.attributes(instance);
    const id = ctx.ids.get(instance.address) as string;
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    if (vpc.kind === 'unknown' || vpc.kind === 'outside') {
      ctx.warn(instance.address, `${vpcProblem(vpc, 'vpc_id')}; the gateway is read as detached`);
    }
    const attached = vpc.kind === 'id' && vpcIds.has(vpc.id);
    gateways.set(id, { id, name: nameOf(attrs), ...(attached ? { vpcId: vpc.id } : {}) });
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_internet_gateway_attachment')) {
    const attrs = ctx.attributes(instance);
    const gateway = readId(ctx, attrs, 'internet_gateway_id', ['igw']);
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    const known = gateway.kind === 'id' ? gateways.get(gateway.id) : undefined;
    if (known === undefined || vpc.kind !== 'id' || !vpcIds.has(vpc.id)) {
      const problem =
        known === undefined
          ? vpcProblem(gateway, 'internet_gateway_id')
          : vpcProblem(vpc, 'vpc_id');
      ctx.warn(instance.address, `${problem}; the attachment is left out`);
      continue;
    }
    gateways.set(known.id, { ...known, vpcId: vpc.id });
    ctx.read.add(instance.address);
  }
  return [...gateways.values()];
}

export interface ElasticIp {
  readonly id: string;
  readonly address: string;
  readonly publicIp: string;
}

/**
 * `aws_eip`: its public address, known, or assumed from a documentation range when AWS
 * allocates it at apply (the flow still takes the public path the contract describes).
 */
export function importElasticIps(
  ctx: ImportContext,
  pool: PublicAddresses,
): Map<string, ElasticIp> {
  const out = new Map<string, ElasticIp>();
  for (const instance of ctx.ofType('aws_eip')) {
    const attrs = ctx.attributes(instance);
    const id = ctx.ids.get(instance.address) as string;
    const known = readChecked(attrs, 'public_ip', (s) => isIp(s, 4), 'an IPv4 address');
    let publicIp: string;
    if (known.kind === 'value') publicIp = known.value;
    else {
      publicIp = pool.next();
      ctx.assume(
        instance.address,
        `public IPv4 address ${publicIp} assumed (AWS allocates it at apply)`,
      );
    }
    out.set(id, { id, address: instance.address, publicIp });
  }
  return out;
}

/**
 * `aws_nat_gateway`: public ones (the default) with their Elastic IP. A private NAT gateway
 * (`connectivity_type = "private"`) is not modelled: it is left out with a warning.
 */
export function importNatGateways(
  ctx: ImportContext,
  subnetIds: ReadonlySet<string>,
  eips: ReadonlyMap<string, ElasticIp>,
  pool: PublicAddresses,
): NatGateway[] {
  const out: NatGateway[] = [];
  for (const instance of ctx.ofType('aws_nat_gateway')) {
    const attrs = ctx.attributes(instance);
    const connectivity = readString(attrs, 'connectivity_type');
    if (connectivity.kind === 'value' && connectivity.value === 'private') {
      ctx.warn(
        instance.address,
        'is a private NAT gateway, which is not modelled; routes to it make a flow unknown',
      );
      continue;
    }
    const subnet = readId(ctx, attrs, 'subnet_id', ['subnet']);
    if (subnet.kind !== 'id' || !subnetIds.has(subnet.id)) {
      ctx.warn(instance.address, `${vpcProblem(subnet, 'subnet_id')}; the NAT gateway is left out`);
      continue;
    }
    const allocation = readId(ctx, attrs, 'allocation_id', ['eipalloc']);
    const privateIp = readChecked(attrs, 'private_ip', (s) => isIp(s, 4), 'an IPv4 address');
    let publicIp = allocation.kind === 'id' ? eips.get(allocation.id)?.publicIp : undefined;
    const knownPublic = readChecked(attrs, 'public_ip', (s) => isIp(s, 4), 'an IPv4 address');
    if (knownPublic.kind === 'value') publicIp = knownPublic.value;
    if (publicIp === undefined) {
      publicIp = pool.next();
      ctx.assume(
        instance.address,
        `public IPv4 address ${publicIp} assumed (its Elastic IP is allocated at apply)`,
      );
    }
    out.push({
      id: ctx.ids.get(instance.address) as string,
      name: nameOf(attrs),
      subnetId: subnet.id,
      state: 'available',
      publicIp,
      ...(privateIp.kind === 'value' ? { privateIp: privateIp.value } : {}),
    });
    ctx.read.add(instance.address);
  }
  return out;
}

/**
 * `aws_vpc_peering_connection` (+ `_accepter`). Active when the state says so, or in a plan when
 * it is accepted: `auto_accept`, or an accepter resource with `auto_accept` for it.
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html
 */
export function importPeerings(
  ctx: ImportContext,
  vpcIds: ReadonlySet<string>,
): PeeringConnection[] {
  const accepted = new Set<string>();
  for (const instance of ctx.ofType('aws_vpc_peering_connection_accepter')) {
    const attrs = ctx.attributes(instance);
    const connection = readId(ctx, attrs, 'vpc_peering_connection_id', ['pcx']);
    const auto = readBool(attrs, 'auto_accept');
    if (connection.kind === 'id' && auto.kind === 'value' && auto.value)
      accepted.add(connection.id);
    ctx.read.add(instance.address);
  }
  const out: PeeringConnection[] = [];
  for (const instance of ctx.ofType('aws_vpc_peering_connection')) {
    const attrs = ctx.attributes(instance);
    const id = ctx.ids.get(instance.address) as string;
    const requester = readId(ctx, attrs, 'vpc_id', ['vpc']);
    const accepter = readId(ctx, attrs, 'peer_vpc_id', ['vpc']);
    if (
      requester.kind !== 'id' ||
      accepter.kind !== 'id' ||
      !vpcIds.has(requester.id) ||
      !vpcIds.has(accepter.id)
    ) {
      const problem =
        requester.kind !== 'id'
          ? vpcProblem(requester, 'vpc_id')
          : vpcProblem(accepter, 'peer_vpc_id');
      ctx.warn(instance.address, `${problem}; the peering connection is left out`);
      continue;
    }
    const status = readString(attrs, 'accept_status');
    const auto = readBool(attrs, 'auto_accept');
    const active =
      (status.kind === 'value' && status.value === 'active') ||
      (auto.kind === 'value' && auto.value) ||
      accepted.has(id);
    out.push({
      id,
      name: nameOf(attrs),
      requesterVpcId: requester.id,
      accepterVpcId: accepter.id,
      status: active ? 'active' : 'pending-acceptance',
    });
    ctx.read.add(instance.address);
  }
  return out;
}

/**
 * The private address an Elastic IP goes to, when named: `associate_with_private_ip` (or, in a
 * state, the `private_ip` AWS reports) of an `aws_eip`, `private_ip_address` of an
 * `aws_eip_association`.
 */
function namedPrivateIp(attrs: Attributes): string | undefined {
  const names =
    attrs.instance.type === 'aws_eip'
      ? ['associate_with_private_ip', 'private_ip']
      : ['private_ip_address'];
  for (const name of names) {
    const read = readChecked(attrs, name, (s) => isIp(s, 4), 'an IPv4 address');
    if (read.kind === 'value') return read.value;
  }
  return undefined;
}

/** An Elastic IP associated with one named private address of an instance or interface. */
export interface PrivateIpAssociation {
  /** The instance or interface. */
  readonly targetId: string;
  readonly privateIp: string;
  readonly eip: ElasticIp;
  /** The Terraform address that associates it (for warnings). */
  readonly address: string;
}

/**
 * Which instance or interface each Elastic IP is associated with: `aws_eip` (`instance`,
 * `network_interface`) or `aws_eip_association` (`allocation_id` with `instance_id` or
 * `network_interface_id`). One that names the private address it goes to
 * (`associate_with_private_ip`, `private_ip_address`) is listed in `byPrivateIp`, and attributed
 * to that address once the interfaces are read (a secondary address keeps its own).
 */
export function elasticIpAssociations(
  ctx: ImportContext,
  eips: ReadonlyMap<string, ElasticIp>,
): { byTarget: Map<string, ElasticIp>; byPrivateIp: PrivateIpAssociation[] } {
  const out = new Map<string, ElasticIp>();
  const byPrivateIp: PrivateIpAssociation[] = [];
  const associate = (address: string, eip: ElasticIp | undefined, attrs: Attributes) => {
    if (eip === undefined) return false;
    const privateIp = namedPrivateIp(attrs);
    for (const [name, prefix] of [
      ['instance', 'i'],
      ['instance_id', 'i'],
      ['network_interface', 'eni'],
      ['network_interface_id', 'eni'],
    ] as const) {
      const target = readId(ctx, attrs, name, [prefix]);
      if (target.kind === 'id') {
        if (privateIp === undefined) out.set(target.id, eip);
        else {
          // The association resource says where the address goes; the aws_eip's own
          // `network_interface`/`private_ip` in a state only mirror it.
          if (out.get(target.id)?.id === eip.id) out.delete(target.id);
          const same = (a: PrivateIpAssociation) =>
            a.eip.id === eip.id && a.targetId === target.id && a.privateIp === privateIp;
          if (!byPrivateIp.some(same)) {
            byPrivateIp.push({ targetId: target.id, privateIp, eip, address });
          }
        }
        return true;
      }
      if (target.kind === 'unknown' || target.kind === 'outside') {
        ctx.warn(address, `${vpcProblem(target, name)}; the association is left out`);
        return false;
      }
    }
    return false;
  };
  // A NAT gateway's Elastic IP is on the gateway's own interface, which AWS manages.
  const natAllocations = new Set(
    ctx.ofType('aws_nat_gateway').flatMap((nat) => {
      const read = readId(ctx, ctx.attributes(nat), 'allocation_id', ['eipalloc']);
      return read.kind === 'id' ? [read.id] : [];
    }),
  );
  for (const instance of ctx.ofType('aws_eip')) {
    const id = ctx.ids.get(instance.address) as string;
    if (!natAllocations.has(id))
      associate(instance.address, eips.get(id), ctx.attributes(instance));
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_eip_association')) {
    const attrs = ctx.attributes(instance);
    const allocation = readId(ctx, attrs, 'allocation_id', ['eipalloc']);
    const eip = allocation.kind === 'id' ? eips.get(allocation.id) : undefined;
    if (eip === undefined) {
      ctx.warn(
        instance.address,
        `${vpcProblem(allocation, 'allocation_id')}; the association is left out`,
      );
      continue;
    }
    if (associate(instance.address, eip, attrs)) ctx.read.add(instance.address);
  }
  return { byTarget: out, byPrivateIp };
}
