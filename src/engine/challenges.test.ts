import { describe, expect, it } from 'vitest';
import { challengeStatus, lockedEditError, type GoalOutcome } from '../model/challenge.ts';
import {
  addNaclEntry,
  addRoute,
  addSgRule,
  andThen,
  removeSgRule,
  setTransitGatewayPropagation,
  type EditResult,
} from '../model/edit.ts';
import { applyScenarioEdit } from '../model/scenarioEdit.ts';
import type { Scenario } from '../model/types.ts';
import { validate } from '../model/validate.ts';
import { DB_BY_GROUP_IDS } from '../scenarios/challenges/dbByGroup.ts';
import { EPHEMERAL_TRAP_IDS } from '../scenarios/challenges/ephemeralTrap.ts';
import { NAT_ROUTE_IDS } from '../scenarios/challenges/natRoute.ts';
import { OPEN_HTTPS_IDS } from '../scenarios/challenges/openHttps.ts';
import { PEERING_BOTH_WAYS_IDS } from '../scenarios/challenges/peeringBothWays.ts';
import { TRANSIT_DATABASE_IDS } from '../scenarios/challenges/transitDatabase.ts';
import { builtInChallenges } from '../scenarios/index.ts';
import { evaluateSavedFlow } from './anywhere.ts';
import { evaluate } from './evaluate.ts';

/** Every saved flow's outcome, as the worker would report it to the store. */
function outcomes(scenario: Scenario): Record<string, GoalOutcome> {
  return Object.fromEntries(
    scenario.flows.map((flow) => [flow.id, { ok: true, trace: evaluateSavedFlow(scenario, flow) }]),
  );
}

const status = (s: Scenario) => challengeStatus(s, outcomes(s));

const tcp = (port: number, cidr: string) =>
  ({ protocol: 'tcp', portRange: { from: port, to: port }, peer: { kind: 'cidr', cidr } }) as const;

/** Each challenge's solution, made of the edits a student makes in the panels. */
const SOLUTIONS: Record<string, (s: Scenario) => EditResult<Scenario>> = {
  // The web group's missing rule: HTTPS from anywhere.
  'challenge-open-https': (s) =>
    addSgRule(s, OPEN_HTTPS_IDS.sgWeb, 'ingress', tcp(443, '0.0.0.0/0')),
  // Out with the web subnet's range, in with the app group.
  'challenge-db-by-group': (s) =>
    andThen(removeSgRule(s, DB_BY_GROUP_IDS.sgDb, 'ingress', 0), (next) =>
      addSgRule(next, DB_BY_GROUP_IDS.sgDb, 'ingress', {
        protocol: 'tcp',
        portRange: { from: 5432, to: 5432 },
        peer: { kind: 'group', groupId: DB_BY_GROUP_IDS.sgApp },
      }),
    ),
  // Ephemeral ports both ways: out for the visitors' responses, in for web-1's own.
  'challenge-ephemeral-trap': (s) => {
    const ephemeral = {
      ruleNumber: 110,
      action: 'allow',
      protocol: 'tcp',
      cidr: '0.0.0.0/0',
      portRange: { from: 1024, to: 65535 },
    } as const;
    return andThen(addNaclEntry(s, EPHEMERAL_TRAP_IDS.webAcl, 'egress', ephemeral), (next) =>
      addNaclEntry(next, EPHEMERAL_TRAP_IDS.webAcl, 'ingress', ephemeral),
    );
  },
  // The private table to the NAT gateway; the NAT's table to the internet gateway.
  'challenge-nat-route': (s) =>
    andThen(
      applyScenarioEdit(s, {
        kind: 'set-route',
        routeTableId: NAT_ROUTE_IDS.privateRtb,
        destination: '0.0.0.0/0',
        target: NAT_ROUTE_IDS.nat,
      }),
      (next) =>
        applyScenarioEdit(next, {
          kind: 'set-route',
          routeTableId: NAT_ROUTE_IDS.publicRtb,
          destination: '0.0.0.0/0',
          target: NAT_ROUTE_IDS.igw,
        }),
    ),
  // Accept the connection, route back from the data VPC, admit the data VPC's HTTPS.
  'challenge-peering-both-ways': (s) => {
    const ID = PEERING_BOTH_WAYS_IDS;
    return andThen(
      applyScenarioEdit(s, { kind: 'activate-peering', peeringConnectionId: ID.pcx }),
      (a) =>
        andThen(
          applyScenarioEdit(a, {
            kind: 'set-route',
            routeTableId: ID.rtbData,
            destination: '10.70.0.0/16',
            target: ID.pcx,
          }),
          (b) => addSgRule(b, ID.sgApi, 'ingress', tcp(443, '10.71.0.0/16')),
        ),
    );
  },
  // Propagate the data attachment, route the app VPC back, admit the app subnet's PostgreSQL.
  // https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
  'challenge-transit-database': (s) => {
    const ID = TRANSIT_DATABASE_IDS;
    return andThen(setTransitGatewayPropagation(s, ID.tgwRtb, ID.attachData, true), (a) =>
      andThen(addRoute(a, ID.rtbData, { destination: '10.80.0.0/16', target: ID.tgw }), (b) =>
        addSgRule(b, ID.sgDb, 'ingress', tcp(5432, '10.80.1.0/24')),
      ),
    );
  },
};

