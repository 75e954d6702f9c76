import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_SECTIONS, importAwsBundle } from './index.ts';

/**
 * scripts/collect-bundle.sh, run by POSIX `sh` (dash on Debian) against a stub `aws` placed first
 * on PATH: the stub serves the extended sample's describe outputs and records every call.
 */

const SCRIPT = fileURLToPath(new URL('../../scripts/collect-bundle.sh', import.meta.url));
const SAMPLE = fileURLToPath(new URL('./__fixtures__/acme-extended/', import.meta.url));
const DESCRIBE = join(SAMPLE, 'describe');
// dash is the POSIX shell Debian's sh is; any sh will do where it is absent.
const SH = existsSync('/bin/dash') ? '/bin/dash' : '/bin/sh';

// Serves $STUB_DIR/<command>[.<id>].json; fails like the AWS CLI (exit 254) for $STUB_FAIL.
const STUB = `#!/bin/sh
printf '%s\\n' "$*" >> "$STUB_LOG"
[ "$1" = ec2 ] || { echo "stub: not ec2: $1" >&2; exit 252; }
cmd=$2
shift 2
[ "$cmd" != "\${STUB_FAIL:-}" ] || { echo "An error occurred (UnauthorizedOperation) when calling $cmd" >&2; exit 254; }
id=
while [ $# -gt 0 ]; do
  case $1 in
    --prefix-list-id | --transit-gateway-route-table-id) id=$2; shift 2 ;;
    *) shift ;;
  esac
done
file="$STUB_DIR/$cmd\${id:+.$id}.json"
[ -f "$file" ] || { echo "stub: no $file" >&2; exit 254; }
cat "$file"
`;

/** A PATH of its own: the tools the script uses (symlinked), the stub aws unless left out. */
function toolDir(leaveOut: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'collect-bundle-path-'));
  for (const tool of ['basename', 'mktemp', 'rm', 'mv', 'cat', 'jq']) {
    if (leaveOut.includes(tool)) continue;
    const found = execFileSync(SH, ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
    symlinkSync(found, join(dir, tool));
  }
  if (!leaveOut.includes('aws')) {
    writeFileSync(join(dir, 'aws'), STUB);
    chmodSync(join(dir, 'aws'), 0o755);
  }
  return dir;
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly calls: string[];
}

