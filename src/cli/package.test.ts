import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './subprocess.testkit.ts';

// spec/ci-check.md, "The package": `npm run build:cli` writes one bundled Node file; after
// `npm pack`, installing the tarball in an empty folder with no network gives a working
// `npx vpc-flow-lab`. And the repository's action.yml runs `check` with these formats: its steps
// run here in a shell with the GITHUB_* variables a runner sets.

const FIXTURES = join(REPO_ROOT, 'src/checks/__fixtures__');
const NETWORK = join(FIXTURES, 'three-tier.json');
const EXPECT = join(FIXTURES, 'three-tier.expect.yaml');
const work = mkdtempSync(join(tmpdir(), 'vpc-flow-lab-package-'));

function sh(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    // Without the npm_* variables of the npm that started the tests (npx would read them as its own).
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))),
      ...env,
    },
  });
  if (result.error) throw result.error;
  return result;
}

function ok(result: SpawnSyncReturns<string>): string {
  if (result.status !== 0)
    throw new Error(`exit ${result.status}: ${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  ok(sh(process.execPath, ['scripts/build-cli.mjs'], REPO_ROOT));
}, 120_000);

describe('the package', () => {
  it('packs, installs offline into an empty folder and runs --help, analyze and check there', () => {
    const packs = join(work, 'packs');
    mkdirSync(packs);
    ok(
      sh('npm', ['pack', '--silent', '--pack-destination', packs], REPO_ROOT, {
        npm_config_loglevel: 'error',
      }),
    );
    const [tarball] = readdirSync(packs).filter((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const project = join(work, 'project');
    mkdirSync(project);
    ok(
      sh(
        'npm',
        ['install', '--offline', '--no-audit', '--no-fund', join(packs, tarball as string)],
        project,
        {
          npm_config_loglevel: 'error',
        },
      ),
    );
    const npx = (...args: string[]) =>
      sh('npx', ['vpc-flow-lab', ...args], project, {
        npm_config_loglevel: 'error',
        npm_config_offline: 'true',
      });
    expect(ok(npx('--help'))).toMatch(/^VPC Flow Lab: evaluate AWS VPC traffic flows/);
    const trace = JSON.parse(
      ok(
        npx(
          'analyze',
          NETWORK,
          '--from',
          'web-1',
          '--to',
          'db-1',
          '--protocol',
          'tcp',
          '--port',
          '5432',
          '--json',
        ),
      ),
    ) as { verdict: string };
    expect(trace.verdict).toBe('blocked');
    expect(ok(npx('check', NETWORK, '--expect', EXPECT))).toMatch(/5 of 5 hold\n$/);
    // What the package holds: the bundle, the action, the README and package.json.
    const listed = ok(sh('tar', ['tzf', join(packs, tarball as string)], work))
      .trim()
      .split('\n')
      .sort();
    expect(listed).toEqual([
      'package/README.md',
      'package/action.yml',
      'package/dist-cli/vpc-flow-lab.mjs',
      'package/package.json',
    ]);
  }, 120_000);

  it("runs action.yml's steps in a shell with GITHUB_* set: annotations in the log, the summary appended", () => {
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      runs: {
        using: string;
        steps: { run: string; shell: string; env?: Record<string, string> }[];
      };
    };
    expect(action.runs.using).toBe('composite');
    const summary = join(work, 'summary.md');
    writeFileSync(summary, '');
    const failing = join(work, 'failing.yaml');
    writeFileSync(
      failing,
      `${readFileSync(EXPECT, 'utf8')}  - name: the web tier reaches nothing in the app tier\n    from: { security-group: web }\n    to: { subnet-tag: { Tier: app } }\n    services: [tcp]\n    expect: blocked\n`,
    );
    const inputs: Record<string, string> = {
      network: NETWORK,
      expectations: failing,
      format: action.inputs.format?.default ?? '',
      'fail-on': '',
      output: '',
    };
    const github = { action_path: REPO_ROOT, workspace: work };
    const expand = (value: string) =>
      value.replace(
        /\$\{\{\s*(inputs|github)\.([\w-]+)\s*\}\}/g,
        (_, scope: string, key: string) =>
          scope === 'inputs' ? (inputs[key] ?? '') : (github[key as keyof typeof github] ?? ''),
      );
    const runner = {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: work,
      GITHUB_ACTION_PATH: REPO_ROOT,
      GITHUB_STEP_SUMMARY: summary,
    };
    const results = action.runs.steps.map((step) => {
      expect(step.run).not.toMatch(/\$\{\{/); // inputs reach scripts through env only
      const env = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]),
      );
      return sh(step.shell, ['-e', '-c', step.run], work, { ...runner, ...env });
    });
    expect(results[0]?.status).toBe(0);
    const check = results[1];
    expect(check?.status).toBe(1);
    const lines = (check?.stdout ?? '').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^::error file=${failing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')},line=32::the web tier reaches nothing in the app tier: 4 pair`,
      ),
    );
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toMatch(/^### ❌ vpc-flow-lab check .*failing\.yaml: 1 of 6 failed\n/);
    expect(markdown).toContain(
      '| ✅ | nothing on the internet reaches the data tier | holds (every pair blocked) |',
    );
  }, 60_000);
});
