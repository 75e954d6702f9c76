import { rangesOverlap, type IpRange } from '../ip.ts';
import type { Subnet } from '../types.ts';
import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * Subnets of one VPC must not overlap (IPv4 or IPv6): AWS refuses the second one.
 * https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
 * Sorted by first address and swept once, so a thousand subnets cost n log n, not n².
 */
export function checkSubnetOverlap(ctx: Context): Finding[] {
  const groups = new Map<string, Placed[]>();
  ctx.scenario.subnets.forEach((subnet, index) => {
    for (const field of ['cidrBlock', 'ipv6CidrBlock'] as const) {
      const text = subnet[field];
      const range = text === undefined ? null : ctx.cidr(text);
      if (range === null) continue;
      const key = `${subnet.vpcId} ${range.family}`;
      const group = groups.get(key) ?? [];
      group.push({ subnet, field, range, index });
      groups.set(key, group);
    }
  });

  const findings: Finding[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => compare(a.range.first, b.range.first) || a.index - b.index);
    let widest: Placed | undefined; // the earlier subnet that reaches furthest
    for (const placed of group) {
      if (widest !== undefined && rangesOverlap(widest.range, placed.range)) {
        const { subnet, field } = placed;
        const other = widest.subnet;
        findings.push(
          error(
            'subnet-overlap',
            subnet.id,
            field,
            `Subnet CIDR ${subnet[field] ?? ''} overlaps subnet ${other.id} (${other[widest.field] ?? ''}) in VPC ${subnet.vpcId}.`,
          ),
        );
      }
      if (widest === undefined || compare(placed.range.last, widest.range.last) > 0) {
        widest = placed;
      }
    }
  }
  return findings;
}

/**
 * AWS fails a peering between VPCs whose IPv4 CIDRs overlap, even when their IPv6 blocks differ.
 * https://docs.aws.amazon.com/vpc/latest/peering/create-vpc-peering-connection.html
 * Peerings that are gone or refused carry no traffic and are not reported.
 */
const DEAD_PEERING = new Set(['deleted', 'deleting', 'rejected', 'failed', 'expired']);

export function checkPeeringOverlap(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const pcx of ctx.scenario.peeringConnections) {
    if (DEAD_PEERING.has(pcx.status)) continue;
    const requester = ctx.vpcs.get(pcx.requesterVpcId);
    const accepter = ctx.vpcs.get(pcx.accepterVpcId);
    if (requester === undefined || accepter === undefined) continue;
    const clash = firstOverlap(ctx, requester.cidrBlocks, accepter.cidrBlocks);
    if (clash === undefined) continue;
    findings.push(
      error(
        'peering-cidr-overlap',
        pcx.id,
        'accepterVpcId',
        `Peering ${pcx.id} joins VPCs whose CIDRs overlap: ${clash[0]} (${requester.id}) and ${clash[1]} (${accepter.id}).`,
      ),
    );
  }
  return findings;
}

interface Placed {
  readonly subnet: Subnet;
  readonly field: 'cidrBlock' | 'ipv6CidrBlock';
  readonly range: IpRange;
  readonly index: number;
}

function compare(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function firstOverlap(
  ctx: Context,
  left: readonly string[],
  right: readonly string[],
): readonly [string, string] | undefined {
  for (const a of left) {
    const ra = ctx.cidr(a);
    if (ra === null) continue;
    for (const b of right) {
      const rb = ctx.cidr(b);
      if (rb !== null && rangesOverlap(ra, rb)) return [a, b];
    }
  }
  return undefined;
}
