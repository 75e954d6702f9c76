import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../model/envelope.ts';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../model/schema.ts';
import { threeTierScenario } from '../scenarios/threeTier.ts';
import { CliError } from './errors.ts';
import { run } from './run.ts';
import { runCli } from './subprocess.testkit.ts';

/** `export` (spec/ci-check.md, "`export`"): one file on stdout, or three files with --out. */
const dir = mkdtempSync(join(tmpdir(), 'vfl-export-'));
const scenarioFile = join(dir, 'three-tier.json');
writeFileSync(
  scenarioFile,
  JSON.stringify({
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    scenario: threeTierScenario,
  }),
);
const plan = new URL('../terraform/__fixtures__/tgw-rds-endpoint.plan.json', import.meta.url)
  .pathname;

describe('export', () => {
  it('prints the whole configuration as one HCL file on stdout', async () => {
    const outcome = await run(['export', scenarioFile, '--format', 'terraform']);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^# Three-tier web application: exported by VPC Flow Lab\./);
    for (const part of [
      'terraform {',
      'provider "aws" {',
      'variable "region" {',
      'resource "aws_vpc" "three_tier" {',
    ]) {
      expect(outcome.stdout).toContain(part);
    }
  });

  it('prints Terraform JSON syntax for terraform-json', async () => {
    const outcome = await run(['export', scenarioFile, '--format', 'terraform-json']);
    const json = JSON.parse(outcome.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(json)).toEqual(['//', 'terraform', 'provider', 'variable', 'resource']);
    expect(json.resource?.aws_subnet).toHaveProperty(
      'public_web.vpc_id',
      '${aws_vpc.three_tier.id}',
    );
  });

  it('writes main.tf, variables.tf and versions.tf with --out, and nothing on stdout', async () => {
    const out = join(dir, 'tf');
    const outcome = await run(['export', scenarioFile, '--format', 'terraform', '--out', out]);
    expect(outcome.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['main.tf', 'variables.tf', 'versions.tf']);
    expect(readFileSync(join(out, 'variables.tf'), 'utf8')).toContain('default     = "us-east-1"');
    expect(readFileSync(join(out, 'versions.tf'), 'utf8')).toContain('source  = "hashicorp/aws"');
    expect(outcome.stderr.at(-1)).toMatch(/^note: wrote .*main\.tf/);
  });

  it('reads a Terraform plan too, and names the interfaces it leaves out', async () => {
    const outcome = await run(['export', plan, '--format', 'terraform']);
    expect(outcome.stdout).toContain('resource "aws_ec2_transit_gateway"');
    expect(outcome.stderr.join('\n')).toMatch(/note: Left out: rds interface/);
  });

  it('writes a scenario file for vpc-flow-lab', async () => {
    const outcome = await run(['export', plan, '--format', 'vpc-flow-lab']);
    const parsed = parseScenarioFile(JSON.parse(outcome.stdout));
    expect(parsed.ok && parsed.value.scenario.transitGateways.length).toBe(1);
  });

  it('refuses a missing or unknown --format, and an --out it cannot write, in one line', async () => {
    await expect(run(['export', scenarioFile])).rejects.toThrow(
      new CliError('--format: missing (expected terraform, terraform-json or vpc-flow-lab)'),
    );
    await expect(run(['export', scenarioFile, '--format', 'hcl'])).rejects.toThrow(
      /^--format: expected .*, got "hcl"$/,
    );
    await expect(
      run(['export', scenarioFile, '--format', 'terraform', '--out', `${scenarioFile}/x`]),
    ).rejects.toThrow(
      /^--out: cannot make the folder .*three-tier\.json\/x \(a file is in the way\)$/,
    );
  });
});

describe('export as a process', () => {
  it('exits 2 with one line on stderr and nothing on stdout for a bad --format', async () => {
    const result = await runCli(['export', scenarioFile, '--format', 'yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      '--format: expected terraform, terraform-json or vpc-flow-lab, got "yaml"',
    ]);
  });

  it('prints HCL on stdout and exits 0', async () => {
    const result = await runCli(['export', scenarioFile, '--format', 'terraform']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('resource "aws_instance" "web_1" {');
  });
});
