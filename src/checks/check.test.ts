import { describe, expect, it } from 'vitest';
import type { Endpoint, Scenario } from '../model/types.ts';
import { THREE_TIER_IDS as ID } from '../scenarios/threeTier.ts';
import { taggedThreeTier, THREE_TIER_EXPECTATIONS } from './__fixtures__/threeTier.testkit.ts';
import { checkExpectations, ExpectationsError, parseExpectations } from './index.ts';

/** What the CLI resolves by Name or ID, enough for these tests. */
function resolver(s: Scenario) {
  return (text: string): Endpoint => {
    if (text === 'internet') return { address: '203.0.113.50' };
    const i = s.instances.find((x) => x.name === text || x.id === text);
    if (!i) throw new Error(`no instance or network interface is named "${text}"`);
    return { instanceId: i.id };
  };
}

function run(yaml: string, scenario = taggedThreeTier(), failOnUnknown = false) {
  return checkExpectations(scenario, parseExpectations(yaml, 'e.yaml'), {
    file: 'e.yaml',
    resolveEndpoint: resolver(scenario),
    zoneOf: () => undefined,
    failOnUnknown,
  });
}

const inv = (from: string, to: string, services: string, expectv = 'blocked') =>
  `version: 1\ninvariants:\n  - name: i\n    from: ${from}\n    to: ${to}\n    services: [${services}]\n    expect: ${expectv}\n`;

describe('checkExpectations on the three-tier scenario', () => {
  it('holds for the README example: flows allowed, the data tier closed to the internet', () => {
    const r = run(THREE_TIER_EXPECTATIONS);
    expect(r.flows.map((f) => [f.name, f.verdict, f.ok])).toEqual([
      ['web reaches the app tier', 'allowed', true],
      ['app reaches the database', 'allowed', true],
      ['the internet reaches the web tier on HTTPS', 'allowed', true],
    ]);
    expect(r.invariants.map((i) => [i.name, i.ok, i.count])).toEqual([
      ['nothing on the internet reaches the data tier', true, 0],
      ['only the app tier reaches the database port', true, 0],
    ]);
    expect(r.invariants[0]?.checked).toBeGreaterThan(0);
  });

  // A security group rule that names another group admits the private addresses of the
  // interfaces carrying it: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
  it('names each counterexample with its port range and the hop that let it through', () => {
    const r = run(inv('{ security-group: web }', '{ subnet-tag: { Tier: app } }', 'tcp'));
    const i = r.invariants[0];
    expect(i?.ok).toBe(false);
    expect(i?.count).toBe(4); // 2 web × 2 app servers, on the one piece holding 8080
    expect(i?.counterexamples[0]).toMatchObject({
      source: `web-1 (${ID.web1})`,
      destination: `app-1 (${ID.app1})`,
      ports: 'tcp/8080',
      verdict: 'allowed',
      blockedBy: null,
      decidedBy: { layer: 'security-group-ingress', resourceId: ID.app1, direction: 'request' },
    });
  });

  // The network ACL's rules are evaluated in order, the first match decides:
  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
  it('an allowed expectation fails with the blocking hop of each piece', () => {
    const r = run(inv('web-1', '{ subnet-tag: { Tier: data } }', 'tcp/5432', 'allowed'));
    const i = r.invariants[0];
    expect(i?.ok).toBe(false);
    expect(i?.counterexamples[0]?.blockedBy?.layer).toMatch(/nacl-ingress|security-group-ingress/);
  });

  it('fails an invariant whose set selects nothing, so a typo never passes', () => {
    const r = run(inv('{ subnet-tag: { Tier: dat } }', 'internet', 'tcp/22'));
    expect(r.invariants[0]).toMatchObject({ ok: false, problem: 'from selects nothing' });
  });

  it('refuses a selector naming a missing resource at its line and column', () => {
    expect(() => run(inv('{ security-group: nope }', 'internet', 'tcp/22'))).toThrow(
      new ExpectationsError(
        'e.yaml',
        { line: 4, column: 29 },
        'invariants[0].from.security-group: no security group has the ID, Name "nope"',
      ),
    );
    expect(() =>
      run(
        'version: 1\nflows:\n  - { name: x, from: web-9, to: db-1, service: tcp/1, expect: allowed }\n',
      ),
    ).toThrow(/^e\.yaml:3:22: flows\[0\]\.from: no instance or network interface is named "web-9"/);
  });

  it('selects by vpc, subnet, cidr, tag and not, and splits the range at every rule', () => {
    const r = run(inv('{ cidr: 10.0.1.0/24 }', `{ subnet: ${ID.privateDb} }`, 'tcp/5000-6000'));
    // web → db is blocked on every piece: 5000-5431, 5432, 5433-6000 (the db group's rule cuts it).
    expect(r.invariants[0]).toMatchObject({ ok: true, count: 0 });
    // The VPC by Name; `not` of it is the internet, which web-1 … reach on 443 only by reply.
    const out = run(inv('{ vpc: three-tier }', `{ not: { vpc: ${ID.vpc} } }`, 'udp/53', 'allowed'));
    expect(out.invariants[0]?.checked).toBeGreaterThan(0);
    const tagged = run(inv('{ tag: { Name: nobody } }', 'internet', 'tcp/22'));
    expect(tagged.invariants[0]?.problem).toBe('from selects nothing');
  });

  // "Network ACLs are stateless": a reply needs its own outbound rule
  // (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html); an unknown verdict
  // counts as holding by default and fails with --fail-on unknown.
  it('counts unknown verdicts as holding unless told to fail on them', () => {
    const s = taggedThreeTier();
    const withEni: Scenario = {
      ...s,
      routeTables: s.routeTables.map((t) =>
        t.id === ID.privateRtb
          ? {
              ...t,
              routes: [
                ...t.routes,
                {
                  destination: '10.0.1.0/24',
                  target: 'eni-0123456789abcdef0',
                  state: 'active' as const,
                },
              ],
            }
          : t,
      ),
    };
    const yaml = inv('{ subnet-tag: { Tier: app } }', '{ subnet-tag: { Tier: web } }', 'tcp/443');
    const lenient = run(yaml, withEni);
    const strict = run(yaml, withEni, true);
    expect(lenient.invariants[0]?.unknown).toBeGreaterThan(0);
    expect(lenient.invariants[0]?.ok).toBe(true);
    expect(lenient.warnings.join('\n')).toMatch(/unknown/);
    expect(strict.invariants[0]?.ok).toBe(false);
  });
});
