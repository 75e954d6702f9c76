import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run.ts';

/**
 * Flows on the Terraform fixtures, answered by Terraform address (spec/ci-check.md, "Terraform
 * input"). Each expected verdict is worked out from AWS's documentation, cited beside it, not
 * copied from the engine's output. In process: the subprocess tests are in terraformCli.test.ts.
 */

const fixture = (name: string) =>
  fileURLToPath(new URL(`../terraform/__fixtures__/${name}`, import.meta.url));
const sample = (name: string) =>
  fileURLToPath(new URL(`../../../shared/samples/terraform-public/${name}`, import.meta.url));

const MODULES = fixture('modules-count-foreach.plan.json');
const DEFAULTS = fixture('defaults-inline-rules.state.json');
const TIGHTEN = fixture('tighten-db.plan.json');
const OPEN_DB = fixture('open-db.plan.json');
const TGW_DEFAULT = fixture('tgw-default-table.plan.json');
const EIP_SECONDARY = fixture('eip-secondary.plan.json');
const TERRAGOAT = sample('checkov-terragoat.tfplan.json');

interface FlowCase {
  readonly name: string;
  readonly file: string;
  readonly from: string;
  readonly to: string;
  readonly port: number;
  readonly before?: boolean;
  readonly verdict: 'allowed' | 'blocked' | 'unknown';
  /** `direction layer resourceId` of the first denying hop. */
  readonly blockedBy?: string;
}

const INTERNET = '203.0.113.10';

