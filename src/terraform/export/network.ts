import { parseCidr, type Ipv6Range } from '../../model/ip.ts';
import type { Subnet, Vpc } from '../../model/types.ts';
import type { ExportContext } from './context.ts';
import { attr, bool, num, ref, resource, str, tags, type Expr } from './ir.ts';
import { snakeCase } from './names.ts';

/**
 * `aws_vpc` (its secondary IPv4 blocks as `aws_vpc_ipv4_cidr_block_association`) and
 * `aws_subnet`. AWS assigns a VPC's IPv6 block from its own pool, so a dual-stack VPC asks for
 * one (`assign_generated_ipv6_cidr_block`) and each subnet takes its /64 by number with
 * `cidrsubnet`, as the drawing placed it.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html
 */
export function exportNetwork(ctx: ExportContext): void {
  for (const vpc of ctx.scenario.vpcs) exportVpc(ctx, vpc);
  for (const subnet of ctx.scenario.subnets) exportSubnet(ctx, subnet);
}

/** The IPv4 block association that holds a CIDR, by `vpcId|cidr`. */
const associations = new WeakMap<ExportContext, Map<string, string>>();

function exportVpc(ctx: ExportContext, vpc: Vpc): void {
  const name = ctx.name('aws_vpc', vpc.name, 'vpc');
  const address = `aws_vpc.${name}`;
  ctx.define(vpc.id, `${address}.id`, address);
  const [primary, ...secondary] = vpc.cidrBlocks;
  ctx.add(
    resource('aws_vpc', name, [
      ...attr('cidr_block', str(primary as string)),
      ...attr('assign_generated_ipv6_cidr_block', vpc.ipv6CidrBlock ? bool(true) : undefined),
      ...tags(vpc.name),
    ]),
  );
  const held = associations.get(ctx) ?? new Map<string, string>();
  associations.set(ctx, held);
  for (const cidr of secondary) {
    const assoc = ctx.name(
      'aws_vpc_ipv4_cidr_block_association',
      `${name}_${snakeCase(cidr)}`,
      'cidr',
    );
    held.set(`${vpc.id}|${cidr}`, `aws_vpc_ipv4_cidr_block_association.${assoc}`);
    ctx.add(
      resource('aws_vpc_ipv4_cidr_block_association', assoc, [
        ...attr('vpc_id', ref(`${address}.id`)),
        ...attr('cidr_block', str(cidr)),
      ]),
    );
  }
}

function exportSubnet(ctx: ExportContext, subnet: Subnet): void {
  const vpc = ctx.scenario.vpcs.find((v) => v.id === subnet.vpcId);
  const name = ctx.name('aws_subnet', subnet.name, 'subnet');
  const address = `aws_subnet.${name}`;
  ctx.define(subnet.id, `${address}.id`, address);
  ctx.add(
    resource('aws_subnet', name, [
      ...attr('vpc_id', vpcIdFor(ctx, subnet, vpc)),
      ...attr('cidr_block', str(subnet.cidrBlock)),
      ...attr('availability_zone', zone(ctx, subnet.availabilityZone)),
      ...attr('ipv6_cidr_block', ipv6Block(ctx, subnet, vpc)),
      ...tags(subnet.name),
    ]),
  );
}

/**
 * A subnet inside a secondary block names the VPC through the block's association, so that
 * Terraform creates the association first.
 */
function vpcIdFor(ctx: ExportContext, subnet: Subnet, vpc: Vpc | undefined): Expr {
  const subnetRange = parseCidr(subnet.cidrBlock);
  for (const cidr of vpc?.cidrBlocks.slice(1) ?? []) {
    const range = parseCidr(cidr);
    if (!range || !subnetRange || range.family !== 4 || subnetRange.family !== 4) continue;
    if (subnetRange.first >= range.first && subnetRange.last <= range.last) {
      const assoc = associations.get(ctx)?.get(`${subnet.vpcId}|${cidr}`);
      if (assoc) return ref(`${assoc}.vpc_id`);
    }
  }
  return ctx.ref(subnet.vpcId);
}

/** `"${var.region}a"` when the zone is in the exported region, so the region stays one setting. */
export function zone(ctx: ExportContext, availabilityZone: string): Expr | undefined {
  if (!/^[a-z]{2}(-[a-z]+)+-\d+[a-z]$/.test(availabilityZone)) return undefined;
  if (!availabilityZone.startsWith(ctx.region)) return str(availabilityZone);
  return {
    kind: 'template',
    parts: [ref('var.region'), availabilityZone.slice(ctx.region.length)],
  };
}

/** `cidrsubnet(aws_vpc.x.ipv6_cidr_block, newbits, netnum)` for the subnet's /64. */
function ipv6Block(ctx: ExportContext, subnet: Subnet, vpc: Vpc | undefined): Expr | undefined {
  if (!subnet.ipv6CidrBlock) return undefined;
  const outer = vpc?.ipv6CidrBlock ? parseCidr(vpc.ipv6CidrBlock) : null;
  const inner = parseCidr(subnet.ipv6CidrBlock);
  const address = ctx.addresses.get(subnet.vpcId);
  if (!outer || !inner || outer.family !== 6 || inner.family !== 6 || !address) {
    return str(subnet.ipv6CidrBlock);
  }
  const netnum = (inner as Ipv6Range).first - (outer as Ipv6Range).first;
  const newbits = inner.prefix - outer.prefix;
  if (newbits < 0 || netnum < 0n) return str(subnet.ipv6CidrBlock);
  return {
    kind: 'call',
    name: 'cidrsubnet',
    args: [
      ref(`${address}.ipv6_cidr_block`),
      num(newbits),
      num(Number(netnum >> BigInt(128 - inner.prefix))),
    ],
  };
}
