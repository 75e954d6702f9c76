import {
  formatCidr,
  formatIp,
  parseCidr,
  parseIp,
  rangesOverlap,
  type IpRange,
  type Ipv4Range,
} from '../ip.ts';
import type { Scenario } from '../types.ts';
import { findById } from './util.ts';

/**
 * Where new things go: the next free subnet block of a VPC, the next free address of a subnet,
 * the next free public address. All address math goes through ip.ts.
 */

/** IPv4 subnet sizes AWS accepts. https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html */
export const SUBNET_PREFIX_LARGEST = 16;
export const SUBNET_PREFIX_SMALLEST = 28;

/**
 * AWS keeps the first four addresses of a subnet (network, VPC router, DNS, future use) and the
 * last one (broadcast). https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
 */
export const RESERVED_AT_START = 4;

function ipv4(text: string): Ipv4Range | null {
  const range = parseCidr(text);
  return range !== null && range.family === 4 ? range : null;
}

/**
 * The first aligned block of `prefix` inside any of `blocks` that overlaps none of `taken`, or
 * `null`. Candidates jump past each clash, so a crowded VPC costs a few steps per subnet.
 *
 * @example
 * firstFreeBlock([vpc16], [subnet0], 24); // the /24 right after subnet0
 */
export function firstFreeBlock(
  blocks: readonly Ipv4Range[],
  taken: readonly IpRange[],
  prefix: number,
): Ipv4Range | null {
  const size = 2 ** (32 - prefix);
  const alignUp = (n: number) => Math.ceil(n / size) * size;
  for (const block of blocks) {
    if (block.prefix > prefix) continue;
    let first = alignUp(block.first);
    while (first + size - 1 <= block.last) {
      const candidate: Ipv4Range = { family: 4, first, last: first + size - 1, prefix };
      const clash = taken.find((t) => rangesOverlap(t, candidate));
      if (clash === undefined) return candidate;
      first = alignUp(Number(clash.last) + 1);
    }
  }
  return null;
}

/**
 * The first block of `prefix` (clamped to AWS's /16–/28) inside any of the VPC's IPv4 CIDRs that
 * overlaps no subnet of the VPC; when none of that size is left, the first smaller block, down to
 * /28. `null` when the VPC does not exist or is full.
 *
 * @example
 * nextFreeSubnetCidr(scenario, 'vpc-a'); // '10.0.2.0/24' when 10.0.0.0/24 and 10.0.1.0/24 are taken
 */
export function nextFreeSubnetCidr(scenario: Scenario, vpcId: string, prefix = 24): string | null {
  const vpc = findById(scenario.vpcs, vpcId);
  if (vpc === undefined) return null;
  const blocks = vpc.cidrBlocks.map(ipv4).filter((b) => b !== null);
  const taken = scenario.subnets
    .filter((s) => s.vpcId === vpcId)
    .map((s) => ipv4(s.cidrBlock))
    .filter((b) => b !== null);
  const start = Math.min(Math.max(prefix, SUBNET_PREFIX_LARGEST), SUBNET_PREFIX_SMALLEST);
  for (let p = start; p <= SUBNET_PREFIX_SMALLEST; p++) {
    const block = firstFreeBlock(blocks, taken, p);
    if (block !== null) return formatCidr(block);
  }
  return null;
}

/**
 * The first `10.N.0.0/16` that overlaps none of `taken` (VPC blocks), or `null`.
 *
 * @example
 * nextFreeVpcCidr(vpcBlocks(scenario)); // '10.2.0.0/16' when 10.0 and 10.1 are taken
 */
export function nextFreeVpcCidr(taken: readonly IpRange[]): string | null {
  const ten = ipv4('10.0.0.0/8');
  if (ten === null) return null;
  const block = firstFreeBlock([ten], taken, 16);
  return block === null ? null : formatCidr(block);
}

/**
 * Every IPv4 block of every VPC, parsed.
 *
 * @example
 * vpcBlocks(scenario).map(formatCidr); // ['10.0.0.0/16', '10.1.0.0/16']
 */
export function vpcBlocks(scenario: Scenario): Ipv4Range[] {
  return scenario.vpcs.flatMap((v) => v.cidrBlocks.map(ipv4).filter((b) => b !== null));
}

