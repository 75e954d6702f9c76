import type { Scenario, SecurityGroup } from '../model/types.ts';
import type { CGroup, CPrefixList, CSgRule } from './compiled.ts';
import { compileSgRule, type CidrOf } from './compileRules.ts';

export interface GroupRules {
  readonly ingress: CSgRule[];
  readonly egress: CSgRule[];
}

/** Security groups: their rules compiled, and each group's index (a rule's peer test). */
export interface CompiledGroups {
  readonly groupRules: Map<string, GroupRules>;
  readonly groups: Map<string, CGroup>;
  readonly groupIndex: Map<string, number>;
  /** The group objects the rules were compiled from. */
  readonly from: ReadonlyMap<string, SecurityGroup>;
}

/**
 * Compiles the groups. With `prev` (the same prefix lists, and the groups in the same order), a
 * group whose object is the one compiled before keeps its compiled rules: an edit of one group's
 * rules recompiles that group only. Returns the IDs of the groups whose rules were compiled anew.
 */
export function compileGroups(
  s: Scenario,
  prefixLists: ReadonlyMap<string, CPrefixList>,
  cidr: CidrOf,
  prev: CompiledGroups | undefined,
): { compiled: CompiledGroups; changed: Set<string> | 'all' } {
  const groupIndex = new Map<string, number>();
  s.securityGroups.forEach((g, i) => {
    if (!groupIndex.has(g.id)) groupIndex.set(g.id, i);
  });
  const sameOrder =
    prev !== undefined &&
    prev.groupIndex.size === groupIndex.size &&
    [...groupIndex].every(([id, i]) => prev.groupIndex.get(id) === i);
  const groupRules = new Map<string, GroupRules>();
  const groups = new Map<string, CGroup>();
  const from = new Map<string, SecurityGroup>();
  const changed = new Set<string>();
  for (const g of s.securityGroups) {
    const kept = sameOrder ? prev.groupRules.get(g.id) : undefined;
    if (kept && prev?.from.get(g.id) === g) {
      groupRules.set(g.id, kept);
    } else {
      const rule = (r: (typeof g.ingress)[number], i: number) =>
        compileSgRule(g.id, i, r, cidr, prefixLists, groupIndex);
      groupRules.set(g.id, { ingress: g.ingress.map(rule), egress: g.egress.map(rule) });
      changed.add(g.id);
    }
    from.set(g.id, g);
    groups.set(g.id, { id: g.id, name: g.name, vpcId: g.vpcId, isDefault: g.isDefault });
  }
  return {
    compiled: { groupRules, groups, groupIndex, from },
    changed: sameOrder ? changed : 'all',
  };
}
