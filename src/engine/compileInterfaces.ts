import { parseIp } from '../model/ip.ts';
import { scenarioInterfaces } from '../model/interfaces.ts';
import type { Scenario } from '../model/types.ts';
import type { CEni, CSgRule, CSubnet } from './compiled.ts';

export interface CompiledInterfaces {
  readonly eniList: CEni[];
  /** What compiling them said (kept with them, so a reuse says it again). */
  readonly warnings: readonly string[];
  readonly instances: Map<string, CEni>;
  readonly interfaces: Map<string, CEni>;
  readonly goneInstances: Map<string, string>;
  readonly byPrivate4: Map<number, CEni>;
  readonly byPublic4: Map<number, CEni>;
  readonly byIpv6: Map<bigint, CEni>;
}

/** AWS-managed interfaces that carry no security groups. */
const UNFILTERED = new Set(['nat-gateway', 'transit-gateway-attachment']);
const WAITING = new Set(['stopped', 'stopping', 'pending']);

/**
 * Every interface of the scenario (instances' primary ones and the others), with its addresses
 * as integers and the union of its groups' rules. Terminated and shutting-down instances are left
 * out (spec/cli-analyze.md, `<file>`).
 */
export function compileInterfaces(
  s: Scenario,
  subnets: ReadonlyMap<string, CSubnet>,
  groupRules: ReadonlyMap<string, { ingress: CSgRule[]; egress: CSgRule[] }>,
  groupIndex: ReadonlyMap<string, number>,
): CompiledInterfaces {
  const warnings: string[] = [];
  const sets = groupSets(groupRules, groupIndex, warnings);
  const ip4 = (text: string | undefined): number | undefined => {
    const v = text === undefined ? null : parseIp(text);
    return v?.family === 4 ? v.value : undefined;
  };
  const ip6 = (text: string): bigint | undefined => {
    const v = parseIp(text);
    return v?.family === 6 ? v.value : undefined;
  };
  const out: CompiledInterfaces = {
    eniList: [],
    warnings,
    instances: new Map(),
    interfaces: new Map(),
    goneInstances: new Map(),
    byPrivate4: new Map(),
    byPublic4: new Map(),
    byIpv6: new Map(),
  };
  const states = new Map(s.instances.map((i) => [i.id, i.state] as const));
  for (const i of s.instances) {
    if (i.state === 'terminated' || i.state === 'shutting-down')
      out.goneInstances.set(i.id, i.state);
  }
  for (const view of scenarioInterfaces(s)) {
    const subnet = subnets.get(view.subnetId);
    if (!subnet) {
      warnings.push(
        `${view.id} is in subnet ${view.subnetId}, which is not in the scenario; it is left out.`,
      );
      continue;
    }
    const set = sets(view.id, view.securityGroupIds);
    const private4 = ip4(view.privateIp);
    const publicOf4 = new Map<number, number>();
    const public4 = ip4(view.publicIp);
    if (private4 !== undefined && public4 !== undefined) publicOf4.set(private4, public4);
    const secondary: number[] = [];
    for (const sec of view.secondaryPrivateIps) {
      const p = ip4(sec.address);
      if (p === undefined) continue;
      secondary.push(p);
      const pub = ip4(sec.publicIp);
      if (pub !== undefined) publicOf4.set(p, pub);
    }
    const ipv6s = view.ipv6Addresses.map(ip6).filter((v): v is bigint => v !== undefined);
    const state = view.instanceId === undefined ? undefined : states.get(view.instanceId);
    const eni: CEni = {
      id: view.id,
      interfaceId: view.interfaceId,
      instanceId: view.instanceId,
      primary: view.primary,
      name: view.name,
      kind: view.kind,
      subnet,
      vpc: subnet.vpc,
      private4,
      public4,
      ipv6: ipv6s[0],
      ipv6s,
      addr4: private4 === undefined ? undefined : { family: 4, value: private4 },
      pubAddr4: public4 === undefined ? undefined : { family: 4, value: public4 },
      addr6: ipv6s[0] === undefined ? undefined : { family: 6, value: ipv6s[0] },
      privates4: [...(private4 === undefined ? [] : [private4]), ...secondary],
      publicOf4,
      groupIds: set.groupIds,
      groupSet: set.groupSet,
      groupMask: set.groupMask,
      filtered: !UNFILTERED.has(view.kind),
      ingress: set.ingress,
      egress: set.egress,
      stateWarning:
        state !== undefined && WAITING.has(state) && view.instanceId !== undefined
          ? `${view.instanceId} is ${state}: it is evaluated as if it were running.`
          : undefined,
    };
    out.eniList.push(eni);
    if (view.primary && view.instanceId !== undefined) out.instances.set(view.instanceId, eni);
    if (view.interfaceId !== undefined) out.interfaces.set(view.interfaceId, eni);
    for (const p of [...(private4 === undefined ? [] : [private4]), ...secondary]) {
      if (!out.byPrivate4.has(p)) out.byPrivate4.set(p, eni);
    }
    for (const pub of publicOf4.values()) if (!out.byPublic4.has(pub)) out.byPublic4.set(pub, eni);
    for (const v of ipv6s) if (!out.byIpv6.has(v)) out.byIpv6.set(v, eni);
  }
  return out;
}

