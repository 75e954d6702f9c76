import { formatCidr, formatIp, rangeHas, type IpRange, type IpValue } from '../../model/ip.ts';
import type { CEni, CompiledScenario } from '../compiled.ts';
import type { FixIntent } from './hop.ts';
import { privateOwner } from './securityGroup.ts';

/**
 * Whom a fix names at the far end of a packet, from the narrowest to the widest: the one address,
 * its subnet and its VPC for an interface's private address; the one address and anywhere for
 * an address on the internet. Least privilege is the first; a goal "from anywhere" means the
 * whole internet, so for it anywhere is the only scope (the one address would not meet it).
 */
export interface AddressScope {
  readonly cidr: string;
  /** What the block is, for the scope picker: "this address only", "subnet web", "anywhere". */
  readonly what: string;
}

export function addressScopes(
  c: CompiledScenario,
  remote: IpValue,
  intent: FixIntent,
): AddressScope[] {
  const owner = privateOwner(c, remote);
  const anywhere = remote.family === 4 ? '0.0.0.0/0' : '::/0';
  if (!owner) {
    if (intent.anywhere) return [{ cidr: anywhere, what: 'anywhere' }];
    return [
      { cidr: hostCidr(remote), what: 'this address only' },
      { cidr: anywhere, what: 'anywhere' },
    ];
  }
  const scopes: AddressScope[] = [{ cidr: hostCidr(remote), what: 'this address only' }];
  const subnet = remote.family === 4 ? owner.subnet.cidrBlock : owner.subnet.ipv6CidrBlock;
  if (subnet) scopes.push({ cidr: subnet, what: `subnet ${owner.subnet.name || owner.subnet.id}` });
  const vpcRange = owner.vpc.ranges.find((r) => rangeHas(r, remote));
  if (vpcRange && formatCidr(vpcRange) !== subnet)
    scopes.push({ cidr: formatCidr(vpcRange), what: `VPC ${owner.vpc.name || owner.vpc.id}` });
  return scopes;
}

/** `10.0.1.10/32`, `2001:db8::10/128`. */
export function hostCidr(ip: IpValue): string {
  return `${formatIp(ip)}/${ip.family === 4 ? 32 : 128}`;
}

/** True when the address is no interface's private address: the internet, or a public address. */
export function isInternetAddress(c: CompiledScenario, ip: IpValue): boolean {
  return privateOwner(c, ip) === undefined;
}

/** The number of addresses of a block, as a float (an IPv6 /0 is about 3.4e38). */
export function rangeSize(r: IpRange): number {
  return 2 ** ((r.family === 4 ? 32 : 128) - r.prefix);
}

/** The interfaces a rule of this group, or an entry of this ACL, applies to (at least one). */
export function holders(c: CompiledScenario, applies: (eni: CEni) => boolean): number {
  let n = 0;
  for (const eni of c.eniList) if (applies(eni)) n++;
  return Math.max(1, n);
}
