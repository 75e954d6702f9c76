import { describe, expect, it } from 'vitest';
import { addSgRule } from '../model/edit.ts';
import { applyScenarioEdit, type ScenarioEdit } from '../model/scenarioEdit.ts';
import type { SavedFlow, Scenario } from '../model/types.ts';
import { OPEN_HTTPS_IDS, openHttpsScenario } from '../scenarios/challenges/openHttps.ts';
import { evaluate } from './evaluate.ts';

// A challenge goal with an end on the internet speaks of the internet ("from anywhere"), not of
// the one address it names: a fix that opens or blocks that one address (/32) does not meet it.
// Security-group rules and network ACL entries name CIDR blocks; 0.0.0.0/0 is every IPv4 address.
// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
// https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html

/** Other clients on the internet than the goal's visitor (192.0.2.10). */
const OTHER_CLIENTS = ['198.51.100.77', '8.8.8.8', '203.0.113.200'];

const goal = (s: Scenario, id: string): SavedFlow => {
  const flow = s.flows.find((f) => f.id === id);
  if (!flow) throw new Error(id);
  return flow;
};

function applied(s: Scenario, edit: ScenarioEdit | null): Scenario {
  if (!edit) throw new Error('the fix has no edit');
  const r = applyScenarioEdit(s, edit);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** The same flow from another client, as a plain flow (no goal, no expectation). */
const fromElsewhere = (flow: SavedFlow, address: string): SavedFlow => {
  const copy: SavedFlow = { ...flow, source: { address } };
  delete copy.goal;
  delete copy.expected;
  return copy;
};

describe('fixes for a challenge goal "from anywhere"', () => {
  const https = goal(openHttpsScenario, OPEN_HTTPS_IDS.goalHttps);

  it('open it for 0.0.0.0/0, the only scope offered, so every internet client gets through', () => {
    const trace = evaluate(openHttpsScenario, https);
    expect(trace.fixes.map((f) => f.summary)).toEqual([
      'Add an inbound rule TCP 443 from 0.0.0.0/0 to sg-0c001000000000002 (web-server).',
    ]);
    const fix = trace.fixes[0];
    expect(fix?.scopes?.map((s) => s.label)).toEqual([
      '0.0.0.0/0 · anywhere',
      '0.0.0.0/0 · anywhere, every TCP port',
    ]);
    const after = applied(openHttpsScenario, fix?.edit ?? null);
    expect(evaluate(after, https).verdict).toBe('allowed');
    for (const client of OTHER_CLIENTS)
      expect(evaluate(after, fromElsewhere(https, client)).verdict).toBe('allowed');
  });

  it('the same flow when it is no goal is opened for its one address', () => {
    // Without the goal and without the flow's own "from anywhere" mark, the flow is one client.
    const plain: SavedFlow = { ...https };
    delete plain.goal;
    delete plain.anywhere;
    const fix = evaluate(openHttpsScenario, plain).fixes[0];
    expect(fix?.summary).toBe(
      'Add an inbound rule TCP 443 from 192.0.2.10/32 to sg-0c001000000000002 (web-server).',
    );
    const after = applied(openHttpsScenario, fix?.edit ?? null);
    expect(evaluate(after, fromElsewhere(https, '198.51.100.77')).verdict).toBe('blocked');
  });

  it('follow the flow when it says whether it is "from anywhere"', () => {
    const plain = fromElsewhere(https, '192.0.2.10');
    const marked = evaluate(openHttpsScenario, { ...plain, anywhere: true }).fixes[0];
    expect(marked?.summary).toContain('from 0.0.0.0/0 to');
    const unmarked = evaluate(openHttpsScenario, { ...https, anywhere: false }).fixes[0];
    expect(unmarked?.summary).toContain('from 192.0.2.10/32 to');
  });

  it('block it for every internet address when the goal is "blocked"', () => {
    // SSH opened to the world: the goal "keep SSH closed to the internet" fails.
    const open = addSgRule(openHttpsScenario, OPEN_HTTPS_IDS.sgWeb, 'ingress', {
      protocol: 'tcp',
      portRange: { from: 22, to: 22 },
      peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
    });
    if (!open.ok) throw new Error(open.error);
    const s = open.value;
    const ssh = goal(s, OPEN_HTTPS_IDS.goalSsh);
    const trace = evaluate(s, ssh);
    expect(trace.verdict).toBe('allowed');
    const summaries = trace.fixes.map((f) => f.summary);
    expect(summaries).toContain(
      "Remove sg-0c001000000000002 (web-server)'s inbound rule TCP 22 from 0.0.0.0/0.",
    );
    expect(summaries.some((t) => t.startsWith('Deny TCP 22 inbound from 0.0.0.0/0 in '))).toBe(
      true,
    );
    expect(summaries.some((t) => t.includes('192.0.2.10/32'))).toBe(false);
    for (const fix of trace.fixes) {
      const after = applied(s, fix.edit);
      expect(evaluate(after, ssh).verdict).toBe('blocked');
      for (const client of OTHER_CLIENTS)
        expect(evaluate(after, fromElsewhere(ssh, client)).verdict).toBe('blocked');
    }
  });
});
