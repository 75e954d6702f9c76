import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  taggedThreeTierFile,
  THREE_TIER_EXPECTATIONS,
} from '../checks/__fixtures__/threeTier.testkit.ts';
import { run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'check-expect-'));
const network = join(dir, 'three-tier.json');
writeFileSync(network, taggedThreeTierFile());
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('check <file> --expect (spec/ci-check.md)', () => {
  it('exits 0 when every flow and invariant holds', async () => {
    const expectations = file('ok.yaml', THREE_TIER_EXPECTATIONS);
    const out = await run(['check', network, '--expect', expectations]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('PASS  nothing on the internet reaches the data tier');
    expect(out.stdout.trim().split('\n').at(-1)).toBe('5 of 5 hold');
  });

  it('exits 1 when an invariant fails, naming its counterexamples', async () => {
    const expectations = file(
      'fail.yaml',
      'version: 1\ninvariants:\n  - name: web reaches no app port\n    from: { security-group: web }\n    to: { security-group: app }\n    services: [tcp/0-65535]\n    expect: blocked\n',
    );
    const out = await run(['check', network, '--expect', expectations, '--format', 'json']);
    expect(out.code).toBe(1);
    const json = JSON.parse(out.stdout) as {
      invariants: {
        name: string;
        ok: boolean;
        count: number;
        counterexamples: { ports: string }[];
      }[];
      flows: unknown[];
      warnings: unknown[];
    };
    expect(json.flows).toEqual([]);
    expect(json.invariants[0]).toMatchObject({ ok: false, count: 4 });
    expect(json.invariants[0]?.counterexamples[0]?.ports).toBe('tcp/8080');
  });

  it('exits 2 with one line file:line:col for a bad file', async () => {
    const bad = file(
      'bad.yaml',
      'version: 1\nflows:\n  - name: x\n    from: nobody\n    to: db-1\n    service: tcp/5432\n    expect: blocked\n',
    );
    await expect(run(['check', network, '--expect', bad])).rejects.toThrow(
      `${bad}:4:11: flows[0].from: no instance or network interface is named "nobody", and it is not an IP address`,
    );
    await expect(run(['check', network, '--expect', bad, '--format', 'xml'])).rejects.toThrow(
      /^--format: expected text, json, junit, sarif, github, markdown, got "xml"/,
    );
    await expect(run(['check', network, '--expect', bad, '--fail-on', 'x'])).rejects.toThrow(
      /^--fail-on: expected unknown/,
    );
  });

  it('keeps version 1 --json for saved flows, and --format json gives the object', async () => {
    const legacy = await run(['check', network, '--json']);
    expect(Array.isArray(JSON.parse(legacy.stdout))).toBe(true);
    const object = await run(['check', network, '--format', 'json']);
    const json = JSON.parse(object.stdout) as { flows: { name: string; ok: boolean }[] };
    expect(json.flows.length).toBeGreaterThan(0);
    expect(json.flows.every((f) => typeof f.ok === 'boolean')).toBe(true);
  });
});

describe('check --expect on a Terraform plan (spec/ci-check.md, "Endpoints")', () => {
  const PLAN = 'src/terraform/__fixtures__/tighten-db.plan.json';
  const expectations = file(
    'tighten.yaml',
    `version: 1
flows:
  - name: app reaches the database
    from: aws_instance.app
    to: aws_instance.db
    service: tcp/5432
    expect: allowed
invariants:
  - name: the app group reaches the database on PostgreSQL only
    from: { security-group: aws_security_group.app }
    to: { security-group: aws_security_group.db }
    services: [tcp/0-5431, tcp/5433-65535]
    expect: blocked
`,
  );

  it('holds after the plan (the legacy allow-all rule is deleted) and fails before it', async () => {
    const after = await run(['check', PLAN, '--expect', expectations]);
    expect(after.code).toBe(0);
    const before = await run([
      'check',
      PLAN,
      '--expect',
      expectations,
      '--before',
      '--format',
      'json',
    ]);
    expect(before.code).toBe(1);
    const json = JSON.parse(before.stdout) as {
      invariants: {
        ok: boolean;
        counterexamples: { source: string; destination: string; ports: string }[];
      }[];
    };
    expect(json.invariants[0]?.ok).toBe(false);
    expect(json.invariants[0]?.counterexamples[0]).toMatchObject({
      source: 'aws_instance.app',
      destination: 'aws_instance.db',
      ports: 'tcp/0-5431',
    });
  });
});
