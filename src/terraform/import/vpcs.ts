import { allOutbound } from '../../model/defaults.ts';
import { isCidr } from '../../model/ip.ts';
import type { NetworkAcl, RouteTable, SecurityGroup, Subnet, Vpc } from '../../model/types.ts';
import type { ImportContext } from './context.ts';
import { nameOf, readBool, readChecked, readString, tagsOf } from './read.ts';
import { readId } from './refs.ts';

const IPV4_CIDR = 'an IPv4 CIDR block like 10.0.0.0/16';
const IPV6_CIDR = 'an IPv6 CIDR block like 2600:1f18::/56';

export interface ImportedVpcs {
  readonly vpcs: Vpc[];
  /** What AWS creates with each VPC, adopted later by `aws_default_*` resources when present. */
  readonly defaultGroups: Map<string, SecurityGroup>;
  readonly defaultAcls: Map<string, NetworkAcl>;
  readonly mainTables: Map<string, RouteTable>;
}

/**
 * `aws_vpc` with its secondary CIDR blocks (`aws_vpc_ipv4_cidr_block_association`) and what AWS
 * creates alongside: a default security group (inbound from itself, all outbound), a default
 * network ACL (everything allowed both ways) and a main route table with the `local` routes.
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html#RouteTables
 */
export function importVpcs(ctx: ImportContext): ImportedVpcs {
  const out: ImportedVpcs = {
    vpcs: [],
    defaultGroups: new Map(),
    defaultAcls: new Map(),
    mainTables: new Map(),
  };
  const secondary = secondaryCidrs(ctx);
  for (const instance of ctx.ofType('aws_vpc')) {
    const attrs = ctx.attributes(instance);
    const id = ctx.ids.get(instance.address) as string;
    const cidr = readChecked(attrs, 'cidr_block', (s) => isCidr(s, 4), IPV4_CIDR);
    if (cidr.kind !== 'value') {
      ctx.warn(
        instance.address,
        cidr.kind === 'unset'
          ? 'has no cidr_block (an IPAM pool allocates it at apply); the VPC is left out'
          : `${cidr.reason}; the VPC is left out`,
      );
      continue;
    }
    const ipv6 = readChecked(attrs, 'ipv6_cidr_block', (s) => isCidr(s, 6), IPV6_CIDR);
    // Computed by the provider in every plan; known only after apply when AWS assigns one.
    if (ipv6.kind !== 'value' && wantsIpv6(attrs)) {
      ctx.warn(
        instance.address,
        'its IPv6 CIDR block is assigned by AWS at apply and not known; the VPC is read as IPv4 only',
      );
    }
    const vpc: Vpc = {
      id,
      name: nameOf(attrs),
      cidrBlocks: [cidr.value, ...(secondary.get(id) ?? [])],
      ...(ipv6.kind === 'value' ? { ipv6CidrBlock: ipv6.value } : {}),
    };
    out.vpcs.push(vpc);
    ctx.read.add(instance.address);
    addAwsDefaults(ctx, instance.address, vpc, out);
  }
  return out;
}

function wantsIpv6(attrs: ReturnType<ImportContext['attributes']>): boolean {
  const generated = readBool(attrs, 'assign_generated_ipv6_cidr_block');
  const pool = readString(attrs, 'ipv6_ipam_pool_id');
  return (generated.kind === 'value' && generated.value) || pool.kind !== 'unset';
}

function secondaryCidrs(ctx: ImportContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const instance of ctx.ofType('aws_vpc_ipv4_cidr_block_association')) {
    const attrs = ctx.attributes(instance);
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    const cidr = readChecked(attrs, 'cidr_block', (s) => isCidr(s, 4), IPV4_CIDR);
    if (vpc.kind !== 'id' || cidr.kind !== 'value') {
      ctx.warn(
        instance.address,
        vpc.kind !== 'id'
          ? 'its VPC is not in the plan; the CIDR block is left out'
          : 'its CIDR block is allocated at apply (IPAM); it is left out',
      );
      continue;
    }
    out.set(vpc.id, [...(out.get(vpc.id) ?? []), cidr.value]);
    ctx.read.add(instance.address);
  }
  return out;
}

