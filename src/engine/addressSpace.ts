import { formatIp, type IpFamily, type IpRange } from '../model/ip.ts';

/**
 * Splitting an address space at every CIDR boundary a network names, so that a set of addresses
 * ("the internet", "every port") is checked exactly by evaluating one address per piece: inside a
 * piece, every address lies in exactly the same named blocks, so no rule, route or prefix list can
 * tell two of them apart. Pure; IPv4 and IPv6 alike (bigints inside, so one code path serves both).
 */

/** A run of consecutive addresses, first and last included. */
export interface Interval {
  readonly first: bigint;
  readonly last: bigint;
}

/**
 * One piece of a split space: the addresses that lie in exactly the same named blocks. A piece may
 * be several intervals (the space on either side of a named block holds the same blocks).
 */
export interface AddressPiece {
  readonly family: IpFamily;
  /** In address order, none adjacent to another. */
  readonly intervals: readonly Interval[];
  /**
   * The index (into the blocks given) of the most specific named block holding the piece, or -1
   * when no block holds it. Blocks are nested or disjoint, so this one block says every block
   * that holds the piece: it and the blocks holding it.
   */
  readonly within: number;
}

const MAX: Record<IpFamily, bigint> = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };
const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

/** A range as an interval of bigints. */
export function intervalOf(range: IpRange): Interval {
  return range.family === 4
    ? { first: BigInt(range.first), last: BigInt(range.last) }
    : { first: range.first, last: range.last };
}

/** Sorts and merges intervals that overlap or touch. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const out: Interval[] = [];
  for (const i of sorted) {
    const prev = out.at(-1);
    if (prev && i.first <= prev.last + 1n) {
      if (i.last > prev.last) out[out.length - 1] = { first: prev.first, last: i.last };
    } else out.push(i);
  }
  return out;
}

/** The addresses of `space` that are in none of `minus`. */
export function subtractIntervals(
  space: readonly Interval[],
  minus: readonly Interval[],
): Interval[] {
  const cut = mergeIntervals(minus);
  const out: Interval[] = [];
  for (const s of mergeIntervals(space)) {
    let from = s.first;
    for (const m of cut) {
      if (m.last < from || m.first > s.last) continue;
      if (m.first > from) out.push({ first: from, last: m.first - 1n });
      from = m.last + 1n;
      if (from > s.last) break;
    }
    if (from <= s.last) out.push({ first: from, last: s.last });
  }
  return out;
}

/**
 * Splits `space` (intervals of one family) at every boundary of `blocks` and groups the addresses
 * by the most specific block that holds them: each piece is evaluated once, at any of its
 * addresses, and stands for all of them. Blocks of the other family are ignored; a block given
 * twice counts once. Linear in the blocks after one sort.
 *
 * @example
 * splitAddressSpace(4, [intervalOf(cidr('0.0.0.0/0'))], [cidr('203.0.113.0/24')]);
 * // two pieces: 203.0.113.0/24 (within 0), and the two intervals around it (within -1)
 */
export function splitAddressSpace(
  family: IpFamily,
  space: readonly Interval[],
  blocks: readonly IpRange[],
): AddressPiece[] {
  const inSpace = mergeIntervals(space);
  // A block given twice counts once (the first names it); outer blocks first at equal start, so
  // that a stack holds the blocks open at any address.
  const seen = new Set<string>();
  const named = blocks
    .map((r, index) => ({ ...intervalOf(r), index, family: r.family }))
    .filter((b) => {
      const key = `${b.first}-${b.last}`;
      if (b.family !== family || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) =>
      a.first !== b.first ? (a.first < b.first ? -1 : 1) : a.last > b.last ? -1 : 1,
    );
  const cuts = new Set<bigint>();
  for (const i of inSpace) cuts.add(i.first).add(i.last + 1n);
  for (const b of named) cuts.add(b.first).add(b.last + 1n);
  const points = [...cuts].filter((p) => p <= MAX[family]).sort((a, b) => (a < b ? -1 : 1));

  const pieces = new Map<number, Interval[]>();
  const open: { last: bigint; index: number }[] = [];
  let next = 0; // the next named block to open
  let spaceAt = 0;
  for (let k = 0; k < points.length; k++) {
    const first = points[k] as bigint;
    const last = k + 1 < points.length ? (points[k + 1] as bigint) - 1n : MAX[family];
    while (open.length > 0 && (open.at(-1) as { last: bigint }).last < first) open.pop();
    while (next < named.length && (named[next] as { first: bigint }).first <= first) {
      const b = named[next++] as { last: bigint; index: number };
      open.push({ last: b.last, index: b.index });
    }
    while (spaceAt < inSpace.length && (inSpace[spaceAt] as Interval).last < first) spaceAt++;
    const s = inSpace[spaceAt];
    if (!s || s.first > first) continue;
    const within = open.at(-1)?.index ?? -1;
    const list = pieces.get(within) ?? [];
    const prev = list.at(-1);
    if (prev && prev.last + 1n === first) list[list.length - 1] = { first: prev.first, last };
    else list.push({ first, last });
    pieces.set(within, list);
  }
  return [...pieces].map(([within, intervals]) => ({ family, intervals, within }));
}

/** The fewest CIDR blocks that make up an interval, in address order. */
export function intervalCidrs(family: IpFamily, interval: Interval, limit = Infinity): string[] {
  const bits = BITS[family];
  const out: string[] = [];
  let at = interval.first;
  while (at <= interval.last && out.length < limit) {
    // The largest block aligned at `at` that does not pass the end.
    let size = 0;
    while (size < bits) {
      const span = 1n << BigInt(size + 1);
      if (at % span !== 0n || at + span - 1n > interval.last) break;
      size++;
    }
    out.push(
      `${formatIp(family === 4 ? { family, value: Number(at) } : { family, value: at })}/${bits - size}`,
    );
    at += 1n << BigInt(size);
  }
  return out;
}

/** How many CIDR blocks make up an interval (without writing them). */
export function intervalCidrCount(family: IpFamily, interval: Interval): number {
  const bits = BITS[family];
  let count = 0;
  let at = interval.first;
  while (at <= interval.last) {
    let size = 0;
    while (size < bits) {
      const span = 1n << BigInt(size + 1);
      if (at % span !== 0n || at + span - 1n > interval.last) break;
      size++;
    }
    count++;
    at += 1n << BigInt(size);
  }
  return count;
}

/** Whether a piece holds an address. */
export function pieceHas(piece: AddressPiece, value: bigint): boolean {
  return piece.intervals.some((i) => i.first <= value && value <= i.last);
}
