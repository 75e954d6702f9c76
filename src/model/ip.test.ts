import { describe, expect, it } from 'vitest';
import {
  formatIp,
  hasHostBits,
  isCidr,
  isIp,
  parseCidr,
  parseIp,
  rangeContains,
  rangeHas,
  rangesOverlap,
} from './ip.ts';

describe('CIDR and address parsing (through ip-address)', () => {
  it('parses IPv4 CIDRs to integer ranges', () => {
    expect(parseCidr('10.0.1.0/24')).toEqual({
      family: 4,
      first: 167772416,
      last: 167772671,
      prefix: 24,
    });
    expect(parseCidr('0.0.0.0/0')).toEqual({ family: 4, first: 0, last: 4294967295, prefix: 0 });
  });

  it('parses IPv6 CIDRs to bigint ranges', () => {
    const r = parseCidr('2600:1f18:abcd:100::/64');
    expect(r?.family).toBe(6);
    expect(r?.prefix).toBe(64);
    expect(rangeHas(r!, parseIp('2600:1f18:abcd:100::10')!)).toBe(true);
    expect(rangeHas(r!, parseIp('2600:1f18:abcd:101::10')!)).toBe(false);
  });

  it('rejects malformed blocks and addresses', () => {
    for (const bad of [
      '10.0.0.0/33',
      '10.0.0/24',
      '10.0.0.0',
      '300.0.0.0/8',
      'abc',
      '',
      '::/129',
    ]) {
      expect(isCidr(bad), bad).toBe(false);
    }
    for (const bad of ['10.0.0.256', '10.0.0.0/24', 'zz::1', ''])
      expect(isIp(bad), bad).toBe(false);
    expect(isIp('10.0.0.1', 4)).toBe(true);
    expect(isIp('10.0.0.1', 6)).toBe(false);
  });

  it('tells containment and overlap, never across families', () => {
    const vpc = parseCidr('10.0.0.0/16')!;
    const sub = parseCidr('10.0.3.0/24')!;
    const other = parseCidr('10.1.0.0/24')!;
    expect(rangeContains(vpc, sub)).toBe(true);
    expect(rangeContains(sub, vpc)).toBe(false);
    expect(rangesOverlap(vpc, other)).toBe(false);
    expect(rangesOverlap(vpc, parseCidr('::/0')!)).toBe(false);
  });

  it('sees host bits set in a CIDR', () => {
    expect(hasHostBits('10.0.0.5/16')).toBe(true);
    expect(hasHostBits('10.0.0.0/16')).toBe(false);
  });

  it('formats integers back to canonical text', () => {
    expect(formatIp(parseIp('10.0.1.10')!)).toBe('10.0.1.10');
    expect(formatIp(parseIp('2600:1F18::0010')!)).toBe('2600:1f18::10');
  });
});
