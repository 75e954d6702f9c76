import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr, type IpRange } from '../model/ip.ts';
import {
  intervalCidrCount,
  intervalCidrs,
  intervalOf,
  splitAddressSpace,
  subtractIntervals,
  type AddressPiece,
} from './addressSpace.ts';

const cidr = (t: string) => parseCidr(t) as IpRange;
const all4 = [intervalOf(cidr('0.0.0.0/0'))];
const cidrsOf = (p: AddressPiece) => p.intervals.flatMap((i) => intervalCidrs(p.family, i));

describe('splitting an address space at the blocks a network names (spec/ci-check.md, "internet as a set")', () => {
  it('splits around one block: the block, and the two intervals either side as one piece', () => {
    const pieces = splitAddressSpace(4, all4, [cidr('203.0.113.0/24')]);
    expect(pieces).toHaveLength(2);
    const inside = pieces.find((p) => p.within === 0) as AddressPiece;
    const outside = pieces.find((p) => p.within === -1) as AddressPiece;
    expect(cidrsOf(inside)).toEqual(['203.0.113.0/24']);
    expect(outside.intervals).toHaveLength(2);
    expect(intervalCidrs(4, outside.intervals[0] as never, 3)).toEqual([
      '0.0.0.0/1',
      '128.0.0.0/2',
      '192.0.0.0/5',
    ]);
  });

  it('nests: the rest of an outer block is a piece of its own, a block given twice counts once', () => {
    const blocks = ['52.0.0.0/8', '52.1.0.0/16', '52.1.0.0/16', '52.1.2.3/32'].map(cidr);
    const pieces = splitAddressSpace(4, all4, blocks);
    const by = new Map(pieces.map((p) => [p.within, cidrsOf(p)]));
    expect(pieces).toHaveLength(4);
    expect(by.get(3)).toEqual(['52.1.2.3/32']);
    expect(by.get(1)?.[0]).toBe('52.1.0.0/23');
    expect(by.get(0)).toContain('52.0.0.0/16');
  });

  it('keeps to the space given: blocks outside it make no piece', () => {
    const space = subtractIntervals(all4, [intervalOf(cidr('10.0.0.0/8'))]);
    const pieces = splitAddressSpace(4, space, [cidr('10.1.0.0/16')]);
    expect(pieces.map((p) => p.within)).toEqual([-1]);
    expect(pieces[0]?.intervals).toHaveLength(2);
  });

  it('splits IPv6 the same way, and ignores blocks of the other family', () => {
    const space = [intervalOf(cidr('2000::/3'))];
    const pieces = splitAddressSpace(6, space, [cidr('2001:db8::/32'), cidr('10.0.0.0/8')]);
    expect(pieces).toHaveLength(2);
    expect(cidrsOf(pieces.find((p) => p.within === 0) as AddressPiece)).toEqual(['2001:db8::/32']);
  });

  it('covers an interval with the fewest blocks, and counts them without writing them', () => {
    const i = { first: BigInt(cidr('10.0.0.1/32').first), last: BigInt(cidr('10.0.0.6/32').first) };
    expect(intervalCidrs(4, i)).toEqual([
      '10.0.0.1/32',
      '10.0.0.2/31',
      '10.0.0.4/31',
      '10.0.0.6/32',
    ]);
    expect(intervalCidrCount(4, i)).toBe(4);
  });

  it('every address lies in exactly one piece, and the pieces hold exactly the blocks their `within` says', () => {
    const block = fc
      .tuple(fc.nat(2 ** 32 - 1), fc.integer({ min: 1, max: 32 }))
      .map(([v, prefix]): IpRange => {
        const size = 2 ** (32 - prefix);
        const first = Math.floor(v / size) * size;
        return { family: 4, first, last: first + size - 1, prefix };
      });
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 12 }),
        fc.array(fc.nat(2 ** 32 - 1), { minLength: 1, maxLength: 20 }),
        (blocks, probes) => {
          const pieces = splitAddressSpace(4, all4, blocks);
          for (const probe of probes) {
            const v = BigInt(probe);
            const holding = pieces.filter((p) =>
              p.intervals.some((i) => i.first <= v && v <= i.last),
            );
            expect(holding).toHaveLength(1);
            const containing = blocks.filter(
              (b) => b.family === 4 && b.first <= probe && probe <= b.last,
            );
            const within = (holding[0] as AddressPiece).within;
            if (within < 0) expect(containing).toEqual([]);
            else {
              const w = blocks[within] as IpRange;
              // The most specific block holding the address: every other holder holds it.
              expect(containing.every((b) => b.first <= w.first && w.last <= b.last)).toBe(true);
            }
          }
        },
      ),
    );
  });
});