describe.each(builtInChallenges.map((c) => [c.id, c] as const))('challenge %s', (id, c) => {
  it('validates without errors', () => {
    expect(validate(c.scenario).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('starts broken: at least one goal is not met', () => {
    const before = status(c.scenario);
    expect(before.solved).toBe(false);
    expect(before.goals.some((g) => g.state === 'unmet')).toBe(true);
  });

  it('is solved by its solution, which touches no locked resource', () => {
    const solve = SOLUTIONS[id];
    if (!solve) return expect.fail(`no solution written for ${id}`);
    const result = solve(c.scenario);
    if (!result.ok) return expect.fail(result.error);
    const after = status(result.value);
    expect(after.goals.filter((g) => g.state !== 'met')).toEqual([]);
    expect(after.solved).toBe(true);
    expect(lockedEditError(c.scenario, result.value)).toBeNull();
    expect(validate(result.value).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('tempting wrong fixes stay unsolved', () => {
  it('challenge 6: propagating the data VPC is not enough without the route back', () => {
    const ID = TRANSIT_DATABASE_IDS;
    const s = builtInChallenges.find((c) => c.id === 'challenge-transit-database')?.scenario;
    if (!s) return expect.fail('challenge-transit-database is built in');
    const half = setTransitGatewayPropagation(s, ID.tgwRtb, ID.attachData, true);
    if (!half.ok) return expect.fail(half.error);
    const goal = half.value.flows.find((f) => f.id === ID.goalApp) ?? expect.fail();
    // Before: the transit gateway had no route to the data VPC; now the group decides, then the
    // missing return route.
    expect(evaluate(s, goal).blockedBy).toMatchObject({ layer: 'transit-gateway' });
    expect(evaluate(half.value, goal).blockedBy).toMatchObject({
      direction: 'request',
      layer: 'security-group-ingress',
    });
    expect(status(half.value).solved).toBe(false);
  });

  const get = (id: string) => {
    const found = builtInChallenges.find((c) => c.id === id);
    if (!found) throw new Error(id);
    return found.scenario;
  };

  it('challenge 1: opening everything to the world also opens SSH', () => {
    const s = get('challenge-open-https');
    const allOpen = addSgRule(s, OPEN_HTTPS_IDS.sgWeb, 'ingress', {
      protocol: 'all',
      peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
    });
    if (!allOpen.ok) return expect.fail(allOpen.error);
    const after = status(allOpen.value);
    expect(after.solved).toBe(false);
    expect(after.goals.find((g) => g.flowId === OPEN_HTTPS_IDS.goalSsh)?.state).toBe('unmet');
  });

  // Issue 9: a goal "from anywhere" is checked from one address per piece of the internet, so a
  // rule that lets in the visitor's own address (a /32 fix) does not meet it.
  it('challenge 1: a rule for the visitor alone does not meet HTTPS "from anywhere"', () => {
    const s = get('challenge-open-https');
    const narrow = addSgRule(s, OPEN_HTTPS_IDS.sgWeb, 'ingress', tcp(443, '192.0.2.10/32'));
    if (!narrow.ok) return expect.fail(narrow.error);
    const goal = narrow.value.flows.find((f) => f.id === OPEN_HTTPS_IDS.goalHttps);
    if (!goal) return expect.fail('no HTTPS goal');
    expect(evaluate(narrow.value, goal).verdict).toBe('allowed');
    const after = status(narrow.value);
    expect(after.solved).toBe(false);
    const https = after.goals.find((g) => g.flowId === OPEN_HTTPS_IDS.goalHttps);
    expect(https).toMatchObject({ state: 'unmet', verdict: 'blocked' });
    const trace = evaluateSavedFlow(narrow.value, goal);
    expect(trace.warnings[0]).toMatch(/^From anywhere: checked from \d+ addresses/);
  });

  it('challenge 2: admitting the whole VPC range lets the web tier in too', () => {
    const s = get('challenge-db-by-group');
    const wide = addSgRule(s, DB_BY_GROUP_IDS.sgDb, 'ingress', tcp(5432, '10.60.0.0/16'));
    if (!wide.ok) return expect.fail(wide.error);
    expect(status(wide.value).solved).toBe(false);
  });

  it('challenge 3: responses out but not in leaves web-1 without its updates', () => {
    const s = get('challenge-ephemeral-trap');
    const half = addNaclEntry(s, EPHEMERAL_TRAP_IDS.webAcl, 'egress', {
      ruleNumber: 110,
      action: 'allow',
      protocol: 'tcp',
      cidr: '0.0.0.0/0',
      portRange: { from: 1024, to: 65535 },
    });
    if (!half.ok) return expect.fail(half.error);
    const after = status(half.value);
    expect(after.goals.find((g) => g.flowId === EPHEMERAL_TRAP_IDS.goalIn)?.state).toBe('met');
    expect(after.goals.find((g) => g.flowId === EPHEMERAL_TRAP_IDS.goalOut)?.state).toBe('unmet');
  });

  it('challenge 4: fixing only the private table leaves the NAT gateway without a way out', () => {
    const s = get('challenge-nat-route');
    const half = applyScenarioEdit(s, {
      kind: 'set-route',
      routeTableId: NAT_ROUTE_IDS.privateRtb,
      destination: '0.0.0.0/0',
      target: NAT_ROUTE_IDS.nat,
    });
    if (!half.ok) return expect.fail(half.error);
    expect(status(half.value).solved).toBe(false);
  });

  it('challenge 5: accepting the connection is not enough without the route back', () => {
    const s = get('challenge-peering-both-ways');
    const accepted = applyScenarioEdit(s, {
      kind: 'activate-peering',
      peeringConnectionId: PEERING_BOTH_WAYS_IDS.pcx,
    });
    if (!accepted.ok) return expect.fail(accepted.error);
    const t = evaluate(
      accepted.value,
      accepted.value.flows.find((f) => f.id === PEERING_BOTH_WAYS_IDS.goalToData) ?? expect.fail(),
    );
    expect(t.blockedBy).toMatchObject({ direction: 'response', layer: 'route' });
  });
});
