import { isCidr } from '../../model/ip.ts';
import type { SecurityGroup, SecurityGroupRule, SgPeer } from '../../model/types.ts';
import type { Attributes } from '../references/attributes.ts';
import type { ImportContext } from './context.ts';
import { protocolFrom, portsFor } from './protocol.ts';
import { nameOf, readBool, readInteger, readString, readStringList, type Read } from './read.ts';
import { readId, readIds, shown } from './refs.ts';
import { vpcProblem } from './vpcs.ts';

type Direction = 'ingress' | 'egress';

/**
 * A peer that cannot be told now (a group or address known only after apply through something
 * outside the plan). The engine cannot match a prefix list whose entries it does not have, so a
 * rule naming this peer makes the hop `unknown` unless another rule decides it; the ID names the
 * resource and attribute, as the contract asks.
 */
export function unknownPeer(what: string): SgPeer {
  return { kind: 'prefixList', prefixListId: `${what} (known only after apply)` };
}

/** The groups of the network, with rules added once each whatever resource wrote them. */
class Groups {
  readonly #groups = new Map<string, SecurityGroup>();
  readonly #seen = new Map<string, Set<string>>();

  constructor(groups: Iterable<SecurityGroup>) {
    for (const g of groups) this.set(g);
  }

  set(group: SecurityGroup): void {
    this.#groups.set(group.id, { ...group, ingress: [], egress: [] });
    this.#seen.set(group.id, new Set());
    for (const r of group.ingress) this.add(group.id, 'ingress', r);
    for (const r of group.egress) this.add(group.id, 'egress', r);
  }

  has(id: string): boolean {
    return this.#groups.has(id);
  }

  /**
   * Adds a rule unless the group has it already: a state (or a refreshed plan) repeats the rules
   * of `aws_security_group_rule` resources in the group's inline blocks, and AWS keeps one.
   */
  add(groupId: string, direction: Direction, rule: SecurityGroupRule): void {
    const group = this.#groups.get(groupId);
    const seen = this.#seen.get(groupId);
    if (!group || !seen) return;
    const key = `${direction}|${JSON.stringify({ ...rule, description: undefined })}`;
    if (seen.has(key)) return;
    seen.add(key);
    group[direction].push(rule);
  }

