import { isCidr } from '../../model/ip.ts';
import type { NaclEntry, NetworkAcl } from '../../model/types.ts';
import type { Attributes } from '../references/attributes.ts';
import type { ImportContext } from './context.ts';
import { protocolFrom, portsFor } from './protocol.ts';
import { nameOf, readBool, readInteger, readString } from './read.ts';
import { readId, readIds } from './refs.ts';
import { vpcProblem } from './vpcs.ts';

type Direction = 'ingress' | 'egress';

export interface ImportedAcls {
  readonly networkAcls: NetworkAcl[];
  /** Subnet ID → its network ACL, for the associations written in the plan. */
  readonly associations: Map<string, string>;
}

/**
 * `aws_network_acl` (inline `ingress`/`egress`, `subnet_ids`), `aws_default_network_acl`,
 * `aws_network_acl_rule` and `aws_network_acl_association`. An entry repeated inline and as a
 * separate rule resource (a state, a refreshed plan) is one entry: AWS numbers are unique per
 * direction. https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
 */
export function importNetworkAcls(
  ctx: ImportContext,
  vpcIds: ReadonlySet<string>,
  defaultAcls: ReadonlyMap<string, NetworkAcl>,
): ImportedAcls {
  const acls = new Map<string, NetworkAcl>();
  for (const acl of defaultAcls.values()) acls.set(acl.id, acl);
  const associations = new Map<string, string>();
  const associate = (attrs: Attributes, aclId: string) => {
    const subnets = readIds(ctx, attrs, 'subnet_ids', ['subnet']);
    for (const subnetId of subnets.ids) associations.set(subnetId, aclId);
    for (const reason of subnets.unknown)
      ctx.warn(attrs.instance.address, `${reason}; that association is left out`);
  };
  const inline: Array<[string, Attributes]> = [];
  for (const instance of ctx.ofType('aws_network_acl')) {
    const attrs = ctx.attributes(instance);
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    if (vpc.kind !== 'id' || !vpcIds.has(vpc.id)) {
      ctx.warn(instance.address, `${vpcProblem(vpc, 'vpc_id')}; the network ACL is left out`);
      continue;
    }
    const id = ctx.ids.get(instance.address) as string;
    acls.set(id, {
      id,
      name: nameOf(attrs),
      vpcId: vpc.id,
      isDefault: false,
      ingress: [],
      egress: [],
    });
    inline.push([id, attrs]);
    associate(attrs, id);
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_default_network_acl')) {
    const attrs = ctx.attributes(instance);
    const id = ctx.ids.get(instance.address);
    const adopted = id === undefined ? undefined : acls.get(id);
    if (id === undefined || adopted === undefined) {
      ctx.warn(
        instance.address,
        'the VPC whose default network ACL it manages is not in the plan; it is left out',
      );
      continue;
    }
    // The provider removes every entry the resource does not write.
    acls.set(id, { ...adopted, ingress: [], egress: [] });
    inline.push([id, attrs]);
    associate(attrs, id);
    ctx.read.add(instance.address);
  }
  // Rule resources the plan deletes are still echoed in their ACL's planned inline blocks.
  const leaving = new Set(
    ctx.deletedOfType('aws_network_acl_rule').flatMap((instance) => {
      const attrs = ctx.attributes(instance);
      const owner = readId(ctx, attrs, 'network_acl_id', ['acl']);
      const number = readInteger(attrs, 'rule_number');
      const egress = readBool(attrs, 'egress');
      if (owner.kind !== 'id' || number.kind !== 'value') return [];
      const direction = egress.kind === 'value' && egress.value ? 'egress' : 'ingress';
      return [`${owner.id}|${direction}|${number.value}`];
    }),
  );
  for (const [id, attrs] of inline) {
    for (const direction of ['ingress', 'egress'] as const) {
      if (attrs.blocksUnknown(direction)) {
        ctx.warn(
          attrs.instance.address,
          `its ${direction} rules are known only after apply; they are left out`,
        );
      }
      for (const block of attrs.blocks(direction)) {
        const entry = entryFrom(ctx, block, 'rule_no', 'action');
        if (entry && !leaving.has(`${id}|${direction}|${entry.ruleNumber}`)) {
          addEntry(ctx, acls.get(id) as NetworkAcl, direction, entry, block.label);
        }
      }
    }
  }
  for (const instance of ctx.ofType('aws_network_acl_rule')) {
    const attrs = ctx.attributes(instance);
    const owner = readId(ctx, attrs, 'network_acl_id', ['acl']);
    const acl = owner.kind === 'id' ? acls.get(owner.id) : undefined;
    if (acl === undefined) {
      ctx.warn(instance.address, `${vpcProblem(owner, 'network_acl_id')}; the rule is left out`);
      continue;
    }
    const egress = readBool(attrs, 'egress');
    const entry = entryFrom(ctx, attrs, 'rule_number', 'rule_action');
    if (entry)
      addEntry(
        ctx,
        acl,
        egress.kind === 'value' && egress.value ? 'egress' : 'ingress',
        entry,
        instance.address,
      );
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_network_acl_association')) {
    const attrs = ctx.attributes(instance);
    const acl = readId(ctx, attrs, 'network_acl_id', ['acl']);
    const subnet = readId(ctx, attrs, 'subnet_id', ['subnet']);
    if (acl.kind !== 'id' || subnet.kind !== 'id' || !acls.has(acl.id)) {
      const problem =
        acl.kind !== 'id' ? vpcProblem(acl, 'network_acl_id') : vpcProblem(subnet, 'subnet_id');
      ctx.warn(instance.address, `${problem}; the association is left out`);
      continue;
    }
    associations.set(subnet.id, acl.id);
    ctx.read.add(instance.address);
  }
  const byNumber = (a: NaclEntry, b: NaclEntry) => a.ruleNumber - b.ruleNumber;
  const networkAcls = [...acls.values()].map((acl) => ({
    ...acl,
    ingress: [...acl.ingress].sort(byNumber),
    egress: [...acl.egress].sort(byNumber),
  }));
  return { networkAcls, associations };
}

