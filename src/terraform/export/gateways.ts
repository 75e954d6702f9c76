import type { ExportContext } from './context.ts';
import { attr, bool, list, ref, resource, str, tags } from './ir.ts';

/**
 * Internet gateways (attached by `vpc_id`), egress-only internet gateways, NAT gateways with
 * their Elastic IP, and peering connections (`auto_accept` for an active one: both VPCs are in
 * this configuration's account and region).
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html
 */
export function exportGateways(ctx: ExportContext): void {
  const { scenario } = ctx;
  for (const igw of scenario.internetGateways) {
    const name = ctx.name('aws_internet_gateway', igw.name, 'igw');
    const address = `aws_internet_gateway.${name}`;
    ctx.define(igw.id, `${address}.id`, address);
    ctx.add(
      resource('aws_internet_gateway', name, [
        ...attr('vpc_id', igw.vpcId ? ctx.ref(igw.vpcId) : undefined),
        ...tags(igw.name),
      ]),
    );
  }
  for (const eigw of scenario.egressOnlyInternetGateways) {
    const name = ctx.name('aws_egress_only_internet_gateway', eigw.name, 'eigw');
    const address = `aws_egress_only_internet_gateway.${name}`;
    ctx.define(eigw.id, `${address}.id`, address);
    if (!eigw.vpcId) {
      ctx.note(
        `Left out: egress-only internet gateway ${eigw.name || eigw.id}, attached to no VPC (the provider requires one).`,
      );
      continue;
    }
    ctx.add(
      resource('aws_egress_only_internet_gateway', name, [
        ...attr('vpc_id', ctx.ref(eigw.vpcId)),
        ...tags(eigw.name),
      ]),
    );
  }
  for (const nat of scenario.natGateways) {
    if (nat.state !== 'available' && nat.state !== 'pending') {
      ctx.note(`Left out: NAT gateway ${nat.name || nat.id}, which is ${nat.state}.`);
      continue;
    }
    const name = ctx.name('aws_nat_gateway', nat.name, 'nat');
    const address = `aws_nat_gateway.${name}`;
    const eip = ctx.name('aws_eip', nat.name || name, 'nat');
    ctx.define(nat.id, `${address}.id`, address);
    ctx.add(
      resource(
        'aws_eip',
        eip,
        [...attr('domain', str('vpc')), ...tags(nat.name)],
        [`The Elastic IP of NAT gateway ${nat.name || nat.id}; AWS allocates its address.`],
      ),
    );
    // The gateway works once the VPC has an internet gateway, which the provider's docs say to
    // make explicit.
    const subnet = scenario.subnets.find((s) => s.id === nat.subnetId);
    const igw = scenario.internetGateways.find((g) => g.vpcId === subnet?.vpcId);
    const igwAddress = igw ? ctx.addresses.get(igw.id) : undefined;
    ctx.add(
      resource('aws_nat_gateway', name, [
        ...attr('allocation_id', ref(`aws_eip.${eip}.id`)),
        ...attr('subnet_id', ctx.ref(nat.subnetId)),
        ...attr('private_ip', nat.privateIp ? str(nat.privateIp) : undefined),
        ...tags(nat.name),
        ...attr('depends_on', igwAddress ? list([ref(igwAddress)]) : undefined),
      ]),
    );
  }
  for (const pcx of scenario.peeringConnections) {
    if (pcx.status !== 'active' && pcx.status !== 'pending-acceptance') {
      ctx.note(`Left out: peering connection ${pcx.name || pcx.id}, which is ${pcx.status}.`);
      continue;
    }
    const name = ctx.name('aws_vpc_peering_connection', pcx.name, 'peering');
    const address = `aws_vpc_peering_connection.${name}`;
    ctx.define(pcx.id, `${address}.id`, address);
    ctx.add(
      resource('aws_vpc_peering_connection', name, [
        ...attr('vpc_id', ctx.ref(pcx.requesterVpcId)),
        ...attr('peer_vpc_id', ctx.ref(pcx.accepterVpcId)),
        ...attr('auto_accept', pcx.status === 'active' ? bool(true) : undefined),
        ...tags(pcx.name),
      ]),
    );
  }
}
