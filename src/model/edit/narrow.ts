import { formatCidr, parseCidr, rangeContains, type IpRange } from '../ip.ts';
import type { PortRange, SecurityGroupRule } from '../types.ts';
import { protocolNumber } from './protocol.ts';

/**
 * Narrowing a security-group rule so that it no longer covers one port or one block of addresses
 * while it keeps covering everything else it did: AWS has no "except" in a rule, so the rule is
 * replaced by the pieces left around what is carved out.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 */

/**
 * The CIDR blocks that together cover `outer` without `inner` (which it must contain), in address
 * order: one block per prefix length between the two, so carving a /32 out of a /24 leaves 8.
 *
 * @example
 * cidrsWithout(parseCidr('10.0.0.0/30')!, parseCidr('10.0.0.1/32')!).map(formatCidr);
 * // ['10.0.0.0/32', '10.0.0.2/31']
 */
export function cidrsWithout(outer: IpRange, inner: IpRange): IpRange[] {
  if (!rangeContains(outer, inner)) return [outer];
  const bits = outer.family === 4 ? 32 : 128;
  const start = BigInt(inner.first);
  const pieces: IpRange[] = [];
  for (let prefix = outer.prefix + 1; prefix <= inner.prefix; prefix++) {
    const size = 1n << BigInt(bits - prefix);
    const block = (start / size) * size;
    // The other half of the block one prefix shorter: the part of it `inner` is not in.
    const sibling = (start / size) % 2n === 0n ? block + size : block - size;
    pieces.push(rangeOf(outer.family, sibling, sibling + size - 1n, prefix));
  }
  return pieces.sort((a, b) => (BigInt(a.first) < BigInt(b.first) ? -1 : 1));
}

function rangeOf(family: 4 | 6, first: bigint, last: bigint, prefix: number): IpRange {
  return family === 4
    ? { family: 4, first: Number(first), last: Number(last), prefix }
    : { family: 6, first, last, prefix };
}

/**
 * The ports of `range` other than `port`: none (the range is that port), one or two ranges.
 *
 * @example
 * portsWithout({ from: 5000, to: 6000 }, 5432); // [{ from: 5000, to: 5431 }, { from: 5433, to: 6000 }]
 */
export function portsWithout(range: PortRange, port: number): PortRange[] {
  if (port < range.from || port > range.to) return [range];
  const left = port > range.from ? [{ from: range.from, to: port - 1 }] : [];
  const right = port < range.to ? [{ from: port + 1, to: range.to }] : [];
  return [...left, ...right];
}

/**
 * The rules that keep what `rule` allows except `port` (TCP and UDP only): `null` when the rule
 * names no port range to split (another protocol, or all traffic), `[]` when it allows that port
 * alone. A rule without a port range allows every port.
 *
 * @example
 * sgRuleWithoutPort({ protocol: 'tcp', portRange: { from: 80, to: 443 }, peer }, 443);
 * // [{ protocol: 'tcp', portRange: { from: 80, to: 442 }, peer }]
 */
export function sgRuleWithoutPort(
  rule: SecurityGroupRule,
  port: number,
): SecurityGroupRule[] | null {
  const n = protocolNumber(rule.protocol);
  if (n !== 6 && n !== 17) return null;
  const range = rule.portRange ?? { from: 0, to: 65535 };
  if (port < range.from || port > range.to) return null;
  return portsWithout(range, port).map((portRange) => ({ ...rule, portRange }));
}

/**
 * The rules that keep what `rule` allows except traffic with the addresses of `block`: `null`
 * when the rule's peer is not a CIDR block holding it, `[]` when the block is the whole peer.
 *
 * @example
 * sgRuleWithoutBlock({ protocol: 'tcp', portRange, peer: { kind: 'cidr', cidr: '10.0.0.0/23' } }, '10.0.1.0/24');
 * // [{ …, peer: { kind: 'cidr', cidr: '10.0.0.0/24' } }]
 */
export function sgRuleWithoutBlock(
  rule: SecurityGroupRule,
  block: string,
): SecurityGroupRule[] | null {
  if (rule.peer.kind !== 'cidr') return null;
  const outer = parseCidr(rule.peer.cidr);
  const inner = parseCidr(block);
  if (outer === null || inner === null || !rangeContains(outer, inner)) return null;
  return cidrsWithout(outer, inner).map((range) => ({
    ...rule,
    peer: { kind: 'cidr', cidr: formatCidr(range) },
  }));
}
