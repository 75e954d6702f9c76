import type { Subnet, Vpc } from '../model/types.ts';
import type { AwsSubnet, AwsVpc } from './bundleSchema.ts';
import { nameFrom, tagsOf } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

/** An association whose state AWS did not print counts as associated. */
function isAssociated(state: { State: string } | undefined): boolean {
  return state === undefined || state.State === 'associated';
}

/** The model holds one IPv6 block per VPC or subnet: keep the first, warn about the rest. */
function firstIpv6(
  resourceId: string,
  blocks: readonly string[],
  warnings: ImportWarnings,
): string | undefined {
  if (blocks.length > 1) {
    warnings.add(
      resourceId,
      `IPv6 CIDR blocks beyond the first (${blocks.slice(1).join(', ')}) are not modelled`,
    );
  }
  return blocks[0];
}

/** A VPC: its primary IPv4 block first, then the other associated ones; its first IPv6 block. */
export function vpcFromAws(vpc: AwsVpc, warnings: ImportWarnings): Vpc {
  const associated = (vpc.CidrBlockAssociationSet ?? [])
    .filter((a) => isAssociated(a.CidrBlockState))
    .map((a) => a.CidrBlock);
  const ipv6 = (vpc.Ipv6CidrBlockAssociationSet ?? [])
    .filter((a) => isAssociated(a.Ipv6CidrBlockState))
    .flatMap((a) => (a.Ipv6CidrBlock === undefined ? [] : [a.Ipv6CidrBlock]));
  const ipv6CidrBlock = firstIpv6(vpc.VpcId, ipv6, warnings);
  return {
    id: vpc.VpcId,
    name: nameFrom(vpc.Tags, vpc.VpcId),
    cidrBlocks: [...new Set([vpc.CidrBlock, ...associated])],
    ...(ipv6CidrBlock === undefined ? {} : { ipv6CidrBlock }),
  };
}

/**
 * A subnet, without its NACL and route table (those come from the NACLs' and route tables'
 * associations). `null` for an IPv6-only subnet: the model needs an IPv4 block.
 */
export function subnetFromAws(subnet: AwsSubnet, warnings: ImportWarnings): Subnet | null {
  if (subnet.CidrBlock === undefined) {
    warnings.add(subnet.SubnetId, 'is IPv6-only, which is not modelled; it is left out');
    return null;
  }
  const ipv6 = (subnet.Ipv6CidrBlockAssociationSet ?? [])
    .filter((a) => isAssociated(a.Ipv6CidrBlockState))
    .map((a) => a.Ipv6CidrBlock);
  const ipv6CidrBlock = firstIpv6(subnet.SubnetId, ipv6, warnings);
  const tags = tagsOf(subnet.Tags);
  return {
    id: subnet.SubnetId,
    name: nameFrom(subnet.Tags, subnet.SubnetId),
    vpcId: subnet.VpcId,
    cidrBlock: subnet.CidrBlock,
    ...(ipv6CidrBlock === undefined ? {} : { ipv6CidrBlock }),
    // The scenario schema's default; AWS always prints the zone.
    availabilityZone: subnet.AvailabilityZone ?? 'us-east-1a',
    ...(tags ? { tags } : {}),
  };
}
