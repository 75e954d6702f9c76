import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyScenarioEdit } from '../model/scenarioEdit.ts';
import type { FlowSpec, Scenario } from '../model/types.ts';
import {
  buildFlow,
  buildScenario,
  flowPlanArb,
  scenarioPlanArb,
} from './__fixtures__/arbitrary.ts';
import { evaluate } from './evaluate.ts';
import { FlowError, type Trace } from './types.ts';

// Whatever the network, a proposed fix does what it says: a blocking fix blocks the flow, and
// opening fixes (at any scope offered) let it through. Rules allow only, a network ACL's first
// matching entry decides, a route's absence drops the packet.
// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
// https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
// https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html

const RUNS = 200;

function traceOf(s: Scenario, f: FlowSpec & { expected?: 'allowed' | 'blocked' }): Trace | null {
  try {
    return evaluate(s, f);
  } catch (e) {
    if (e instanceof FlowError) return null;
    throw e;
  }
}

describe('suggested fixes (property)', () => {
  it('applying any proposed blocking fix blocks an allowed flow expected blocked', () => {
    let checked = 0;
    fc.assert(
      fc.property(scenarioPlanArb, flowPlanArb, (plan, flowPlan) => {
        const s = buildScenario(plan);
        const flow = { ...buildFlow(s, flowPlan), expected: 'blocked' as const };
        const trace = traceOf(s, flow);
        if (!trace || trace.verdict !== 'allowed') {
          expect(trace?.fixes ?? []).toEqual([]);
          return;
        }
        checked++;
        // A rule that let the request through can always be removed (traffic to the Amazon DNS
        // resolver, say, passes no rule at all: nothing in the network can stop it).
        const byRule = trace.hops.some(
          (h) => h.direction === 'request' && h.rule?.kind === 'security-group-rule',
        );
        if (byRule) expect(trace.fixes.length).toBeGreaterThan(0);
        for (const fix of trace.fixes) {
          expect(fix.effect).toBe('block');
          if (!fix.edit) return expect.fail(`a blocking fix without an edit: ${fix.summary}`);
          const r = applyScenarioEdit(s, fix.edit);
          if (!r.ok) return expect.fail(`${fix.summary}: ${r.error}`);
          expect(evaluate(r.value, flow).verdict).toBe('blocked');
        }
      }),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(0);
  });

  it('applying the proposed opening fixes, at any scope offered, lets a blocked flow through', () => {
    let opened = 0;
    fc.assert(
      fc.property(scenarioPlanArb, flowPlanArb, fc.nat(), (plan, flowPlan, pick) => {
        let s = buildScenario(plan);
        const flow = buildFlow(s, flowPlan);
        let trace = traceOf(s, flow);
        if (!trace || trace.verdict !== 'blocked') return;
        // A fix opens its own hop; a hop behind it may then show, so click until none is left.
        for (let round = 0; round < 6 && trace.verdict === 'blocked'; round++) {
          expect(trace.fixes.length).toBeGreaterThan(0);
          for (const fix of trace.fixes) {
            expect(fix.effect).toBe('open');
            // Some fixes are for a person to make (peer two VPCs, renumber rules): stop there.
            if (!fix.edit) return;
            const scopes = fix.scopes ?? [{ edit: fix.edit }];
            const edit = scopes[pick % scopes.length]?.edit ?? fix.edit;
            const r = applyScenarioEdit(s, edit);
            // The same setting proposed for two hops is applied once.
            if (r.ok) s = r.value;
          }
          trace = evaluate(s, flow);
        }
        expect(trace.verdict).not.toBe('blocked');
        opened++;
      }),
      { numRuns: RUNS },
    );
    expect(opened).toBeGreaterThan(0);
  });
});
