import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { S3_ADDRESS, s3EndpointLayout, s3EndpointScenario } from '../scenarios/s3Endpoint.ts';
import { importAwsBundle } from '../aws/index.ts';
import { parseScenarioFile, toScenarioFile } from '../model/envelope.ts';
import { parseCidr, parseIp, rangeHas } from '../model/ip.ts';
import { ScenarioFileSchema } from '../model/schema.ts';
import type { Scenario, ScenarioFile } from '../model/types.ts';
import { builtInScenarios } from '../scenarios/index.ts';
import {
  findSensitive,
  hasSensitive,
  isSensitiveAddress,
  PLACEHOLDER_ACCOUNT,
  withPlaceholders,
} from './placeholders.ts';

const BUNDLE = new URL('../../../shared/samples/acme-prod/bundle.json', import.meta.url);

function fileOf(patch: (s: Scenario) => Scenario): ScenarioFile {
  const base = ScenarioFileSchema.parse({
    format: 'vpc-flow-lab',
    version: 2,
    scenario: {
      name: 'acct',
      vpcs: [
        {
          id: 'vpc-1',
          name: 'prod',
          cidrBlocks: ['10.0.0.0/16'],
          ipv6CidrBlock: '2600:1f18:1234:5600::/56',
        },
      ],
      subnets: [
        {
          id: 'subnet-1',
          name: 'public',
          vpcId: 'vpc-1',
          cidrBlock: '10.0.1.0/24',
          ipv6CidrBlock: '2600:1f18:1234:5601::/64',
        },
      ],
      instances: [
        {
          id: 'i-1',
          name: 'web',
          subnetId: 'subnet-1',
          privateIp: '10.0.1.10',
          publicIp: '54.210.17.10',
          ipv6Address: '2600:1f18:1234:5601::21',
        },
        {
          id: 'i-2',
          name: 'web-2',
          subnetId: 'subnet-1',
          privateIp: '10.0.1.11',
          publicIp: '54.210.17.22',
        },
      ],
      securityGroups: [
        {
          id: 'sg-1',
          name: 'office',
          description: 'arn:aws:iam::111122223333:role/admin; account 444455556666',
          vpcId: 'vpc-1',
          ingress: [
            {
              protocol: 'tcp',
              portRange: { from: 22, to: 22 },
              peer: { kind: 'cidr', cidr: '54.210.17.0/24' },
            },
            {
              protocol: 'tcp',
              portRange: { from: 443, to: 443 },
              peer: { kind: 'cidr', cidr: '52.94.0.0/16' },
            },
            {
              protocol: 'tcp',
              portRange: { from: 80, to: 80 },
              peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
            },
          ],
        },
      ],
      flows: [
        {
          id: 'f1',
          name: 'office 54.210.17.99 to web',
          source: { address: '54.210.17.99' },
          destination: { instanceId: 'i-1' },
          protocol: 'tcp',
          port: 22,
        },
        {
          id: 'f2',
          name: 'doc host',
          source: { address: '203.0.113.10' },
          destination: { instanceId: 'i-1' },
          protocol: 'tcp',
          port: 443,
        },
      ],
    },
  });
  return { ...base, scenario: patch(base.scenario) };
}

describe('finding what an AWS scenario gives away', () => {
  it('finds no account number and no public IPv4 address in any built-in scenario', () => {
    for (const b of builtInScenarios) {
      const found = findSensitive(toScenarioFile(b.scenario, b.layout));
      expect(found.accounts, b.id).toEqual([]);
      // The IPv6 scenario draws from Amazon's pool (2600:1f18::/32), which is said, as it should be.
      expect(
        found.addresses.filter((a) => !a.includes(':')),
        b.id,
      ).toEqual([]);
    }
  });

  it('finds account numbers in descriptions and ARNs, and public addresses', () => {
    const found = findSensitive(fileOf((s) => s));
    expect(found.accounts).toEqual(['111122223333', '444455556666']);
    expect(found.addresses).toEqual([
      '54.210.17.10',
      '54.210.17.22',
      '54.210.17.0/24',
      '54.210.17.99',
      '2600:1f18:1234:5600::/56',
      '2600:1f18:1234:5601::/64',
      '2600:1f18:1234:5601::21',
    ]);
    expect(hasSensitive(found)).toBe(true);
  });

  it('leaves private, documentation and wide ranges alone', () => {
    for (const text of [
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '100.64.0.1',
      '203.0.113.9',
      '198.51.100.0/24',
      '192.0.2.1',
      '0.0.0.0/0',
      '52.94.0.0/16',
      '169.254.169.254',
      '2001:db8::1',
      '::/0',
      'fd00::1',
      '3fff::/20',
    ]) {
      expect(isSensitiveAddress(text), text).toBe(false);
    }
    for (const text of ['54.1.2.3', '8.8.8.8', '52.94.76.0/24', '2600:1f18::/56', '2a05:d018::1']) {
      expect(isSensitiveAddress(text), text).toBe(true);
    }
  });
});