function collect(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  leaveOut: readonly string[] = [],
): Promise<Run> {
  const path = toolDir(leaveOut);
  const log = join(mkdtempSync(join(tmpdir(), 'collect-bundle-log-')), 'calls');
  writeFileSync(log, '');
  return new Promise((resolve, reject) => {
    const child = spawn(SH, [SCRIPT, ...args], {
      env: { PATH: path, STUB_LOG: log, STUB_DIR: DESCRIBE, TMPDIR: tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      resolve({ code, stdout, stderr, calls });
    });
  });
}

describe.skipIf(!existsSync(SH))('scripts/collect-bundle.sh', () => {
  it('is POSIX sh with set -eu, and parses in dash', () => {
    const text = readFileSync(SCRIPT, 'utf8');
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    expect(text).toMatch(/^set -eu$/m);
    execFileSync(SH, ['-n', SCRIPT]);
  });

  it('makes read-only calls only, each for the region, one per list and per route table', async () => {
    const run = await collect(['--region', 'us-east-1']);
    expect(run.code).toBe(0);
    for (const call of run.calls) {
      // Describe*, GetManagedPrefixListEntries, SearchTransitGatewayRoutes: no call that writes.
      expect(call).toMatch(
        /^ec2 (describe-[a-z-]+|get-managed-prefix-list-entries|search-transit-gateway-routes) /,
      );
      expect(call).toMatch(/ --region us-east-1 --output json$/);
    }
    const commands = run.calls.map((c) => c.split(' ')[1]);
    expect(new Set(commands)).toEqual(
      new Set([
        'describe-vpcs',
        'describe-subnets',
        'describe-instances',
        'describe-network-interfaces',
        'describe-security-groups',
        'describe-network-acls',
        'describe-route-tables',
        'describe-internet-gateways',
        'describe-nat-gateways',
        'describe-vpc-peering-connections',
        'describe-vpc-endpoints',
        'describe-egress-only-internet-gateways',
        'describe-managed-prefix-lists',
        'get-managed-prefix-list-entries',
        'describe-transit-gateways',
        'describe-transit-gateway-attachments',
        'describe-transit-gateway-vpc-attachments',
        'describe-transit-gateway-route-tables',
        'search-transit-gateway-routes',
      ]),
    );
    expect(run.calls).toContain(
      'ec2 get-managed-prefix-list-entries --prefix-list-id pl-63a5400a --region us-east-1 --output json',
    );
    expect(run.calls).toContain(
      'ec2 search-transit-gateway-routes --transit-gateway-route-table-id tgw-rtb-0f6a53fbcf2ab8e41 --filters Name=state,Values=active,blackhole --max-results 1000 --region us-east-1 --output json',
    );
    // Every output the stub holds was asked for.
    expect(run.calls).toHaveLength(readdirSync(DESCRIBE).length);
  });

  it('prints the bundle, with the bundle keys only, which imports: the sample bundle itself', async () => {
    const run = await collect(['--region', 'us-east-1']);
    const bundle = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(bundle).sort()).toEqual([...BUNDLE_SECTIONS].sort());
    expect(bundle).toEqual(JSON.parse(readFileSync(join(SAMPLE, 'bundle.json'), 'utf8')));
    const imported = importAwsBundle(bundle);
    expect(imported.ok).toBe(true);
    // Progress on stderr, one line per call; stdout holds the bundle only.
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(run.calls.length);
  });

  it('takes the region from AWS_REGION, else AWS_DEFAULT_REGION', async () => {
    const fromEnv = await collect([], { AWS_REGION: 'eu-west-3' });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.calls[0]).toMatch(/--region eu-west-3 /);
    const fromDefault = await collect([], { AWS_DEFAULT_REGION: 'ap-south-1' });
    expect(fromDefault.calls[0]).toMatch(/--region ap-south-1 /);
    const flagWins = await collect(['--region=us-west-2'], { AWS_REGION: 'eu-west-3' });
    expect(flagWins.calls[0]).toMatch(/--region us-west-2 /);
  });

  it('refuses to run without a region, or with a bad one, before any call', async () => {
    const none = await collect([]);
    expect(none).toMatchObject({ code: 2, stdout: '', calls: [] });
    expect(none.stderr).toBe(
      'collect-bundle.sh: no region: give --region <region> or set AWS_REGION\n',
    );
    const bad = await collect(['--region', 'us east;1']);
    expect(bad).toMatchObject({ code: 2, stdout: '', calls: [] });
    expect(bad.stderr).toMatch(
      /^collect-bundle\.sh: --region: expected a region such as us-east-1/,
    );
    const unknown = await collect(['--profile', 'x']);
    expect(unknown.stderr).toBe('collect-bundle.sh: unknown argument: --profile (see --help)\n');
  });

  it('says clearly when aws or jq is missing', async () => {
    const noAws = await collect(['--region', 'us-east-1'], {}, ['aws']);
    expect(noAws).toMatchObject({ code: 2, stdout: '' });
    expect(noAws.stderr).toMatch(
      /^collect-bundle\.sh: the AWS CLI \(aws\) is not installed or not on PATH/,
    );
    const noJq = await collect(['--region', 'us-east-1'], {}, ['jq']);
    expect(noJq).toMatchObject({ code: 2, stdout: '', calls: [] });
    expect(noJq.stderr).toMatch(/^collect-bundle\.sh: jq is not installed or not on PATH/);
  });

  it('stops at a call that fails, naming it, with nothing on stdout', async () => {
    const run = await collect(['--region', 'us-east-1'], {
      STUB_FAIL: 'describe-transit-gateways',
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('UnauthorizedOperation');
    expect(run.stderr).toMatch(
      /collect-bundle\.sh: aws ec2 describe-transit-gateways failed \(its message is above\)/,
    );
  });
});
