import type { SavedFlow, Scenario } from './types.ts';

/**
 * Challenges: a scenario that carries a task, goals (saved flows marked `goal`, each with its
 * `expected` outcome) and, optionally, resources locked from editing. It starts broken on purpose;
 * the student edits until every goal has its expected outcome.
 *
 * Pure: the verdicts come in from outside (the simulation's outcomes, which the engine worker
 * produced); nothing here decides whether a packet passes.
 */

/**
 * What the solved check needs of one flow's result: the engine's verdict, or why the flow could
 * not be evaluated. The simulation's `FlowOutcome` has this shape.
 */
export type GoalOutcome =
  | { readonly ok: true; readonly trace: { readonly verdict: string } }
  | { readonly ok: false; readonly error: string };

/**
 * One goal's state: `met` (its verdict is the expected one), `unmet` (another verdict, or it
 * could not be evaluated: `error` says why), `pending` (no result yet).
 */
export type GoalState = 'met' | 'unmet' | 'pending';

export interface GoalStatus {
  readonly flowId: string;
  readonly name: string;
  readonly expected: 'allowed' | 'blocked';
  readonly state: GoalState;
  /** The verdict the engine gave, when it gave one. */
  readonly verdict?: string;
  readonly error?: string;
}

export interface ChallengeStatus {
  readonly task: string;
  readonly goals: readonly GoalStatus[];
  readonly met: number;
  /** Every goal has its expected outcome (and there is at least one goal). */
  readonly solved: boolean;
}

/** The saved flows that are goals: marked `goal` and stating an expected outcome. */
export function challengeGoals(
  scenario: Scenario,
): (SavedFlow & { expected: 'allowed' | 'blocked' })[] {
  return scenario.flows.filter(
    (f): f is SavedFlow & { expected: 'allowed' | 'blocked' } =>
      f.goal === true && f.expected !== undefined,
  );
}

/** Whether the scenario is a challenge: it has a task or at least one goal. */
export function isChallenge(scenario: Scenario): boolean {
  return scenario.challenge !== undefined || challengeGoals(scenario).length > 0;
}

/**
 * Each goal's state from the outcomes passed in, and whether the challenge is solved.
 *
 * @example
 * const status = challengeStatus(scenario, useStore.getState().sim.outcomes);
 * if (status.solved) announce('Challenge solved!');
 */
export function challengeStatus(
  scenario: Scenario,
  outcomes: Readonly<Record<string, GoalOutcome | undefined>>,
): ChallengeStatus {
  const goals = goalStatuses(challengeGoals(scenario), (id) => outcomes[id]);
  const met = goals.filter((g) => g.state === 'met').length;
  return {
    task: scenario.challenge?.task ?? '',
    goals,
    met,
    solved: goals.length > 0 && met === goals.length,
  };
}

/** Each goal's state, from the outcome `outcomeOf` gives for its flow ID (the engine's verdict). */
export function goalStatuses(
  goals: readonly (SavedFlow & { readonly expected: 'allowed' | 'blocked' })[],
  outcomeOf: (flowId: string) => GoalOutcome | undefined,
): GoalStatus[] {
  return goals.map((flow): GoalStatus => {
    const base = { flowId: flow.id, name: flow.name, expected: flow.expected };
    const outcome = outcomeOf(flow.id);
    if (outcome === undefined) return { ...base, state: 'pending' };
    if (!outcome.ok) return { ...base, state: 'unmet', error: outcome.error };
    const verdict = outcome.trace.verdict;
    return { ...base, state: verdict === flow.expected ? 'met' : 'unmet', verdict };
  });
}

/**
 * The IDs the student may not change: the challenge's locked resources and, while it is a
 * challenge, its goal flows (changing a goal's expected outcome would "solve" it).
 */
export function lockedIds(scenario: Scenario): ReadonlySet<string> {
  if (!scenario.challenge) return new Set();
  return new Set([
    ...(scenario.challenge.locked ?? []),
    ...challengeGoals(scenario).map((f) => f.id),
  ]);
}

type Resource = { readonly id: string; readonly name?: string };

/** Every resource (and saved flow) of a scenario by ID, with the words for its kind. */
function resourcesById(scenario: Scenario): Map<string, { kind: string; value: Resource }> {
  const byId = new Map<string, { kind: string; value: Resource }>();
  const add = (kind: string, list: readonly Resource[]) => {
    for (const value of list) byId.set(value.id, { kind, value });
  };
  add('VPC', scenario.vpcs);
  add('subnet', scenario.subnets);
  add('instance', scenario.instances);
  add('security group', scenario.securityGroups);
  add('network ACL', scenario.networkAcls);
  add('route table', scenario.routeTables);
  add('internet gateway', scenario.internetGateways);
  add('NAT gateway', scenario.natGateways);
  add('peering connection', scenario.peeringConnections);
  add('internet host', scenario.internetHosts);
  add('goal flow', scenario.flows);
  return byId;
}

