import { describe, expect, it } from 'vitest';
import type { Hop, Trace } from '../engine/types.ts';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../scenarios/threeTier.ts';
import { decidingRuleOf, focusHopIndex } from './simSelectors.ts';

const packet = { source: '10.0.1.10', destination: '10.0.3.10', protocol: 6 };
const base = { direction: 'request', reason: '', packet } as const;
const instances = threeTierScenario.instances;

describe('what decided a hop', () => {
  it('names a NACL entry by ACL, direction and rule number', () => {
    const hop: Hop = {
      ...base,
      layer: 'nacl-ingress',
      resourceId: ID.aclApp,
      verdict: 'deny',
      rule: { kind: 'nacl-entry', networkAclId: ID.aclApp, ruleNumber: 32767, action: 'deny' },
    };
    expect(decidingRuleOf(hop, instances)).toEqual({
      kind: 'nacl',
      aclId: ID.aclApp,
      direction: 'ingress',
      ruleNumber: 32767,
    });
  });

  it('names the instance’s groups when a security group denied: no rule allowed it', () => {
    const hop: Hop = {
      ...base,
      layer: 'security-group-ingress',
      resourceId: ID.db1,
      verdict: 'deny',
      rule: null,
    };
    expect(decidingRuleOf(hop, instances)).toEqual({
      kind: 'sg',
      instanceId: ID.db1,
      groupIds: [ID.sgDb],
      note: 'no rule allowed it',
    });
  });

  it('names the security-group rule that allowed', () => {
    const hop: Hop = {
      ...base,
      layer: 'security-group-egress',
      resourceId: ID.web1,
      verdict: 'allow',
      rule: {
        kind: 'security-group-rule',
        groupId: ID.sgWeb,
        index: 0,
        rule: { protocol: 'all', peer: { kind: 'cidr', cidr: '0.0.0.0/0' } },
      },
    };
    expect(decidingRuleOf(hop, instances)).toEqual({
      kind: 'sg-rule',
      groupId: ID.sgWeb,
      direction: 'egress',
      index: 0,
    });
  });

  it('names nothing for a stateful pass or a gateway', () => {
    const stateful: Hop = {
      ...base,
      layer: 'security-group-ingress',
      resourceId: ID.web1,
      verdict: 'allow',
      rule: { kind: 'security-group-stateful' },
    };
    const igw: Hop = {
      ...base,
      layer: 'internet-gateway',
      resourceId: ID.igw,
      verdict: 'allow',
      rule: null,
    };
    expect(decidingRuleOf(stateful, instances)).toBeNull();
    expect(decidingRuleOf(igw, instances)).toBeNull();
  });

  it('names the route table and the route', () => {
    const hop: Hop = {
      ...base,
      layer: 'route',
      resourceId: ID.privateRtb,
      verdict: 'allow',
      rule: {
        kind: 'route',
        routeTableId: ID.privateRtb,
        route: { destination: '0.0.0.0/0', target: ID.nat, state: 'active' },
      },
    };
    expect(decidingRuleOf(hop, instances)).toEqual({
      kind: 'route',
      routeTableId: ID.privateRtb,
      destination: '0.0.0.0/0',
    });
  });
});

describe('the hop in focus', () => {
  const hops: Hop[] = (['allow', 'deny', 'deny'] as const).map((verdict) => ({
    ...base,
    layer: 'route',
    resourceId: ID.privateRtb,
    verdict,
    rule: null,
  }));
  const trace: Trace = { verdict: 'blocked', blockedBy: null, hops, warnings: [], fixes: [] };

  it('is the blocking hop before the animation starts, then the current hop', () => {
    expect(focusHopIndex({ trace, step: -1 })).toBe(1);
    expect(focusHopIndex({ trace, step: 2 })).toBe(2);
    expect(focusHopIndex({ trace: null, step: 0 })).toBe(-1);
  });
});
