import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/types.ts';
import { THREE_TIER_IDS as ID } from '../scenarios/threeTier.ts';
import { taggedThreeTier } from './__fixtures__/threeTier.testkit.ts';
import { diffNetworks } from './diff.ts';

const opts = { before: 'before.json', after: 'after.json' };

function withWebRule(s: Scenario, port: number): Scenario {
  return {
    ...s,
    securityGroups: s.securityGroups.map((g) =>
      g.id === ID.sgWeb
        ? {
            ...g,
            ingress: [
              ...g.ingress,
              {
                protocol: 'tcp',
                portRange: { from: port, to: port },
                peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
              },
            ],
          }
        : g,
    ),
  };
}

describe('diffNetworks (spec/ci-check.md, "diff")', () => {
  it('finds nothing between a network and itself', () => {
    const s = taggedThreeTier();
    const r = diffNetworks(s, s, opts);
    expect(r.allowed).toEqual([]);
    expect(r.blocked).toEqual([]);
    expect(r.endpoints).toBeGreaterThan(6);
  });

  // An inbound rule from 0.0.0.0/0 admits every IPv4 address; the web tier has public addresses
  // behind an internet gateway: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
  it('names SSH opened to the internet as newly allowed, by subnet pair, with the hop that blocked it before', () => {
    const before = taggedThreeTier();
    const r = diffNetworks(before, withWebRule(before, 22), opts);
    expect(r.blocked).toEqual([]);
    const fromInternet = r.allowed.find((g) => g.source === 'internet');
    expect(fromInternet?.destination).toBe(`public-web (${ID.publicWeb})`);
    expect(fromInternet?.flows[0]).toMatchObject({
      destination: ID.web1,
      service: 'tcp/22',
      hop: { layer: 'security-group-ingress', resourceId: ID.web1, direction: 'request' },
    });
    expect(r.services).toContain('tcp/22');
  });

  it('names the reverse change as newly blocked, and compares only the services given', () => {
    const after = taggedThreeTier();
    const r = diffNetworks(withWebRule(after, 22), after, {
      ...opts,
      services: [{ protocol: 'tcp', from: 22, to: 22 }],
    });
    expect(r.allowed).toEqual([]);
    expect(r.services).toEqual(['tcp/22']);
    expect(r.blocked.find((g) => g.source === 'internet')?.count).toBeGreaterThan(0);
  });
});
