import fc from 'fast-check';
import { cellOf } from '../model/classMatrix.ts';
import { describe, expect, it } from 'vitest';
import type { FlowSpec, Scenario } from '../model/types.ts';
import {
  buildFlow,
  buildScenario,
  entryPlanArb,
  extraEntry,
  extraRule,
  flowPlanArb,
  reordered,
  rulePlanArb,
  scenarioPlanArb,
} from './__fixtures__/arbitrary.ts';
import { evaluate } from './evaluate.ts';
import { decodeCell, reachability, type Service } from './reachability.ts';
import { FlowError, type Trace } from './types.ts';

const RUNS = 250;

/** The trace, or null when the flow cannot be built (FlowError). */
function traceOf(s: Scenario, f: FlowSpec): Trace | null {
  try {
    return evaluate(s, f);
  } catch (e) {
    if (e instanceof FlowError) return null;
    throw e;
  }
}

describe('engine properties', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html: rules only allow,
  // and an instance's groups act as the union of their rules.
  it('adding an allow rule to a security group never turns an allowed flow into a blocked one', () => {
    fc.assert(
      fc.property(
        scenarioPlanArb,
        flowPlanArb,
        fc.nat(),
        fc.boolean(),
        rulePlanArb,
        (plan, flowPlan, groupIndex, inbound, rulePlan) => {
          const s = buildScenario(plan);
          const f = buildFlow(s, flowPlan);
          const before = traceOf(s, f);
          if (!before) return;
          const { groupId, rule } = extraRule(s, groupIndex, rulePlan);
          const widened: Scenario = {
            ...s,
            securityGroups: s.securityGroups.map((g) =>
              g.id !== groupId
                ? g
                : inbound
                  ? { ...g, ingress: [...g.ingress, rule] }
                  : { ...g, egress: [...g.egress, rule] },
            ),
          };
          const after = evaluate(widened, f);
          if (before.verdict === 'allowed') expect(after.verdict).toBe('allowed');
          // Hop by hop: nothing that allowed denies now.
          expect(after.hops.length).toBe(before.hops.length);
          before.hops.forEach((h, k) => {
            if (h.verdict === 'allow') expect(after.hops[k]?.verdict).toBe('allow');
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html: the first matching rule, in
  // ascending number, decides; a rule numbered after it is never reached.
  it('adding a network ACL entry numbered after the one that matched changes no verdict at that hop', () => {
    fc.assert(
      fc.property(
        scenarioPlanArb,
        flowPlanArb,
        fc.nat(),
        entryPlanArb,
        (plan, flowPlan, offset, entryPlan) => {
          const s = buildScenario(plan);
          const f = buildFlow(s, flowPlan);
          const before = traceOf(s, f);
          if (!before) return;
          before.hops.forEach((h, k) => {
            if (h.rule?.kind !== 'nacl-entry' || h.rule.entry === undefined) return;
            const matched = h.rule.ruleNumber;
            if (matched >= 32766) return;
            const way = h.layer === 'nacl-ingress' ? 'ingress' : 'egress';
            const acl = s.networkAcls.find((n) => n.id === h.resourceId);
            if (!acl) throw new Error(`no ACL ${h.resourceId}`);
            const used = new Set(acl[way].map((e) => e.ruleNumber));
            let number = matched + 1 + (offset % Math.min(200, 32766 - matched));
            while (used.has(number) && number < 32766) number++;
            if (used.has(number)) return;
            const added = extraEntry(s, number, entryPlan);
            const changed: Scenario = {
              ...s,
              networkAcls: s.networkAcls.map((n) =>
                n.id === acl.id ? { ...n, [way]: [...n[way], added] } : n,
              ),
            };
            const after = evaluate(changed, f).hops[k];
            expect(after?.layer).toBe(h.layer);
            expect(after?.resourceId).toBe(h.resourceId);
            expect(after?.verdict).toBe(h.verdict);
            expect(after?.rule).toMatchObject({ kind: 'nacl-entry', ruleNumber: matched });
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  // Determinism; https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html (a
  // union has no order) and .../nacl-rules.html (entries are evaluated by number, not listing).
  it('is deterministic and independent of the order of groups, rules, ACL entries and routes', () => {
    fc.assert(
      fc.property(scenarioPlanArb, flowPlanArb, fc.integer(), (plan, flowPlan, seed) => {
        const s = buildScenario(plan);
        const f = buildFlow(s, flowPlan);
        const first = traceOf(s, f);
        const again = traceOf(buildScenario(plan), f);
        const shuffled = traceOf(reordered(s, seed), f);
        if (!first) {
          expect(again).toBeNull();
          expect(shuffled).toBeNull();
          return;
        }
        expect(again).toEqual(first);
        expect(shuffled?.verdict).toBe(first.verdict);
        expect(shuffled?.blockedBy).toEqual(first.blockedBy);
      }),
      { numRuns: RUNS },
    );
  });

  it('reachability equals evaluate pair by pair, including the internet endpoint', () => {
    const services: Service[] = [
      { protocol: 'tcp', port: 22 },
      { protocol: 'tcp', port: 443 },
      { protocol: 'udp', port: 53 },
      { protocol: 'icmp' },
      { protocol: 50 },
    ];
    fc.assert(
      fc.property(
        scenarioPlanArb,
        fc.option(fc.constantFrom(40000, 1024), { nil: undefined }),
        (plan, sourcePort) => {
          const s = buildScenario(plan);
          const options = sourcePort !== undefined ? { sourcePort } : {};
          const m = reachability(s, services, options);
          const n = m.endpoints.length;
          expect(n).toBe(s.instances.length + m.internet.length);
          expect(m.internet.length).toBeGreaterThan(0);
          const at = (k: number): FlowSpec['source'] => m.endpointSpecs?.[k] as FlowSpec['source'];
          services.forEach((svc, k) => {
            for (let i = 0; i < n; i++) {
              for (let j = 0; j < n; j++) {
                if (i === j) continue;
                const from = m.endpoints[i] as string;
                const to = m.endpoints[j] as string;
                const cell = decodeCell(cellOf(m, k, i, j));
                const f: FlowSpec = {
                  source: at(i),
                  destination: at(j),
                  protocol: svc.protocol,
                  ...(svc.port !== undefined ? { port: svc.port } : {}),
                  ...(sourcePort !== undefined ? { sourcePort } : {}),
                };
                const t = traceOf(s, f);
                const where = `${from} → ${to} ${String(svc.protocol)}/${svc.port ?? '-'}`;
                if (!t) {
                  expect(cell.verdict, where).toBe('unknown');
                  continue;
                }
                expect(cell.verdict, where).toBe(t.verdict);
                if (t.blockedBy) {
                  expect({ layer: cell.layer, direction: cell.direction }, where).toEqual({
                    layer: t.blockedBy.layer,
                    direction: t.blockedBy.direction,
                  });
                }
              }
            }
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
