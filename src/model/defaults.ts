import { newId } from './ids.ts';
import { ScenarioSchema } from './schema.ts';
import type { NaclEntry, NetworkAcl, RouteTable, Scenario, SecurityGroup, Vpc } from './types.ts';

/** An empty scenario with every default filled in. */
export function emptyScenario(name = 'Untitled scenario'): Scenario {
  return ScenarioSchema.parse({ name });
}

export interface NewVpc {
  readonly cidrBlock: string;
  readonly name?: string;
  readonly ipv6CidrBlock?: string;
  readonly ids?: { vpc?: string; securityGroup?: string; networkAcl?: string; routeTable?: string };
}

/**
 * Adds a VPC with what AWS creates alongside it: a default security group (inbound from itself,
 * all outbound), a default network ACL (allows everything both ways) and a main route table with
 * the local route for each CIDR.
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
 *
 * @example
 * const { scenario, vpc } = addVpc(emptyScenario(), { cidrBlock: '10.0.0.0/16' });
 */
export function addVpc(scenario: Scenario, spec: NewVpc): { scenario: Scenario; vpc: Vpc } {
  const vpc: Vpc = {
    id: spec.ids?.vpc ?? newId('vpc'),
    name: spec.name ?? 'vpc',
    cidrBlocks: [spec.cidrBlock],
    ...(spec.ipv6CidrBlock ? { ipv6CidrBlock: spec.ipv6CidrBlock } : {}),
  };
  const dualStack = vpc.ipv6CidrBlock !== undefined;
  const sgId = spec.ids?.securityGroup ?? newId('sg');
  const defaultGroup: SecurityGroup = {
    id: sgId,
    name: 'default',
    description: 'default VPC security group',
    vpcId: vpc.id,
    isDefault: true,
    ingress: [{ protocol: 'all', peer: { kind: 'group', groupId: sgId } }],
    egress: allOutbound(dualStack),
  };
  const allowAll = (ruleNumber: number, cidr: string): NaclEntry => ({
    ruleNumber,
    action: 'allow',
    protocol: 'all',
    cidr,
  });
  const nacl: NetworkAcl = {
    id: spec.ids?.networkAcl ?? newId('acl'),
    name: 'default',
    vpcId: vpc.id,
    isDefault: true,
    ingress: [allowAll(100, '0.0.0.0/0'), ...(dualStack ? [allowAll(101, '::/0')] : [])],
    egress: [allowAll(100, '0.0.0.0/0'), ...(dualStack ? [allowAll(101, '::/0')] : [])],
  };
  const main: RouteTable = {
    id: spec.ids?.routeTable ?? newId('rtb'),
    name: 'main',
    vpcId: vpc.id,
    main: true,
    routes: [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlock ? [vpc.ipv6CidrBlock] : [])].map(
      (destination) => ({
        destination,
        target: 'local',
        state: 'active' as const,
      }),
    ),
  };
  return {
    vpc,
    scenario: {
      ...scenario,
      vpcs: [...scenario.vpcs, vpc],
      securityGroups: [...scenario.securityGroups, defaultGroup],
      networkAcls: [...scenario.networkAcls, nacl],
      routeTables: [...scenario.routeTables, main],
    },
  };
}

/** All outbound traffic, as AWS adds to every new group (and ::/0 in a dual-stack VPC). */
export function allOutbound(dualStack: boolean): SecurityGroup['egress'] {
  return [
    { protocol: 'all', peer: { kind: 'cidr', cidr: '0.0.0.0/0' } },
    ...(dualStack
      ? [{ protocol: 'all' as const, peer: { kind: 'cidr' as const, cidr: '::/0' } }]
      : []),
  ];
}

/** A new (non-default) group: no inbound rules, all outbound. */
export function newSecurityGroup(vpc: Vpc, name: string, id: string = newId('sg')): SecurityGroup {
  return {
    id,
    name,
    description: name,
    vpcId: vpc.id,
    isDefault: false,
    ingress: [],
    egress: allOutbound(vpc.ipv6CidrBlock !== undefined),
  };
}

/** A new (non-default) network ACL: no entries, so its `*` rules deny everything. */
export function newNetworkAcl(vpc: Vpc, name: string, id: string = newId('acl')): NetworkAcl {
  return { id, name, vpcId: vpc.id, isDefault: false, ingress: [], egress: [] };
}
