import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { taggedThreeTierFile } from '../checks/__fixtures__/threeTier.testkit.ts';
import { run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'diff-'));
const before = join(dir, 'before.json');
const after = join(dir, 'after.json');
writeFileSync(before, taggedThreeTierFile());
const opened = JSON.parse(taggedThreeTierFile()) as {
  scenario: { securityGroups: { name: string; ingress: unknown[] }[] };
};
for (const g of opened.scenario.securityGroups)
  if (g.name === 'web')
    g.ingress.push({
      protocol: 'tcp',
      portRange: { from: 22, to: 22 },
      peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
    });
writeFileSync(after, JSON.stringify(opened));
const PLAN = 'src/terraform/__fixtures__/tighten-db.plan.json';

describe('diff (spec/ci-check.md)', () => {
  it('exits 0 whether or not anything changed, 1 with --fail-on newly-allowed', async () => {
    const out = await run(['diff', before, after]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Newly allowed:\n {2}internet → public-web/);
    const strict = await run(['diff', before, after, '--fail-on', 'newly-allowed']);
    expect(strict.code).toBe(1);
    const same = await run(['diff', before, before, '--fail-on', 'newly-allowed']);
    expect(same.code).toBe(0);
  });

  it('diffs one plan from prior_state to planned_values, as JSON', async () => {
    const out = await run(['diff', PLAN, '--format', 'json', '--services', 'tcp/22,tcp/5432']);
    const json = JSON.parse(out.stdout) as {
      allowed: unknown[];
      blocked: { flows: { service: string }[] }[];
    };
    expect(out.code).toBe(0);
    expect(json.allowed).toEqual([]);
    expect(json.blocked[0]?.flows.map((f) => f.service)).toEqual(['tcp/22']);
  });

  it('refuses a bad option in one line', async () => {
    await expect(run(['diff', before, after, '--fail-on', 'x'])).rejects.toThrow(
      /^--fail-on: expected newly-allowed/,
    );
    await expect(run(['diff', before, after, '--services', 'tcp/99999'])).rejects.toThrow(
      /^--services: "tcp\/99999"/,
    );
    await expect(run(['diff', before])).rejects.toThrow(/^<after>: missing/);
  });
});
