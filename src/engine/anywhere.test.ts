import { describe, expect, it } from 'vitest';
import type { SavedFlow } from '../model/types.ts';
import { scenario, tcp } from './__fixtures__/build.ts';
import { evaluateSavedFlow } from './anywhere.ts';

// A goal "from anywhere" holds for every public address (issue 9; spec/ci-check.md, "internet as
// a set"): evaluated from one address per piece of the internet, never from one host alone.
// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html (a rule's source CIDR)
const s = scenario()
  .vpc('vpc-a', '10.0.0.0/16')
  .igw('igw-a', 'vpc-a')
  .routeTable('rtb-public', 'vpc-a', [['0.0.0.0/0', 'igw-a']])
  .subnet('subnet-pub', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-public' })
  .group('sg-web', 'vpc-a', { ingress: [tcp(22, '203.0.113.0/24'), tcp(443, '0.0.0.0/0')] })
  .instance('i-web', 'subnet-pub', '10.0.1.10', { publicIp: '198.51.100.7', groups: ['sg-web'] })
  .build();

const goal = (port: number, expected: 'allowed' | 'blocked', anywhere = true): SavedFlow => ({
  id: 'flow-1',
  name: 'goal',
  source: { address: '203.0.113.50' },
  destination: { instanceId: 'i-web' },
  protocol: 'tcp',
  port,
  expected,
  anywhere,
});

describe('a saved flow "from anywhere"', () => {
  it('is its own trace when every piece of the internet agrees', () => {
    const t = evaluateSavedFlow(s, goal(443, 'allowed'));
    expect(t.verdict).toBe('allowed');
    expect(t.warnings).toEqual([]);
  });

  it('SSH allowed from 203.0.113.0/24 only: "allowed from anywhere" fails, with the piece that says so', () => {
    const t = evaluateSavedFlow(s, goal(22, 'allowed'));
    expect(t.verdict).toBe('blocked');
    expect(t.blockedBy?.layer).toBe('security-group-ingress');
    expect(t.warnings[0]).toContain('every other public IPv4 address');
  });

  it('and "blocked from anywhere" fails too: the host that gets in is the counterexample', () => {
    const blocked = { ...goal(22, 'blocked'), source: { address: '192.0.2.99' } };
    const t = evaluateSavedFlow(s, blocked);
    expect(t.verdict).toBe('allowed');
    expect(t.warnings[0]).toContain('from 203.0.113.50, which stands for 203.0.113.0/24');
  });

  it('is evaluated from its own host only without `anywhere`', () => {
    expect(evaluateSavedFlow(s, goal(22, 'allowed', false)).verdict).toBe('allowed');
  });
});