describe('replacing them with placeholders', () => {
  const { file, replaced } = withPlaceholders(fileOf((s) => s));

  it('leaves nothing to find, and the result passes the schema', () => {
    expect(findSensitive(file)).toEqual({ accounts: [], addresses: [] });
    expect(parseScenarioFile(JSON.parse(JSON.stringify(file))).ok).toBe(true);
  });

  it('puts the documentation account number in text', () => {
    expect(file.scenario.securityGroups[0]?.description).toBe(
      `arn:aws:iam::${PLACEHOLDER_ACCOUNT}:role/admin; account ${PLACEHOLDER_ACCOUNT}`,
    );
  });

  it('maps one public /24 to one documentation /24 everywhere, keeping the last octet', () => {
    // 203.0.113.0/24 is already used by the scenario (a flow), so the next block is taken.
    expect(file.scenario.instances.map((i) => i.publicIp)).toEqual([
      '198.51.100.10',
      '198.51.100.22',
    ]);
    expect(file.scenario.securityGroups[0]?.ingress.map((r) => r.peer)).toEqual([
      { kind: 'cidr', cidr: '198.51.100.0/24' },
      { kind: 'cidr', cidr: '52.94.0.0/16' },
      { kind: 'cidr', cidr: '0.0.0.0/0' },
    ]);
    expect(file.scenario.flows.map((f) => f.source)).toEqual([
      { address: '198.51.100.99' },
      { address: '203.0.113.10' },
    ]);
    expect(file.scenario.flows[0]?.name).toBe('office 198.51.100.99 to web');
    expect(replaced.get('54.210.17.10')).toBe('198.51.100.10');
  });

  it('maps IPv6 into 2001:db8::/32 and keeps subnets inside their VPC', () => {
    const vpc = parseCidr(file.scenario.vpcs[0]?.ipv6CidrBlock ?? '');
    const subnet = parseCidr(file.scenario.subnets[0]?.ipv6CidrBlock ?? '');
    const address = parseIp(file.scenario.instances[0]?.ipv6Address ?? '');
    expect(file.scenario.vpcs[0]?.ipv6CidrBlock).toBe('2001:db8:1234:5600::/56');
    expect(file.scenario.subnets[0]?.ipv6CidrBlock).toBe('2001:db8:1234:5601::/64');
    expect(vpc && subnet && address && rangeHas(subnet, address)).toBe(true);
    expect(vpc && subnet && vpc.first <= subnet.first && subnet.last <= vpc.last).toBe(true);
  });

  it.skipIf(!existsSync(BUNDLE))('cleans the acme-prod sample import and keeps it valid', () => {
    const imported = importAwsBundle(JSON.parse(readFileSync(BUNDLE, 'utf8')));
    if (!imported.ok) throw new Error('the sample does not import');
    const original = toScenarioFile(imported.value.scenario);
    expect(findSensitive(original).addresses.length).toBeGreaterThan(0);
    const cleaned = withPlaceholders(original).file;
    expect(findSensitive(cleaned)).toEqual({ accounts: [], addresses: [] });
    expect(parseScenarioFile(cleaned).ok).toBe(true);
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html
describe('AWS’s own addresses', () => {
  it('leaves an address of an AWS-managed prefix list (S3) alone: it is AWS’s, and a flow names it', () => {
    const file = toScenarioFile(s3EndpointScenario, s3EndpointLayout);
    expect(findSensitive(file).addresses).toEqual([]);
    const { file: cleaned, replaced } = withPlaceholders(file);
    expect(replaced.size).toBe(0);
    expect(cleaned.scenario.flows.map((f) => f.destination)).toContainEqual({
      address: S3_ADDRESS,
    });
  });
});
