import { rangeHas, type IpRange, type IpValue } from '../ip.ts';
import type { Subnet } from '../types.ts';
import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * An interface's addresses come from its subnet's blocks, and AWS keeps five IPv4 addresses of
 * every subnet for itself: the network address, +1 the VPC router, +2 the DNS server, +3 future
 * use, and the last (broadcast, which a VPC does not support).
 * https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
 */
const RESERVED_FROM_START = ['network address', 'VPC router', 'Amazon DNS server', 'future use'];

export function checkAddressPlacement(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const privateIp = (
    kind: string,
    id: string,
    subnet: Subnet,
    text: string,
    field = 'privateIp',
    what = 'Private IP',
  ) => {
    const ip = ctx.ip(text);
    const range = ctx.cidr(subnet.cidrBlock);
    if (ip === null || range === null) return;
    const where = `subnet ${subnet.id} (${subnet.cidrBlock})`;
    if (!rangeHas(range, ip)) {
      const message = `${what} ${text} of ${kind} ${id} is not inside ${where}.`;
      findings.push(error('private-ip-outside-subnet', id, field, message));
      return;
    }
    const role = reservedRole(range, ip);
    if (role !== undefined) {
      const message = `${what} ${text} of ${kind} ${id} is the ${role} of ${where}, which AWS reserves.`;
      findings.push(error('private-ip-reserved', id, field, message));
    }
  };
  const ipv6 = (kind: string, id: string, subnet: Subnet, text: string, field: string) => {
    const ip = ctx.ip(text);
    const range = subnet.ipv6CidrBlock === undefined ? null : ctx.cidr(subnet.ipv6CidrBlock);
    if (ip === null || (range !== null && rangeHas(range, ip))) return;
    const where =
      subnet.ipv6CidrBlock === undefined
        ? `subnet ${subnet.id}, which has no IPv6 block`
        : `subnet ${subnet.id} (${subnet.ipv6CidrBlock})`;
    findings.push(
      error(
        'ipv6-outside-subnet',
        id,
        field,
        `IPv6 address ${text} of ${kind} ${id} is not inside ${where}.`,
      ),
    );
  };

  // Secondary private addresses follow the same rules as the primary one.
  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html
  for (const eni of ctx.interfaces) {
    const subnet = ctx.subnets.get(eni.subnetId);
    if (subnet === undefined) continue; // references.ts reports it
    const kind = eni.primary ? 'instance' : 'network interface';
    if (eni.privateIp !== undefined) privateIp(kind, eni.id, subnet, eni.privateIp);
    eni.secondaryPrivateIps.forEach((s, i) =>
      privateIp(
        kind,
        eni.id,
        subnet,
        s.address,
        `secondaryPrivateIps[${i}].address`,
        'Secondary private IP',
      ),
    );
    eni.ipv6Addresses.forEach((text, i) => ipv6(kind, eni.id, subnet, text, eni.fields.ipv6(i)));
  }

  for (const nat of ctx.scenario.natGateways) {
    const subnet = ctx.subnets.get(nat.subnetId);
    if (subnet !== undefined && nat.privateIp !== undefined) {
      privateIp('NAT gateway', nat.id, subnet, nat.privateIp);
    }
  }
  return findings;
}

function reservedRole(range: IpRange, ip: IpValue): string | undefined {
  if (range.family !== 4 || ip.family !== 4) return undefined;
  if (ip.value === range.last) return 'broadcast address';
  const offset = ip.value - range.first;
  // A /31 or /32 has fewer than five addresses; every one of them is reserved.
  if (offset < RESERVED_FROM_START.length) return RESERVED_FROM_START[offset];
  return undefined;
}
