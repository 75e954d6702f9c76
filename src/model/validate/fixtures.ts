import { addVpc, emptyScenario, newNetworkAcl, newSecurityGroup } from '../defaults.ts';
import type { Scenario } from '../types.ts';
import type { Finding } from './finding.ts';

/**
 * Test scenarios for the validator, built the way the app builds them (addVpc), with fixed IDs
 * so findings can be compared exactly. Plain data, no test framework, so it compiles with the
 * model.
 *
 * `cleanScenario` is a small network that breaks no rule: VPC A (10.0.0.0/16, dual stack) with
 * a public subnet (internet gateway, a NAT gateway, the web instance) and a private one (the
 * database, behind a custom ACL, routing out through the NAT), peered with VPC B (10.1.0.0/16).
 */
export function cleanScenario(): Scenario {
  const a = addVpc(emptyScenario('clean'), {
    cidrBlock: '10.0.0.0/16',
    ipv6CidrBlock: '2600:1f18:aaaa:a00::/56',
    ids: {
      vpc: 'vpc-a',
      securityGroup: 'sg-adefault',
      networkAcl: 'acl-adefault',
      routeTable: 'rtb-amain',
    },
  });
  const b = addVpc(a.scenario, {
    cidrBlock: '10.1.0.0/16',
    ids: {
      vpc: 'vpc-b',
      securityGroup: 'sg-bdefault',
      networkAcl: 'acl-bdefault',
      routeTable: 'rtb-bmain',
    },
  });
  const s = b.scenario;
  const web = newSecurityGroup(a.vpc, 'web', 'sg-web');
  web.ingress.push({
    protocol: 'tcp',
    portRange: { from: 443, to: 443 },
    peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
  });
  const db = newSecurityGroup(a.vpc, 'db', 'sg-db');
  db.ingress.push({
    protocol: 'tcp',
    portRange: { from: 5432, to: 5432 },
    peer: { kind: 'group', groupId: 'sg-web' },
  });
  const acl = newNetworkAcl(a.vpc, 'private', 'acl-aprivate');
  acl.ingress.push(
    {
      ruleNumber: 100,
      action: 'allow',
      protocol: 'tcp',
      cidr: '10.0.0.0/24',
      portRange: { from: 5432, to: 5432 },
    },
    {
      ruleNumber: 200,
      action: 'allow',
      protocol: 'tcp',
      cidr: '0.0.0.0/0',
      portRange: { from: 1024, to: 65535 },
    },
  );
  acl.egress.push(
    {
      ruleNumber: 100,
      action: 'allow',
      protocol: 'tcp',
      cidr: '10.0.0.0/24',
      portRange: { from: 1024, to: 65535 },
    },
    {
      ruleNumber: 110,
      action: 'allow',
      protocol: 'tcp',
      cidr: '0.0.0.0/0',
      portRange: { from: 443, to: 443 },
    },
  );
  s.securityGroups.push(web, db);
  s.networkAcls.push(acl);
  s.internetGateways.push({ id: 'igw-a', name: 'igw', vpcId: 'vpc-a' });
  s.routeTables.push({
    id: 'rtb-apublic',
    name: 'public',
    vpcId: 'vpc-a',
    main: false,
    routes: [
      { destination: '10.0.0.0/16', target: 'local', state: 'active' },
      { destination: '2600:1f18:aaaa:a00::/56', target: 'local', state: 'active' },
      { destination: '0.0.0.0/0', target: 'igw-a', state: 'active' },
      { destination: '::/0', target: 'igw-a', state: 'active' },
    ],
  });
  find(s.routeTables, 'rtb-amain').routes.push(
    { destination: '0.0.0.0/0', target: 'nat-a', state: 'active' },
    { destination: '10.1.0.0/16', target: 'pcx-ab', state: 'active' },
  );
  find(s.routeTables, 'rtb-bmain').routes.push({
    destination: '10.0.0.0/16',
    target: 'pcx-ab',
    state: 'active',
  });
  s.subnets.push(
    {
      id: 'subnet-apublic',
      name: 'public',
      vpcId: 'vpc-a',
      cidrBlock: '10.0.0.0/24',
      ipv6CidrBlock: '2600:1f18:aaaa:a00::/64',
      availabilityZone: 'us-east-1a',
      routeTableId: 'rtb-apublic',
    },
    {
      id: 'subnet-aprivate',
      name: 'private',
      vpcId: 'vpc-a',
      cidrBlock: '10.0.1.0/24',
      availabilityZone: 'us-east-1a',
      networkAclId: 'acl-aprivate',
    },
    {
      id: 'subnet-b',
      name: 'b',
      vpcId: 'vpc-b',
      cidrBlock: '10.1.0.0/24',
      availabilityZone: 'us-east-1a',
    },
  );
  s.natGateways.push({
    id: 'nat-a',
    name: 'nat',
    subnetId: 'subnet-apublic',
    state: 'available',
    privateIp: '10.0.0.5',
    publicIp: '203.0.113.5',
  });
  s.instances.push(
    {
      id: 'i-web',
      name: 'web',
      subnetId: 'subnet-apublic',
      privateIp: '10.0.0.10',
      publicIp: '203.0.113.10',
      ipv6Address: '2600:1f18:aaaa:a00::10',
      securityGroupIds: ['sg-web'],
    },
    {
      id: 'i-db',
      name: 'db',
      subnetId: 'subnet-aprivate',
      privateIp: '10.0.1.20',
      securityGroupIds: ['sg-db'],
    },
    {
      id: 'i-b',
      name: 'b',
      subnetId: 'subnet-b',
      privateIp: '10.1.0.30',
      securityGroupIds: ['sg-bdefault'],
    },
  );
  s.peeringConnections.push({
    id: 'pcx-ab',
    name: 'a-b',
    requesterVpcId: 'vpc-a',
    accepterVpcId: 'vpc-b',
    status: 'active',
  });
  s.flows.push({
    id: 'flow-1',
    name: 'web to db',
    source: { instanceId: 'i-web' },
    destination: { instanceId: 'i-db' },
    protocol: 'tcp',
    port: 5432,
  });
  return s;
}

/** The resource with this ID; throws so a typo in a test fails loudly. */
export function find<T extends { id: string }>(items: T[], id: string): T {
  const item = items.find((x) => x.id === id);
  if (item === undefined) throw new Error(`fixture has no ${id}`);
  return item;
}

/** The findings with one code. */
export function pick(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}
