import { describe, expect, it } from 'vitest';
import type { Trace } from '../engine/index.ts';
import { formatChecks } from './check.ts';
import { CliError } from './errors.ts';
import { formatTrace } from './format.ts';
import { run } from './run.ts';
import { formatFindings } from './validate.ts';

describe('run (in process)', () => {
  it('prints the usage for --help, naming every command', async () => {
    const outcome = await run(['--help']);
    expect(outcome.code).toBe(0);
    for (const command of ['analyze', 'check', 'validate', '--version'])
      expect(outcome.stdout).toContain(command);
  });

  it('throws a CliError for an unknown option rather than printing anything', async () => {
    await expect(run(['validate', 'x.json', '--strict'])).rejects.toThrow(CliError);
  });

  it('checks arguments before reading the file', async () => {
    await expect(
      run(['analyze', 'missing.json', '--from', 'a', '--to', 'b', '--protocol', 'all']),
    ).rejects.toThrow(/^--protocol/);
  });
});

describe('formatTrace', () => {
  it('prints one padded line per hop, then the verdict, what blocked it and the warnings', () => {
    const packet = { source: '10.0.0.1', destination: '10.0.0.2', protocol: 6 };
    const trace: Trace = {
      verdict: 'blocked',
      blockedBy: {
        direction: 'request',
        layer: 'nacl-ingress',
        resourceId: 'acl-1',
        ruleNumber: 32767,
      },
      hops: [
        {
          direction: 'request',
          layer: 'route',
          resourceId: 'rtb-12345',
          verdict: 'allow',
          rule: null,
          reason: 'Routed.',
          packet,
        },
        {
          direction: 'request',
          layer: 'nacl-ingress',
          resourceId: 'acl-1',
          verdict: 'deny',
          rule: null,
          reason: 'Denied.',
          packet,
        },
      ],
      warnings: ['something is not modelled.'],
      fixes: [],
    };
    expect(formatTrace(trace)).toBe(
      [
        'request  route         rtb-12345  allow  Routed.',
        'request  nacl-ingress  acl-1      deny   Denied.',
        'verdict: blocked',
        'blocked by: request nacl-ingress acl-1 (rule 32767)',
        'warning: something is not modelled.',
        '',
      ].join('\n'),
    );
  });
});

describe('formatChecks', () => {
  it('prints PASS or FAIL, the name, the verdict and where it was blocked, one line per flow', () => {
    const text = formatChecks([
      { id: 'f1', name: 'a → b', expected: 'allowed', verdict: 'allowed', blockedBy: null },
      {
        id: 'f2',
        name: 'c → d long',
        expected: 'allowed',
        verdict: 'blocked',
        blockedBy: {
          direction: 'response',
          layer: 'nacl-egress',
          resourceId: 'acl-9',
          ruleNumber: 100,
        },
      },
      {
        id: 'f3',
        name: 'e → ?',
        expected: 'blocked',
        verdict: 'error',
        blockedBy: null,
        error: 'No such host.',
      },
    ]);
    expect(text).toBe(
      [
        'PASS  a → b       allowed',
        'FAIL  c → d long  blocked (expected allowed)  at response nacl-egress acl-9 (rule 100)',
        'FAIL  e → ?       error (expected blocked)  No such host.',
        '',
      ].join('\n'),
    );
  });
});

describe('formatFindings', () => {
  it('prints severity, resource ID, field and message', () => {
    expect(
      formatFindings([
        {
          severity: 'error',
          code: 'subnet-outside-vpc',
          resourceId: 'subnet-1',
          field: 'cidrBlock',
          message: 'Outside.',
        },
        {
          severity: 'warning',
          code: 'security-group-unused',
          resourceId: 'sg-12',
          field: 'id',
          message: 'Unused.',
        },
      ]),
    ).toBe('error    subnet-1  cidrBlock  Outside.\nwarning  sg-12     id         Unused.\n');
  });
});
