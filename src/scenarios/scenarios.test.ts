import { describe, expect, it } from 'vitest';
import { challengeGoals } from '../model/challenge.ts';
import { parseScenarioFile, toScenarioFile } from '../model/envelope.ts';
import { builtInChallenges, builtInScenarios } from './index.ts';

const all = [...builtInScenarios, ...builtInChallenges];

describe('built-in scenarios', () => {
  it('have distinct ids', () => {
    const ids = all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are at least nine, and the challenges at least five', () => {
    expect(builtInScenarios.length).toBeGreaterThanOrEqual(9);
    expect(builtInChallenges.length).toBeGreaterThanOrEqual(5);
  });

  it('never share a resource ID between two scenarios', () => {
    const owner = new Map<string, string>();
    for (const b of all) {
      const s = b.scenario;
      const ids = [
        ...s.vpcs,
        ...s.subnets,
        ...s.instances,
        ...s.securityGroups,
        ...s.networkAcls,
        ...s.routeTables,
        ...s.internetGateways,
        ...s.natGateways,
        ...s.peeringConnections,
        ...s.networkInterfaces,
        ...s.vpcEndpoints,
        ...s.egressOnlyInternetGateways,
        ...s.transitGateways,
        ...s.transitGatewayAttachments,
        ...s.transitGatewayRouteTables,
        ...s.flows,
      ].map((r) => r.id);
      for (const id of ids) {
        // Three-tier's flow IDs predate the scheme; everything else is unique per scenario.
        expect(owner.get(id) ?? b.id, id).toBe(b.id);
        owner.set(id, b.id);
      }
    }
  });

  for (const builtIn of all) {
    describe(builtIn.id, () => {
      it('parses through the scenario file parser unchanged', () => {
        const file = toScenarioFile(builtIn.scenario, builtIn.layout);
        const parsed = parseScenarioFile(JSON.parse(JSON.stringify(file)));
        if (!parsed.ok) expect.fail(JSON.stringify(parsed.errors, null, 2));
        expect(parsed.value).toEqual(file);
      });

      it('places every node it draws, and only nodes that exist', () => {
        const s = builtIn.scenario;
        // What the canvas draws (src/layout/drawn.ts): gateway endpoints, the interfaces of
        // everything but NAT gateways and transit gateway attachments.
        const drawn = [
          s.vpcs,
          s.subnets,
          s.instances,
          s.internetGateways,
          s.natGateways,
          s.internetHosts,
          s.egressOnlyInternetGateways,
          s.transitGateways,
          s.vpcEndpoints.filter((e) => e.type === 'gateway'),
          s.networkInterfaces.filter(
            (e) => e.kind !== 'nat-gateway' && e.kind !== 'transit-gateway-attachment',
          ),
        ];
        const known = new Set<string>(drawn.flatMap((list) => list.map((entity) => entity.id)));
        const placed = Object.keys(builtIn.layout.nodes);
        expect(placed.filter((id) => !known.has(id))).toEqual([]);
        expect([...known].filter((id) => !placed.includes(id))).toEqual([]);
      });

      it('states an expected outcome for every saved flow', () => {
        for (const flow of builtIn.scenario.flows) expect(flow.expected, flow.name).toBeDefined();
      });

      it('says what it teaches', () => {
        expect(builtIn.teaches.length).toBeGreaterThan(20);
        expect(builtIn.summary.length).toBeGreaterThan(20);
      });
    });
  }

  for (const challenge of builtInChallenges) {
    it(`${challenge.id} is a challenge: a task and goals`, () => {
      expect(challenge.scenario.challenge?.task.length).toBeGreaterThan(20);
      expect(challengeGoals(challenge.scenario).length).toBeGreaterThanOrEqual(2);
    });
  }

  it('rise in difficulty, from a single rule (1) to several layers at once (5)', () => {
    const levels = builtInChallenges.map((c) => c.level);
    expect(levels.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(levels.every((level, k) => k === 0 || level >= (levels[k - 1] ?? 0))).toBe(true);
    expect(Math.max(...levels)).toBe(5);
  });
});
