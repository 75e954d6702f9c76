import { spawn } from 'node:child_process';
import { closeSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toScenarioFile } from '../model/envelope.ts';
import { threeTierLayout, threeTierScenario } from '../scenarios/threeTier.ts';
import { runCli, tempFiles, type CliRun } from './subprocess.testkit.ts';

/**
 * Input that is not a scenario file as a person means it: a device, an endless or huge stream, a
 * file over the limit, keys given twice, bytes that are not UTF-8, references that dangle. Each
 * runs the real CLI as a subprocess (spec/cli-analyze.md, "Exit codes and errors": exit 2, one
 * line on stderr naming the file, nothing on stdout).
 */

const SCENARIO = toScenarioFile(threeTierScenario, threeTierLayout);
const SCENARIO_TEXT = JSON.stringify(SCENARIO, null, 2);

const dir = tempFiles({
  'three-tier.json': SCENARIO_TEXT,
  // `name` twice at the top of the scenario, `cidrBlocks` twice in the first VPC.
  'duplicates.json': SCENARIO_TEXT.replace(
    '"scenario": {',
    '"scenario": {\n    "name": "first",',
  ).replace('"cidrBlocks": [', '"cidrBlocks": ["192.168.0.0/16"],\n        "cidrBlocks": ['),
  // A subnet of a VPC that is not in the file.
  'dangling.json': toScenarioFile({
    ...threeTierScenario,
    subnets: threeTierScenario.subnets.map((s, i) =>
      i === 1 ? { ...s, vpcId: 'vpc-0missing0000000001' } : s,
    ),
  }),
});
// Latin-1 é (0xE9) in the scenario's name, where UTF-8 would have C3 A9.
const LATIN1 = Buffer.concat([
  Buffer.from('{"format":"vpc-flow-lab","version":1,"scenario":{"name":"caf'),
  Buffer.from([0xe9]),
  Buffer.from('"}}'),
]);
writeFileSync(join(dir, 'latin1.json'), LATIN1);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ANALYZE = ['--from', 'web-1', '--to', 'db-1', '--protocol', 'tcp', '--port', '5432'];

function expectRefused(run: CliRun): string {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderrLines).toHaveLength(1);
  return run.stderrLines[0] as string;
}

describe.concurrent('the CLI reads input with a bound', () => {
  it('refuses /dev/zero at once: it is not a regular file', async () => {
    const line = expectRefused(await runCli(['analyze', '/dev/zero', ...ANALYZE]));
    expect(line).toBe(
      '/dev/zero: is a character device, not a regular file (give a file, or - to read standard input)',
    );
  });

  it('stops reading /dev/zero given as standard input at its first byte', async () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const line = expectRefused(await runCli(['analyze', '-', ...ANALYZE], undefined, zero));
      expect(line).toBe('-: invalid JSON at line 1, column 1: expected a value, found "\\u0000"');
    } finally {
      closeSync(zero);
    }
  });

  it('refuses a file over 2 GB by its size, before reading it', async () => {
    const big = join(dir, 'big.json');
    truncateSync(openAndClose(big), 2 * 1024 ** 3 + 1);
    const line = expectRefused(await runCli(['validate', big]));
    expect(line).toBe(
      `${big}: 2,147,483,649 bytes (2 GB) is over the limit of 2,147,483,648 bytes (2 GB)`,
    );
  });

  it('stops a 1 GB pipe once it is longer than one text can be, naming standard input', async () => {
    // A process writing 1 GB of a JSON array to the CLI's standard input, as `cat big.json |`.
    const writer = spawn(process.execPath, ['-e', WRITE_ONE_GB], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const ended = new Promise((resolve) => writer.on('close', resolve));
    const run = await runCli(['validate', '-'], undefined, writer.stdout);
    await ended;
    const line = expectRefused(run);
    expect(line).toMatch(
      /^-: longer than 536,870,888 characters, the longest text that can be parsed at once; stopped reading after [\d,]+ bytes \(512 MB\)$/,
    );
  });

  it('reads a scenario from standard input', async () => {
    const run = await runCli(['validate', '-', '--json'], undefined, SCENARIO_TEXT);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(expect.any(Array));
  });

  it('names the byte offset of the first byte that is not UTF-8, in a file and on stdin', async () => {
    const file = expectRefused(await runCli(['validate', 'latin1.json'], dir));
    expect(file).toBe(
      'latin1.json: not UTF-8: byte 0xE9 at offset 60 cannot be read (save the file as UTF-8)',
    );
    const piped = expectRefused(await runCli(['validate', '-'], undefined, LATIN1));
    expect(piped).toMatch(/^-: not UTF-8: byte 0xE9 at offset 60 /);
  });

  it('warns of keys given twice, with their JSON path, and goes on with the last one', async () => {
    const run = await runCli(['analyze', 'duplicates.json', ...ANALYZE], dir);
    expect(run.code).toBe(0);
    // The second `name` is the three-tier's own, below the one inserted first.
    expect(run.stderrLines).toEqual([
      'warning: duplicates.json: duplicate key scenario.name at line 6, column 5: the last one is used',
      'warning: duplicates.json: duplicate key scenario.vpcs[0].cidrBlocks at line 16, column 9: the last one is used',
    ]);
    expect(run.stdout).toMatch(/^verdict: blocked$/m);
  });

  it('refuses a reference that dangles, naming its JSON path', async () => {
    const line = expectRefused(await runCli(['analyze', 'dangling.json', ...ANALYZE], dir));
    expect(line).toMatch(
      /^dangling\.json: scenario\.subnets\[1\]\.vpcId: subnet subnet-\w+ is in VPC "vpc-0missing0000000001", which is not in the scenario/,
    );
  });
});

/** Creates an empty file and returns its path (truncate then makes it sparse). */
function openAndClose(path: string): string {
  closeSync(openSync(path, 'w'));
  return path;
}

const WRITE_ONE_GB = `
const chunk = Buffer.from('{"a":1},'.repeat(131072)); // 1 MiB
let left = 1024;
process.stdout.on('error', () => process.exit(0)); // the reader stopped: EPIPE
process.stdout.write('[');
(function more() {
  while (left > 0) {
    left--;
    if (!process.stdout.write(chunk)) return void process.stdout.once('drain', more);
  }
  process.stdout.end('{}]');
})();
`;
