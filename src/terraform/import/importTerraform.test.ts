import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../model/schema.ts';
import type { Scenario } from '../../model/types.ts';
import { importTerraform, type TerraformImport } from './importTerraform.ts';

const load = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const fixture = (name: string) => load(`../__fixtures__/${name}`);
const sample = (name: string) => load(`../../../../shared/samples/terraform-public/${name}`);

function imported(input: unknown, before = false): TerraformImport {
  const result = importTerraform(input, { before });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** The model ID of the resource imported from `address`. */
function idOf(scenario: Scenario, address: string): string {
  const entry = Object.entries(scenario.terraform?.addresses ?? {}).find(([, a]) => a === address);
  if (!entry) throw new Error(`${address} not imported`);
  return entry[0];
}

describe('importTerraform: modules, count, for_each, IDs unknown until apply', () => {
  const result = imported(fixture('modules-count-foreach.plan.json'));
  const s = result.scenario;

  it('reads every nested module, with count indexes and for_each keys in the addresses', () => {
    expect(s.vpcs).toHaveLength(1);
    expect(s.subnets.map((x) => x.cidrBlock).sort()).toEqual([
      '10.20.1.0/24',
      '10.20.11.0/24',
      '10.20.12.0/24',
      '10.20.2.0/24',
    ]);
    expect(s.instances.map((i) => s.terraform?.addresses[i.id]).sort()).toEqual([
      'module.app.aws_instance.api[0]',
      'module.app.aws_instance.api[1]',
      'module.app.aws_instance.web["a"]',
      'module.app.aws_instance.web["b"]',
    ]);
    expect(s.terraform?.source).toBe('plan');
  });

  it('joins unknown IDs through references: each.key through a module output, count.index through element()', () => {
    const subnetOf = (address: string) =>
      s.instances.find((i) => i.id === idOf(s, address))?.subnetId;
    expect(subnetOf('module.app.aws_instance.web["b"]')).toBe(
      idOf(s, 'module.network.aws_subnet.public["b"]'),
    );
    expect(subnetOf('module.app.aws_instance.api[1]')).toBe(
      idOf(s, 'module.network.aws_subnet.private[1]'),
    );
    // for_each over another resource: each.value.id is the instance with the same key.
    const publicA = s.subnets.find(
      (x) => x.id === idOf(s, 'module.network.aws_subnet.public["a"]'),
    );
    expect(publicA?.routeTableId).toBe(idOf(s, 'module.network.aws_route_table.public'));
  });

  // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group
  it('gives a Terraform-made group no egress rule unless one is written', () => {
    const api = s.securityGroups.find((g) => g.id === idOf(s, 'module.app.aws_security_group.api'));
    expect(api?.egress).toEqual([]);
    expect(api?.ingress).toEqual([
      {
        protocol: 'tcp',
        portRange: { from: 8080, to: 8080 },
        peer: { kind: 'group', groupId: idOf(s, 'module.app.aws_security_group.web') },
        description: 'API from the web tier',
      },
    ]);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html,
  // https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html,
  // https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html
  it('adds what AWS creates with a VPC: default group, default ACL, main table with local route', () => {
    const vpc = s.vpcs[0]!;
    const group = s.securityGroups.find((g) => g.vpcId === vpc.id && g.isDefault);
    expect(group?.ingress).toEqual([
      { protocol: 'all', peer: { kind: 'group', groupId: group?.id } },
    ]);
    expect(group?.egress).toEqual([{ protocol: 'all', peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }]);
    expect(s.networkAcls.find((a) => a.isDefault)?.ingress[0]).toMatchObject({
      action: 'allow',
      cidr: '0.0.0.0/0',
    });
    const main = s.routeTables.find((t) => t.main);
    expect(main?.routes).toEqual([
      { destination: '10.20.0.0/16', target: 'local', state: 'active' },
    ]);
    expect(s.terraform?.addresses[main!.id]).toBe(
      'module.network.aws_vpc.this.default_route_table_id',
    );
    const publicTable = s.routeTables.find(
      (t) => t.id === idOf(s, 'module.network.aws_route_table.public'),
    );
    expect(publicTable?.routes).toEqual([
      { destination: '10.20.0.0/16', target: 'local', state: 'active' },
      {
        destination: '0.0.0.0/0',
        target: idOf(s, 'module.network.aws_internet_gateway.this'),
        state: 'active',
      },
    ]);
  });

  it('assumes the first free address of the subnet and a public address from map_public_ip_on_launch', () => {
    const web = s.instances.find((i) => i.id === idOf(s, 'module.app.aws_instance.web["a"]'));
    // AWS reserves the first four addresses of a subnet:
    // https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
    expect(web?.privateIp).toBe('10.20.1.4');
    expect(web?.publicIp).toBe('198.18.0.1');
    const api = s.instances.find((i) => i.id === idOf(s, 'module.app.aws_instance.api[0]'));
    expect(api?.publicIp).toBeUndefined();
    expect(result.assumed).toContain(
      'module.app.aws_instance.web["a"]: public IPv4 address 198.18.0.1 assumed (shop-public-a has map_public_ip_on_launch; AWS assigns it at apply)',
    );
    expect(s.terraform?.assumedAddresses[web!.id]).toMatch(
      /10\.20\.1\.4 assumed.*198\.18\.0\.1 assumed/,
    );
    expect(s.terraform?.placeholderIds).toContain(web!.id);
    expect(result.warnings).toEqual([]);
  });
});

describe('importTerraform: a state with aws_default_* and rules written twice', () => {
  const s = imported(fixture('defaults-inline-rules.state.json')).scenario;

  it('keeps known IDs and makes up none', () => {
    expect(s.terraform?.placeholderIds).toEqual([]);
    expect(s.instances.find((i) => i.name === 'web')).toMatchObject({
      id: 'i-0f1e2d3c4b5a60001',
      privateIp: '10.30.1.20',
      publicIp: '198.51.100.21',
    });
  });

  it('counts a rule once when the group repeats a rule resource in its inline blocks', () => {
    const web = s.securityGroups.find((g) => g.id === 'sg-0f1e2d3c4b5a60002');
    expect(web?.ingress.map((r) => (r.portRange ? r.portRange.from : null))).toEqual([80, 22]);
    const db = s.securityGroups.find((g) => g.id === 'sg-0f1e2d3c4b5a60003');
    expect(db?.ingress).toHaveLength(1);
    const acl = s.networkAcls.find((a) => a.id === 'acl-0f1e2d3c4b5a60002');
    expect(acl?.ingress.map((e) => e.ruleNumber)).toEqual([100, 110, 120]);
    const pub = s.routeTables.find((t) => t.id === 'rtb-0f1e2d3c4b5a60002');
    expect(pub?.routes).toHaveLength(2);
  });

  it('replaces the default group, ACL and main table by the aws_default_* resources', () => {
    const group = s.securityGroups.find((g) => g.id === 'sg-0f1e2d3c4b5a60001');
    expect(group).toMatchObject({ isDefault: true, ingress: [], egress: [] });
    const main = s.routeTables.find((t) => t.id === 'rtb-0f1e2d3c4b5a60001');
    expect(main).toMatchObject({ main: true, name: 'shop-private' });
    expect(main?.routes.map((r) => r.target)).toEqual(['local', 'nat-0f1e2d3c4b5a60001']);
    expect(s.natGateways[0]).toMatchObject({ publicIp: '198.51.100.20', privateIp: '10.30.1.10' });
  });
});

describe('importTerraform: a plan, now and after apply', () => {
  const plan = fixture('tighten-db.plan.json');

  it('drops what the plan deletes after apply, and keeps it in prior_state', () => {
    const after = imported(plan).scenario;
    const now = imported(plan, true).scenario;
    expect(after.instances.map((i) => i.name).sort()).toEqual(['app', 'db']);
    expect(now.instances.map((i) => i.name).sort()).toEqual(['app', 'db', 'old-app']);
    expect(now.terraform?.source).toBe('plan-prior-state');
    const dbNow = now.securityGroups.find((g) => g.name === 'db');
    const dbAfter = after.securityGroups.find((g) => g.name === 'db');
    expect(dbNow?.ingress.map((r) => r.portRange)).toEqual([{ from: 0, to: 65535 }]);
    // The deleted rule is still echoed in the group's planned inline blocks: it is taken out.
    expect(dbAfter?.ingress.map((r) => r.portRange)).toEqual([{ from: 5432, to: 5432 }]);
  });
});

describe('importTerraform: the real plans of shared/samples', () => {
  it('TerraGoat: two VPCs, the web instances in their subnet, the unmodelled resources named', () => {
    const result = imported(sample('checkov-terragoat.tfplan.json'));
    expect(result.scenario.vpcs.map((v) => v.cidrBlocks[0]).sort()).toEqual([
      '10.10.0.0/16',
      '172.16.0.0/16',
    ]);
    expect(result.scenario.instances).toHaveLength(2);
    expect(result.warnings.some((w) => w.startsWith('aws_elb.weblb: '))).toBe(true);
    expect(result.skipped).toContain('aws_s3_bucket.data (aws_s3_bucket)');
  });

  it('a plan whose rule names a group outside it: the rule is left out with a warning', () => {
    const result = imported(sample('terraform-compliance-test_issue-sgr.plan.json'));
    expect(result.warnings).toEqual([
      'aws_security_group_rule.allow_all: security_group_id sg-123456 is not in the plan; the rule is left out',
    ]);
    const tls = result.scenario.securityGroups.find((g) => g.name === 'allow_tls');
    expect(tls?.ingress).toHaveLength(1);
    expect(tls?.egress).toEqual([]);
  });

  it('nested child modules with no network: an empty network and a note', () => {
    const result = imported(
      sample('checkov-plan_nested_child_modules_with_connections.tfplan.json'),
    );
    expect(result.scenario.vpcs).toEqual([]);
    expect(result.notes).toEqual(['the plan holds no VPC: it opens as an empty network']);
    expect(result.skipped).toContain(
      'module.s3_module.module.s3_submodule.aws_s3_bucket.submodule_bucket (aws_s3_bucket)',
    );
  });
});

describe('importTerraform: what it returns is a valid scenario as it stands', () => {
  const inputs = {
    modules: fixture('modules-count-foreach.plan.json'),
    defaults: fixture('defaults-inline-rules.state.json'),
    tighten: fixture('tighten-db.plan.json'),
    terragoat: sample('checkov-terragoat.tfplan.json'),
    sgr: sample('terraform-compliance-test_issue-sgr.plan.json'),
  };
  for (const [name, input] of Object.entries(inputs)) {
    it(name, () => {
      for (const before of name === 'defaults' ? [false] : [false, true]) {
        const scenario = imported(input, before).scenario;
        // The schema's defaults change nothing: every field is written out.
        expect(ScenarioSchema.parse(scenario)).toEqual(scenario);
      }
    });
  }
});

describe('importTerraform: what it refuses', () => {
  it('--before on a state', () => {
    const result = importTerraform({ format_version: '1.0', values: {} }, { before: true });
    expect(result.ok).toBe(false);
  });

  it('a bad value, named by its JSON path', () => {
    const result = importTerraform({
      format_version: '1.2',
      planned_values: {
        root_module: {
          child_modules: [
            {
              address: 'module.net',
              resources: [
                {
                  address: 'module.net.aws_vpc.x',
                  mode: 'managed',
                  type: 'aws_vpc',
                  name: 'x',
                  values: { cidr_block: 'ten' },
                },
              ],
            },
          ],
        },
      },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'planned_values.root_module.child_modules[0].resources[0].values.cidr_block',
          message: 'expected an IPv4 CIDR block like 10.0.0.0/16, got "ten"',
        },
      ],
    });
  });

  it('a malformed document, named by its JSON path', () => {
    const result = importTerraform({
      format_version: '1.2',
      planned_values: { root_module: { resources: 'none' } },
    });
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'planned_values.root_module.resources', message: 'expected an array, got "none"' },
    ]);
  });
});
