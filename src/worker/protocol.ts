import type {
  FlowIntent,
  ReachabilityMatrix,
  ReachabilityOptions,
  Service,
  Trace,
} from '../engine/index.ts';
import type { ExpectationsAnswer } from '../checks/index.ts';
import type { FlowSpec, Scenario } from '../model/types.ts';

/** The result of one flow: its trace, or why it could not be evaluated (an endpoint that is gone). */
export type FlowOutcome = { ok: true; trace: Trace } | { ok: false; error: string };

/** Progress of a long job: how many of `total` steps are done. */
export type Progress = (done: number, total: number) => void;

/**
 * What the engine worker offers, typed end to end: the worker implements it (`satisfies`), the
 * client wraps it with comlink. Everything that crosses is plain data (structured clone): no
 * class instances, and the matrix's cells travel as a transferred buffer.
 */
export interface EngineApi {
  /** Saved flows carry their intent (a goal "from anywhere" is checked over the internet's pieces). */
  evaluateFlows(scenario: Scenario, flows: readonly (FlowSpec & FlowIntent)[]): FlowOutcome[];
  reachability(
    scenario: Scenario,
    services: readonly Service[],
    options: ReachabilityOptions,
    onProgress?: Progress,
  ): ReachabilityMatrix | { readonly refused: string };
  /** An expectations file (spec/ci-check.md) checked against the scenario: its report, or what is wrong. */
  checkExpectations(scenario: Scenario, text: string, file: string): ExpectationsAnswer;
  /** The scenario's saved flows with an expected outcome, as an expectations file. */
  exportExpectations(scenario: Scenario): string;
  /** For the crash-recovery test: makes the worker fail as a bug would. */
  crash(): never;
}
