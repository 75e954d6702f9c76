import { describe, expect, it } from 'vitest';
import { THREE_TIER_IDS as ID, threeTierScenario as scenario } from '../../scenarios/threeTier.ts';
import { TRACES } from './__fixtures__/traces.ts';
import { headline, hopPlace, hopVerdict, resourceLabel, ruleWords, whySentence } from './words.ts';

describe('the explanation’s words', () => {
  it('headline a security group that denied the request', () => {
    expect(headline(scenario, TRACES.webToDb)).toBe(
      "Blocked at db-1's security group (inbound), on the request",
    );
  });

  it('headline an ACL that denied the response', () => {
    expect(headline(scenario, TRACES.appToInternetBrokenAcl)).toBe(
      'Blocked at the "app" network ACL (inbound), on the response',
    );
  });

  it('say "Allowed" and what it means', () => {
    expect(headline(scenario, TRACES.webToApp)).toBe('Allowed');
    expect(whySentence(TRACES.webToApp)).toMatch(/there and back/);
  });

  it('give the engine’s sentence as the reason', () => {
    expect(whySentence(TRACES.webToDb)).toMatch(/^No inbound rule of db-1/);
  });

  it('name the deciding rule of each kind of hop', () => {
    const words = TRACES.appToInternetBrokenAcl.hops.map((h) => ruleWords(scenario, h));
    expect(words).toContain('rule 100');
    expect(words).toContain('the final * rule');
    expect(words).toContain('route 0.0.0.0/0 → nat-0a1b2c3d4e5f60001');
    expect(words).toContain('stateful: the response is allowed');
    expect(words).toContain('rule 1 of app');
    expect(TRACES.webToDb.hops.map((h) => ruleWords(scenario, h))).toContain('no rule allowed it');
  });

  it('mark verdicts with a shape and a word', () => {
    const [first] = TRACES.webToDb.hops;
    expect(first && hopVerdict(first)).toEqual({ icon: '✓', word: 'allowed' });
    const deny = TRACES.webToDb.hops.find((h) => h.verdict === 'deny');
    expect(deny && hopVerdict(deny)).toEqual({ icon: '✗', word: 'denied' });
  });

  it('name resources by name and ID', () => {
    expect(resourceLabel(scenario, ID.sgDb)).toBe(`db (${ID.sgDb})`);
    expect(resourceLabel(scenario, 'sg-unknown')).toBe('sg-unknown');
    expect(hopPlace(scenario, { layer: 'internet-gateway', resourceId: ID.db1 })).toBe(
      'the internet gateway (for db-1)',
    );
  });
});