  list(): SecurityGroup[] {
    return [...this.#groups.values()];
  }
}

/**
 * `aws_security_group` (inline `ingress`/`egress`), `aws_default_security_group`,
 * `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule` and `_egress_rule`. A group
 * made by Terraform has no egress rule unless one is written: the provider removes the rule AWS
 * adds (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group),
 * and `aws_default_security_group` replaces the default group's rules with the ones written.
 */
export function importSecurityGroups(
  ctx: ImportContext,
  vpcIds: ReadonlySet<string>,
  defaultGroups: ReadonlyMap<string, SecurityGroup>,
): SecurityGroup[] {
  const groups = new Groups(defaultGroups.values());
  const inline: Array<[string, Attributes]> = [];
  for (const instance of ctx.ofType('aws_security_group')) {
    const attrs = ctx.attributes(instance);
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    if (vpc.kind !== 'id' || !vpcIds.has(vpc.id)) {
      ctx.warn(instance.address, `${vpcProblem(vpc, 'vpc_id')}; the group is left out`);
      continue;
    }
    const id = ctx.ids.get(instance.address) as string;
    const name = readString(attrs, 'name');
    const description = readString(attrs, 'description');
    groups.set({
      id,
      name: name.kind === 'value' ? name.value.slice(0, 256) : nameOf(attrs),
      description: description.kind === 'value' ? description.value.slice(0, 255) : '',
      vpcId: vpc.id,
      isDefault: false,
      ingress: [],
      egress: [],
    });
    inline.push([id, attrs]);
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_default_security_group')) {
    const attrs = ctx.attributes(instance);
    const id = ctx.ids.get(instance.address);
    const vpc = readId(ctx, attrs, 'vpc_id', ['vpc']);
    const adopted = vpc.kind === 'id' ? defaultGroups.get(vpc.id) : undefined;
    if (id === undefined || adopted === undefined) {
      ctx.warn(instance.address, `${vpcProblem(vpc, 'vpc_id')}; it is left out`);
      continue;
    }
    groups.set({ ...adopted, ingress: [], egress: [] });
    inline.push([id, attrs]);
    ctx.read.add(instance.address);
  }
  const leaving = deletedRules(ctx);
  for (const [id, attrs] of inline) {
    for (const direction of ['ingress', 'egress'] as const) {
      if (attrs.blocksUnknown(direction)) {
        ctx.warn(
          attrs.instance.address,
          `its ${direction} rules are known only after apply; they may match anything`,
        );
        groups.add(id, direction, {
          protocol: 'all',
          peer: unknownPeer(`${attrs.label}.${direction}`),
        });
      }
      for (const block of attrs.blocks(direction)) {
        for (const rule of classicRules(ctx, block, id)) {
          if (!leaving.has(ruleKey(id, direction, rule))) groups.add(id, direction, rule);
        }
      }
    }
  }
  for (const instance of ctx.ofType('aws_security_group_rule')) {
    const attrs = ctx.attributes(instance);
    const type = readString(attrs, 'type');
    const owner = ownerGroup(ctx, attrs, groups);
    if (owner === null) continue;
    if (type.kind !== 'value' || (type.value !== 'ingress' && type.value !== 'egress')) {
      ctx.warn(instance.address, 'type is neither ingress nor egress; the rule is left out');
      continue;
    }
    for (const rule of classicRules(ctx, attrs, owner)) groups.add(owner, type.value, rule);
    ctx.read.add(instance.address);
  }
  for (const direction of ['ingress', 'egress'] as const) {
    for (const instance of ctx.ofType(`aws_vpc_security_group_${direction}_rule`)) {
      const attrs = ctx.attributes(instance);
      const owner = ownerGroup(ctx, attrs, groups);
      if (owner === null) continue;
      const rule = vpcRule(ctx, attrs);
      if (rule) groups.add(owner, direction, rule);
      ctx.read.add(instance.address);
    }
  }
  return groups.list();
}

function ruleKey(groupId: string, direction: Direction, rule: SecurityGroupRule): string {
  return `${groupId}|${direction}|${JSON.stringify({ ...rule, description: undefined })}`;
}

/**
 * The rules of rule resources the plan deletes. A refreshed plan still lists them in their
 * group's inline blocks (the group itself does not change), so they are taken out there.
 */
function deletedRules(ctx: ImportContext): Set<string> {
  const out = new Set<string>();
  for (const instance of ctx.deletedOfType('aws_security_group_rule')) {
    const attrs = ctx.attributes(instance);
    const owner = readId(ctx, attrs, 'security_group_id', ['sg']);
    const type = readString(attrs, 'type');
    if (owner.kind !== 'id' || type.kind !== 'value') continue;
    if (type.value !== 'ingress' && type.value !== 'egress') continue;
    for (const rule of classicRules(ctx, attrs, owner.id))
      out.add(ruleKey(owner.id, type.value, rule));
  }
  for (const direction of ['ingress', 'egress'] as const) {
    for (const instance of ctx.deletedOfType(`aws_vpc_security_group_${direction}_rule`)) {
      const attrs = ctx.attributes(instance);
      const owner = readId(ctx, attrs, 'security_group_id', ['sg']);
      const rule = owner.kind === 'id' ? vpcRule(ctx, attrs) : null;
      if (owner.kind === 'id' && rule) out.add(ruleKey(owner.id, direction, rule));
    }
  }
  return out;
}

function ownerGroup(ctx: ImportContext, attrs: Attributes, groups: Groups): string | null {
  const owner = readId(ctx, attrs, 'security_group_id', ['sg']);
  if (owner.kind === 'id' && groups.has(owner.id)) return owner.id;
  ctx.warn(attrs.label, `${vpcProblem(owner, 'security_group_id')}; the rule is left out`);
  return null;
}

/** Protocol and ports of a rule, or a rule that may match anything when they are not known. */
function ruleBase(
  attrs: Attributes,
  protocolName: string,
  fromName = 'from_port',
  toName = 'to_port',
):
  | { base: Pick<SecurityGroupRule, 'protocol' | 'portRange' | 'icmpTypeCode'> }
  | { unknown: string } {
  const protocolRead = readString(attrs, protocolName);
  const protocol = protocolRead.kind === 'value' ? protocolFrom(protocolRead.value) : null;
  if (protocol === null) {
    return {
      unknown:
        protocolRead.kind === 'unknown'
          ? protocolRead.reason
          : `${protocolName} of ${attrs.label} is not a protocol`,
    };
  }
  const from = readInteger(attrs, fromName);
  const to = readInteger(attrs, toName);
  const unknownPort = [from, to].find(
    (r): r is Extract<Read<number>, { kind: 'unknown' }> => r.kind === 'unknown',
  );
  if (unknownPort) return { unknown: unknownPort.reason };
  const value = (r: Read<number>) => (r.kind === 'value' ? r.value : undefined);
  return { base: { protocol, ...portsFor(protocol, value(from), value(to)) } };
}

/**
 * The rules of an inline block or an `aws_security_group_rule`: one model rule per peer
 * (`cidr_blocks`, `ipv6_cidr_blocks`, `prefix_list_ids`, `security_groups` or
 * `source_security_group_id`, `self`).
 */
function classicRules(ctx: ImportContext, attrs: Attributes, groupId: string): SecurityGroupRule[] {
  const base = ruleBase(attrs, 'protocol');
  const description = readString(attrs, 'description');
  const extra =
    description.kind === 'value' && description.value !== ''
      ? { description: description.value.slice(0, 255) }
      : {};
  if ('unknown' in base) {
    ctx.warn(attrs.instance.address, `${base.unknown}; the rule may match anything`);
    return [{ protocol: 'all', peer: unknownPeer(attrs.label), ...extra }];
  }
  const peers: SgPeer[] = [];
  for (const name of ['cidr_blocks', 'ipv6_cidr_blocks'] as const) {
    const cidrs = readStringList(attrs, name, (s) => isCidr(s), 'a list of CIDR blocks');
    if (cidrs.kind === 'value')
      peers.push(...cidrs.value.map((cidr) => ({ kind: 'cidr' as const, cidr })));
    if (cidrs.kind === 'unknown') {
      ctx.warn(attrs.instance.address, cidrs.reason);
      peers.push(unknownPeer(`${attrs.label}.${name}`));
    }
  }
  const lists = readIds(ctx, attrs, 'prefix_list_ids', ['pl']);
  for (const id of [...lists.ids, ...lists.outside])
    peers.push({ kind: 'prefixList', prefixListId: id });
  for (const name of ['security_groups', 'source_security_group_id'] as const) {
    const named = readIds(ctx, attrs, name, ['sg']);
    peers.push(...named.ids.map((id) => ({ kind: 'group' as const, groupId: id })));
    for (const value of named.outside) {
      if (/^sg-[0-9a-zA-Z]+$/.test(value)) {
        ctx.warn(
          attrs.instance.address,
          `${name} ${value} is not in the plan; the rule matches no interface here`,
        );
        peers.push({ kind: 'group', groupId: value });
      } else peers.push(unknownPeer(`${attrs.label}.${name} ${value}`));
    }
    for (const reason of named.unknown) {
      ctx.warn(attrs.instance.address, reason);
      peers.push(unknownPeer(`${attrs.label}.${name}`));
    }
  }
  const self = readBool(attrs, 'self');
  if (self.kind === 'value' && self.value) peers.push({ kind: 'group', groupId });
  if (peers.length === 0) {
    ctx.warn(
      attrs.instance.address,
      `a rule of ${shown(ctx, groupId)} names no peer; it is left out`,
    );
  }
  return peers.map((peer) => ({ ...base.base, peer, ...extra }));
}

/**
 * `aws_vpc_security_group_ingress_rule` / `_egress_rule`: one peer per resource, `ip_protocol`
 * `-1` for all traffic.
 */
function vpcRule(ctx: ImportContext, attrs: Attributes): SecurityGroupRule | null {
  const base = ruleBase(attrs, 'ip_protocol');
  if ('unknown' in base) {
    ctx.warn(attrs.instance.address, `${base.unknown}; the rule may match anything`);
    return { protocol: 'all', peer: unknownPeer(attrs.label) };
  }
  const description = readString(attrs, 'description');
  const extra =
    description.kind === 'value' ? { description: description.value.slice(0, 255) } : {};
  for (const name of ['cidr_ipv4', 'cidr_ipv6'] as const) {
    const cidr = readString(attrs, name);
    if (cidr.kind === 'value' && isCidr(cidr.value)) {
      return { ...base.base, peer: { kind: 'cidr', cidr: cidr.value }, ...extra };
    }
    if (cidr.kind === 'unknown') {
      ctx.warn(attrs.instance.address, cidr.reason);
      return { ...base.base, peer: unknownPeer(`${attrs.label}.${name}`), ...extra };
    }
  }
  const list = readId(ctx, attrs, 'prefix_list_id', ['pl']);
  if (list.kind === 'id' || list.kind === 'outside') {
    return {
      ...base.base,
      peer: { kind: 'prefixList', prefixListId: list.kind === 'id' ? list.id : list.value },
      ...extra,
    };
  }
  const group = readId(ctx, attrs, 'referenced_security_group_id', ['sg']);
  if (group.kind === 'id' || (group.kind === 'outside' && /^sg-/.test(group.value))) {
    const groupId = group.kind === 'id' ? group.id : group.value;
    if (group.kind === 'outside') {
      ctx.warn(
        attrs.instance.address,
        `referenced_security_group_id ${groupId} is not in the plan; the rule matches no interface here`,
      );
    }
    return { ...base.base, peer: { kind: 'group', groupId }, ...extra };
  }
  if (list.kind === 'unknown' || group.kind === 'unknown') {
    const reason =
      list.kind === 'unknown' ? list.reason : group.kind === 'unknown' ? group.reason : '';
    ctx.warn(attrs.instance.address, reason);
    return { ...base.base, peer: unknownPeer(attrs.label), ...extra };
  }
  ctx.warn(
    attrs.instance.address,
    'names no peer (cidr_ipv4, cidr_ipv6, prefix_list_id or referenced_security_group_id); it is left out',
  );
  return null;
}