const CASES: readonly FlowCase[] = [
  // Modules, count and for_each; every ID unknown until apply.
  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html: an attached
  // gateway, a route to it and a public IPv4 address (map_public_ip_on_launch:
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html).
  {
    name: 'the internet reaches web["a"] on 443 through its public subnet',
    file: MODULES,
    from: INTERNET,
    to: 'module.app.aws_instance.web["a"]',
    port: 443,
    verdict: 'allowed',
  },
  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html: a rule that
  // names a security group allows traffic from the interfaces that carry it.
  {
    name: 'web["a"] reaches api[1] on 8080 through the rule naming the web group',
    file: MODULES,
    from: 'module.app.aws_instance.web["a"]',
    to: 'module.app.aws_instance.api[1]',
    port: 8080,
    verdict: 'allowed',
  },
  {
    name: 'web["b"] is refused on 22 by the api group, which allows only 8080',
    file: MODULES,
    from: 'module.app.aws_instance.web["b"]',
    to: 'module.app.aws_instance.api[0]',
    port: 22,
    verdict: 'blocked',
    blockedBy: 'request security-group-ingress module.app.aws_instance.api[0]',
  },
  // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group:
  // "Terraform removes the default egress rule"; a group without egress rules lets nothing out
  // (https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html).
  {
    name: 'api[0] cannot start a connection out: its Terraform-made group has no egress rule',
    file: MODULES,
    from: 'module.app.aws_instance.api[0]',
    to: INTERNET,
    port: 443,
    verdict: 'blocked',
    blockedBy: 'request security-group-egress module.app.aws_instance.api[0]',
  },
  {
    name: 'the internet cannot reach api[0], which has no public address',
    file: MODULES,
    from: INTERNET,
    to: 'module.app.aws_instance.api[0]',
    port: 8080,
    verdict: 'blocked',
    blockedBy: 'request internet-gateway module.app.aws_instance.api[0]',
  },

  // aws_default_*, inline rules repeated by rule resources, NAT gateway; a state.
  {
    name: 'the internet reaches web on 80',
    file: DEFAULTS,
    from: INTERNET,
    to: 'aws_instance.web',
    port: 80,
    verdict: 'allowed',
  },
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html: rule 100 allows 5432
  // from the public subnet; the response leaves by the private ACL's egress rule 100.
  {
    name: 'web reaches db on 5432 (private ACL rule 100, db group names the web group)',
    file: DEFAULTS,
    from: 'aws_instance.web',
    to: 'aws_instance.db',
    port: 5432,
    verdict: 'allowed',
  },
  {
    name: 'web is refused on 22 by the db group, though the private ACL allows it (rule 120)',
    file: DEFAULTS,
    from: 'aws_instance.web',
    to: 'aws_instance.db',
    port: 22,
    verdict: 'blocked',
    blockedBy: 'request security-group-ingress i-0f1e2d3c4b5a60002',
  },
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html: the main table sends
  // the internet to the NAT gateway; the response comes back on an ephemeral port that the
  // private ACL's rule 110 (TCP 1024-65535) allows.
  {
    name: 'db reaches the internet through the NAT gateway of the main route table',
    file: DEFAULTS,
    from: 'aws_instance.db',
    to: INTERNET,
    port: 443,
    verdict: 'allowed',
  },
  // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group:
  // the resource removes every rule of the default group and adds back only those written.
  {
    name: 'bastion, in the default group locked by aws_default_security_group, cannot send',
    file: DEFAULTS,
    from: 'aws_instance.bastion',
    to: 'aws_instance.db',
    port: 5432,
    verdict: 'blocked',
    blockedBy: 'request security-group-egress i-0f1e2d3c4b5a60003',
  },
  {
    name: 'nothing reaches bastion: the locked default group has no inbound rule',
    file: DEFAULTS,
    from: INTERNET,
    to: 'aws_instance.bastion',
    port: 22,
    verdict: 'blocked',
    blockedBy: 'request security-group-ingress i-0f1e2d3c4b5a60003',
  },

  // A plan that replaces an all-TCP rule by one for PostgreSQL: now (prior_state) and after.
  {
    name: 'after apply: app reaches db on 5432 through the new rule naming the app group',
    file: TIGHTEN,
    from: 'aws_instance.app',
    to: 'aws_instance.db',
    port: 5432,
    verdict: 'allowed',
  },
  {
    name: 'after apply: app is refused on 22, the all-TCP rule being deleted',
    file: TIGHTEN,
    from: 'aws_instance.app',
    to: 'aws_instance.db',
    port: 22,
    verdict: 'blocked',
    blockedBy: 'request security-group-ingress i-0b2c3d4e5f6a70002',
  },
  {
    name: 'now (--before): app reaches db on 22 through the all-TCP rule',
    file: TIGHTEN,
    from: 'aws_instance.app',
    to: 'aws_instance.db',
    port: 22,
    before: true,
    verdict: 'allowed',
  },
  {
    name: 'now (--before): the instance the plan deletes is still there',
    file: TIGHTEN,
    from: 'aws_instance.old',
    to: 'aws_instance.db',
    port: 5432,
    before: true,
    verdict: 'allowed',
  },
  // A plan that opens the database to the app tier: the app's verdict changes with the view.
  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html: a rule whose
  // source is a security group allows traffic from the interfaces in that group.
  {
    name: 'now (--before): the database group has no inbound rule, app is refused on 5432',
    file: OPEN_DB,
    from: 'aws_instance.app',
    to: 'aws_instance.db',
    port: 5432,
    before: true,
    verdict: 'blocked',
    blockedBy: 'request security-group-ingress i-0b2c3d4e5f6a70002',
  },
  {
    name: 'after apply: the new ingress rule naming the app group lets app reach db on 5432',
    file: OPEN_DB,
    from: 'aws_instance.app',
    to: 'aws_instance.db',
    port: 5432,
    verdict: 'allowed',
  },
  // https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html: attachments associated
  // with and propagating to the default route table by default.
  {
    name: 'app reaches the database across the transit gateway through its default route table',
    file: TGW_DEFAULT,
    from: 'aws_instance.app',
    to: 'aws_db_instance.main',
    port: 5432,
    verdict: 'allowed',
  },
  {
    name: 'an instance with an Elastic IP on a secondary address still reaches db by its primary',
    file: EIP_SECONDARY,
    from: 'aws_instance.app',
    to: 'aws_instance.db',
    port: 5432,
    verdict: 'allowed',
  },

  // TerraGoat (shared/samples): every ID unknown, joined through the configuration.
  {
    name: 'TerraGoat: the internet reaches web_host on 80 (web-node group, route to the gateway)',
    file: TERRAGOAT,
    from: INTERNET,
    to: 'aws_instance.web_host',
    port: 80,
    verdict: 'allowed',
  },
  {
    name: 'TerraGoat: the web-node group does not allow 443 in',
    file: TERRAGOAT,
    from: INTERNET,
    to: 'aws_instance.web_host',
    port: 443,
    verdict: 'blocked',
    blockedBy: 'request security-group-ingress aws_instance.web_host',
  },
];

interface JsonTrace {
  verdict: string;
  blockedBy: null | { direction: string; layer: string; resourceId: string };
  warnings: string[];
}

