import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run.ts';

/**
 * Flows through the AWS services a Terraform plan holds besides instances: an RDS instance in a
 * DB subnet group, a transit gateway, an S3 gateway endpoint, an application load balancer in two
 * zones. Each expected verdict is worked out from AWS's documentation, cited beside it.
 */

const fixture = (name: string) =>
  fileURLToPath(new URL(`../terraform/__fixtures__/${name}`, import.meta.url));
const HUB = fixture('tgw-rds-endpoint.plan.json');
const ALB = fixture('alb-two-zones.state.json');

interface JsonTrace {
  verdict: string;
  blockedBy: null | { direction: string; layer: string; resourceId: string };
  hops: { layer: string; resourceId: string; subnetId?: string }[];
  warnings: string[];
}

async function analyze(file: string, from: string, to: string, port: number): Promise<JsonTrace> {
  const outcome = await run([
    'analyze',
    file,
    '--from',
    from,
    '--to',
    to,
    '--protocol',
    'tcp',
    '--port',
    String(port),
    '--json',
  ]);
  expect(outcome.code).toBe(0);
  return JSON.parse(outcome.stdout) as JsonTrace;
}

const blocked = (t: JsonTrace) =>
  t.blockedBy ? `${t.blockedBy.direction} ${t.blockedBy.layer} ${t.blockedBy.resourceId}` : null;

describe('an RDS instance in a DB subnet group', () => {
  // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html:
  // the instance's interface is in one subnet of its group, with its VPC security groups.
  it('is reached by the app tier on 5432, wherever AWS places it in the group', async () => {
    const t = await analyze(HUB, 'aws_instance.app', 'aws_db_instance.main', 5432);
    expect(t.verdict).toBe('allowed');
    expect(t.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^aws_db_instance\.main: private IPv4 address 10\.50\.11\.4 assumed/),
        expect.stringMatching(
          /^aws_db_instance\.main may be in any subnet of its subnet group: allowed in orders-db-0 .*allowed in orders-db-1 .*the verdict is the same in each$/,
        ),
      ]),
    );
  });

  it('refuses the shared tools host, which its group does not name', async () => {
    const t = await analyze(HUB, 'aws_instance.tools', 'aws_db_instance.main', 5432);
    expect(t.verdict).toBe('blocked');
    expect(blocked(t)).toBe('request security-group-ingress aws_db_instance.main');
  });
});

describe('a transit gateway between two VPCs', () => {
  // https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html: the route to the
  // transit gateway, the association of the source attachment with a table, a route propagated by
  // the destination attachment; "How network ACLs work with transit gateways" for the subnets.
  it('carries SSH from the order service to the tools host, whose group admits the orders VPC', async () => {
    const t = await analyze(HUB, 'aws_instance.app', 'aws_instance.tools', 22);
    expect(t.verdict).toBe('allowed');
    expect(t.hops.map((h) => h.layer)).toContain('transit-gateway');
  });

  it("does not let the tools host in: the order service's group has no inbound rule", async () => {
    const t = await analyze(HUB, 'aws_instance.tools', 'aws_instance.app', 22);
    expect(blocked(t)).toBe('request security-group-ingress aws_instance.app');
  });
});

describe('an S3 gateway endpoint', () => {
  // https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html: the route from the
  // service's prefix list to the endpoint, in the route tables the endpoint lists.
  it('takes the order service to an S3 address of its prefix list', async () => {
    const t = await analyze(HUB, 'aws_instance.app', '52.218.1.10', 443);
    expect(t.verdict).toBe('allowed');
    expect(t.hops.map((h) => h.layer)).toContain('vpc-endpoint');
  });

  it("is not in the shared VPC's route table, which has no route to S3", async () => {
    const t = await analyze(HUB, 'aws_instance.tools', '52.218.1.10', 443);
    expect(blocked(t)).toBe('request route aws_route_table.shared');
  });
});

describe('an application load balancer in two zones, by address', () => {
  const nodeSubnet = (t: JsonTrace) =>
    t.hops.find((h) => h.layer === 'security-group-ingress' && h.resourceId === 'aws_lb.public')
      ?.subnetId;

  // spec/ci-check.md: `aws_lb.public` is "its interface in the source's zone, else the first".
  it("is its node in the source's zone", async () => {
    const t = await analyze(ALB, 'aws_instance.worker', 'aws_lb.public', 443);
    expect(t.verdict).toBe('allowed');
    expect(nodeSubnet(t)).toBe('subnet-0e1f2a3b4c5d60002');
  });

  // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html
  it('is reached from the internet on 443 (internet-facing), and reaches the workers on 8080', async () => {
    const inbound = await analyze(ALB, '203.0.113.10', 'aws_lb.public', 443);
    expect(inbound.verdict).toBe('allowed');
    expect(nodeSubnet(inbound)).toBe('subnet-0e1f2a3b4c5d60001');
    const onward = await analyze(ALB, 'aws_lb.public', 'aws_instance.worker', 8080);
    expect(onward.verdict).toBe('allowed');
    const refused = await analyze(ALB, '203.0.113.10', 'aws_lb.public', 80);
    expect(blocked(refused)).toBe('request security-group-ingress aws_lb.public');
  });
});
