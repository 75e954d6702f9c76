import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { toScenarioFile } from '../model/envelope.ts';
import type { Scenario } from '../model/types.ts';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../scenarios/threeTier.ts';
import { runCli, tempFiles, type CliRun } from './subprocess.testkit.ts';

/**
 * The command line as other tools see it (spec/cli-analyze.md): a real subprocess through tsx,
 * asserting stdout, stderr and the exit code. Each spawn costs about half a second, so each test
 * groups the assertions of one run; the runs go two at a time.
 */

const ACME_BUNDLE = fileURLToPath(
  new URL('../../../shared/samples/acme-prod/bundle.json', import.meta.url),
);
const UNMODELLED_BUNDLE = fileURLToPath(
  new URL('../aws/__fixtures__/unmodelled-bundle.json', import.meta.url),
);

// acme-prod (shared/samples): the monitoring host in the shared-services VPC, peered with prod,
// and the primary database in prod's db subnet, whose custom network ACL is picky.
const ACME = {
  monitoring: 'i-0c53292933a3d681b',
  dbPrimary: 'i-039297c882dc32625',
  dbAcl: 'acl-03012e8a0f529419d',
  peering: 'pcx-01d45e65534215c8e',
};

/** The three-tier scenario gone wrong: two instances named web-1, a stray subnet, bad flows. */
function brokenThreeTier(): Scenario {
  const s = threeTierScenario;
  return {
    ...s,
    instances: s.instances.map((i) => (i.id === ID.web2 ? { ...i, name: 'web-1' } : i)),
    subnets: [
      ...s.subnets,
      // Outside the VPC's 10.0.0.0/16: an error for validate, nothing to analyze.
      {
        id: 'subnet-0bad',
        name: 'stray',
        vpcId: ID.vpc,
        cidrBlock: '192.168.0.0/24',
        availabilityZone: 'us-east-1a',
      },
    ],
    flows: [
      {
        id: 'flow-web-app',
        name: 'web-1 → app-1 on 8080',
        source: { instanceId: ID.web1 },
        destination: { instanceId: ID.app1 },
        protocol: 'tcp',
        port: 8080,
        expected: 'blocked',
      },
      {
        id: 'flow-app-db',
        name: 'app-1 → db-1 PostgreSQL',
        source: { instanceId: ID.app1 },
        destination: { instanceId: ID.db1 },
        protocol: 'tcp',
        port: 5432,
        expected: 'allowed',
      },
      {
        id: 'flow-nobody',
        name: 'web-1 → nobody',
        source: { instanceId: ID.web1 },
        destination: { address: '10.0.1.99' },
        protocol: 'tcp',
        port: 80,
        expected: 'allowed',
      },
      {
        id: 'flow-unchecked',
        name: 'no expectation',
        source: { instanceId: ID.web1 },
        destination: { instanceId: ID.app1 },
        protocol: 'icmp',
      },
    ],
  };
}

