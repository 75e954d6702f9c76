import { addVpc } from '../defaults.ts';
import { parseCidr } from '../ip.ts';
import type { NaclEntry, NetworkAcl, Scenario, SecurityGroup, Vpc } from '../types.ts';
import {
  nextFreeVpcCidr,
  SUBNET_PREFIX_LARGEST,
  SUBNET_PREFIX_SMALLEST,
  vpcBlocks,
} from './addressing.ts';
import { localDestinations, withLocalRoutes } from './localRoutes.ts';
import { fail, ok, type EditResult } from './result.ts';
import { cidrError } from './syntax.ts';
import {
  findById,
  mapKeep,
  missing,
  nameError,
  newIdError,
  nextName,
  patched,
  updateById,
} from './util.ts';

export interface CreateVpcSpec {
  /** Absent: the first `10.N.0.0/16` that overlaps no other VPC. */
  readonly cidrBlock?: string;
  readonly name?: string;
  readonly ipv6CidrBlock?: string;
  readonly id?: string;
}

/**
 * Adds a VPC with its default security group, default network ACL and main route table (see
 * `addVpc`). A block must be /16 to /28, as AWS requires.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html
 *
 * @example
 * const r = createVpc(scenario, { name: 'prod' }); // 10.0.0.0/16, or the next free 10.N.0.0/16
 */
export function createVpc(
  scenario: Scenario,
  spec: CreateVpcSpec = {},
): EditResult<{ scenario: Scenario; vpc: Vpc }> {
  const cidrBlock = spec.cidrBlock?.trim() ?? nextFreeVpcCidr(vpcBlocks(scenario));
  if (cidrBlock === null) return fail('No 10.N.0.0/16 block is free for a new VPC.');
  const problem =
    cidrError(cidrBlock, 4) ??
    vpcSizeError(cidrBlock) ??
    (spec.ipv6CidrBlock === undefined ? undefined : cidrError(spec.ipv6CidrBlock, 6)) ??
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'vpc'));
  if (problem !== undefined) return fail(problem);
  const name =
    spec.name ??
    nextName(
      'vpc',
      scenario.vpcs.map((v) => v.name),
    );
  return ok(
    addVpc(scenario, {
      cidrBlock,
      name,
      ...(spec.ipv6CidrBlock === undefined ? {} : { ipv6CidrBlock: spec.ipv6CidrBlock.trim() }),
      ...(spec.id === undefined ? {} : { ids: { vpc: spec.id } }),
    }),
  );
}

function vpcSizeError(text: string): string | undefined {
  const range = parseCidr(text);
  if (range === null) return undefined;
  if (range.prefix < SUBNET_PREFIX_LARGEST) {
    return `VPC CIDR ${text} is larger than /${SUBNET_PREFIX_LARGEST}, the largest block AWS allows.`;
  }
  if (range.prefix > SUBNET_PREFIX_SMALLEST) {
    return `VPC CIDR ${text} is smaller than /${SUBNET_PREFIX_SMALLEST}, the smallest block AWS allows.`;
  }
  return undefined;
}

export interface VpcPatch {
  readonly name?: string;
  /** IPv4 blocks, the primary first; at least one. */
  readonly cidrBlocks?: readonly string[];
  /** `null` removes the IPv6 block. */
  readonly ipv6CidrBlock?: string | null;
}

/**
 * Renames a VPC or changes its blocks. Malformed blocks are refused; anything well-formed is kept
 * (a subnet left outside is `validate`'s finding, shown beside the field). The local routes of
 * the VPC's tables follow its blocks, as AWS keeps them; associating an IPv6 block adds the
 * allow-all IPv6 rules AWS adds to the default network ACL and the default group's ::/0 egress.
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
 *
 * @example
 * const r = updateVpc(scenario, 'vpc-a', { cidrBlocks: ['10.0.0.0/16', '10.1.0.0/16'] });
 */
export function updateVpc(scenario: Scenario, id: string, patch: VpcPatch): EditResult<Scenario> {
  const vpc = findById(scenario.vpcs, id);
  if (vpc === undefined) return fail(missing('VPC', id));
  const blocks = patch.cidrBlocks?.map((c) => c.trim());
  if (blocks !== undefined && blocks.length === 0) {
    return fail('A VPC needs at least one IPv4 CIDR block.');
  }
  const problem =
    (patch.name === undefined ? undefined : nameError(patch.name)) ??
    blocks?.map((c) => cidrError(c, 4)).find((e) => e !== undefined) ??
    (typeof patch.ipv6CidrBlock === 'string' ? cidrError(patch.ipv6CidrBlock, 6) : undefined);
  if (problem !== undefined) return fail(problem);

  const sameBlocks =
    blocks === undefined ||
    (blocks.length === vpc.cidrBlocks.length && blocks.every((c, i) => c === vpc.cidrBlocks[i]));
  const next = patched(vpc, {
    name: patch.name,
    cidrBlocks: sameBlocks ? undefined : blocks,
    ipv6CidrBlock:
      typeof patch.ipv6CidrBlock === 'string' ? patch.ipv6CidrBlock.trim() : patch.ipv6CidrBlock,
  });
  if (next === vpc) return ok(scenario);
  const destinations = localDestinations(next);
  const gainsIpv6 = vpc.ipv6CidrBlock === undefined && next.ipv6CidrBlock !== undefined;
  return ok({
    ...scenario,
    vpcs: updateById(scenario.vpcs, id, () => next),
    routeTables: mapKeep(scenario.routeTables, (t) =>
      t.vpcId === id ? withLocalRoutes(t, destinations) : t,
    ),
    networkAcls: gainsIpv6
      ? mapKeep(scenario.networkAcls, (a) => (a.vpcId === id && a.isDefault ? allowIpv6(a) : a))
      : scenario.networkAcls,
    securityGroups: gainsIpv6
      ? mapKeep(scenario.securityGroups, (g) => (g.vpcId === id && g.isDefault ? egressIpv6(g) : g))
      : scenario.securityGroups,
  });
}

function allowIpv6(acl: NetworkAcl): NetworkAcl {
  const add = (entries: NaclEntry[]): NaclEntry[] => {
    if (entries.some((e) => e.cidr === '::/0')) return entries;
    const numbers = new Set(entries.map((e) => e.ruleNumber));
    let ruleNumber = 101;
    while (numbers.has(ruleNumber)) ruleNumber++;
    const entry: NaclEntry = { ruleNumber, action: 'allow', protocol: 'all', cidr: '::/0' };
    return [...entries, entry].sort((a, b) => a.ruleNumber - b.ruleNumber);
  };
  return { ...acl, ingress: add(acl.ingress), egress: add(acl.egress) };
}

function egressIpv6(group: SecurityGroup): SecurityGroup {
  const has = group.egress.some((r) => r.peer.kind === 'cidr' && r.peer.cidr === '::/0');
  if (has) return group;
  return {
    ...group,
    egress: [...group.egress, { protocol: 'all', peer: { kind: 'cidr', cidr: '::/0' } }],
  };
}
