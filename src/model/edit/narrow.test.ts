import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCidr, parseCidr, rangeHas, type IpRange } from '../ip.ts';
import type { SecurityGroupRule } from '../types.ts';
import { cidrsWithout, portsWithout, sgRuleWithoutBlock, sgRuleWithoutPort } from './narrow.ts';

// A rule has no "except": narrowing replaces it by the pieces around what is carved out.
// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html

const cidr = (text: string): IpRange => {
  const r = parseCidr(text);
  if (r === null) throw new Error(text);
  return r;
};

const rule = (from: number, to: number, peer = '10.0.0.0/16'): SecurityGroupRule => ({
  protocol: 'tcp',
  portRange: { from, to },
  peer: { kind: 'cidr', cidr: peer },
  description: 'kept',
});

describe('cidrsWithout', () => {
  it('leaves one block per prefix length between the two, in address order', () => {
    expect(cidrsWithout(cidr('10.0.0.0/30'), cidr('10.0.0.1/32')).map(formatCidr)).toEqual([
      '10.0.0.0/32',
      '10.0.0.2/31',
    ]);
    expect(cidrsWithout(cidr('10.60.0.0/16'), cidr('10.60.1.0/24')).map(formatCidr)).toEqual([
      '10.60.0.0/24',
      '10.60.2.0/23',
      '10.60.4.0/22',
      '10.60.8.0/21',
      '10.60.16.0/20',
      '10.60.32.0/19',
      '10.60.64.0/18',
      '10.60.128.0/17',
    ]);
  });

  it('leaves nothing of a block carved out of itself, and all of one it does not hold', () => {
    expect(cidrsWithout(cidr('10.0.1.0/24'), cidr('10.0.1.0/24'))).toEqual([]);
    expect(cidrsWithout(cidr('10.0.1.0/24'), cidr('10.0.2.0/24')).map(formatCidr)).toEqual([
      '10.0.1.0/24',
    ]);
  });

  it('works for the top of the IPv4 space and for IPv6', () => {
    expect(
      cidrsWithout(cidr('255.255.255.252/30'), cidr('255.255.255.255/32')).map(formatCidr),
    ).toEqual(['255.255.255.252/31', '255.255.255.254/32']);
    expect(cidrsWithout(cidr('2001:db8::/126'), cidr('2001:db8::2/128')).map(formatCidr)).toEqual([
      '2001:db8::/127',
      '2001:db8::3/128',
    ]);
  });

  it('covers every address of the outer block but those of the inner one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (address, a, b, probe) => {
          const [short, long] = a <= b ? [a, b] : [b, a];
          const block = (prefix: number): IpRange => {
            const size = 2 ** (32 - prefix);
            const first = Math.floor(address / size) * size;
            return { family: 4, first, last: first + size - 1, prefix };
          };
          const outer = block(short);
          const inner = block(long);
          const pieces = cidrsWithout(outer, inner);
          const ip = { family: 4, value: probe } as const;
          const inPieces = pieces.filter((p) => rangeHas(p, ip)).length;
          const expected = rangeHas(outer, ip) && !rangeHas(inner, ip) ? 1 : 0;
          expect(inPieces).toBe(expected);
          expect(pieces).toHaveLength(long - short);
        },
      ),
    );
  });
});

describe('portsWithout', () => {
  it('splits a range around the port', () => {
    expect(portsWithout({ from: 5000, to: 6000 }, 5432)).toEqual([
      { from: 5000, to: 5431 },
      { from: 5433, to: 6000 },
    ]);
    expect(portsWithout({ from: 443, to: 444 }, 443)).toEqual([{ from: 444, to: 444 }]);
    expect(portsWithout({ from: 443, to: 443 }, 443)).toEqual([]);
    expect(portsWithout({ from: 80, to: 80 }, 443)).toEqual([{ from: 80, to: 80 }]);
  });
});

describe('sgRuleWithoutPort', () => {
  it('keeps the other ports, the peer and the description', () => {
    expect(sgRuleWithoutPort(rule(5000, 6000), 5432)).toEqual([rule(5000, 5431), rule(5433, 6000)]);
    expect(sgRuleWithoutPort(rule(5432, 5432), 5432)).toEqual([]);
  });

  it('reads a TCP rule without a range as every port', () => {
    const all: SecurityGroupRule = { protocol: 'tcp', peer: { kind: 'cidr', cidr: '0.0.0.0/0' } };
    expect(sgRuleWithoutPort(all, 0)).toEqual([{ ...all, portRange: { from: 1, to: 65535 } }]);
  });

  it('does not split a rule for all traffic, ICMP, or one that does not hold the port', () => {
    expect(
      sgRuleWithoutPort({ protocol: 'all', peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }, 22),
    ).toBeNull();
    expect(
      sgRuleWithoutPort(
        {
          protocol: 'icmp',
          icmpTypeCode: { type: 8, code: -1 },
          peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
        },
        22,
      ),
    ).toBeNull();
    expect(sgRuleWithoutPort(rule(80, 80), 22)).toBeNull();
  });
});

describe('sgRuleWithoutBlock', () => {
  it('keeps the rest of the peer block, port and description', () => {
    expect(sgRuleWithoutBlock(rule(5432, 5432, '10.0.0.0/23'), '10.0.1.0/24')).toEqual([
      rule(5432, 5432, '10.0.0.0/24'),
    ]);
    expect(sgRuleWithoutBlock(rule(22, 22, '203.0.113.5/32'), '203.0.113.5/32')).toEqual([]);
  });

  it('does not narrow a group peer, nor a block it does not hold', () => {
    expect(
      sgRuleWithoutBlock(
        {
          protocol: 'tcp',
          portRange: { from: 1, to: 1 },
          peer: { kind: 'group', groupId: 'sg-a' },
        },
        '10.0.0.0/24',
      ),
    ).toBeNull();
    expect(sgRuleWithoutBlock(rule(22, 22, '10.0.0.0/24'), '10.0.1.0/24')).toBeNull();
  });
});
