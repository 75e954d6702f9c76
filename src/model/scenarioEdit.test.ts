import { describe, expect, it } from 'vitest';
import { frozenScenario, newErrors, schemaValid } from './edit/fixtures.ts';
import { applyScenarioEdit, scenarioEditTargets, type ScenarioEdit } from './scenarioEdit.ts';
import type { Scenario, SecurityGroupRule } from './types.ts';
import { find } from './validate/fixtures.ts';

// The edits a suggested fix proposes, applied through the model's own checks.
// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
// https://docs.aws.amazon.com/vpc/latest/userguide/WorkWithRouteTables.html

const https: SecurityGroupRule = {
  protocol: 'tcp',
  portRange: { from: 443, to: 443 },
  peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
};

function apply(s: Scenario, edit: ScenarioEdit): Scenario {
  const r = applyScenarioEdit(s, edit);
  if (!r.ok) throw new Error(r.error);
  expect(schemaValid(r.value)).toBe(true);
  expect(newErrors(s, r.value)).toEqual([]);
  return r.value;
}

describe('remove-sg-rule', () => {
  it('removes the rule equal to the one named, descriptions aside', () => {
    const s = frozenScenario();
    const next = apply(s, {
      kind: 'remove-sg-rule',
      groupId: 'sg-web',
      direction: 'ingress',
      rule: { ...https, description: 'another description' },
    });
    expect(find(next.securityGroups, 'sg-web').ingress).toEqual([]);
  });

  it('is refused once the rule is gone, rather than removing another', () => {
    const s = frozenScenario();
    const r = applyScenarioEdit(s, {
      kind: 'remove-sg-rule',
      groupId: 'sg-web',
      direction: 'ingress',
      rule: { ...https, portRange: { from: 80, to: 80 } },
    });
    expect(r).toEqual({
      ok: false,
      error: 'Security group sg-web no longer has that inbound rule.',
    });
  });
});

describe('replace-sg-rule', () => {
  it('puts the narrower rules in the place of the wide one', () => {
    const s = apply(frozenScenario(), {
      kind: 'add-sg-rule',
      groupId: 'sg-web',
      direction: 'ingress',
      rule: {
        protocol: 'tcp',
        portRange: { from: 8000, to: 8100 },
        peer: { kind: 'cidr', cidr: '10.0.0.0/16' },
      },
    });
    const wide = find(s.securityGroups, 'sg-web').ingress[1];
    if (!wide) throw new Error('no rule');
    const pieces = [
      { ...wide, portRange: { from: 8000, to: 8079 } },
      { ...wide, portRange: { from: 8081, to: 8100 } },
    ];
    const next = apply(s, {
      kind: 'replace-sg-rule',
      groupId: 'sg-web',
      direction: 'ingress',
      rule: wide,
      with: pieces,
    });
    expect(find(next.securityGroups, 'sg-web').ingress).toEqual([https, ...pieces]);
  });

  it('adds no piece the group already has, and checks every piece', () => {
    const s = frozenScenario();
    const wide: SecurityGroupRule = { ...https, portRange: { from: 442, to: 443 } };
    const withWide = apply(s, {
      kind: 'add-sg-rule',
      groupId: 'sg-web',
      direction: 'ingress',
      rule: wide,
    });
    const next = apply(withWide, {
      kind: 'replace-sg-rule',
      groupId: 'sg-web',
      direction: 'ingress',
      rule: wide,
      with: [https],
    });
    expect(find(next.securityGroups, 'sg-web').ingress).toEqual([https]);
    const bad = applyScenarioEdit(withWide, {
      kind: 'replace-sg-rule',
      groupId: 'sg-web',
      direction: 'ingress',
      rule: wide,
      with: [{ ...https, peer: { kind: 'group', groupId: 'sg-nowhere' } }],
    });
    expect(bad.ok).toBe(false);
  });
});

describe('remove-route', () => {
  it('removes the route for a destination, written as AWS would or not', () => {
    const next = apply(frozenScenario(), {
      kind: 'remove-route',
      routeTableId: 'rtb-amain',
      destination: '10.1.0.5/16',
    });
    expect(find(next.routeTables, 'rtb-amain').routes.map((r) => r.destination)).not.toContain(
      '10.1.0.0/16',
    );
  });

  it('refuses the local route and a destination the table does not route', () => {
    const s = frozenScenario();
    expect(
      applyScenarioEdit(s, {
        kind: 'remove-route',
        routeTableId: 'rtb-amain',
        destination: '10.0.0.0/16',
      }),
    ).toEqual({ ok: false, error: 'The local route cannot be removed.' });
    expect(
      applyScenarioEdit(s, {
        kind: 'remove-route',
        routeTableId: 'rtb-amain',
        destination: '192.168.0.0/16',
      }),
    ).toEqual({ ok: false, error: 'Route table rtb-amain has no route for 192.168.0.0/16.' });
  });
});

describe('batch', () => {
  it('applies every edit as one change, or none when one is refused', () => {
    const s = frozenScenario();
    const removeHttps: ScenarioEdit = {
      kind: 'remove-sg-rule',
      groupId: 'sg-web',
      direction: 'ingress',
      rule: https,
    };
    const next = apply(s, {
      kind: 'batch',
      edits: [
        removeHttps,
        { kind: 'remove-route', routeTableId: 'rtb-apublic', destination: '::/0' },
      ],
    });
    expect(find(next.securityGroups, 'sg-web').ingress).toEqual([]);
    expect(find(next.routeTables, 'rtb-apublic').routes).toHaveLength(3);
    const refused = applyScenarioEdit(s, { kind: 'batch', edits: [removeHttps, removeHttps] });
    expect(refused).toEqual({
      ok: false,
      error: 'Security group sg-web no longer has that inbound rule.',
    });
  });
});

describe('scenarioEditTargets', () => {
  it('names the resources an edit changes, once each', () => {
    expect(
      scenarioEditTargets({
        kind: 'batch',
        edits: [
          { kind: 'remove-sg-rule', groupId: 'sg-web', direction: 'ingress', rule: https },
          { kind: 'remove-sg-rule', groupId: 'sg-web', direction: 'egress', rule: https },
          { kind: 'remove-route', routeTableId: 'rtb-a', destination: '0.0.0.0/0' },
        ],
      }),
    ).toEqual(['sg-web', 'rtb-a']);
    expect(scenarioEditTargets({ kind: 'assign-public-ip', instanceId: 'i-web' })).toEqual([
      'i-web',
    ]);
  });
});
