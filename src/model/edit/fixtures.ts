import { ScenarioSchema } from '../schema.ts';
import type { Scenario } from '../types.ts';
import { cleanScenario } from '../validate/fixtures.ts';
import { validate, type Finding } from '../validate/index.ts';

/**
 * Test helpers for the edits, as plain data and functions (no test framework), so they compile
 * with the model. `frozenScenario` is validate's clean fixture, deep-frozen: an edit that mutated
 * its input would throw.
 *
 * @example
 * const s = deepFreeze(cleanScenario()); // s.vpcs.push(…) now throws
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * validate's clean fixture, deep-frozen.
 *
 * @example
 * const s = frozenScenario();
 */
export function frozenScenario(): Scenario {
  return deepFreeze(cleanScenario());
}

/**
 * Whether the scenario still parses exactly as it is.
 *
 * @example
 * expect(schemaValid(next)).toBe(true);
 */
export function schemaValid(scenario: Scenario): boolean {
  return ScenarioSchema.safeParse(scenario).success;
}

/**
 * The error findings of `after` that `before` did not have (matched by code, resource and field).
 *
 * @example
 * expect(newErrors(before, after)).toEqual([]);
 */
export function newErrors(before: Scenario, after: Scenario): Finding[] {
  const key = (f: Finding) => `${f.code} ${f.resourceId} ${f.field}`;
  const old = new Set(validate(before).map(key));
  return validate(after).filter((f) => f.severity === 'error' && !old.has(key(f)));
}