/**
 * Why `id` may not be changed while the challenge is solved (the sentence a locked control shows),
 * or null when it is not locked.
 */
export function lockedReason(
  scenario: Scenario,
  id: string,
  locked: ReadonlySet<string> = lockedIds(scenario),
): string | null {
  if (!locked.has(id)) return null;
  return lockSentence(resourcesById(scenario).get(id), id);
}

function lockSentence(found: { kind: string; value: Resource } | undefined, id: string): string {
  const kind = found?.kind ?? 'resource';
  const label = found?.value.name ? `${found.value.name} (${id})` : id;
  return `The ${kind} ${label} is locked by the challenge: change something else.`;
}

/** Deep equality of plain data (JSON-shaped: what a scenario holds). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * Refuses an edit that changes (or deletes) a locked resource: compares each locked resource of
 * `before` with the same ID in `after`. Returns the refusal sentence, or null when the edit may go.
 * The challenge itself is the instructor's, so an edit that changes it is left to the caller.
 *
 * @example
 * lockedEditError(before, after, ['sg-web']); // "The security group web is locked by the challenge…"
 */
export function lockedEditError(
  before: Scenario,
  after: Scenario,
  locked: Iterable<string> = lockedIds(before),
): string | null {
  if (before === after) return null;
  const ids = [...locked];
  if (ids.length === 0) return null;
  const old = resourcesById(before);
  const now = resourcesById(after);
  for (const id of ids) {
    const was = old.get(id);
    if (!was) continue;
    if (same(was.value, now.get(id)?.value)) continue;
    return lockSentence(was, id);
  }
  return null;
}

/**
 * Refuses an edit that changes the challenge itself: its task, its locks, which flows are goals
 * and what each goal expects. Those are the instructor's; a student who changed them would
 * "solve" the challenge without touching the network. Returns the refusal, or null.
 */
export function challengeEditError(before: Scenario, after: Scenario): string | null {
  if (before === after) return null;
  const goals = (s: Scenario) => challengeGoals(s).map((f) => [f.id, f.expected]);
  if (same(before.challenge, after.challenge) && same(goals(before), goals(after))) return null;
  return 'The challenge’s task, goals and locks are set by the instructor: change the network instead.';
}

/** A challenge's settings as the instructor writes them. */
export interface ChallengeDraft {
  readonly task: string;
  /** Saved flow IDs to mark as goals (each keeps, or gets, its expected outcome). */
  readonly goalIds: readonly string[];
  /** The outcome each goal must have, where the instructor set one. */
  readonly expected?: Readonly<Record<string, 'allowed' | 'blocked'>>;
  readonly locked: readonly string[];
}

/**
 * Turns the scenario into a challenge (or updates it): the chosen flows become goals and the
 * others stop being goals; a goal without an expected outcome takes `fallback[flowId]` (the
 * verdict it has now), else `allowed`. An empty task and no goals removes the challenge.
 *
 * @example
 * setChallenge(s, { task: 'Open HTTPS to web-1', goalIds: ['flow-1'], locked: [] });
 */
export function setChallenge(
  scenario: Scenario,
  draft: ChallengeDraft,
  fallback: Readonly<Record<string, 'allowed' | 'blocked'>> = {},
): Scenario {
  const goals = new Set(draft.goalIds);
  const flows = scenario.flows.map((flow): SavedFlow => {
    if (goals.has(flow.id)) {
      const expected = draft.expected?.[flow.id] ?? flow.expected ?? fallback[flow.id] ?? 'allowed';
      return flow.goal === true && flow.expected === expected
        ? flow
        : { ...flow, goal: true, expected };
    }
    if (flow.goal === undefined) return flow;
    const { goal: _goal, ...rest } = flow;
    void _goal;
    return rest;
  });
  const task = draft.task.trim();
  const { challenge: _old, ...rest } = scenario;
  void _old;
  if (task === '' && goals.size === 0) return { ...rest, flows };
  const locked = [...new Set(draft.locked)];
  return {
    ...rest,
    flows,
    challenge: { task, ...(locked.length > 0 ? { locked } : {}) },
  };
}
