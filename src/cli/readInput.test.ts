import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliError } from './errors.ts';
import { readInput, type InputLimits } from './readInput.ts';

/** Standard input handed over in the given pieces, as a pipe does. */
const stdin = (...chunks: (string | number[])[]) =>
  Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));

const LIMITS: InputLimits = { maxBytes: 1000, maxChars: 1000 };
const read = (source: Readable, limits = LIMITS) => readInput('-', limits, source);

describe('readInput from standard input', () => {
  it('joins the pieces, even a character cut between two of them', async () => {
    // "é" is C3 A9 and "€" is E2 82 AC in UTF-8.
    expect(await read(stdin('{"a":"caf', [0xc3], [0xa9, 0xe2, 0x82], [0xac], '"}'))).toBe(
      '{"a":"café€"}',
    );
  });

  it('drops a UTF-8 byte-order mark and decodes UTF-16 with one', async () => {
    expect(await read(stdin([0xef, 0xbb, 0xbf], '[1]'))).toBe('[1]');
    const utf16 = [...Buffer.from('\ufeff{"é":1}', 'utf16le')];
    expect(await read(stdin(utf16.slice(0, 1), utf16.slice(1)))).toBe('{"é":1}');
  });

  it('stops at the byte limit, saying the limit', async () => {
    const source = stdin('[' + ' '.repeat(600), ' '.repeat(600), ']');
    await expect(read(source)).rejects.toThrow(
      new CliError('-: over the limit of 1,000 bytes; stopped reading there'),
    );
    expect(source.destroyed).toBe(true);
  });

  it('stops at the character limit', async () => {
    await expect(
      read(stdin('[', ' '.repeat(200)), { maxBytes: 1000, maxChars: 100 }),
    ).rejects.toThrow(
      /^-: longer than 100 characters, the longest text that can be parsed at once; stopped reading after 201 bytes$/,
    );
  });

  it('names the offset of a bad byte in a later piece, and of one cut off at the end', async () => {
    await expect(read(stdin('["ab', [0xc3], [0x28], '"]'))).rejects.toThrow(
      '-: not UTF-8: byte 0xC3 at offset 4 cannot be read (save the file as UTF-8)',
    );
    await expect(read(stdin('["ab"]', [0xe2, 0x82]))).rejects.toThrow(
      '-: not UTF-8: byte 0xE2 at offset 6 cannot be read',
    );
  });

  it('stops reading at a first character that cannot start JSON', async () => {
    const source = stdin('  \0\0\0', '\0'.repeat(900), '\0'.repeat(900));
    expect(await read(source)).toBe('  \0\0\0');
  });
});
