import { bench, describe } from 'vitest';
import { threeTierScenario } from '../scenarios/threeTier.ts';
import { compileScenario } from './compile.ts';
import { evaluate } from './evaluate.ts';

const compiled = compileScenario(threeTierScenario);
const flows = threeTierScenario.flows;

describe('one flow through the three-tier scenario (goal: median under 10 µs)', () => {
  let k = 0;
  bench('evaluate (full trace with sentences)', () => {
    const flow = flows[k++ % flows.length];
    if (flow) evaluate(compiled, flow);
  });
});
