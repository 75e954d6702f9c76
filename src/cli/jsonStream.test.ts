import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonFile } from './jsonStream.ts';

const dir = mkdtempSync(join(tmpdir(), 'vfl-stream-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// Large inputs are parsed as they stream (@streamparser/json); the answers and the messages are
// those of the whole-text path: the same value, a syntax error by line and column, a byte that is
// not UTF-8 by its offset.
describe('parsing a JSON file as it streams', () => {
  it('gives the value JSON.parse gives', async () => {
    const value = {
      Vpcs: [{ VpcId: 'vpc-1', Tags: [{ Key: 'Name', Value: 'é ✓' }] }],
      n: [1, 2.5, null],
    };
    const path = file('ok.json', JSON.stringify(value, null, 2));
    expect(await parseJsonFile(path)).toEqual(value);
  });

  it('names the line and column of a syntax error', async () => {
    const path = file('bad.json', '{\n  "Vpcs": [\n    x\n  ]\n}\n');
    await expect(parseJsonFile(path)).rejects.toThrow(
      /bad\.json: invalid JSON at line 3, column 5: /,
    );
  });

  it('says when the text ends too soon', async () => {
    const path = file('short.json', '{ "Vpcs": [');
    await expect(parseJsonFile(path)).rejects.toThrow(
      /short\.json: invalid JSON at line 1, column 12/,
    );
  });

  it('names the first byte that is not UTF-8, as readInput does', async () => {
    const path = file(
      'latin1.json',
      Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
    );
    await expect(parseJsonFile(path)).rejects.toThrow(
      /latin1\.json: not UTF-8: byte 0xE9 at offset 6/,
    );
  });
});