const dir = tempFiles({
  'three-tier.json': toScenarioFile(threeTierScenario, threeTierLayout),
  'broken.json': toScenarioFile(brokenThreeTier()),
  // A comma left before the closing brace: line 3, column 5.
  'bad.json': '{\n  "format": "vpc-flow-lab",\n    }\n',
  'bundle.json': {
    SecurityGroups: [
      {
        GroupId: 'sg-0c3d4e5f6a7b80201',
        GroupName: 'web',
        Description: 'web',
        VpcId: 'vpc-0c3d4e5f6a7b80001',
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          { IpProtocol: 'tcp', FromPort: 'abc', ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        ],
        IpPermissionsEgress: [],
      },
    ],
  },
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const THREE_TIER = join(dir, 'three-tier.json');
const BROKEN = join(dir, 'broken.json');

const tcp = (port: number) => ['--protocol', 'tcp', '--port', String(port)];

/** The ten layers of a flow between two subnets of one VPC, in the contract's path order. */
const SAME_VPC_PATH = [
  'request security-group-egress',
  'request nacl-egress',
  'request route',
  'request nacl-ingress',
  'request security-group-ingress',
  'response security-group-egress',
  'response nacl-egress',
  'response route',
  'response nacl-ingress',
  'response security-group-ingress',
];

interface JsonTrace {
  verdict: string;
  blockedBy: null | { direction: string; layer: string; resourceId: string; ruleNumber?: number };
  hops: {
    direction: string;
    layer: string;
    resourceId: string;
    verdict: string;
    rule: unknown;
    reason: string;
  }[];
  warnings: string[];
}

function parseTrace(run: CliRun): JsonTrace {
  return JSON.parse(run.stdout) as JsonTrace;
}

const path = (t: JsonTrace) => t.hops.map((h) => `${h.direction} ${h.layer}`);

/** A command that could not run: exit 2, nothing on stdout, exactly one line on stderr. */
function expectRefused(run: CliRun): string {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderrLines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  return run.stderrLines[0] as string;
}

describe.concurrent('analyze', () => {
  it('prints one JSON object with the verdict, blockedBy and every hop in path order, naming instances by Name', async () => {
    const run = await runCli([
      'analyze',
      THREE_TIER,
      '--from',
      'web-1',
      '--to',
      'db-1',
      ...tcp(5432),
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const trace = parseTrace(run);
    expect(Object.keys(trace).slice(0, 4)).toEqual(['verdict', 'blockedBy', 'hops', 'warnings']);
    expect(trace.verdict).toBe('blocked');
    // The db group admits 5432 only from the app group; web-1 carries the web group.
    expect(trace.blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: ID.db1,
    });
    expect(path(trace)).toEqual(SAME_VPC_PATH);
    expect(trace.hops[0]?.resourceId).toBe(ID.web1);
    for (const hop of trace.hops) {
      expect(['allow', 'deny', 'skip']).toContain(hop.verdict);
      expect(hop.reason).toMatch(/\.$/);
      expect(hop).toHaveProperty('rule');
    }
    expect(trace.warnings).toEqual([]);
  });

  it('prints a readable trace, one line per hop then the verdict, and exits 1 when --expect differs', async () => {
    const run = await runCli([
      'analyze',
      THREE_TIER,
      '--from',
      ID.web1,
      '--to',
      ID.db1,
      ...tcp(5432),
      '--expect',
      'allowed',
    ]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(SAME_VPC_PATH.length + 2);
    SAME_VPC_PATH.forEach((layers, i) => {
      const [direction, layer] = layers.split(' ');
      expect(lines[i]).toMatch(
        new RegExp(`^${direction}\\s+${layer}\\s+\\S+\\s+(allow|deny|skip)\\s+\\S`),
      );
    });
    expect(lines[4]).toMatch(
      new RegExp(`^request\\s+security-group-ingress\\s+${ID.db1}\\s+deny\\s+`),
    );
    expect(lines.at(-2)).toBe('verdict: blocked');
    expect(lines.at(-1)).toBe(`blocked by: request security-group-ingress ${ID.db1}`);
    expect(run.stderrLines).toEqual(['expected allowed, got blocked']);
  });

  it('exits 0 when --expect matches; the allowed flow has no blockedBy', async () => {
    const run = await runCli([
      'analyze',
      THREE_TIER,
      '--from',
      'app-1',
      '--to',
      'db-1',
      ...tcp(5432),
      '--json',
      '--expect',
      'allowed',
    ]);
    expect(run.code).toBe(0);
    const trace = parseTrace(run);
    expect(trace.verdict).toBe('allowed');
    expect(trace.blockedBy).toBeNull();
    expect(path(trace)).toEqual(SAME_VPC_PATH);
    expect(trace.hops.every((h) => h.verdict === 'allow')).toBe(true);
  });

  it('takes an internet address as an endpoint, and evaluates a scenario that does not validate', async () => {
    const run = await runCli([
      'analyze',
      BROKEN,
      '--from',
      '203.0.113.50',
      '--to',
      ID.web1,
      ...tcp(443),
      '--json',
    ]);
    expect(run.code).toBe(0);
    const trace = parseTrace(run);
    expect(trace.verdict).toBe('allowed');
    expect(path(trace)).toEqual([
      'request internet-gateway',
      'request nacl-ingress',
      'request security-group-ingress',
      'response security-group-egress',
      'response nacl-egress',
      'response route',
      'response internet-gateway',
    ]);
  });

  it("takes an instance's private address as that instance", async () => {
    const run = await runCli([
      'analyze',
      THREE_TIER,
      '--from',
      '10.0.2.10',
      '--to',
      '10.0.3.10',
      ...tcp(5432),
      '--json',
    ]);
    expect(run.code).toBe(0);
    const trace = parseTrace(run);
    expect(trace.verdict).toBe('allowed');
    expect(trace.hops[0]).toMatchObject({ layer: 'security-group-egress', resourceId: ID.app1 });
    expect(trace.hops[4]).toMatchObject({ layer: 'security-group-ingress', resourceId: ID.db1 });
  });

  it('reads an AWS bundle: monitoring reaches the database over the peering connection', async () => {
    const run = await runCli([
      'analyze',
      ACME_BUNDLE,
      '--from',
      'monitoring',
      '--to',
      'db-primary',
      ...tcp(5432),
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const trace = parseTrace(run);
    // The db ACL admits 5432 from 10.60.0.0/16 (rule 110) and lets the response out to the
    // client's default port 49152 (rule 110: 32768-60999); the db group names the monitoring
    // group across the peering, which AWS allows for a peered VPC of the same region.
    expect(trace.verdict).toBe('allowed');
    expect(trace.blockedBy).toBeNull();
    expect(path(trace)).toEqual([
      'request security-group-egress',
      'request nacl-egress',
      'request route',
      'request peering',
      'request nacl-ingress',
      'request security-group-ingress',
      'response security-group-egress',
      'response nacl-egress',
      'response route',
      'response peering',
      'response nacl-ingress',
      'response security-group-ingress',
    ]);
    expect(trace.hops[3]?.resourceId).toBe(ACME.peering);
    expect(trace.hops[4]).toMatchObject({ resourceId: ACME.dbAcl, rule: { ruleNumber: 110 } });
  });

  it('reads an AWS bundle: a response to a port outside the ACL egress range stops at its * rule', async () => {
    // NACLs are stateless: the response to source port 61000 leaves the db subnet through an ACL
    // whose outbound rules cover 1024-65535 to 10.50.0.0/16 and 32768-60999 to 10.60.0.0/16 only.
    const run = await runCli([
      'analyze',
      ACME_BUNDLE,
      '--from',
      ACME.monitoring,
      '--to',
      ACME.dbPrimary,
      ...tcp(5432),
      '--source-port',
      '61000',
      '--expect',
      'blocked',
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines[7]).toMatch(
      new RegExp(`^response\\s+nacl-egress\\s+${ACME.dbAcl}\\s+deny\\s+.*61000`),
    );
    expect(lines.at(-2)).toBe('verdict: blocked');
    expect(lines.at(-1)).toBe(`blocked by: response nacl-egress ${ACME.dbAcl} (rule 32767)`);
  });

  it('lists what the bundle holds that is not modelled as warning lines on stderr, exit code unchanged', async () => {
    const run = await runCli([
      'analyze',
      UNMODELLED_BUNDLE,
      '--from',
      'firewall-appliance',
      '--to',
      '10.9.0.5',
      ...tcp(443),
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderrLines.length).toBeGreaterThan(1);
    for (const line of run.stderrLines) expect(line).toMatch(/^warning: \S+: /);
    expect(run.stderrLines).toContainEqual(
      expect.stringMatching(
        /^warning: tgw-\w+: transit gateway is not in the bundle \(TransitGateways; another account's\?\); flows its routes carry are unknown \(routes in rtb-\w+\)$/,
      ),
    );
    const trace = parseTrace(run);
    expect(['allowed', 'blocked', 'unknown']).toContain(trace.verdict);
    // The flow's own warnings (the route to a transit gateway it crosses) are in the JSON, and so
    // is every unmodelled resource of its VPC (a virtual private gateway could change its path).
    expect(trace.warnings).toContainEqual(expect.stringMatching(/tgw-\w+ is not modelled/));
    expect(trace.warnings).toContainEqual(
      expect.stringMatching(/^vgw-\w+: virtual private gateway .* is not modelled/),
    );
  });
});

describe.concurrent('check and validate', () => {
  it('check: one PASS line per saved flow with an expectation, exit 0', async () => {
    const run = await runCli(['check', THREE_TIER]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const expected = threeTierScenario.flows.filter((f) => f.expected !== undefined);
    expect(lines).toHaveLength(expected.length);
    expected.forEach((flow, i) => {
      expect(lines[i]).toMatch(
        new RegExp(`^PASS  ${flow.name.replace(/[()]/g, '\\$&')}\\s+${flow.expected}`),
      );
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^PASS  web-1 → db-1 .*blocked  at request security-group-ingress ${ID.db1}$`),
      ),
    );
  });

  it('check --json: an array of { name, expected, verdict, blockedBy }, exit 1 when any differs; an unresolvable flow is an error', async () => {
    const run = await runCli(['check', BROKEN, '--json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as {
      name: string;
      expected: string;
      verdict: string;
      blockedBy: unknown;
      error?: string;
    }[];
    expect(
      results.map(({ name, expected, verdict, blockedBy }) => ({
        name,
        expected,
        verdict,
        blockedBy,
      })),
    ).toEqual([
      { name: 'web-1 → app-1 on 8080', expected: 'blocked', verdict: 'allowed', blockedBy: null },
      { name: 'app-1 → db-1 PostgreSQL', expected: 'allowed', verdict: 'allowed', blockedBy: null },
      { name: 'web-1 → nobody', expected: 'allowed', verdict: 'error', blockedBy: null },
    ]);
    expect(results[2]?.error).toMatch(/10\.0\.1\.99 .*belongs to no instance/);
  });

  it('validate: one line per finding, exit 1 when any is an error', async () => {
    const run = await runCli(['validate', BROKEN]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^error\s+subnet-0bad\s+cidrBlock\s+\S.*192\.168\.0\.0\/24/m);
  });

  it('validate --json: the findings as an array', async () => {
    const run = await runCli(['validate', THREE_TIER, '--json']);
    const findings = JSON.parse(run.stdout) as { severity: string }[];
    expect(Array.isArray(findings)).toBe(true);
    expect(run.code).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('--version prints the version from package.json', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});

describe.concurrent(
  'exit 2: the command could not run (one line on stderr, nothing on stdout)',
  () => {
    it('a missing file is named as given', async () => {
      const line = expectRefused(await runCli(['check', 'no-such-dir/scenario.json']));
      expect(line).toBe('no-such-dir/scenario.json: no such file');
    });

    it('JSON that does not parse names the line and column', async () => {
      const line = expectRefused(await runCli(['validate', 'bad.json'], dir));
      expect(line).toMatch(/^bad\.json: invalid JSON at line 3, column 5: \S/);
    });

    it('a malformed bundle names the file, the JSON path and what was expected', async () => {
      const line = expectRefused(
        await runCli(['analyze', 'bundle.json', '--from', 'a', '--to', 'b', ...tcp(443)], dir),
      );
      expect(line).toBe(
        'bundle.json: SecurityGroups[0].IpPermissions[1].FromPort: expected a number, got "abc"',
      );
    });

    it('a port out of range names --port', async () => {
      const line = expectRefused(
        await runCli(['analyze', THREE_TIER, '--from', 'web-1', '--to', 'db-1', ...tcp(70000)]),
      );
      expect(line).toBe('--port: expected 1-65535, got 70000');
    });

    it('a TCP or UDP flow without --port names --port', async () => {
      const line = expectRefused(
        await runCli([
          'analyze',
          THREE_TIER,
          '--from',
          'web-1',
          '--to',
          'db-1',
          '--protocol',
          'UDP',
        ]),
      );
      expect(line).toMatch(/^--port: missing/);
    });

    it('--protocol all is refused: a flow is one protocol', async () => {
      const line = expectRefused(
        await runCli([
          'analyze',
          THREE_TIER,
          '--from',
          'web-1',
          '--to',
          'db-1',
          '--protocol',
          'all',
        ]),
      );
      expect(line).toMatch(/^--protocol: .*refused/);
    });

    it('an endpoint that names nothing is named', async () => {
      const line = expectRefused(
        await runCli(['analyze', THREE_TIER, '--from', 'web-9', '--to', 'db-1', ...tcp(80)]),
      );
      expect(line).toMatch(/^--from: .*"web-9"/);
    });

    it('a Name that several instances share names them all', async () => {
      const line = expectRefused(
        await runCli(['analyze', BROKEN, '--from', 'web-1', '--to', 'db-1', ...tcp(5432)]),
      );
      expect(line).toMatch(/^--from: 2 instances are named "web-1"/);
      expect(line).toContain(ID.web1);
      expect(line).toContain(ID.web2);
    });

    it("an address inside a VPC that is no instance's is refused", async () => {
      const line = expectRefused(
        await runCli(['analyze', THREE_TIER, '--from', 'web-1', '--to', '10.0.1.99', ...tcp(80)]),
      );
      expect(line).toMatch(/10\.0\.1\.99 .*vpc-\w+.*belongs to no instance/);
    });

    it('an unknown command is named', async () => {
      const line = expectRefused(await runCli(['analyse', THREE_TIER]));
      expect(line).toMatch(/^unknown command "analyse"/);
    });
  },
);
