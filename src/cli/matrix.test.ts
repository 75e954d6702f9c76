import { describe, expect, it } from 'vitest';
import { CliError } from './errors.ts';
import { parseServices } from './matrix.ts';
import { run } from './run.ts';

const BUNDLE = new URL('../../../shared/samples/acme-prod/bundle.json', import.meta.url).pathname;

describe('matrix <file>', () => {
  it('counts pairs by VPC as CSV: one row per pair of groups and service', async () => {
    const out = await run(['matrix', BUNDLE, '--services', 'tcp/22,tcp/443', '--group-by', 'vpc']);
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'source,source_name,destination,destination_name,service,allowed,blocked,unknown',
    );
    // The internet's pieces are one group: 203.0.113.0/24 reaches the bastion's SSH, the rest not.
    expect(lines).toContain('internet,Internet,vpc-07e44f8146b914a6e,acme-prod,tcp/22,1,13,0');
  });

  it('prints JSON: services, groups with their members, and per service pair counts', async () => {
    const out = await run(['matrix', BUNDLE, '--services', 'tcp/22', '--format', 'json']);
    const json = JSON.parse(out.stdout) as {
      services: string[];
      groups: { id: string; name: string; members: string[] }[];
      cells: { source: string; destination: string; services: Record<string, number>[] }[];
    };
    expect(json.services).toEqual(['tcp/22']);
    expect(json.groups.find((g) => g.name === 'prod-public-a')?.members).toContain(
      'i-09bbc2d8c19a1cb1b',
    );
    expect(Object.keys(json.cells[0]?.services[0] ?? {})).toEqual([
      'allowed',
      'blocked',
      'unknown',
    ]);
  });

  it('refuses a services list it cannot read, and a pair-by-pair output too large to print', async () => {
    expect(() => parseServices('tcp/0')).toThrow(/--services: tcp\/0: expected a port/);
    expect(() => parseServices('http')).toThrow(CliError);
    expect(parseServices('tcp/443, udp/53,icmp,50')).toEqual([
      { protocol: 'tcp', port: 443 },
      { protocol: 'udp', port: 53 },
      { protocol: 'icmp' },
      { protocol: 50 },
    ]);
    await expect(run(['matrix', BUNDLE, '--group-by', 'rack'])).rejects.toThrow(/^--group-by/);
  });
});
