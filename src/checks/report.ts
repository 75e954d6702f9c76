import type { BlockedBy, Direction, Layer, Verdict } from '../engine/types.ts';
import type { FlowSpec } from '../model/types.ts';

/**
 * What `check --expect` found, in the shape every output format reads (formats/): each flow and
 * invariant with where it is in the expectations file, whether it holds, and why.
 */

/** A hop that decided: the one that blocked, or the one that let the packet through. */
export interface DecidingHop {
  readonly direction: Direction;
  readonly layer: Layer;
  readonly resourceId: string;
  readonly ruleNumber?: number;
  /** The hop's sentence. */
  readonly reason: string;
}

export interface FlowResult {
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly from: string;
  readonly to: string;
  /** `tcp/5432`… */
  readonly service: string;
  readonly expected: 'allowed' | 'blocked';
  /** `error` when the flow could not be evaluated (saved flows only: a file's flows exit 2). */
  readonly verdict: Verdict | 'error';
  readonly blockedBy: BlockedBy | null;
  /** The hop that blocked it, or for an allowed flow the one that let it through. */
  readonly decidedBy: DecidingHop | null;
  readonly ok: boolean;
  readonly warnings: readonly string[];
  readonly error?: string;
  /** The flow evaluated (absent for a saved flow, which the scenario holds). */
  readonly flow?: FlowSpec;
}

export interface Counterexample {
  readonly source: string;
  readonly destination: string;
  readonly protocol: string;
  /** The piece of the service range: `tcp/0-21`, `tcp/5432`, `icmp/8/0`. */
  readonly ports: string;
  readonly verdict: Verdict;
  readonly blockedBy: BlockedBy | null;
  /** The hop that blocked it, or that let it through. */
  readonly decidedBy: DecidingHop | null;
  /** The flow evaluated, to replay it (the app animates it). */
  readonly flow: FlowSpec;
}

export interface InvariantResult {
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly expected: 'allowed' | 'blocked';
  readonly ok: boolean;
  /** At most MAX_COUNTEREXAMPLES; `count` says how many pairs and pieces fail in all. */
  readonly counterexamples: readonly Counterexample[];
  readonly count: number;
  /** Pairs and pieces whose verdict is `unknown`. */
  readonly unknown: number;
  /** Why it failed without a counterexample: "from selects nothing". */
  readonly problem?: string;
  /** How many pairs of endpoints and pieces of the services were decided. */
  readonly checked: number;
}

export interface CheckReport {
  /** The expectations file as given (or the network file, for its saved flows). */
  readonly file: string;
  readonly flows: readonly FlowResult[];
  readonly invariants: readonly InvariantResult[];
  readonly warnings: readonly string[];
}

export const MAX_COUNTEREXAMPLES = 20;

/** Did everything hold? */
export function reportPassed(r: CheckReport): boolean {
  return r.flows.every((f) => f.ok) && r.invariants.every((i) => i.ok);
}
