import type { BlockedBy } from '../engine/types.ts';

/** What `diff` found (spec/ci-check.md, "`diff`"): flows that changed, by pair of subnets. */

export interface ChangedFlow {
  readonly source: string;
  readonly destination: string;
  /** The piece of the service: `tcp/5432`, `tcp/1024-65535`. */
  readonly service: string;
  /** The hop that changed: for a newly allowed flow the one that blocked it before, for a newly blocked one the one that blocks it now. */
  readonly hop: BlockedBy | null;
}

export interface SubnetPairChange {
  /** The source's subnet (`Name (subnet-…)`), `internet`, or an AWS service. */
  readonly source: string;
  readonly destination: string;
  /** Flows (pairs of endpoints × pieces of services) that changed, in all. */
  readonly count: number;
  /** The first MAX_CHANGED_SHOWN of them. */
  readonly flows: readonly ChangedFlow[];
}

export interface DiffReport {
  /** What was compared: the two files, or the plan. */
  readonly before: string;
  readonly after: string;
  readonly allowed: readonly SubnetPairChange[];
  readonly blocked: readonly SubnetPairChange[];
  /** Services compared, as pieces. */
  readonly services: readonly string[];
  /** Endpoints present in both. */
  readonly endpoints: number;
  readonly warnings: readonly string[];
}

export const MAX_CHANGED_SHOWN = 20;
