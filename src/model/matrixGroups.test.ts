import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellOf, type ClassCells } from './classMatrix.ts';
import {
  aggregateOf,
  aggregateText,
  countGroupPairs,
  pairCountsAt,
  type MatrixGroup,
} from './matrixGroups.ts';

/** A random class matrix: n endpoints in k classes, cells of any verdict (self on singletons). */
const matrixArb = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    k: fc.integer({ min: 1, max: 5 }),
    services: fc.integer({ min: 1, max: 2 }),
    seed: fc.array(fc.nat(255), { minLength: 200, maxLength: 200 }),
  })
  .map(({ n, k, services, seed }) => {
    const classOf = Int32Array.from({ length: n }, (_, i) => (seed[i] ?? 0) % k);
    const cells = Uint8Array.from(
      { length: services * k * k },
      (_, x) => 1 + ((seed[x + 50] ?? 0) % 3),
    );
    return { m: { classOf, classes: k, cells } as ClassCells, services };
  });

const groupsArb = (n: number) =>
  fc.array(fc.uniqueArray(fc.nat(n - 1), { maxLength: n }), { minLength: 1, maxLength: 4 });

describe('counting the pairs of groups of endpoints', () => {
  it('equals counting pair by pair (two different endpoints; one in both groups is not paired with itself)', () => {
    fc.assert(
      fc.property(
        matrixArb.chain(({ m, services }) =>
          groupsArb(m.classOf.length).map((gs) => ({ m, services, gs })),
        ),
        ({ m, services, gs }) => {
          const groups: MatrixGroup[] = gs.map((g, i) => ({
            id: `g${i}`,
            name: `g${i}`,
            members: g,
          }));
          const list = Array.from({ length: services }, (_, s) => s);
          const counts = countGroupPairs(m, groups, list);
          list.forEach((s, si) =>
            groups.forEach((g, gi) =>
              groups.forEach((h, hi) => {
                const want = [0, 0, 0];
                for (const i of g.members)
                  for (const j of h.members) {
                    if (i === j) continue;
                    const v = cellOf(m, s, i, j) & 3;
                    if (v > 0) want[v - 1] = (want[v - 1] ?? 0) + 1;
                  }
                const got = pairCountsAt(counts, groups.length, si, gi, hi);
                expect([got.allowed, got.blocked, got.unknown]).toEqual(want);
              }),
            ),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('says what an aggregated cell holds', () => {
    expect(aggregateOf({ allowed: 3, blocked: 0, unknown: 0 })).toBe('allowed');
    expect(aggregateText({ allowed: 3, blocked: 0, unknown: 0 })).toBe('all 3 allowed');
    expect(aggregateText({ allowed: 0, blocked: 1, unknown: 0 })).toBe('blocked');
    expect(aggregateText({ allowed: 5, blocked: 7, unknown: 0 })).toBe(
      'mixed: 5 of 12 allowed (7 blocked)',
    );
    expect(aggregateOf({ allowed: 0, blocked: 0, unknown: 0 })).toBe('none');
  });
});
