import { describe, expect, it } from 'vitest';
import { isLogStreamText, looksLikeTerraform, terraformDocumentKind } from './detect.ts';

// https://developer.hashicorp.com/terraform/internals/json-format: "Reject any input which
// reports an unsupported major version."
describe('terraformDocumentKind', () => {
  it('reads a plan and a state of format_version 0.x and 1.x', () => {
    expect(terraformDocumentKind({ format_version: '0.1', planned_values: {} })).toEqual({
      kind: 'plan',
      formatVersion: '0.1',
    });
    expect(terraformDocumentKind({ format_version: '1.2', values: {} })).toEqual({
      kind: 'state',
      formatVersion: '1.2',
    });
    // `terraform show -json` of an empty state prints nothing but the version.
    expect(terraformDocumentKind({ format_version: '1.0' }).kind).toBe('state');
  });

  it('refuses another major version, naming it', () => {
    const result = terraformDocumentKind({ format_version: '2.0', planned_values: {} });
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' && result.message).toMatch(/"2\.0".*major version 2/);
  });

  it('refuses a raw terraform.tfstate with the command that makes the right file', () => {
    const raw = { version: 4, terraform_version: '1.5.7', serial: 3, lineage: 'x', resources: [] };
    const result = terraformDocumentKind(raw);
    expect(result.kind === 'refused' && result.message).toContain('"terraform show -json"');
    expect(looksLikeTerraform(raw)).toBe(true);
  });

  it('refuses one line of the plan -json log stream', () => {
    const line = { '@level': 'info', '@message': 'Terraform 1.5.7', type: 'version' };
    const result = terraformDocumentKind(line);
    expect(result.kind === 'refused' && result.message).toContain('"terraform show -json tfplan"');
  });

  it('refuses a plan without planned_values', () => {
    const result = terraformDocumentKind({ format_version: '1.2', resource_changes: [] });
    expect(result.kind === 'refused' && result.message).toMatch(/^planned_values: missing/);
  });

  it('leaves other JSON alone', () => {
    expect(looksLikeTerraform({ Vpcs: [] })).toBe(false);
    expect(looksLikeTerraform([1, 2])).toBe(false);
  });
});

describe('isLogStreamText', () => {
  it('recognises the JSON lines of terraform plan -json', () => {
    const text = [
      '{"@level":"info","@message":"Terraform 1.5.7","@module":"terraform.ui","@timestamp":"2024-05-01T10:00:00.000000Z","terraform":"1.5.7","type":"version","ui":"1.1"}',
      '{"@level":"info","@message":"aws_vpc.main: Plan to create","@module":"terraform.ui","@timestamp":"2024-05-01T10:00:01.000000Z","change":{"resource":{"addr":"aws_vpc.main","module":"","resource":"aws_vpc.main","implied_provider":"aws","resource_type":"aws_vpc","resource_name":"main","resource_key":null},"action":"create"},"type":"planned_change"}',
    ].join('\n');
    expect(isLogStreamText(text)).toBe(true);
    expect(isLogStreamText('{"format_version":"1.2"}')).toBe(false);
    expect(isLogStreamText('not json')).toBe(false);
  });
});
