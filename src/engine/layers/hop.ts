import type { ScenarioEdit } from '../../model/scenarioEdit.ts';
import type { CEni, CompiledScenario } from '../compiled.ts';
import type { Pkt } from '../packet.ts';
import type { ResolvedFlow } from '../resolve.ts';
import type { DecidingRule, Direction, FixScope, HopVerdict, Layer } from '../types.ts';

/** A suggested remedy for a denying hop: words, and the model edit that makes it (if one does). */
export interface Proposal {
  readonly summary: string;
  readonly edit: ScenarioEdit | null;
  /** The same change at wider scopes, this one first (see `Fix.scopes`). */
  readonly scopes?: readonly FixScope[] | undefined;
}

/** An edit that stops the packet at an allowing hop. */
export interface BlockProposal {
  readonly summary: string;
  readonly edit: ScenarioEdit;
  /**
   * Roughly how much traffic it stops (addresses × ports × interfaces it applies to): the smaller,
   * the narrower the change. Ranks the proposals; never shown.
   */
  readonly breadth: number;
}

/** What a fix is for, beyond the packet: read from the flow by `fixes.ts`. */
export interface FixIntent {
  /**
   * The flow's internet end stands for every public address (a challenge goal "from anywhere"):
   * a fix must open, or block, all of them rather than the one address the flow names.
   */
  readonly anywhere: boolean;
}

/**
 * A hop before it is turned into text: its sentence and its fix are thunks over typed values,
 * built only when a trace is kept (the matrix never builds them).
 */
export interface HopDraft {
  readonly direction: Direction;
  readonly layer: Layer;
  readonly resourceId: string;
  readonly verdict: HopVerdict;
  readonly rule: DecidingRule | null;
  readonly reason: () => string;
  readonly pkt: Pkt;
  readonly ruleNumber?: number | undefined;
  readonly subnetId?: string | undefined;
  readonly unknown?: boolean | undefined;
  readonly warning?: (() => string) | undefined;
  /** The least-privilege edit that lets the packet through here; only denying hops have one. */
  readonly fix?: ((intent: FixIntent) => Proposal | null) | undefined;
  /** The narrowest edits that stop the packet here; allowing hops that can be changed have them. */
  readonly block?: ((intent: FixIntent) => readonly BlockProposal[]) | undefined;
}

/**
 * Receives hops in path order; returns false to stop the walk. A sink with `quick` gets only the
 * verdicts, so no text or hop object is built (the matrix evaluates hundreds of thousands of flows).
 */
export interface HopSink {
  add(hop: HopDraft): boolean;
  readonly quick?: (direction: Direction, layer: Layer, verdict: HopVerdict) => boolean;
  /**
   * A sink that decides security groups itself (the matrix: one walk stands for every pair of
   * its endpoint classes, whose groups differ) gets the hop's interface and packet instead of a
   * verdict; returns false to stop the walk.
   */
  readonly deferGroup?: (
    direction: Direction,
    eni: CEni,
    way: 'ingress' | 'egress',
    pkt: Pkt,
  ) => boolean;
}

/**
 * What a layer module needs from the walk: the compiled scenario, the flow, and where its hop
 * goes. Each layer decides, hands a quick sink the bare verdict, or else builds its hop.
 */
export interface Emitter {
  readonly c: CompiledScenario;
  readonly f: ResolvedFlow;
  /** True once the sink wants no more hops: a layer then decides nothing. */
  readonly stopped: boolean;
  /** Gives a quick sink the verdict and returns true; false when the sink wants the whole hop. */
  quick(direction: Direction, layer: Layer, verdict: HopVerdict): boolean;
  /** Hands a security-group hop to a sink that decides it itself; true when it took it. */
  deferGroup(direction: Direction, eni: CEni, way: 'ingress' | 'egress', pkt: Pkt): boolean;
  add(hop: HopDraft): void;
}
