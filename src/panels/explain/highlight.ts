import type { HopVerdict } from '../../engine/types.ts';
import {
  focusHopIndex,
  selectDecidingRule,
  useStore,
  type DecidingHighlight,
  type StoreState,
} from '../../store/index.ts';

/**
 * What the editors highlight: the row (or group) that decided the active flow's hop in focus
 * (selectDecidingRule). Each hook returns that hop's verdict when its row decided it, else null;
 * a row shows `data-highlight`, a ring, and the DecidingTag (words, not colour alone).
 */
export const HIGHLIGHT_RING: Readonly<Record<'allow' | 'deny', string>> = {
  deny: 'ring-2 ring-red-500 ring-offset-1 dark:ring-red-400 dark:ring-offset-slate-900',
  allow: 'ring-2 ring-emerald-500 ring-offset-1 dark:ring-emerald-400 dark:ring-offset-slate-900',
};

export type Decided = Extract<HopVerdict, 'allow' | 'deny'> | null;

function decided(s: StoreState, match: (d: DecidingHighlight) => boolean): Decided {
  const d = selectDecidingRule(s);
  if (!d || !match(d)) return null;
  const verdict = s.sim.active.trace?.hops[focusHopIndex(s.sim.active)]?.verdict;
  return verdict === 'allow' || verdict === 'deny' ? verdict : null;
}

/** A network ACL entry; AWS's `*` rule is 32767 (IPv4) or 32768 (IPv6). */
export function useNaclEntryDecided(aclId: string, direction: string, ruleNumber: number): Decided {
  return useStore((s) =>
    decided(
      s,
      (d) =>
        d.kind === 'nacl' &&
        d.aclId === aclId &&
        d.direction === direction &&
        d.ruleNumber === ruleNumber,
    ),
  );
}

export function useAclDecided(aclId: string): Decided {
  return useStore((s) => decided(s, (d) => d.kind === 'nacl' && d.aclId === aclId));
}

/** A security group: one of the instance's groups when none allowed, or the group whose rule did. */
export function useGroupDecided(groupId: string): Decided {
  return useStore((s) =>
    decided(
      s,
      (d) =>
        (d.kind === 'sg' && d.groupIds.includes(groupId)) ||
        (d.kind === 'sg-rule' && d.groupId === groupId),
    ),
  );
}

export function useSgRuleDecided(groupId: string, direction: string, index: number): Decided {
  return useStore((s) =>
    decided(
      s,
      (d) =>
        d.kind === 'sg-rule' &&
        d.groupId === groupId &&
        d.direction === direction &&
        d.index === index,
    ),
  );
}

export function useTableDecided(routeTableId: string): Decided {
  return useStore((s) => decided(s, (d) => d.kind === 'route' && d.routeTableId === routeTableId));
}

export function useRouteDecided(routeTableId: string, destination: string): Decided {
  return useStore((s) =>
    decided(
      s,
      (d) => d.kind === 'route' && d.routeTableId === routeTableId && d.destination === destination,
    ),
  );
}