function addEntry(
  ctx: ImportContext,
  acl: NetworkAcl,
  direction: Direction,
  entry: NaclEntry,
  label: string,
): void {
  const list = acl[direction];
  const same = list.find((e) => e.ruleNumber === entry.ruleNumber);
  if (same === undefined) {
    list.push(entry);
    return;
  }
  if (JSON.stringify(same) !== JSON.stringify(entry)) {
    ctx.warn(
      label,
      `${direction} rule ${entry.ruleNumber} is written twice with different settings; the first is used`,
    );
  }
}

/** One entry, from an inline block (`rule_no`, `action`) or a rule resource (`rule_number`, `rule_action`). */
function entryFrom(
  ctx: ImportContext,
  attrs: Attributes,
  numberName: string,
  actionName: string,
): NaclEntry | null {
  const number = readInteger(attrs, numberName);
  const action = readString(attrs, actionName);
  const protocolText = readString(attrs, 'protocol');
  const protocol = protocolText.kind === 'value' ? protocolFrom(protocolText.value) : null;
  const cidr4 = readString(attrs, 'cidr_block');
  const cidr6 = readString(attrs, 'ipv6_cidr_block');
  const cidr = [cidr4, cidr6].find((c) => c.kind === 'value' && c.value !== '');
  const unknown = [number, action, protocolText, cidr4, cidr6].find((r) => r.kind === 'unknown');
  if (unknown && unknown.kind === 'unknown') {
    ctx.warn(attrs.instance.address, `${unknown.reason}; the network ACL rule is left out`);
    return null;
  }
  if (
    number.kind !== 'value' ||
    action.kind !== 'value' ||
    protocol === null ||
    cidr?.kind !== 'value' ||
    !isCidr(cidr.value)
  ) {
    ctx.warn(
      attrs.instance.address,
      `a rule of ${attrs.label} lacks a rule number, action, protocol or CIDR block; it is left out`,
    );
    return null;
  }
  const act = action.value.toLowerCase();
  if (act !== 'allow' && act !== 'deny') {
    ctx.warn(
      attrs.instance.address,
      `${actionName} "${action.value}" is neither allow nor deny; the rule is left out`,
    );
    return null;
  }
  const value = (name: string) => {
    const r = readInteger(attrs, name);
    return r.kind === 'value' ? r.value : undefined;
  };
  const icmp = protocol === 'icmp' || protocol === 'icmpv6';
  const ports = icmp
    ? portsFor(protocol, value('icmp_type'), value('icmp_code'))
    : portsFor(protocol, value('from_port'), value('to_port'));
  return { ruleNumber: number.value, action: act, protocol, cidr: cidr.value, ...ports };
}
