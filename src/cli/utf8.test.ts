import { describe, expect, it } from 'vitest';
import { firstInvalidOffset, pendingTail } from './utf8.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

describe('firstInvalidOffset', () => {
  it('finds nothing wrong in UTF-8', () => {
    expect(firstInvalidOffset(bytes('{"name":"café ☕ 𝄞"}'), true)).toBe(-1);
  });

  it('names the first byte that is not UTF-8 (a Latin-1 é)', () => {
    expect(firstInvalidOffset(bytes('{"name":"caf', [0xe9], '"}'), true)).toBe(12);
  });

  it('names the start of a sequence that breaks off', () => {
    // E2 82 starts a three-byte sequence (€ is E2 82 AC); "A" cannot continue it.
    expect(firstInvalidOffset(bytes('ab', [0xe2, 0x82], 'A'), true)).toBe(2);
  });

  it('names lone continuation bytes, overlong forms and surrogates', () => {
    expect(firstInvalidOffset(bytes('x', [0x80]), true)).toBe(1);
    expect(firstInvalidOffset(bytes('xy', [0xc0, 0xaf]), true)).toBe(2);
    expect(firstInvalidOffset(bytes('xyz', [0xed, 0xa0, 0x80]), true)).toBe(3);
    expect(firstInvalidOffset(bytes([0xff]), true)).toBe(0);
  });

  it('takes a sequence cut at the end as an error only when nothing follows', () => {
    const cut = bytes('€€', [0xe2, 0x82]);
    expect(firstInvalidOffset(cut, false)).toBe(-1);
    expect(firstInvalidOffset(cut, true)).toBe(6);
  });
});

describe('pendingTail', () => {
  it('counts the bytes of a sequence cut by the end of a chunk', () => {
    expect(pendingTail(bytes('a', [0xe2, 0x82]))).toBe(2);
    expect(pendingTail(bytes('a', [0xf0]))).toBe(1);
    expect(pendingTail(bytes('a€'))).toBe(0);
    expect(pendingTail(bytes('ab'))).toBe(0);
  });
});
