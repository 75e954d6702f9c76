import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../scenarios/index.ts';
import { validate } from '../model/validate.ts';
import { evaluate } from './evaluate.ts';

// Every built-in scenario is data that must hold: it validates, and each saved flow with an
// expected outcome gets that outcome from the engine.
describe.each(builtInScenarios.map((b) => [b.id, b] as const))('built-in scenario %s', (_id, b) => {
  it('has no validation errors', () => {
    expect(validate(b.scenario).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(b.scenario.flows.filter((f) => f.expected).map((f) => [f.name, f] as const))(
    'flow "%s" has its expected outcome',
    (_name, flow) => {
      expect(evaluate(b.scenario, flow).verdict).toBe(flow.expected);
    },
  );
});
