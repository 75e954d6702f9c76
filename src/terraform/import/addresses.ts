import { parseCidr, parseIp, type Ipv4Range } from '../../model/ip.ts';

/** Dotted text of an IPv4 address held as an integer (ip-address is slow for thousands). */
function dotted(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/**
 * Addresses for interfaces whose private IPv4 address AWS picks at apply. The contract has the
 * interface take the first free address of its subnet: AWS reserves the first four addresses and
 * the last one of every subnet
 * (https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html), and addresses already
 * known in the plan are not free.
 */
export class SubnetAddresses {
  readonly #taken = new Map<string, Set<number>>();
  readonly #next = new Map<string, number>();
  readonly #ranges = new Map<string, Ipv4Range | null>();

  constructor(private readonly cidrOf: (subnetId: string) => string | undefined) {}

  /** Marks a known address as used. */
  take(subnetId: string, address: string): void {
    const ip = parseIp(address);
    if (ip?.family !== 4) return;
    this.#takenIn(subnetId).add(ip.value);
  }

  /** The first free address of the subnet, not taken (an address a resource might get). */
  peek(subnetId: string): string | null {
    const range = this.#range(subnetId);
    if (range === null) return null;
    const taken = this.#takenIn(subnetId);
    for (let v = Math.max(range.first + 4, this.#next.get(subnetId) ?? 0); v < range.last; v++) {
      if (!taken.has(v)) return dotted(v);
    }
    return null;
  }

  /** The first free address of the subnet, now taken; null when the subnet is full. */
  next(subnetId: string): string | null {
    const range = this.#range(subnetId);
    if (range === null) return null;
    const taken = this.#takenIn(subnetId);
    for (let v = Math.max(range.first + 4, this.#next.get(subnetId) ?? 0); v < range.last; v++) {
      if (taken.has(v)) continue;
      taken.add(v);
      this.#next.set(subnetId, v + 1);
      return dotted(v);
    }
    return null;
  }

  #range(subnetId: string): Ipv4Range | null {
    let range = this.#ranges.get(subnetId);
    if (range === undefined) {
      const cidr = this.cidrOf(subnetId);
      const parsed = cidr === undefined ? null : parseCidr(cidr);
      range = parsed?.family === 4 ? parsed : null;
      this.#ranges.set(subnetId, range);
    }
    return range;
  }

  #takenIn(subnetId: string): Set<number> {
    let set = this.#taken.get(subnetId);
    if (!set) {
      set = new Set();
      this.#taken.set(subnetId, set);
    }
    return set;
  }
}

// 198.18.0.1, the first address of the benchmarking range 198.18.0.0/15 (RFC 2544).
const PUBLIC_PLACEHOLDER_BASE = (198 << 24) + (18 << 16) + 1;
const PUBLIC_PLACEHOLDER_COUNT = 131070;

/**
 * Public IPv4 addresses AWS assigns at apply (an auto-assigned address, a new Elastic IP):
 * placeholders from the benchmarking range 198.18.0.0/15 (RFC 2544), which no host on the
 * internet has and which the app's internet hosts (documentation ranges) never use. The flow
 * takes the public path all the same.
 */
export class PublicAddresses {
  #n = 0;

  next(): string {
    const n = this.#n++ % PUBLIC_PLACEHOLDER_COUNT;
    return dotted((PUBLIC_PLACEHOLDER_BASE + n) >>> 0);
  }
}
