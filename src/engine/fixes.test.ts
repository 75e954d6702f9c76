import { describe, expect, it } from 'vitest';
import { applyScenarioEdit } from '../model/scenarioEdit.ts';
import type { SavedFlow, Scenario } from '../model/types.ts';
import { threeTierScenario } from '../scenarios/threeTier.ts';
import { evaluate } from './evaluate.ts';

const flowNamed = (prefix: string): SavedFlow => {
  const flow = threeTierScenario.flows.find((f) => f.name.startsWith(prefix));
  if (!flow) throw new Error(`no flow ${prefix}`);
  return flow;
};

/** Applies every proposed edit, as a user clicking each suggestion would. */
function applyAll(scenario: Scenario, flow: SavedFlow): Scenario {
  let s = scenario;
  for (const fix of evaluate(s, flow).fixes) {
    if (!fix.edit) continue;
    const r = applyScenarioEdit(s, fix.edit);
    if (!r.ok) throw new Error(r.error);
    s = r.value;
  }
  return s;
}

describe('suggested fixes', () => {
  it('proposes a group-referencing inbound rule where a security group blocks', () => {
    const trace = evaluate(threeTierScenario, flowNamed('web-1 → db-1'));
    expect(trace.fixes).toHaveLength(1);
    expect(trace.fixes[0]?.summary).toBe(
      'Add an inbound rule TCP 5432 from sg-0a1b2c3d4e5f60002 (web) to sg-0a1b2c3d4e5f60004 (db).',
    );
    expect(trace.fixes[0]?.edit).toEqual({
      kind: 'add-sg-rule',
      groupId: 'sg-0a1b2c3d4e5f60004',
      direction: 'ingress',
      rule: {
        protocol: 'tcp',
        portRange: { from: 5432, to: 5432 },
        peer: { kind: 'group', groupId: 'sg-0a1b2c3d4e5f60002' },
      },
    });
    expect(
      evaluate(applyAll(threeTierScenario, flowNamed('web-1 → db-1')), flowNamed('web-1 → db-1'))
        .verdict,
    ).toBe('allowed');
  });

  it('names every setting of the blocked path once, and applying them all lets the flow pass', () => {
    const flow = flowNamed('internet → db-1');
    const trace = evaluate(threeTierScenario, flow);
    const summaries = trace.fixes.map((f) => f.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
    expect(summaries).toContain('Give db-1 (i-0a1b2c3d4e5f60005) a public IPv4 address.');
    expect(summaries).toContain(
      'Allow TCP 1024–65535 outbound to 0.0.0.0/0 in acl-0a1b2c3d4e5f60003 as rule 110.',
    );
    expect(evaluate(applyAll(threeTierScenario, flow), flow).verdict).toBe('allowed');
  });

  it('proposes an allow before the deny that matched, for a stateless response', () => {
    // The app ACL denies the replies' ephemeral ports with a rule numbered before its allow.
    const scenario: Scenario = {
      ...threeTierScenario,
      networkAcls: threeTierScenario.networkAcls.map((n) =>
        n.name === 'app'
          ? {
              ...n,
              ingress: [
                {
                  ruleNumber: 50,
                  action: 'deny',
                  protocol: 'tcp',
                  portRange: { from: 1024, to: 65535 },
                  cidr: '0.0.0.0/0',
                },
                ...n.ingress,
              ],
            }
          : n,
      ),
    };
    const flow = flowNamed('app-1 → internet');
    const trace = evaluate(scenario, flow);
    expect(trace.blockedBy).toMatchObject({
      direction: 'response',
      layer: 'nacl-ingress',
      ruleNumber: 50,
    });
    expect(trace.fixes[0]?.summary).toMatch(
      /^Allow TCP 1024–65535 inbound from 0\.0\.0\.0\/0 in acl-\w+ as rule 49, before rule 50\.$/,
    );
    expect(evaluate(applyAll(scenario, flow), flow).verdict).toBe('allowed');
  });

  it('proposes nothing for an allowed flow', () => {
    expect(evaluate(threeTierScenario, flowNamed('app-1 → db-1')).fixes).toEqual([]);
  });
});
