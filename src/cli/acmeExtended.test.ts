import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BlockedBy, Hop, Verdict } from '../engine/index.ts';
import { run } from './run.ts';

/**
 * Flows through the extended acme sample (src/aws/__fixtures__/acme-extended, README there), each
 * expected verdict worked out from AWS's documentation, not from the engine's output. Run as the
 * command line runs them (`analyze … --json`), in process.
 */

const BUNDLE = fileURLToPath(
  new URL('../aws/__fixtures__/acme-extended/bundle.json', import.meta.url),
);

interface Answer {
  readonly verdict: Verdict;
  readonly blockedBy: BlockedBy | null;
  readonly hops: readonly Hop[];
  readonly warnings: readonly string[];
  readonly stderr: readonly string[];
}

async function analyze(from: string, to: string, protocol: string, port?: number) {
  const outcome = await run([
    'analyze',
    BUNDLE,
    '--from',
    from,
    '--to',
    to,
    '--protocol',
    protocol,
    ...(port === undefined ? [] : ['--port', String(port)]),
    '--json',
  ]);
  expect(outcome.code).toBe(0);
  const json = JSON.parse(outcome.stdout) as Omit<Answer, 'stderr'>;
  return { ...json, stderr: outcome.stderr };
}

const hopsOf = (a: Answer) =>
  a.hops.map((h) => `${h.direction} ${h.layer} ${h.resourceId} ${h.verdict}`);

const APP_1 = 'i-0d463ee4efcaef8d7';
const WEB_1 = 'i-0d220fcd8e44ffb0f';
const RDS_ENI = 'eni-0d8ab7fadc4ef06c8';
const DB_NACL = 'acl-03012e8a0f529419d';
const PROD_NACL = 'acl-046c6e245cfe6c683';
const APP_TABLE = 'rtb-01626b2f2c3492475';
const S3_ENDPOINT = 'vpce-0c3d20cefc9de5b1e';
const CORE = 'tgw-rtb-0e5f42eabe1fa7d30';
const ANALYTICS_TABLE = 'tgw-rtb-0f6a53fbcf2ab8e41';
const VPN_WARNING = /^tgw-attach-0dae97dfad6efcc85: vpn attachment .* is not modelled/;

