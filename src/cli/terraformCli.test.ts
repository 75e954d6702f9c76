import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './subprocess.testkit.ts';

/**
 * Terraform input as other tools see it (spec/ci-check.md, "Terraform input";
 * spec/cli-analyze.md, "Exit codes and errors"): a real subprocess, one line on stderr and exit 2
 * for every file that is not what `terraform show -json` prints, never a stack trace.
 */

const MODULES = fileURLToPath(
  new URL('../terraform/__fixtures__/modules-count-foreach.plan.json', import.meta.url),
);
const TERRAGOAT = fileURLToPath(
  new URL(
    '../../../shared/samples/terraform-public/checkov-terragoat.tfplan.json',
    import.meta.url,
  ),
);

const dir = tempFiles({
  // `terraform plan -json`: JSON lines, one object per event.
  'plan-log.json': [
    '{"@level":"info","@message":"Terraform 1.5.7","@module":"terraform.ui","@timestamp":"2024-05-02T09:14:01.123456Z","terraform":"1.5.7","type":"version","ui":"1.2"}',
    '{"@level":"info","@message":"aws_vpc.main: Plan to create","@module":"terraform.ui","@timestamp":"2024-05-02T09:14:02.000000Z","change":{"resource":{"addr":"aws_vpc.main","module":"","resource":"aws_vpc.main","implied_provider":"aws","resource_type":"aws_vpc","resource_name":"main","resource_key":null},"action":"create"},"type":"planned_change"}',
    '',
  ].join('\n'),
  // A raw state file (format version 4), as terraform.tfstate holds it.
  'terraform.tfstate': {
    version: 4,
    terraform_version: '1.5.7',
    serial: 12,
    lineage: '3f6c0e2a-7c1d-4b8e-9a51-0e2b6f1d9c44',
    outputs: {},
    resources: [],
    check_results: null,
  },
  'future.json': { format_version: '2.0', planned_values: { root_module: {} } },
  'bad-plan.json': {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          {
            address: 'aws_vpc.main',
            mode: 'managed',
            type: 'aws_vpc',
            name: 'main',
            values: { cidr_block: '10.0.0.0/33' },
          },
        ],
      },
    },
  },
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOneLine(run: { code: number | null; stdout: string; stderrLines: string[] }) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderrLines).toHaveLength(1);
  expect(run.stderrLines[0]).not.toMatch(/\n|\s{4}at /);
}

describe('Terraform files the CLI refuses (exit 2, one line)', () => {
  it('names the command that makes the right file for the log stream and a raw state', async () => {
    const [log, raw] = await Promise.all([
      runCli(['validate', join(dir, 'plan-log.json')]),
      runCli(['check', join(dir, 'terraform.tfstate')]),
    ]);
    expectOneLine(log);
    expect(log.stderrLines[0]).toBe(
      `${join(dir, 'plan-log.json')}: this is the "terraform plan -json" log stream, not a plan: save the plan with "terraform plan -out=tfplan" and give the output of "terraform show -json tfplan"`,
    );
    expectOneLine(raw);
    expect(raw.stderrLines[0]).toMatch(/raw terraform\.tfstate .* "terraform show -json"/);
  });

  it('names an unsupported major format_version and a bad value by its JSON path', async () => {
    const [future, bad] = await Promise.all([
      runCli(['validate', join(dir, 'future.json')]),
      runCli(['validate', join(dir, 'bad-plan.json')]),
    ]);
    expectOneLine(future);
    expect(future.stderrLines[0]).toContain(
      'format_version "2.0" (major version 2) is not supported',
    );
    expectOneLine(bad);
    expect(bad.stderrLines[0]).toBe(
      `${join(dir, 'bad-plan.json')}: planned_values.root_module.resources[0].values.cidr_block: expected an IPv4 CIDR block like 10.0.0.0/16, got "10.0.0.0/33"`,
    );
  });
});

describe('Terraform plans on the command line', () => {
  it("answers a flow by address, with the plan's warnings on stderr as warning: lines", async () => {
    const result = await runCli([
      'analyze',
      TERRAGOAT,
      '--from',
      'aws_instance.db_app',
      '--to',
      'aws_instance.web_host',
      '--protocol',
      'tcp',
      '--port',
      '80',
      '--expect',
      'allowed',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^verdict: allowed$/m);
    expect(result.stdout).toMatch(
      /^warning: aws_instance\.web_host: private IPv4 address 172\.16\.10\.5 assumed/m,
    );
    expect(result.stderrLines.length).toBeGreaterThan(0);
    expect(result.stderrLines.every((l) => l.startsWith('warning: '))).toBe(true);
  });

  it('refuses --before on what is not a plan, and a bare address of several instances', async () => {
    const [before, several] = await Promise.all([
      runCli(['validate', join(dir, 'terraform.tfstate'), '--before']),
      runCli([
        'analyze',
        MODULES,
        '--from',
        'module.app.aws_instance.web',
        '--to',
        '203.0.113.10',
        '--protocol',
        'tcp',
        '--port',
        '443',
      ]),
    ]);
    expectOneLine(before);
    expectOneLine(several);
    expect(several.stderrLines[0]).toBe(
      '--from: module.app.aws_instance.web has 2 instances (module.app.aws_instance.web["a"], module.app.aws_instance.web["b"]); name one',
    );
  });
});
