import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../model/schema.ts';
import type { Scenario } from '../model/types.ts';
import { importAwsBundle, mergeDescribeOutputs } from './index.ts';

// The shared sample lives beside the repository (/work/shared), not in it.
const BUNDLE = new URL('../../../shared/samples/acme-prod/bundle.json', import.meta.url);
const DESCRIBE_DIR = new URL('../../../shared/samples/acme-prod/describe/', import.meta.url);
const present = existsSync(BUNDLE);

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

function importSample(): { scenario: Scenario; warnings: string[] } {
  const result = importAwsBundle(readJson(BUNDLE));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`${id} is missing`);
  return found;
}

const PROD_VPC = 'vpc-07e44f8146b914a6e';
const SHARED_VPC = 'vpc-00abf4521216811cc';
const DB_NACL = 'acl-03012e8a0f529419d';

describe.skipIf(!present)(
  present
    ? 'the acme-prod sample bundle'
    : `the acme-prod sample bundle (SKIPPED: ${BUNDLE.pathname} is absent)`,
  () => {
    it('imports without errors or warnings, into a scenario that passes the schema', () => {
      const { scenario, warnings } = importSample();
      expect(warnings).toEqual([]);
      expect(ScenarioSchema.safeParse(scenario).success).toBe(true);
    });

    it('holds every resource of the account', () => {
      const { scenario } = importSample();
      expect({
        vpcs: scenario.vpcs.length,
        subnets: scenario.subnets.length,
        instances: scenario.instances.length,
        securityGroups: scenario.securityGroups.length,
        networkAcls: scenario.networkAcls.length,
        routeTables: scenario.routeTables.length,
        internetGateways: scenario.internetGateways.length,
        natGateways: scenario.natGateways.length,
        peeringConnections: scenario.peeringConnections.length,
      }).toEqual({
        vpcs: 2,
        subnets: 7,
        instances: 9,
        securityGroups: 8,
        networkAcls: 3,
        routeTables: 5,
        internetGateways: 1,
        natGateways: 1,
        peeringConnections: 1,
      });
    });

    it('names resources after their Name tags', () => {
      const { scenario } = importSample();
      expect(scenario.vpcs.map((v) => v.name)).toEqual(['acme-prod', 'acme-shared']);
      expect(scenario.instances.map((i) => i.name)).toEqual([
        'bastion',
        'web-1',
        'web-2',
        'app-1',
        'app-2',
        'db-primary',
        'db-replica',
        'monitoring',
        'ci-runner',
      ]);
      expect(byId(scenario.networkAcls, DB_NACL).name).toBe('prod-db-nacl');
      expect(byId(scenario.securityGroups, 'sg-0e9217c475120cf92').name).toBe('default');
    });

    it('reads the dual-stack production VPC and a web server with all three addresses', () => {
      const { scenario } = importSample();
      expect(byId(scenario.vpcs, PROD_VPC)).toMatchObject({
        cidrBlocks: ['10.50.0.0/16'],
        ipv6CidrBlock: '2600:1f18:1234:5600::/56',
      });
      expect(byId(scenario.instances, 'i-0d220fcd8e44ffb0f')).toMatchObject({
        name: 'web-1',
        privateIp: '10.50.0.21',
        publicIp: '54.210.17.21',
        ipv6Address: '2600:1f18:1234:5600::21',
        securityGroupIds: ['sg-0853746408bd7dd3d'],
      });
    });

    it("reads the db group's rules: PostgreSQL from the app group and across the peering, SSH from the bastion", () => {
      const db = byId(importSample().scenario.securityGroups, 'sg-06b969f2066bfb966');
      expect(db.name).toBe('prod-db-sg');
      expect(db.ingress).toEqual([
        {
          protocol: 'tcp',
          portRange: { from: 5432, to: 5432 },
          peer: { kind: 'group', groupId: 'sg-0a17cdd0e069f360c' },
        },
        {
          protocol: 'tcp',
          portRange: { from: 5432, to: 5432 },
          peer: { kind: 'group', groupId: 'sg-0ded72bb37291a242' },
        },
        {
          protocol: 'tcp',
          portRange: { from: 22, to: 22 },
          peer: { kind: 'group', groupId: 'sg-0d080bd7ff531435f' },
        },
      ]);
    });

    it('reads the db NACL without its * rules, ingress and egress apart', () => {
      const acl = byId(importSample().scenario.networkAcls, DB_NACL);
      const tcp = (ruleNumber: number, cidr: string, from: number, to: number) => ({
        ruleNumber,
        action: 'allow',
        protocol: 'tcp',
        cidr,
        portRange: { from, to },
      });
      expect(acl.isDefault).toBe(false);
      expect(acl.ingress).toEqual([
        tcp(100, '10.50.10.0/23', 5432, 5432),
        tcp(110, '10.60.0.0/16', 5432, 5432),
        tcp(120, '10.50.0.0/24', 22, 22),
        tcp(130, '0.0.0.0/0', 1024, 65535),
      ]);
      expect(acl.egress).toEqual([
        tcp(100, '10.50.0.0/16', 1024, 65535),
        tcp(110, '10.60.0.0/16', 32768, 60999),
        tcp(120, '0.0.0.0/0', 443, 443),
      ]);
    });

    it('associates the db subnets with the db NACL and the private route table', () => {
      const { scenario } = importSample();
      for (const id of ['subnet-02153afc884e6862b', 'subnet-05991505fed4fc012']) {
        expect(byId(scenario.subnets, id)).toMatchObject({
          networkAclId: DB_NACL,
          routeTableId: 'rtb-01626b2f2c3492475',
        });
      }
      expect(scenario.routeTables.filter((t) => t.main).map((t) => t.id)).toEqual([
        'rtb-0a755af075bf63a0d',
        'rtb-0cf52af136dc7946a',
      ]);
    });

    it('reads the peering between the two VPCs, active, and the routes over it', () => {
      const { scenario } = importSample();
      expect(scenario.peeringConnections).toEqual([
        {
          id: 'pcx-01d45e65534215c8e',
          name: 'prod-to-shared',
          requesterVpcId: PROD_VPC,
          accepterVpcId: SHARED_VPC,
          status: 'active',
        },
      ]);
      expect(byId(scenario.routeTables, 'rtb-0114509707b23e445').routes).toContainEqual({
        destination: '10.50.0.0/16',
        target: 'pcx-01d45e65534215c8e',
        state: 'active',
      });
    });

    it('attaches the internet gateway to the production VPC and reads the NAT gateway', () => {
      const { scenario } = importSample();
      expect(scenario.internetGateways[0]).toMatchObject({
        name: 'acme-prod-igw',
        vpcId: PROD_VPC,
      });
      expect(scenario.natGateways[0]).toMatchObject({
        id: 'nat-0198555d8961ff47f',
        subnetId: 'subnet-0f78e1f81780390b6',
        publicIp: '54.210.17.88',
        privateIp: '10.50.0.200',
        state: 'available',
      });
    });

    it('gives the CI runner both of its groups', () => {
      expect(
        byId(importSample().scenario.instances, 'i-061aa31af6bbb33a3').securityGroupIds,
      ).toEqual(['sg-036222cfdc8df7edf', 'sg-08d873f69f6ef91fd']);
    });

    it('imports the nine separate describe-* files, merged, to the same scenario as bundle.json', () => {
      const files = readdirSync(DESCRIBE_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort();
      expect(files).toHaveLength(9);
      const merged = mergeDescribeOutputs(files.map((f) => readJson(new URL(f, DESCRIBE_DIR))));
      const result = importAwsBundle(merged);
      expect(result.ok && result.value.scenario).toEqual(importSample().scenario);
    });
  },
);
