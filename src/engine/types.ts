import type { ScenarioEdit } from '../model/scenarioEdit.ts';
import type { NaclEntry, Route, SecurityGroupRule, TransitGatewayRoute } from '../model/types.ts';

/** The layers a packet crosses, named as in spec/cli-analyze.md. */
export type Layer =
  | 'security-group-egress'
  | 'nacl-egress'
  | 'route'
  | 'nacl-ingress'
  | 'security-group-ingress'
  | 'internet-gateway'
  | 'nat-gateway'
  | 'peering'
  | 'transit-gateway'
  | 'vpc-endpoint'
  | 'egress-only-internet-gateway';

export type Direction = 'request' | 'response';
/** `unknown`: the hop crosses something the engine does not model (spec/cli-analyze.md). */
export type HopVerdict = 'allow' | 'deny' | 'skip' | 'unknown';
export type Verdict = 'allowed' | 'blocked' | 'unknown';

/** What decided a hop; plain data so it crosses the worker boundary and prints as JSON. */
export type DecidingRule =
  | {
      readonly kind: 'security-group-rule';
      readonly groupId: string;
      /** Index of the rule in the group's `ingress` or `egress` list. */
      readonly index: number;
      readonly rule: SecurityGroupRule;
    }
  | { readonly kind: 'security-group-stateful' }
  | {
      readonly kind: 'nacl-entry';
      readonly networkAclId: string;
      readonly ruleNumber: number;
      readonly action: 'allow' | 'deny';
      /** The entry; absent for AWS's final `*` rule. */
      readonly entry?: NaclEntry;
    }
  | {
      readonly kind: 'route';
      readonly routeTableId: string;
      readonly route: Route;
      /** Added by AWS rather than listed: a local route, or a gateway endpoint's route. */
      readonly implicit?: boolean;
      /** For a prefix-list route: the entry of the list that matched. */
      readonly prefixListEntry?: string;
    }
  | {
      readonly kind: 'transit-gateway-route';
      readonly routeTableId: string;
      readonly route: TransitGatewayRoute;
    };

/** The packet as a layer sees it. Addresses are text; ports only for TCP and UDP. */
export interface Packet {
  readonly source: string;
  readonly destination: string;
  /** IP protocol number. */
  readonly protocol: number;
  readonly sourcePort?: number;
  readonly destinationPort?: number;
  readonly icmpType?: number;
  readonly icmpCode?: number;
}

export interface Hop {
  readonly direction: Direction;
  readonly layer: Layer;
  readonly resourceId: string;
  readonly verdict: HopVerdict;
  readonly rule: DecidingRule | null;
  /** One sentence a student can read. */
  readonly reason: string;
  readonly packet: Packet;
  /** The subnet whose boundary, router or gateway this hop is at (for the canvas). */
  readonly subnetId?: string;
  /** Set when the verdict is `unknown` (kept for readers of version 1 traces). */
  readonly unknown?: true;
}

export interface BlockedBy {
  readonly direction: Direction;
  readonly layer: Layer;
  readonly resourceId: string;
  readonly ruleNumber?: number;
}

/** The same fix at another scope: whom it lets in (a group, one address, a subnet…) or which ports. */
export interface FixScope {
  /** A few words for the scope picker: "10.0.1.10/32 · this address only". */
  readonly label: string;
  readonly summary: string;
  readonly edit: ScenarioEdit;
}

/** A suggested remedy: words, and the model edit that makes it (if one does). */
export interface Fix {
  /** Index of the hop in `Trace.hops` it changes. */
  readonly hop: number;
  readonly summary: string;
  readonly edit: ScenarioEdit | null;
  /**
   * `open`: lets the packet through that denying hop (the flow is blocked and is not expected to
   * be); `block`: stops the flow at that allowing hop (it is allowed and expected blocked).
   */
  readonly effect: 'open' | 'block';
  /**
   * An opening fix at each scope offered, least privilege first: the first is `summary`/`edit`.
   * Absent when there is only one.
   */
  readonly scopes?: readonly FixScope[];
  /** A blocking fix's cost: the names of the saved flows, allowed now, that it would block too. */
  readonly alsoBlocks?: readonly string[];
}

export interface Trace {
  readonly verdict: Verdict;
  readonly blockedBy: BlockedBy | null;
  readonly hops: readonly Hop[];
  readonly warnings: readonly string[];
  /**
   * What would give the flow its intended outcome: for a blocked flow not expected blocked, one
   * opening fix per denying hop of the blocked path; for an allowed flow expected blocked, the
   * blocking fixes, narrowest first; none when the flow does what it is expected to.
   */
  readonly fixes: readonly Fix[];
}

/** A flow that could not be evaluated (an endpoint that names nothing, two internet hosts…). */
export class FlowError extends Error {
  override readonly name = 'FlowError';
}