/**
 * Private IPv4 addresses in use in a VPC (instances, interfaces — secondary addresses too — and
 * NAT gateways of all its subnets), as
 * integers mapped to the ID of their owner. A private address is unique within a VPC.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html
 *
 * @example
 * privateAddressesInVpc(scenario, 'vpc-a').get(ip.value); // 'i-web', or undefined when free
 */
export function privateAddressesInVpc(scenario: Scenario, vpcId: string): Map<number, string> {
  const subnets = new Set(scenario.subnets.filter((s) => s.vpcId === vpcId).map((s) => s.id));
  const used = new Map<number, string>();
  const claim = (owner: string, subnetId: string, text: string | undefined) => {
    if (text === undefined || !subnets.has(subnetId)) return;
    const ip = parseIp(text);
    if (ip !== null && ip.family === 4 && !used.has(ip.value)) used.set(ip.value, owner);
  };
  for (const i of scenario.instances) claim(i.id, i.subnetId, i.privateIp);
  for (const n of scenario.natGateways) claim(n.id, n.subnetId, n.privateIp);
  for (const e of scenario.networkInterfaces) claim(e.id, e.subnetId, e.privateIp);
  for (const x of [...scenario.instances, ...scenario.networkInterfaces]) {
    for (const s of x.secondaryPrivateIps ?? []) claim(x.id, x.subnetId, s.address);
  }
  return used;
}

/**
 * The first address of the subnet after the four AWS reserves, short of the last (broadcast),
 * that no instance or NAT gateway of the VPC uses; `null` when the subnet is full or missing.
 *
 * @example
 * nextFreeAddress(scenario, 'subnet-a'); // '10.0.0.4' in an empty 10.0.0.0/24
 */
export function nextFreeAddress(scenario: Scenario, subnetId: string): string | null {
  const subnet = findById(scenario.subnets, subnetId);
  const range = subnet === undefined ? null : ipv4(subnet.cidrBlock);
  if (subnet === undefined || range === null) return null;
  const used = privateAddressesInVpc(scenario, subnet.vpcId);
  for (let value = range.first + RESERVED_AT_START; value < range.last; value++) {
    if (!used.has(value)) return formatIp({ family: 4, value });
  }
  return null;
}

/**
 * Public addresses come from the documentation ranges (RFC 5737), so a drawn scenario never
 * names someone's real server: 198.51.100.1–254 first, then 203.0.113.1–254.
 */
export const PUBLIC_POOLS = ['198.51.100.0/24', '203.0.113.0/24'] as const;

/**
 * Public IPv4 addresses in use anywhere (instances, NAT gateways, and the hosts drawn on the
 * internet, which must not share an address with an interface), to their owners.
 *
 * @example
 * publicAddresses(scenario).has(ip.value); // true when something already uses it
 */
export function publicAddresses(scenario: Scenario): Map<number, string> {
  const used = new Map<number, string>();
  const claim = (owner: string, text: string | undefined) => {
    const ip = text === undefined ? null : parseIp(text);
    if (ip !== null && ip.family === 4 && !used.has(ip.value)) used.set(ip.value, owner);
  };
  for (const x of [...scenario.instances, ...scenario.natGateways, ...scenario.networkInterfaces])
    claim(x.id, x.publicIp);
  for (const x of [...scenario.instances, ...scenario.networkInterfaces]) {
    for (const s of x.secondaryPrivateIps ?? []) claim(x.id, s.publicIp);
  }
  for (const h of scenario.internetHosts) claim(h.id, h.address);
  return used;
}

/**
 * The first public address of the documentation pools that no interface or internet host uses,
 * or `null` when all 508 are taken.
 *
 * @example
 * nextPublicIp(emptyScenario()); // '198.51.100.1'
 */
export function nextPublicIp(scenario: Scenario): string | null {
  const used = publicAddresses(scenario);
  for (const pool of PUBLIC_POOLS) {
    const range = ipv4(pool);
    if (range === null) continue;
    for (let value = range.first + 1; value < range.last; value++) {
      if (!used.has(value)) return formatIp({ family: 4, value });
    }
  }
  return null;
}
