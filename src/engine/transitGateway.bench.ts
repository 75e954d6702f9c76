import { bench, describe } from 'vitest';
import { hubAndSpoke } from './__fixtures__/hubAndSpoke.ts';
import { compileScenario } from './compile.ts';
import { evaluate } from './evaluate.ts';

const { scenario, flow } = hubAndSpoke();
const compiled = compileScenario(scenario);

describe('one flow through a transit gateway (goal: median under 15 µs)', () => {
  bench('evaluate through a transit gateway (full trace with sentences)', () => {
    evaluate(compiled, flow);
  });
});