describe('the extended acme sample, flow by flow', () => {
  // The RDS interface's group allows PostgreSQL from prod-web-sg, not from prod-app-sg: a group
  // rule matches only traffic from interfaces that carry the named group, and groups deny what no
  // rule allows. The db subnets' NACL allows 5432 in from 10.50.10.0/23 (rule 100) and the reply
  // out to 10.50.0.0/16 on 1024-65535 (rule 100), so the group is the one setting to fix.
  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
  it('app → RDS (by ENI ID) is blocked by the database interface’s own security group', async () => {
    const a = await analyze('app-1', RDS_ENI, 'tcp', 5432);
    expect(a.verdict).toBe('blocked');
    expect(a.blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: RDS_ENI,
    });
    expect(hopsOf(a).slice(0, 5)).toEqual([
      `request security-group-egress ${APP_1} allow`,
      `request nacl-egress ${PROD_NACL} allow`,
      `request route ${APP_TABLE} allow`,
      `request nacl-ingress ${DB_NACL} allow`,
      `request security-group-ingress ${RDS_ENI} deny`,
    ]);
    expect(a.hops.find((h) => h.layer === 'nacl-ingress')?.rule).toMatchObject({ ruleNumber: 100 });
    // The web tier, which the group does name, gets in: the NACL's rule 130 admits 1024-65535.
    expect((await analyze('web-1', RDS_ENI, 'tcp', 5432)).verdict).toBe('allowed');
  });

  // A gateway endpoint's route (the service's prefix list → vpce-…) is more specific than
  // 0.0.0.0/0 → nat-…, so S3's addresses leave by the endpoint; the endpoint's policy is the
  // default full-access one.
  // https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
  it('app → S3 goes through the gateway endpoint, not the NAT gateway', async () => {
    const a = await analyze('app-1', '52.216.10.20', 'tcp', 443);
    expect(a.verdict).toBe('allowed');
    expect(hopsOf(a)).toEqual([
      `request security-group-egress ${APP_1} allow`,
      `request nacl-egress ${PROD_NACL} allow`,
      `request route ${APP_TABLE} allow`,
      `request vpc-endpoint ${S3_ENDPOINT} allow`,
      `response vpc-endpoint ${S3_ENDPOINT} allow`,
      `response nacl-ingress ${PROD_NACL} allow`,
      `response security-group-ingress ${APP_1} allow`,
    ]);
    expect(a.hops[2]?.rule).toMatchObject({
      route: { destination: 'pl-63a5400a', target: S3_ENDPOINT },
      prefixListEntry: '52.216.0.0/15',
    });
  });

  // The prod attachment is associated with the core table, which has analytics' propagated
  // route: the request crosses. The analytics attachment is associated with its own table, which
  // learns only shared's routes: the reply to 10.50.10.31 has no route there, and a transit
  // gateway drops what its route table cannot route.
  // https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html
  // https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
  it('prod → analytics through the transit gateway is blocked on the way back, at the analytics route table', async () => {
    const a = await analyze('app-1', 'etl-worker', 'tcp', 8443);
    expect(a.verdict).toBe('blocked');
    expect(a.blockedBy).toEqual({
      direction: 'response',
      layer: 'transit-gateway',
      resourceId: ANALYTICS_TABLE,
    });
    expect(
      a.hops.find((h) => h.direction === 'request' && h.layer === 'transit-gateway'),
    ).toMatchObject({
      resourceId: CORE,
      verdict: 'allow',
    });
    // The VPN attachment of the same transit gateway could change this path: said with the flow.
    expect(a.warnings).toContainEqual(expect.stringMatching(VPN_WARNING));
  });

  it('shared → analytics through the transit gateway is allowed both ways', async () => {
    const a = await analyze('monitoring', '10.70.1.25', 'tcp', 8443);
    expect(a.verdict).toBe('allowed');
    expect(
      a.hops.filter((h) => h.layer === 'transit-gateway').map((h) => [h.direction, h.resourceId]),
    ).toEqual([
      ['request', CORE],
      ['response', ANALYTICS_TABLE],
    ]);
  });

  // A secondary private address is the interface's; a flow to it inside one subnet does not
  // cross a network ACL. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html
  it('bastion → web-1 by its secondary private address', async () => {
    const a = await analyze('bastion', '10.50.0.121', 'tcp', 443);
    expect(a.verdict).toBe('allowed');
    expect(a.hops.find((h) => h.layer === 'security-group-ingress')?.resourceId).toBe(WEB_1);
    expect(a.hops.filter((h) => h.layer.startsWith('nacl')).map((h) => h.verdict)).toEqual([
      'skip',
      'skip',
      'skip',
      'skip',
    ]);
  });

  // An Elastic IP associated with a secondary address reaches that address through the internet
  // gateway; prod-web-sg allows 443 from anywhere, not 22.
  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html
  it('the internet → web-1 by the Elastic IP of its secondary address', async () => {
    const https = await analyze('internet', '3.222.10.121', 'tcp', 443);
    expect(https.verdict).toBe('allowed');
    expect(https.hops[0]).toMatchObject({ layer: 'internet-gateway', verdict: 'allow' });
    // The internet gateway translates the Elastic IP to the private address it is associated with.
    expect(https.hops[0]?.packet).toMatchObject({ destination: '3.222.10.121' });
    expect(https.hops[1]?.packet).toMatchObject({ destination: '10.50.0.121' });
    const ssh = await analyze('internet', '3.222.10.121', 'tcp', 22);
    expect(ssh.blockedBy).toEqual({
      direction: 'request',
      layer: 'security-group-ingress',
      resourceId: WEB_1,
    });
  });

  // A security-group rule may name a prefix list: it matches the list's entries.
  // https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
  it('an office address of the corporate prefix list reaches the bastion on SSH by Name', async () => {
    expect((await analyze('198.51.100.7', 'bastion', 'tcp', 22)).verdict).toBe('allowed');
    expect((await analyze('198.18.0.7', 'bastion', 'tcp', 22)).blockedBy).toMatchObject({
      layer: 'security-group-ingress',
    });
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html
  it('a stopped instance is evaluated as if running, with a warning', async () => {
    const a = await analyze('web-1', 'batch-runner', 'tcp', 8080);
    expect(a.verdict).toBe('allowed');
    expect(a.warnings).toContain(
      'i-01b6e5deba2cde4a5 is stopped: it is evaluated as if it were running.',
    );
  });

  it('a terminated instance is not an endpoint, and the CLI says so', async () => {
    await expect(analyze('old-worker', 'app-1', 'tcp', 22)).rejects.toThrow(
      '--from: i-02c7f6efcb3def5b7 (old-worker) is terminated, so it has no network interface left to evaluate',
    );
    await expect(analyze('app-1', 'i-02c7f6efcb3def5b7', 'tcp', 22)).rejects.toThrow(
      /^--to: i-02c7f6efcb3def5b7 \(old-worker\) is terminated/,
    );
  });

  it('a load balancer interface is an endpoint; the load balancer as a hop is a warning on its flows only', async () => {
    const a = await analyze('internet', 'acme-web-alb (us-east-1a)', 'tcp', 443);
    expect(a.verdict).toBe('allowed');
    expect(a.warnings).toContainEqual(
      expect.stringMatching(/^app\/acme-web-alb\/\w+: load balancer/),
    );
    expect(a.stderr).toContainEqual(expect.stringMatching(/^warning: app\/acme-web-alb\/\w+: /));
    const inside = await analyze('app-1', 'db-primary', 'tcp', 5432);
    expect(inside.verdict).toBe('allowed');
    expect(inside.warnings).toEqual([]);
  });
});
