import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { toScenarioFile } from '../model/envelope.ts';
import type { Scenario } from '../model/types.ts';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../scenarios/threeTier.ts';
import { runCli, tempFiles } from './subprocess.testkit.ts';
import { terminalText } from './terminal.ts';

/**
 * Names are the scenario author's, and a terminal obeys what they hold: a carriage return or ESC
 * sequence in a flow's name could make `check` print a PASS line over a FAIL one. The CLI's text
 * output shows such characters as escapes; its JSON output carries the names exactly.
 */

/** Moves to the start of the line, erases it, and writes a PASS of its own. */
const OVERWRITE = 'web-1 → db-1\r\u001b[2KPASS  web-1 → db-1  blocked';
/** A line of its own. */
const NEW_LINE = 'app-1 → db-1\nPASS  injected';
/** Right-to-left override: shown as "db-1exe.gnp" reversed. */
const BIDI = 'db-1\u202Egnp.exe';
/** A terminal hyperlink (OSC 8) around a group's name. */
const OSC_LINK = 'web\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007';

function hostile(): Scenario {
  const s = threeTierScenario;
  const [first, second, third, ...rest] = s.flows;
  if (!first || !second || !third) throw new Error('the three-tier has three flows or more');
  return {
    ...s,
    securityGroups: s.securityGroups.map((g) => (g.id === ID.sgWeb ? { ...g, name: OSC_LINK } : g)),
    flows: [
      // Expected the other way round: this one FAILs, and its name tries to hide it.
      { ...first, name: OVERWRITE, expected: first.expected === 'allowed' ? 'blocked' : 'allowed' },
      { ...second, name: NEW_LINE },
      { ...third, name: BIDI },
      ...rest,
    ],
  };
}

const dir = tempFiles({
  'hostile.json': toScenarioFile(hostile()),
  'keys.json':
    '{"format":"vpc-flow-lab","version":1,"scenario":{"a\\u001b[31mb":1,"a\\u001b[31mb":2}}',
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Characters a terminal acts on rather than shows (tab aside, which pads). */
const STEERING = /(?!\t)[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

describe.concurrent('hostile names in the text output', () => {
  it('check prints one line per flow, the FAIL stays a FAIL, the name shows its escapes', async () => {
    const run = await runCli(['check', 'hostile.json'], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.replace(/\n$/, '').split('\n');
    const checked = hostile().flows.filter((f) => f.expected !== undefined);
    expect(lines).toHaveLength(checked.length);
    expect(run.stdout.replace(/\n/g, '')).not.toMatch(STEERING);
    expect(lines[0]).toMatch(/^FAIL {2}web-1 → db-1\\r\\x1B\[2KPASS {2}web-1 → db-1 {2}blocked/);
    expect(lines[1]).toMatch(/^PASS {2}app-1 → db-1\\nPASS {2}injected /);
    expect(lines[2]).toMatch(/^PASS {2}db-1\\u202Egnp\.exe /);
  });

  it('check --json carries the names exactly', async () => {
    const run = await runCli(['check', 'hostile.json', '--json'], dir);
    const names = (JSON.parse(run.stdout) as { name: string }[]).map((r) => r.name);
    expect(names.slice(0, 3)).toEqual([OVERWRITE, NEW_LINE, BIDI]);
  });

  it("analyze's trace shows a group's name with its escapes", async () => {
    const run = await runCli(
      [
        'analyze',
        'hostile.json',
        '--from',
        'web-1',
        '--to',
        'app-1',
        '--protocol',
        'tcp',
        '--port',
        '8080',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\n/g, '')).not.toMatch(STEERING);
    expect(run.stdout).toContain('web\\x1B]8;;https://evil.example\\x07click\\x1B]8;;\\x07');
  });

  it('warnings on stderr show a key with its escapes', async () => {
    const run = await runCli(['validate', 'keys.json'], dir);
    expect(run.stderrLines).toEqual([
      expect.stringMatching(
        /^warning: keys\.json: duplicate key scenario\.a\\x1B\[31mb at line 1, column \d+: the last one is used$/,
      ),
    ]);
  });
});

describe('terminalText', () => {
  it('leaves printable text alone, including non-Latin scripts', () => {
    expect(terminalText('web-1 → db-1 (数据库) שלום')).toBe('web-1 → db-1 (数据库) שלום');
  });

  it('writes C0, C1 and bidirectional controls as escapes', () => {
    expect(terminalText('a\tb\r\n\u0000\u007f\u009b\u2066\u2028')).toBe(
      'a\\tb\\r\\n\\x00\\x7F\\x9B\\u2066\\u2028',
    );
  });
});