/** What interfaces carrying the same groups share: one copy of their rules and their mask. */
interface GroupSet {
  readonly groupIds: readonly string[];
  readonly groupSet: ReadonlySet<string>;
  readonly groupMask: Uint8Array;
  readonly ingress: readonly CSgRule[];
  readonly egress: readonly CSgRule[];
}

/**
 * The union of the rules of a list of groups, made once per distinct list: thousands of
 * interfaces (a Lambda function's, a load balancer's) carry the same few groups.
 */
function groupSets(
  groupRules: ReadonlyMap<string, { ingress: CSgRule[]; egress: CSgRule[] }>,
  groupIndex: ReadonlyMap<string, number>,
  warnings: string[],
): (owner: string, ids: readonly string[]) => GroupSet {
  const made = new Map<string, GroupSet>();
  return (owner, ids) => {
    const groupIds = [...new Set(ids)];
    const key = groupIds.join(',');
    let set = made.get(key);
    if (set === undefined) {
      const ingress: CSgRule[] = [];
      const egress: CSgRule[] = [];
      const groupMask = new Uint8Array(groupIndex.size + 1);
      for (const gid of groupIds) {
        const rules = groupRules.get(gid);
        if (rules) {
          ingress.push(...rules.ingress);
          egress.push(...rules.egress);
        }
        const k = groupIndex.get(gid);
        if (k !== undefined) groupMask[k] = 1;
      }
      set = { groupIds, groupSet: new Set(groupIds), groupMask, ingress, egress };
      made.set(key, set);
    }
    for (const gid of groupIds) {
      if (!groupRules.has(gid))
        warnings.push(`${owner} carries ${gid}, which is not in the scenario; it adds no rules.`);
    }
    return set;
  };
}

/**
 * The interfaces of `prev` after the rules of some groups changed (nothing else did): an
 * interface carrying one of them is made again with the new rules, every other is kept as it was.
 */
export function patchInterfaces(
  prev: CompiledInterfaces,
  changed: ReadonlySet<string>,
  groupRules: ReadonlyMap<string, { ingress: CSgRule[]; egress: CSgRule[] }>,
  groupIndex: ReadonlyMap<string, number>,
): CompiledInterfaces {
  const sets = groupSets(groupRules, groupIndex, []);
  const replaced = new Map<CEni, CEni>();
  const eniList = prev.eniList.map((eni) => {
    if (!eni.groupIds.some((g) => changed.has(g))) return eni;
    const set = sets(eni.id, eni.groupIds);
    const next: CEni = { ...eni, ingress: set.ingress, egress: set.egress };
    replaced.set(eni, next);
    return next;
  });
  if (replaced.size === 0) return prev;
  // Copies of the maps, with the new interface wherever the old one was.
  const swap = <K>(map: ReadonlyMap<K, CEni>, keys: (eni: CEni) => readonly K[]): Map<K, CEni> => {
    const out = new Map(map);
    for (const [old, next] of replaced)
      for (const k of keys(old)) if (map.get(k) === old) out.set(k, next);
    return out;
  };
  return {
    eniList,
    warnings: prev.warnings,
    instances: swap(prev.instances, (e) => (e.instanceId ? [e.instanceId] : [])),
    interfaces: swap(prev.interfaces, (e) => (e.interfaceId ? [e.interfaceId] : [])),
    goneInstances: prev.goneInstances,
    byPrivate4: swap(prev.byPrivate4, (e) => e.privates4),
    byPublic4: swap(prev.byPublic4, (e) => [...e.publicOf4.values()]),
    byIpv6: swap(prev.byIpv6, (e) => e.ipv6s),
  };
}
