import { describe, expect, it } from 'vitest';
import { applyScenarioEdit, type ScenarioEdit } from '../model/scenarioEdit.ts';
import type { FlowSpec, SavedFlow, Scenario } from '../model/types.ts';
import { threeTierScenario, THREE_TIER_IDS } from '../scenarios/threeTier.ts';
import { evaluate } from './evaluate.ts';
import type { Fix } from './types.ts';

// Fixes follow the flow's intent: a flow that does what it is expected to needs none; a blocked
// flow not expected blocked gets least-privilege opening fixes; an allowed flow expected blocked
// gets the narrowest changes that block it.
// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
// https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html

const flowNamed = (prefix: string, s: Scenario = threeTierScenario): SavedFlow => {
  const flow = s.flows.find((f) => f.name.startsWith(prefix));
  if (!flow) throw new Error(`no flow ${prefix}`);
  return flow;
};

function applied(s: Scenario, edit: ScenarioEdit | null): Scenario {
  if (!edit) throw new Error('the fix has no edit');
  const r = applyScenarioEdit(s, edit);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Applies every proposed edit, as a user clicking each suggestion would. */
function applyAll(scenario: Scenario, flow: FlowSpec): Scenario {
  let s = scenario;
  for (const fix of evaluate(s, flow).fixes) if (fix.edit) s = applied(s, fix.edit);
  return s;
}

/** The flow as it would be with no expected outcome set. */
function unexpected(flow: SavedFlow): SavedFlow {
  const copy = { ...flow };
  delete copy.expected;
  return copy;
}

const noExpectation = unexpected(flowNamed('web-1 → db-1'));

describe('a flow that does what it is expected to needs no fix', () => {
  it('proposes nothing for a flow blocked as expected (not "give db-1 a public address")', () => {
    for (const name of ['web-1 → db-1', 'internet → db-1']) {
      const trace = evaluate(threeTierScenario, flowNamed(name));
      expect(trace.verdict).toBe('blocked');
      expect(trace.fixes).toEqual([]);
    }
  });

  it('proposes nothing for a flow allowed as expected, nor for an allowed flow without expectation', () => {
    expect(evaluate(threeTierScenario, flowNamed('app-1 → db-1')).fixes).toEqual([]);
    expect(evaluate(threeTierScenario, unexpected(flowNamed('app-1 → db-1'))).fixes).toEqual([]);
  });
});

describe('opening fixes, for a blocked flow not expected blocked', () => {
  it('name the source group when it carries one, with wider scopes offered', () => {
    const trace = evaluate(threeTierScenario, noExpectation);
    expect(trace.fixes).toHaveLength(1);
    const fix = trace.fixes[0] as Fix;
    expect(fix.effect).toBe('open');
    expect(fix.summary).toBe(
      'Add an inbound rule TCP 5432 from sg-0a1b2c3d4e5f60002 (web) to sg-0a1b2c3d4e5f60004 (db).',
    );
    expect(fix.edit).toEqual({
      kind: 'add-sg-rule',
      groupId: 'sg-0a1b2c3d4e5f60004',
      direction: 'ingress',
      rule: {
        protocol: 'tcp',
        portRange: { from: 5432, to: 5432 },
        peer: { kind: 'group', groupId: 'sg-0a1b2c3d4e5f60002' },
      },
    });
    expect(fix.scopes?.map((s) => s.label)).toEqual([
      'sg-0a1b2c3d4e5f60002 (web) · its group',
      '10.0.1.10/32 · this address only',
      '10.0.1.0/24 · subnet public-web',
      '10.0.0.0/16 · VPC three-tier',
      'sg-0a1b2c3d4e5f60002 (web) · its group, every TCP port',
    ]);
    expect(fix.scopes?.[0]?.edit).toEqual(fix.edit);
    // Every scope lets the flow through.
    for (const scope of fix.scopes ?? []) {
      expect(evaluate(applied(threeTierScenario, scope.edit), noExpectation).verdict).toBe(
        'allowed',
      );
    }
  });

  it('name the source as one address (/32), not 0.0.0.0/0, when it carries no group', () => {
    const flow = { ...flowNamed('internet → db-1'), expected: 'allowed' as const };
    const trace = evaluate(threeTierScenario, flow);
    const summaries = trace.fixes.map((f) => f.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
    expect(summaries).toContain('Give db-1 (i-0a1b2c3d4e5f60005) a public IPv4 address.');
    expect(summaries).toContain(
      'Add an inbound rule TCP 5432 from 203.0.113.50/32 to sg-0a1b2c3d4e5f60004 (db).',
    );
    expect(summaries).toContain(
      'Allow TCP 1024–65535 outbound to 203.0.113.50/32 in acl-0a1b2c3d4e5f60003 (db) as rule 110.',
    );
    const acl = trace.fixes.find((f) => f.summary.startsWith('Allow TCP 5432 inbound'));
    expect(acl?.scopes?.map((s) => s.label)).toEqual([
      '203.0.113.50/32 · this address only',
      '0.0.0.0/0 · anywhere',
    ]);
    expect(trace.fixes.every((f) => f.effect === 'open')).toBe(true);
    expect(evaluate(applyAll(threeTierScenario, flow), flow).verdict).toBe('allowed');
  });

  it('propose an allow before the deny that matched, for a stateless response', () => {
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
    expect(trace.fixes[0]?.summary).toBe(
      'Allow TCP 1024–65535 inbound from 203.0.113.80/32 in acl-0a1b2c3d4e5f60002 (app) as rule 49, before rule 50.',
    );
    expect(evaluate(applyAll(scenario, flow), flow).verdict).toBe('allowed');
  });
});

describe('blocking fixes, for an allowed flow expected blocked', () => {
  const blockedWeb = { ...flowNamed('web-1 → app-1'), expected: 'blocked' as const };

  it('are proposed narrowest first, and each blocks the flow', () => {
    const trace = evaluate(threeTierScenario, blockedWeb);
    expect(trace.verdict).toBe('allowed');
    expect(trace.fixes.map((f) => f.summary)).toEqual([
      'Deny TCP 8080 outbound to 10.0.2.10/32 in acl-0a1b2c3d4e5f60001 (default) as rule 99, before rule 100 which allows it.',
      'Deny TCP 8080 inbound from 10.0.1.10/32 in acl-0a1b2c3d4e5f60002 (app) as rule 99, before rule 100 which allows it.',
      "Remove sg-0a1b2c3d4e5f60003 (app)'s inbound rule TCP 8080 from sg-0a1b2c3d4e5f60002 (web).",
      "Remove sg-0a1b2c3d4e5f60002 (web)'s outbound rule all traffic to 0.0.0.0/0.",
    ]);
    for (const fix of trace.fixes) {
      expect(fix.effect).toBe('block');
      expect(fix.scopes).toBeUndefined();
      expect(evaluate(applied(threeTierScenario, fix.edit), blockedWeb).verdict).toBe('blocked');
    }
    expect(trace.fixes[1]?.edit).toEqual({
      kind: 'add-nacl-entry',
      networkAclId: THREE_TIER_IDS.aclApp,
      direction: 'ingress',
      entry: {
        ruleNumber: 99,
        action: 'deny',
        cidr: '10.0.1.10/32',
        protocol: 'tcp',
        portRange: { from: 8080, to: 8080 },
      },
    });
  });

  it('rank last a change that would also block another saved flow, and name it', () => {
    const flow = { ...flowNamed('app-1 → internet'), expected: 'blocked' as const };
    const trace = evaluate(threeTierScenario, flow);
    const first = trace.fixes[0];
    expect(first?.alsoBlocks).toBeUndefined();
    // The first fix leaves every other flow that was allowed, and not expected blocked, allowed.
    const after = applied(threeTierScenario, first?.edit ?? null);
    for (const other of threeTierScenario.flows) {
      if (other.id === flow.id || other.expected === 'blocked') continue;
      const before = evaluate(threeTierScenario, other).verdict;
      if (before === 'allowed') expect(evaluate(after, other).verdict).toBe('allowed');
    }
    const egress = trace.fixes.find((f) => f.summary.includes('outbound rule all traffic'));
    expect(egress?.alsoBlocks).toEqual(['app-1 → db-1 PostgreSQL']);
    const withCost = trace.fixes.findIndex((f) => f.alsoBlocks !== undefined);
    expect(trace.fixes.slice(withCost).every((f) => f.alsoBlocks !== undefined)).toBe(true);
  });

  it('narrow a rule around the flow port when it allows a range, keeping its other ports', () => {
    const wide: Scenario = {
      ...threeTierScenario,
      securityGroups: threeTierScenario.securityGroups.map((g) =>
        g.id === THREE_TIER_IDS.sgWeb
          ? {
              ...g,
              ingress: [
                {
                  protocol: 'tcp',
                  portRange: { from: 80, to: 443 },
                  peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
                },
              ],
            }
          : g,
      ),
    };
    const https = { ...flowNamed('internet → web-1'), expected: 'blocked' as const };
    const http: SavedFlow = {
      ...https,
      id: 'flow-http',
      name: 'internet → web-1 HTTP',
      port: 80,
      expected: 'allowed',
    };
    const s = { ...wide, flows: [...wide.flows, http] };
    const trace = evaluate(s, https);
    const narrow = trace.fixes.find((f) => f.summary.startsWith('Narrow'));
    expect(narrow?.summary).toBe(
      "Narrow sg-0a1b2c3d4e5f60002 (web)'s inbound rule TCP 80-443 from 0.0.0.0/0 to leave out port 443.",
    );
    expect(narrow?.edit).toMatchObject({
      kind: 'replace-sg-rule',
      with: [{ portRange: { from: 80, to: 442 } }],
    });
    const after = applied(s, narrow?.edit ?? null);
    expect(evaluate(after, https).verdict).toBe('blocked');
    expect(evaluate(after, http).verdict).toBe('allowed');
    // Removing the whole rule would block HTTP too: it ranks after, and says so.
    const remove = trace.fixes.find((f) => f.summary.startsWith('Remove sg-'));
    expect(remove?.alsoBlocks).toEqual(['internet → web-1 HTTP']);
    expect(trace.fixes.indexOf(remove as Fix)).toBeGreaterThan(trace.fixes.indexOf(narrow as Fix));
  });

  it('remove or narrow every rule that allows it, since security groups are a union of rules', () => {
    const twice: Scenario = {
      ...threeTierScenario,
      securityGroups: threeTierScenario.securityGroups.map((g) =>
        g.id === THREE_TIER_IDS.sgApp
          ? {
              ...g,
              ingress: [
                ...g.ingress,
                {
                  protocol: 'tcp',
                  portRange: { from: 8000, to: 8999 },
                  peer: { kind: 'cidr', cidr: '10.0.1.0/24' },
                },
              ],
            }
          : g,
      ),
    };
    const trace = evaluate(twice, blockedWeb);
    const sg = trace.fixes.filter(
      (f) => f.hop === trace.fixes.find((x) => x.edit?.kind === 'batch')?.hop,
    );
    expect(sg.map((f) => f.summary)).toEqual([
      "Remove sg-0a1b2c3d4e5f60003 (app)'s inbound rule TCP 8080 from sg-0a1b2c3d4e5f60002 (web) and narrow sg-0a1b2c3d4e5f60003 (app)'s inbound rule TCP 8000-8999 from 10.0.1.0/24 to leave out port 8080.",
      "Remove sg-0a1b2c3d4e5f60003 (app)'s inbound rule TCP 8080 from sg-0a1b2c3d4e5f60002 (web) and remove sg-0a1b2c3d4e5f60003 (app)'s inbound rule TCP 8000-8999 from 10.0.1.0/24.",
    ]);
    for (const fix of sg)
      expect(evaluate(applied(twice, fix.edit), blockedWeb).verdict).toBe('blocked');
  });

  it('include removing the route that carried it, ranked last', () => {
    const flow = { ...flowNamed('internet → web-1'), expected: 'blocked' as const };
    const trace = evaluate(threeTierScenario, flow);
    const route = trace.fixes.find((f) => f.edit?.kind === 'remove-route');
    expect(route?.summary).toBe(
      'Remove the route 0.0.0.0/0 → igw-0a1b2c3d4e5f60001 from rtb-0a1b2c3d4e5f60002 (public): every subnet using the table loses it.',
    );
    expect(trace.fixes[trace.fixes.length - 1]).toBe(route);
  });
});
