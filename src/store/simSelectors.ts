import type { Hop, Trace } from '../engine/types.ts';
import type { Instance, SavedFlow } from '../model/types.ts';
import { DRAFT_FLOW_ID, PREVIEW_FLOW_ID, type ActiveFlow } from './slices/sim.ts';
import { draftForEvaluation } from './simDraft.ts';
import type { StoreState } from './store.ts';

/**
 * What decided the hop in focus, for the editors to highlight:
 * - `nacl`: the network ACL entry (`ruleNumber` 32767 or 32768 is AWS's final `*` rule);
 * - `sg`: a security group denied: it has no deny rules, so no row decided; the instance's groups
 *   are highlighted with the note that no rule allowed it;
 * - `sg-rule`: the security-group rule that allowed the packet (its index in that direction);
 * - `route`: the route table and the route's destination (null when no route matched).
 */
export type DecidingHighlight =
  | {
      readonly kind: 'nacl';
      readonly aclId: string;
      readonly direction: 'ingress' | 'egress';
      readonly ruleNumber: number;
    }
  | {
      readonly kind: 'sg';
      readonly instanceId: string;
      readonly groupIds: readonly string[];
      readonly note: 'no rule allowed it';
    }
  | {
      readonly kind: 'sg-rule';
      readonly groupId: string;
      readonly direction: 'ingress' | 'egress';
      readonly index: number;
    }
  | { readonly kind: 'route'; readonly routeTableId: string; readonly destination: string | null };

/**
 * The hop in focus: the animation's current hop; before the animation starts (step -1), the hop
 * that decided the verdict (the first that denied, else the first the engine could not tell).
 */
export function focusHopIndex(active: Pick<ActiveFlow, 'trace' | 'step'>): number {
  const { trace, step } = active;
  if (!trace) return -1;
  if (step >= 0) return step;
  return blockingHopIndex(trace);
}

/** The first hop that denied (the one `blockedBy` names), else the first unknown one, else -1. */
export function blockingHopIndex(trace: Trace): number {
  const deny = trace.hops.findIndex((h) => h.verdict === 'deny');
  return deny >= 0 ? deny : trace.hops.findIndex((h) => h.unknown === true);
}

/** What decided one hop, as the editors name it; null for gateways and stateful passes. */
export function decidingRuleOf(hop: Hop, instances: readonly Instance[]): DecidingHighlight | null {
  const rule = hop.rule;
  switch (hop.layer) {
    case 'nacl-ingress':
    case 'nacl-egress':
      return rule?.kind === 'nacl-entry'
        ? {
            kind: 'nacl',
            aclId: rule.networkAclId,
            direction: hop.layer === 'nacl-ingress' ? 'ingress' : 'egress',
            ruleNumber: rule.ruleNumber,
          }
        : null;
    case 'security-group-ingress':
    case 'security-group-egress': {
      const direction = hop.layer === 'security-group-ingress' ? 'ingress' : 'egress';
      if (rule?.kind === 'security-group-rule') {
        return { kind: 'sg-rule', groupId: rule.groupId, direction, index: rule.index };
      }
      if (hop.verdict !== 'deny') return null;
      const instance = instances.find((i) => i.id === hop.resourceId);
      return {
        kind: 'sg',
        instanceId: hop.resourceId,
        groupIds: instance?.securityGroupIds ?? [],
        note: 'no rule allowed it',
      };
    }
    case 'route':
      return {
        kind: 'route',
        routeTableId: rule?.kind === 'route' ? rule.routeTableId : hop.resourceId,
        destination: rule?.kind === 'route' ? rule.route.destination : null,
      };
    // A transit gateway route table's route: the same highlight, its IDs are of their own kind.
    case 'transit-gateway':
      return rule?.kind === 'transit-gateway-route'
        ? { kind: 'route', routeTableId: rule.routeTableId, destination: rule.route.destination }
        : { kind: 'route', routeTableId: hop.resourceId, destination: null };
    default:
      return null;
  }
}

let memo: {
  hop: Hop | undefined;
  instances: readonly Instance[];
  value: DecidingHighlight | null;
} = {
  hop: undefined,
  instances: [],
  value: null,
};

/**
 * What decided the active flow's hop in focus (see focusHopIndex), or null. The same object is
 * returned while the hop and the instances are unchanged, so a component may select it directly.
 */
export function selectDecidingRule(s: StoreState): DecidingHighlight | null {
  const { active } = s.sim;
  const hop = active.trace?.hops[focusHopIndex(active)];
  const instances = s.scenario.instances;
  if (hop !== memo.hop || instances !== memo.instances) {
    memo = { hop, instances, value: hop ? decidingRuleOf(hop, instances) : null };
  }
  return memo.value;
}

/** The flow shown as active: a saved flow, the tester's draft or the preview, or undefined. */
export function selectActiveFlow(s: StoreState): SavedFlow | undefined {
  const id = s.sim.active.flowId;
  if (id === null) return undefined;
  if (id === DRAFT_FLOW_ID) return draftFlow(s);
  if (id === PREVIEW_FLOW_ID) return s.sim.preview ?? undefined;
  return s.scenario.flows.find((f) => f.id === id);
}

let draftMemo: { draft: StoreState['sim']['draft']; flow: SavedFlow | undefined } = {
  draft: null,
  flow: undefined,
};

/** The draft as a flow (stable per draft object), or undefined while an end is missing. */
export function draftFlow(s: StoreState): SavedFlow | undefined {
  if (s.sim.draft !== draftMemo.draft) {
    draftMemo = { draft: s.sim.draft, flow: draftForEvaluation(s.sim.draft) ?? undefined };
  }
  return draftMemo.flow;
}
