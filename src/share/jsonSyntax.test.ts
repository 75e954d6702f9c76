import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './jsonSyntax.ts';

describe('finding a JSON syntax error', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'expected a property name in double quotes, found "}"'],
    ['[1, 2', 1, 6, 'expected "," or "]" after an array item, found the end of the text'],
    ['{\n  "a": tru\n}', 2, 8, 'expected a value, found "t"'],
    ['{"a": "line\nbreak"}', 1, 12, 'a control character (such as a line break) inside a string'],
    ['{"a": "never closed', 1, 7, 'a string that is never closed'],
    ['{"a": 1} x', 1, 10, 'expected the end of the text after the JSON value'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes, found "\'"'],
    ['', 1, 1, 'expected a value, found the end of the text'],
  ])('in %j: line %i, column %i', (text, line, column, message) => {
    expect(findJsonSyntaxError(text)).toEqual({ line, column, message });
  });

  it('finds none in any text JSON.parse accepts, and one in any it refuses', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(findJsonSyntaxError(text) === null).toBe(valid);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
