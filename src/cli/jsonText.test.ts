import { describe, expect, it } from 'vitest';
import { lineColumn, parseJson } from './jsonText.ts';

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    const text = '{\n  "a": 1,\n    }\n';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 1)).toEqual({ line: 1, column: 2 });
    expect(lineColumn(text, 2)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, text.indexOf('}'))).toEqual({ line: 3, column: 5 });
  });

  it('keeps an offset past the end on the last line', () => {
    expect(lineColumn('{"a":\n', 99)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it("turns V8's offset into a line and column, and drops it from the message", () => {
    const result = parseJson('{\n  "a": 1,\n    }\n');
    expect(result).toMatchObject({ ok: false, line: 3, column: 5 });
    if (!result.ok) {
      expect(result.message).not.toMatch(/position/);
      expect(result.message.length).toBeGreaterThan(0);
    }
  });

  it('finds the place of a problem V8 gives no offset for', () => {
    // V8: `Unexpected token '\0', "…" is not valid JSON`, without a position.
    const result = parseJson('\n  \u0000 {}');
    expect(result).toMatchObject({ ok: false, line: 2, column: 3 });
    if (!result.ok) expect(result.message).not.toMatch(/is not valid JSON/);
  });

  it('puts a problem without an offset (input cut short) at the end', () => {
    expect(parseJson('{\n  "a": [1,')).toMatchObject({ ok: false, line: 2, column: 11 });
    expect(parseJson('')).toMatchObject({ ok: false, line: 1, column: 1 });
  });
});
