import { describe, expect, it } from 'vitest';
import { THREE_TIER_IDS as T, threeTierScenario } from '../../scenarios/threeTier.ts';
import type { Scenario } from '../../model/types.ts';
import { chipColour } from './chipColour.ts';
import { groupLinks, portsText } from './groupLinks.ts';

// A rule naming a group admits the group's members.
// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing
describe('groupLinks', () => {
  it('draws one edge per pair of groups, from a member of the admitted group to one of the admitting', () => {
    expect(
      groupLinks(threeTierScenario).map((l) => [
        l.fromName,
        l.toName,
        l.ports,
        l.sourceNodeId,
        l.targetNodeId,
      ]),
    ).toEqual([
      ['web', 'app', ['tcp 8080'], T.web1, T.app1],
      ['app', 'db', ['tcp 5432'], T.app1, T.db1],
    ]);
  });

  it('aggregates every rule of a pair (inbound and outbound) into one edge, each port once', () => {
    const s: Scenario = {
      ...threeTierScenario,
      securityGroups: threeTierScenario.securityGroups.map((g) => {
        if (g.id === T.sgDb) {
          const many = Array.from({ length: 500 }, (_, k) => ({
            protocol: 'tcp' as const,
            portRange: { from: 5000 + (k % 3), to: 5000 + (k % 3) },
            peer: { kind: 'group' as const, groupId: T.sgApp },
          }));
          return { ...g, ingress: [...g.ingress, ...many] };
        }
        if (g.id === T.sgApp) {
          return {
            ...g,
            egress: [
              { protocol: 'all' as const, peer: { kind: 'group' as const, groupId: T.sgDb } },
            ],
          };
        }
        return g;
      }),
    };
    const links = groupLinks(s).filter((l) => l.from === T.sgApp && l.to === T.sgDb);
    expect(links).toHaveLength(1);
    expect(links[0]?.ports).toEqual([
      'all traffic',
      'tcp 5432',
      'tcp 5000',
      'tcp 5001',
      'tcp 5002',
    ]);
  });

  it('draws no edge for a group that admits its own members', () => {
    const s: Scenario = {
      ...threeTierScenario,
      securityGroups: threeTierScenario.securityGroups.map((g) =>
        g.id === T.sgWeb
          ? {
              ...g,
              ingress: [
                { protocol: 'all' as const, peer: { kind: 'group' as const, groupId: T.sgWeb } },
              ],
            }
          : g,
      ),
    };
    expect(groupLinks(s).some((l) => l.from === l.to)).toBe(false);
  });

  it('says ports in words and gives each group a stable colour', () => {
    expect(
      portsText({
        protocol: 'tcp',
        portRange: { from: 1024, to: 65535 },
        peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
      }),
    ).toBe('tcp 1024–65535');
    expect(portsText({ protocol: 'icmp', peer: { kind: 'cidr', cidr: '0.0.0.0/0' } })).toBe('icmp');
    expect(chipColour(T.sgWeb)).toBe(chipColour(T.sgWeb));
    expect(chipColour(T.sgWeb)).toMatch(/^#[0-9a-f]{6}$/);
  });
});