function addAwsDefaults(ctx: ImportContext, address: string, vpc: Vpc, out: ImportedVpcs): void {
  const groupId = ctx.ids.get(address, 'default_security_group_id') as string;
  const aclId = ctx.ids.get(address, 'default_network_acl_id') as string;
  const tableId = ctx.ids.get(address, 'default_route_table_id') as string;
  const dualStack = vpc.ipv6CidrBlock !== undefined;
  out.defaultGroups.set(vpc.id, {
    id: groupId,
    name: 'default',
    description: 'default VPC security group',
    vpcId: vpc.id,
    isDefault: true,
    ingress: [{ protocol: 'all', peer: { kind: 'group', groupId } }],
    egress: allOutbound(dualStack),
  });
  const allowAll = (ruleNumber: number, cidr: string) => ({
    ruleNumber,
    action: 'allow' as const,
    protocol: 'all' as const,
    cidr,
  });
  const entries = [allowAll(100, '0.0.0.0/0'), ...(dualStack ? [allowAll(101, '::/0')] : [])];
  out.defaultAcls.set(vpc.id, {
    id: aclId,
    name: 'default',
    vpcId: vpc.id,
    isDefault: true,
    ingress: entries,
    egress: entries,
  });
  out.mainTables.set(vpc.id, {
    id: tableId,
    name: 'main',
    vpcId: vpc.id,
    main: true,
    routes: localRoutes(vpc),
  });
}

/** The `local` route of each of the VPC's CIDR blocks, which AWS adds to every route table. */
export function localRoutes(vpc: Vpc): RouteTable['routes'] {
  return [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlock ? [vpc.ipv6CidrBlock] : [])].map(
    (destination) => ({ destination, target: 'local', state: 'active' as const }),
  );
}

export interface ImportedSubnet extends Subnet {
  /** `map_public_ip_on_launch`: instances launched here get a public IPv4 address by default. */
  readonly mapPublicIp: boolean;
}

/** The model's subnet, without what only the import needs. */
export function asSubnet(imported: ImportedSubnet): Subnet {
  const subnet: Subnet & { mapPublicIp?: boolean } = { ...imported };
  delete subnet.mapPublicIp;
  return subnet;
}

/** `aws_subnet`: in a VPC of the plan, with its CIDR blocks and zone. */
export function importSubnets(ctx: ImportContext, vpcs: readonly Vpc[]): ImportedSubnet[] {
  const vpcIds = new Set(vpcs.map((v) => v.id));
  const out: ImportedSubnet[] = [];
  for (const instance of ctx.ofType('aws_subnet')) {
    const attrs = ctx.attributes(instance);
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    if (vpc.kind !== 'id' || !vpcIds.has(vpc.id)) {
      ctx.warn(instance.address, `${vpcProblem(vpc, 'vpc_id')}; the subnet is left out`);
      continue;
    }
    const cidr = readChecked(attrs, 'cidr_block', (s) => isCidr(s, 4), IPV4_CIDR);
    if (cidr.kind !== 'value') {
      ctx.warn(
        instance.address,
        `${cidr.kind === 'unknown' ? cidr.reason : 'has no IPv4 cidr_block (IPv6-only subnets are not modelled)'}; the subnet is left out`,
      );
      continue;
    }
    const ipv6 = readChecked(attrs, 'ipv6_cidr_block', (s) => isCidr(s, 6), IPV6_CIDR);
    if (ipv6.kind === 'unknown') ctx.warn(instance.address, `${ipv6.reason}; IPv6 is left out`);
    const zone = readString(attrs, 'availability_zone');
    const mapPublic = readBool(attrs, 'map_public_ip_on_launch');
    const tags = tagsOf(attrs);
    out.push({
      id: ctx.ids.get(instance.address) as string,
      name: nameOf(attrs),
      vpcId: vpc.id,
      cidrBlock: cidr.value,
      ...(ipv6.kind === 'value' ? { ipv6CidrBlock: ipv6.value } : {}),
      // AWS picks a zone at apply when none is written.
      availabilityZone: zone.kind === 'value' ? zone.value : 'chosen at apply',
      mapPublicIp: mapPublic.kind === 'value' && mapPublic.value,
      ...(tags ? { tags } : {}),
    });
    ctx.read.add(instance.address);
  }
  return out;
}

/** Why an ID attribute names nothing usable, in words. */
export function vpcProblem(read: ReturnType<typeof readId>, attribute: string): string {
  switch (read.kind) {
    case 'unset':
      return `${attribute} is not set (the account's default VPC, which is not in the plan)`;
    case 'outside':
      return `${attribute} ${read.value} is not in the plan`;
    case 'unknown':
      return read.reason;
    case 'id':
      return `${attribute} ${read.id} is not part of the network read`;
  }
}