async function analyze(c: FlowCase): Promise<{ trace: JsonTrace; stderr: readonly string[] }> {
  const args = ['analyze', c.file, '--from', c.from, '--to', c.to, '--protocol', 'tcp'];
  args.push('--port', String(c.port), '--json', ...(c.before ? ['--before'] : []));
  const outcome = await run(args);
  expect(outcome.code).toBe(0);
  return { trace: JSON.parse(outcome.stdout) as JsonTrace, stderr: outcome.stderr };
}

describe('flows on Terraform plans and states, by address', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { trace } = await analyze(c);
      expect(trace.verdict).toBe(c.verdict);
      const b = trace.blockedBy;
      expect(b ? `${b.direction} ${b.layer} ${b.resourceId}` : undefined).toBe(c.blockedBy);
    });
  }

  it('warns on every flow whose endpoint address was assumed, naming it by address', async () => {
    const { trace } = await analyze(CASES[1] as FlowCase);
    expect(trace.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^module\.app\.aws_instance\.web\["a"\]: private IPv4 address 10\.20\.1\.4 assumed/,
        ),
        expect.stringMatching(
          /^module\.app\.aws_instance\.api\[1\]: private IPv4 address 10\.20\.12\.4 assumed/,
        ),
      ]),
    );
    const known = (await analyze(CASES[6] as FlowCase)).trace;
    expect(known.warnings.filter((w) => w.includes('assumed'))).toEqual([]);
  });

  it('names a resource known only after apply by its address in every hop', async () => {
    const outcome = await run([
      'analyze',
      MODULES,
      '--from',
      INTERNET,
      '--to',
      'module.app.aws_instance.web["b"]',
      '--protocol',
      'tcp',
      '--port',
      '443',
      '--json',
    ]);
    const hops = (JSON.parse(outcome.stdout) as { hops: { resourceId: string }[] }).hops;
    expect(hops.map((h) => h.resourceId)).toEqual(
      expect.arrayContaining([
        'module.network.aws_internet_gateway.this',
        'module.network.aws_vpc.this.default_network_acl_id',
        'module.app.aws_instance.web["b"]',
        'module.network.aws_route_table.public',
      ]),
    );
    expect(hops.every((h) => !/-tf[0-9a-f]{14}/.test(h.resourceId))).toBe(true);
  });

  it('refuses a bare address of a resource with several instances, listing them', async () => {
    await expect(async () =>
      run([
        'analyze',
        MODULES,
        '--from',
        'module.app.aws_instance.api',
        '--to',
        INTERNET,
        '--protocol',
        'icmp',
      ]),
    ).rejects.toThrow(
      '--from: module.app.aws_instance.api has 2 instances (module.app.aws_instance.api[0], module.app.aws_instance.api[1]); name one',
    );
  });

  it('makes a hop unknown where a value cannot be resolved, naming the address and attribute', async () => {
    const plan = JSON.parse(readFileSync(MODULES, 'utf8')) as {
      configuration: {
        root_module: {
          module_calls: Record<
            string,
            { module: { resources: { address: string; expressions: Record<string, unknown> }[] } }
          >;
        };
      };
    };
    const rule = plan.configuration.root_module.module_calls.app?.module.resources.find(
      (r) => r.address === 'aws_vpc_security_group_ingress_rule.api_from_web',
    );
    if (rule)
      rule.expressions.referenced_security_group_id = { references: ['local.web_group_id'] };
    const dir = mkdtempSync(join(tmpdir(), 'vpc-flow-lab-tf-'));
    try {
      const file = join(dir, 'plan.json');
      writeFileSync(file, JSON.stringify(plan));
      const { trace, stderr } = await analyze({ ...(CASES[1] as FlowCase), file });
      expect(trace.verdict).toBe('unknown');
      expect(stderr).toContain(
        'warning: module.app.aws_vpc_security_group_ingress_rule.api_from_web: referenced_security_group_id of module.app.aws_vpc_security_group_ingress_rule.api_from_web is known only after apply and cannot be resolved: local.web_group_id is a local value, which the plan does not record',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validates a plan, and notes a plan without a network instead of failing', async () => {
    const outcome = await run([
      'validate',
      sample('checkov-plan_nested_child_modules_with_connections.tfplan.json'),
    ]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('note: the plan holds no VPC: it opens as an empty network');
    expect((await run(['validate', MODULES])).code).toBe(0);
  });
});
