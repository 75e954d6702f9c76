import { rangeContains, type IpRange } from '../ip.ts';
import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * Block sizes AWS accepts: VPC and subnet IPv4 blocks from /16 to /28; IPv6 subnets /64, or
 * /44 to /60 in steps of 4. A subnet lies inside one of its VPC's blocks.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
 */
const IPV4_LARGEST = 16;
const IPV4_SMALLEST = 28;
const IPV6_SUBNET_PREFIXES: ReadonlySet<number> = new Set([44, 48, 52, 56, 60, 64]);

export function checkCidrs(ctx: Context): Finding[] {
  const findings: Finding[] = [];

  for (const vpc of ctx.scenario.vpcs) {
    vpc.cidrBlocks.forEach((text, i) => {
      const range = ctx.cidr(text);
      if (range !== null && !ipv4SizeAllowed(range)) {
        const size = sizeWords(range);
        findings.push(
          error('vpc-cidr-size', vpc.id, `cidrBlocks[${i}]`, `VPC CIDR ${text} is ${size}.`),
        );
      }
    });
  }

  for (const subnet of ctx.scenario.subnets) {
    const range = ctx.cidr(subnet.cidrBlock);
    if (range !== null && !ipv4SizeAllowed(range)) {
      const message = `Subnet CIDR ${subnet.cidrBlock} is ${sizeWords(range)}.`;
      findings.push(error('subnet-size', subnet.id, 'cidrBlock', message));
    }
    const v6 = subnet.ipv6CidrBlock === undefined ? null : ctx.cidr(subnet.ipv6CidrBlock);
    if (v6 !== null && !IPV6_SUBNET_PREFIXES.has(v6.prefix)) {
      const message = `Subnet IPv6 CIDR ${subnet.ipv6CidrBlock} is a /${v6.prefix}; AWS allows /64, or /44 to /60 in steps of 4.`;
      findings.push(error('subnet-ipv6-size', subnet.id, 'ipv6CidrBlock', message));
    }

    const vpc = ctx.vpcs.get(subnet.vpcId);
    if (vpc === undefined) continue; // references.ts reports the missing VPC
    const blocks = vpc.cidrBlocks.map((text) => ctx.cidr(text));
    if (range !== null && !blocks.some((block) => block !== null && rangeContains(block, range))) {
      findings.push(
        error(
          'subnet-outside-vpc',
          subnet.id,
          'cidrBlock',
          `Subnet CIDR ${subnet.cidrBlock} is not inside VPC ${vpc.id} (${vpc.cidrBlocks.join(', ')}).`,
        ),
      );
    }
    if (v6 !== null) {
      const vpcV6 = vpc.ipv6CidrBlock === undefined ? null : ctx.cidr(vpc.ipv6CidrBlock);
      if (vpcV6 === null || !rangeContains(vpcV6, v6)) {
        const where =
          vpc.ipv6CidrBlock === undefined
            ? `VPC ${vpc.id}, which has no IPv6 block`
            : `VPC ${vpc.id} (${vpc.ipv6CidrBlock})`;
        findings.push(
          error(
            'subnet-ipv6-outside-vpc',
            subnet.id,
            'ipv6CidrBlock',
            `Subnet IPv6 CIDR ${subnet.ipv6CidrBlock} is not inside ${where}.`,
          ),
        );
      }
    }
  }
  return findings;
}

function ipv4SizeAllowed(range: IpRange): boolean {
  return range.prefix >= IPV4_LARGEST && range.prefix <= IPV4_SMALLEST;
}

function sizeWords(range: IpRange): string {
  return range.prefix < IPV4_LARGEST
    ? `larger than /${IPV4_LARGEST}, the largest block AWS allows`
    : `smaller than /${IPV4_SMALLEST}, the smallest block AWS allows`;
}
