import { cellOf, type ClassCells } from './classMatrix.ts';

/**
 * The reachability matrix read at scale: endpoints gathered in groups (a VPC, a subnet, a security
 * group, a tag's value), and for each pair of groups and each service how many of its pairs of
 * endpoints are allowed, blocked or unknown. Pure counting over the class matrix: the verdicts
 * themselves are the engine's.
 */

export interface MatrixGroup {
  readonly id: string;
  readonly name: string;
  /** Endpoint indices (into the matrix's endpoints). */
  readonly members: readonly number[];
}

export interface PairCounts {
  readonly allowed: number;
  readonly blocked: number;
  readonly unknown: number;
}

/** What an aggregated cell says: every pair alike, some of each, or no pair at all. */
export type Aggregate = 'allowed' | 'blocked' | 'unknown' | 'mixed' | 'none';

export function aggregateOf(c: PairCounts): Aggregate {
  const total = c.allowed + c.blocked + c.unknown;
  if (total === 0) return 'none';
  if (c.allowed === total) return 'allowed';
  if (c.blocked === total) return 'blocked';
  if (c.unknown === total) return 'unknown';
  return 'mixed';
}

/** `all 12 allowed`, `all 3 blocked`, `mixed: 5 of 12 allowed (7 blocked)`, `no pair`. */
export function aggregateText(c: PairCounts): string {
  const total = c.allowed + c.blocked + c.unknown;
  const n = (x: number) => x.toLocaleString('en-US');
  switch (aggregateOf(c)) {
    case 'none':
      return 'no pair';
    case 'allowed':
      return total === 1 ? 'allowed' : `all ${n(total)} allowed`;
    case 'blocked':
      return total === 1 ? 'blocked' : `all ${n(total)} blocked`;
    case 'unknown':
      return total === 1 ? 'unknown' : `all ${n(total)} unknown`;
    default: {
      const rest = [
        c.blocked > 0 ? `${n(c.blocked)} blocked` : '',
        c.unknown > 0 ? `${n(c.unknown)} unknown` : '',
      ].filter(Boolean);
      return `mixed: ${n(c.allowed)} of ${n(total)} allowed (${rest.join(', ')})`;
    }
  }
}

/**
 * The pair counts of every pair of groups for each service asked, in one array:
 * `out[((k * G + g) * G + h) * 3 + v]`, k the service's position in `services`, v 0 allowed,
 * 1 blocked, 2 unknown. A pair is two different endpoints; an endpoint in both groups is not
 * paired with itself. Work grows with the classes each group holds, squared, not with the
 * endpoints: a group of 5,000 interfaces of four classes costs four.
 */
export function countGroupPairs(
  m: ClassCells,
  groups: readonly MatrixGroup[],
  services: readonly number[],
): Uint32Array {
  const G = groups.length;
  const k = m.classes;
  // Each group's classes and how many of its members each holds.
  const held = groups.map((g) => {
    const count = new Map<number, number>();
    for (const i of g.members) {
      const a = m.classOf[i] as number;
      count.set(a, (count.get(a) ?? 0) + 1);
    }
    return { classes: Int32Array.from(count.keys()), counts: Float64Array.from(count.values()) };
  });
  // Endpoints in two groups (or twice in one): their pairs with themselves, by class, to take away.
  const self = selfPairs(m, groups);
  const out = new Uint32Array(services.length * G * G * 3);
  services.forEach((s, si) => {
    for (let g = 0; g < G; g++) {
      const a = held[g] as { classes: Int32Array; counts: Float64Array };
      for (let h = 0; h < G; h++) {
        const b = held[h] as { classes: Int32Array; counts: Float64Array };
        const at = ((si * G + g) * G + h) * 3;
        const overlap = self.get(g * G + h);
        for (let x = 0; x < a.classes.length; x++) {
          const ca = a.classes[x] as number;
          const row = (s * k + ca) * k;
          const na = a.counts[x] as number;
          for (let y = 0; y < b.classes.length; y++) {
            const cb = b.classes[y] as number;
            let pairs = na * (b.counts[y] as number);
            if (ca === cb && overlap) pairs -= overlap.get(ca) ?? 0;
            if (pairs <= 0) continue;
            const v = (m.cells[row + cb] as number) & 3;
            if (v !== 0) out[at + v - 1] = (out[at + v - 1] as number) + pairs;
          }
        }
      }
    }
  });
  return out;
}

/** For each pair of groups (g * G + h) with a member in common: how many, by class. */
function selfPairs(
  m: ClassCells,
  groups: readonly MatrixGroup[],
): Map<number, Map<number, number>> {
  const G = groups.length;
  const of = new Map<number, number[]>();
  groups.forEach((g, gi) => {
    for (const i of g.members) {
      const list = of.get(i);
      if (list) list.push(gi);
      else of.set(i, [gi]);
    }
  });
  const out = new Map<number, Map<number, number>>();
  for (const [i, list] of of) {
    const a = m.classOf[i] as number;
    for (const g of list)
      for (const h of list) {
        const key = g * G + h;
        let byClass = out.get(key);
        if (!byClass) {
          byClass = new Map();
          out.set(key, byClass);
        }
        byClass.set(a, (byClass.get(a) ?? 0) + 1);
      }
  }
  return out;
}

/** The counts of one pair of groups for the k-th service counted. */
export function pairCountsAt(
  counts: Uint32Array,
  groups: number,
  k: number,
  g: number,
  h: number,
): PairCounts {
  const at = ((k * groups + g) * groups + h) * 3;
  return {
    allowed: counts[at] ?? 0,
    blocked: counts[at + 1] ?? 0,
    unknown: counts[at + 2] ?? 0,
  };
}

/** The counts of the pairs of `sources` × `destinations` for one service, pair by pair. */
export function countPairs(
  m: ClassCells,
  s: number,
  sources: readonly number[],
  destinations: readonly number[],
): PairCounts {
  const counts = countGroupPairs(
    m,
    [
      { id: 's', name: 's', members: sources },
      { id: 'd', name: 'd', members: destinations },
    ],
    [s],
  );
  return pairCountsAt(counts, 2, 0, 0, 1);
}

/** The verdict bits (0 self, 1 allowed, 2 blocked, 3 unknown) of one pair: for tests and drills. */
export function pairVerdict(m: ClassCells, s: number, i: number, j: number): number {
  return cellOf(m, s, i, j) & 3;
}
