import { Address4, Address6 } from 'ip-address';

/**
 * Addresses and CIDR blocks as integers, parsed once through ip-address. IPv4 values are plain
 * numbers (0 … 2^32-1) so the engine's hot loop compares numbers; IPv6 values are bigints.
 */
export type IpFamily = 4 | 6;

export interface Ipv4Range {
  readonly family: 4;
  readonly first: number;
  readonly last: number;
  readonly prefix: number;
}
export interface Ipv6Range {
  readonly family: 6;
  readonly first: bigint;
  readonly last: bigint;
  readonly prefix: number;
}
export type IpRange = Ipv4Range | Ipv6Range;

export type IpValue =
  { readonly family: 4; readonly value: number } | { readonly family: 6; readonly value: bigint };

const IPV4_CIDR = /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/;
const IPV4_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Parses `10.0.0.0/16` or `2600:1f18::/56`; `null` when it is not a CIDR block. */
export function parseCidr(text: string): IpRange | null {
  const s = text.trim();
  if (s.includes(':')) {
    if (!/\/\d{1,3}$/.test(s) || !Address6.isValid(s)) return null;
    try {
      const a = new Address6(s);
      if (a.subnetMask > 128) return null;
      return {
        family: 6,
        first: a.startAddress().bigInt(),
        last: a.endAddress().bigInt(),
        prefix: a.subnetMask,
      };
    } catch {
      return null;
    }
  }
  if (!IPV4_CIDR.test(s) || !Address4.isValid(s)) return null;
  try {
    const a = new Address4(s);
    if (a.subnetMask > 32) return null;
    return {
      family: 4,
      first: Number(a.startAddress().bigInt()),
      last: Number(a.endAddress().bigInt()),
      prefix: a.subnetMask,
    };
  } catch {
    return null;
  }
}

/** Parses a single address (no prefix); `null` when it is not one. */
export function parseIp(text: string): IpValue | null {
  const s = text.trim();
  if (s.includes('/')) return null;
  if (s.includes(':')) {
    if (!Address6.isValid(s)) return null;
    try {
      return { family: 6, value: new Address6(s).bigInt() };
    } catch {
      return null;
    }
  }
  if (!IPV4_ADDRESS.test(s) || !Address4.isValid(s)) return null;
  return { family: 4, value: Number(new Address4(s).bigInt()) };
}

export function isCidr(text: string, family?: IpFamily): boolean {
  const r = parseCidr(text);
  return r !== null && (family === undefined || r.family === family);
}

export function isIp(text: string, family?: IpFamily): boolean {
  const r = parseIp(text);
  return r !== null && (family === undefined || r.family === family);
}

/** True when the CIDR text has host bits set (`10.0.0.5/16`); AWS stores the network address. */
export function hasHostBits(text: string): boolean {
  const s = text.trim();
  const a = s.includes(':') ? new Address6(s) : new Address4(s);
  return a.correctForm() !== a.startAddress().correctForm();
}

export function rangeContains(outer: IpRange, inner: IpRange): boolean {
  if (outer.family === 4 && inner.family === 4)
    return outer.first <= inner.first && inner.last <= outer.last;
  if (outer.family === 6 && inner.family === 6)
    return outer.first <= inner.first && inner.last <= outer.last;
  return false;
}

export function rangesOverlap(a: IpRange, b: IpRange): boolean {
  if (a.family === 4 && b.family === 4) return a.first <= b.last && b.first <= a.last;
  if (a.family === 6 && b.family === 6) return a.first <= b.last && b.first <= a.last;
  return false;
}

export function rangeHas(range: IpRange, ip: IpValue): boolean {
  if (range.family === 4 && ip.family === 4)
    return range.first <= ip.value && ip.value <= range.last;
  if (range.family === 6 && ip.family === 6)
    return range.first <= ip.value && ip.value <= range.last;
  return false;
}

// Formatting through ip-address costs microseconds; a trace formats the same few addresses many
// times, so the text of each is kept (the caches are cleared when they grow past a bound).
const text4 = new Map<number, string>();
const text6 = new Map<bigint, string>();
const TEXT_CACHE_LIMIT = 65536;

/** Formats an integer address back to text. */
export function formatIp(ip: IpValue): string {
  if (ip.family === 4) {
    let t = text4.get(ip.value);
    if (t === undefined) {
      if (text4.size >= TEXT_CACHE_LIMIT) text4.clear();
      t = Address4.fromBigInt(BigInt(ip.value)).correctForm();
      text4.set(ip.value, t);
    }
    return t;
  }
  let t = text6.get(ip.value);
  if (t === undefined) {
    if (text6.size >= TEXT_CACHE_LIMIT) text6.clear();
    t = Address6.fromBigInt(ip.value).correctForm();
    text6.set(ip.value, t);
  }
  return t;
}

/** The address at `offset` from the range's first address (AWS's "base + 2" and the like). */
export function rangeOffset(range: IpRange, offset: number): IpValue {
  return range.family === 4
    ? { family: 4, value: range.first + offset }
    : { family: 6, value: range.first + BigInt(offset) };
}

/** Number of addresses in an IPv4 range. */
export function ipv4Size(range: Ipv4Range): number {
  return range.last - range.first + 1;
}

export function formatCidr(range: IpRange): string {
  return `${formatIp(range.family === 4 ? { family: 4, value: range.first } : { family: 6, value: range.first })}/${range.prefix}`;
}
