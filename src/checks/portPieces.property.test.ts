import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, evaluate } from '../engine/index.ts';
import {
  buildFlow,
  buildScenario,
  flowPlanArb,
  scenarioPlanArb,
} from '../engine/__fixtures__/arbitrary.ts';
import type { FlowSpec, Scenario } from '../model/types.ts';
import { ruleCuts, servicePieces } from './portPieces.ts';

// spec/ci-check.md: "A port range is checked exactly, not by sampling: split it at every port
// where any rule or NACL entry on the possible paths starts or ends, and evaluate one port of each
// piece." Security-group rules and network ACL entries match a destination port range
// (https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html,
// https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html), so every port of a piece
// meets the same rules: here the piece's verdict and blocking hop are compared with brute force
// over every port of the range, on random small scenarios with random port ranges in their rules.

const LOW = 1;
const HIGH = 160;

const rangeArb = fc
  .tuple(fc.integer({ min: LOW, max: HIGH }), fc.integer({ min: 0, max: 40 }))
  .map(([from, width]) => ({ from, to: Math.min(65535, from + width) }));

type Range = { from: number; to: number };
interface ExtraPlan {
  sgRules: { group: number; range: Range; egress: boolean }[];
  naclEntries: { acl: number; range: Range; deny: boolean; egress: boolean; ruleNumber: number }[];
}

const extraArb: fc.Arbitrary<ExtraPlan> = fc.record({
  sgRules: fc.array(fc.record({ group: fc.nat(9), range: rangeArb, egress: fc.boolean() }), {
    maxLength: 4,
  }),
  naclEntries: fc.array(
    fc.record({
      acl: fc.nat(9),
      range: rangeArb,
      deny: fc.boolean(),
      egress: fc.boolean(),
      ruleNumber: fc.integer({ min: 1, max: 99 }),
    }),
    { maxLength: 4 },
  ),
});

function withPortRules(s: Scenario, extra: ExtraPlan): Scenario {
  const groups = s.securityGroups.map((g) => ({ ...g }));
  for (const r of extra.sgRules) {
    const g = groups[r.group % groups.length];
    if (!g) continue;
    const rule = {
      protocol: 'tcp' as const,
      portRange: r.range,
      peer: { kind: 'cidr' as const, cidr: '0.0.0.0/0' },
    };
    if (r.egress) g.egress = [...g.egress, rule];
    else g.ingress = [...g.ingress, rule];
  }
  const acls = s.networkAcls.map((n) => ({ ...n }));
  for (const e of extra.naclEntries) {
    const n = acls[e.acl % acls.length];
    if (!n) continue;
    const list = e.egress ? n.egress : n.ingress;
    if (list.some((x) => x.ruleNumber === e.ruleNumber)) continue;
    const entry = {
      ruleNumber: e.ruleNumber,
      action: e.deny ? ('deny' as const) : ('allow' as const),
      protocol: 'tcp' as const,
      cidr: '0.0.0.0/0',
      portRange: e.range,
    };
    if (e.egress) n.egress = [...list, entry];
    else n.ingress = [...list, entry];
  }
  return { ...s, securityGroups: groups, networkAcls: acls };
}

const outcome = (t: ReturnType<typeof evaluate>) =>
  `${t.verdict}|${t.blockedBy ? `${t.blockedBy.direction} ${t.blockedBy.layer} ${t.blockedBy.resourceId} ${t.blockedBy.ruleNumber ?? ''}` : ''}`;

describe('port pieces (spec/ci-check.md: a range is checked exactly)', () => {
  it('every port of a piece has the verdict and blocking hop of the port evaluated for it', () => {
    fc.assert(
      fc.property(scenarioPlanArb, flowPlanArb, extraArb, (plan, flowPlan, extra) => {
        const s = withPortRules(buildScenario(plan), extra);
        const c = compileScenario(s);
        const base: FlowSpec = { ...buildFlow(s, flowPlan), protocol: 'tcp' };
        const pieces = servicePieces({ protocol: 'tcp', from: LOW, to: HIGH }, ruleCuts(s));
        expect(pieces[0]?.from).toBe(LOW);
        expect(pieces.at(-1)?.to).toBe(HIGH);
        for (const piece of pieces) {
          const at = (port: number) => {
            try {
              return outcome(evaluate(c, { ...base, port }));
            } catch (error) {
              return `error ${(error as Error).message}`;
            }
          };
          const expected = at(piece.from as number);
          for (let port = piece.from as number; port <= (piece.to as number); port++)
            expect(at(port), `port ${port} of ${piece.label}`).toBe(expected);
        }
      }),
      { numRuns: 40 },
    );
  });

  // ICMP rules match a type and code (https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html);
  // only an echo request has a reply the engine walks back, so it is a piece of its own.
  it('every ICMP type of a piece has the outcome of the type evaluated for it', () => {
    fc.assert(
      fc.property(scenarioPlanArb, flowPlanArb, (plan, flowPlan) => {
        const s = buildScenario(plan);
        const c = compileScenario(s);
        const base: FlowSpec = { ...buildFlow(s, flowPlan), protocol: 'icmp', icmpCode: 0 };
        delete (base as { port?: number }).port;
        const at = (icmpType: number) => {
          try {
            return outcome(evaluate(c, { ...base, icmpType }));
          } catch (error) {
            return `error ${(error as Error).message}`;
          }
        };
        const pieces = servicePieces({ protocol: 'icmp' }, ruleCuts(s)).filter(
          (p) => p.icmpCode === 0,
        );
        for (let k = 0; k < pieces.length; k++) {
          const first = pieces[k]?.icmpType as number;
          const next = pieces.slice(k + 1).find((p) => (p.icmpType as number) > first);
          const last = next === undefined ? 255 : (next.icmpType as number) - 1;
          const expected = at(first);
          for (let t = first; t <= last; t++) expect(at(t), `ICMP type ${t}`).toBe(expected);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('cuts before and after every range and keeps the pieces contiguous', () => {
    const pieces = servicePieces(
      { protocol: 'tcp', from: 0, to: 65535 },
      { ports: [22, 23, 1024, 65536], types: [], codes: new Map() },
    );
    expect(pieces.map((p) => p.label)).toEqual([
      'tcp/0-21',
      'tcp/22',
      'tcp/23-1023',
      'tcp/1024-65535',
    ]);
  });

  it('splits ICMP types at every named type, and codes within a named type', () => {
    const pieces = servicePieces(
      { protocol: 'icmp' },
      { ports: [], types: [3, 4, 8, 9], codes: new Map([[3, [4, 5]]]) },
    );
    expect(pieces.map((p) => p.label)).toEqual([
      'icmp/0-2/0-255',
      'icmp/3/0-3',
      'icmp/3/4',
      'icmp/3/5-255',
      'icmp/4-7/0-255',
      'icmp/8/0-255',
      'icmp/9-255/0-255',
    ]);
  });
});
