import { describe, expect, it } from 'vitest';
import { allTraffic, hop, scenario, tcp, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

const OFFICE = '203.0.113.7';

/** A public subnet; pl-office lists 203.0.113.0/24 and 198.51.100.0/24, pl-aws is not known. */
function world() {
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .igw('igw-a', 'vpc-a')
    .routes('rtb-amain', [['0.0.0.0/0', 'igw-a']])
    .subnet('subnet-a', 'vpc-a', '10.0.1.0/24')
    .subnet('subnet-fw', 'vpc-a', '10.0.9.0/24')
    .prefixList('pl-office', 'IPv4', ['203.0.113.0/24', '198.51.100.0/24'])
    .prefixList('pl-aws', 'IPv4')
    .group('sg-office', 'vpc-a', { ingress: [tcp(22, 'pl-office')] })
    .group('sg-aws', 'vpc-a', { ingress: [tcp(22, 'pl-aws')] })
    .group('sg-open', 'vpc-a', { ingress: [allTraffic('0.0.0.0/0')] })
    .instance('i-office', 'subnet-a', '10.0.1.10', {
      publicIp: '198.18.0.10',
      groups: ['sg-office'],
    })
    .instance('i-aws', 'subnet-a', '10.0.1.11', { publicIp: '198.18.0.11', groups: ['sg-aws'] })
    .instance('i-open', 'subnet-a', '10.0.1.12', { publicIp: '198.18.0.12', groups: ['sg-open'] })
    .eni('eni-fw', 'subnet-fw', '10.0.9.10', { groups: ['sg-aws'] });
}

// https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html: a rule that names a
// prefix list matches any of its entries.
describe('prefix lists in security-group rules', () => {
  it('match any entry of the list', () => {
    const s = world().build();
    const t = evaluate(s, tcpFlow(OFFICE, 'i-office', 22));
    expect(t.verdict).toBe('allowed');
    expect(hop(t, 'request', 'security-group-ingress').rule).toMatchObject({
      rule: { peer: { kind: 'prefixList', prefixListId: 'pl-office' } },
    });
    expect(evaluate(s, tcpFlow('192.0.2.1', 'i-office', 22)).verdict).toBe('blocked');
  });

  it('cannot tell by a list whose entries are not known', () => {
    const t = evaluate(world().build(), tcpFlow(OFFICE, 'i-aws', 22));
    expect(t.verdict).toBe('unknown');
    expect(hop(t, 'request', 'security-group-ingress')).toMatchObject({
      verdict: 'unknown',
      unknown: true,
    });
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html: the most specific
// route wins; a route to a prefix list competes by its entries, and "If your route table has a
// static route that overlaps with a route that references a prefix list, the static route with the
// destination CIDR block takes priority".
describe('prefix lists in routes', () => {
  const routed = (extra: readonly (readonly [string, string])[]) => {
    const s = world().build();
    s.routeTables[0]!.routes.push(
      ...extra.map(([destination, target]) => ({ destination, target, state: 'active' as const })),
    );
    return s;
  };

  it('win by the most specific entry over a shorter CIDR route', () => {
    const t = evaluate(routed([['pl-office', 'eni-fw']]), tcpFlow('i-open', OFFICE, 443));
    expect(hop(t, 'request', 'route').rule).toMatchObject({
      route: { destination: 'pl-office', target: 'eni-fw' },
      prefixListEntry: '203.0.113.0/24',
    });
  });

  it('lose to a CIDR route of the same length', () => {
    const t = evaluate(
      routed([
        ['pl-office', 'eni-fw'],
        ['203.0.113.0/24', 'igw-a'],
      ]),
      tcpFlow('i-open', OFFICE, 443),
    );
    expect(hop(t, 'request', 'route').rule).toMatchObject({
      route: { destination: '203.0.113.0/24' },
    });
    expect(t.verdict).toBe('allowed');
  });

  it('make the route unknown when a routed list has entries that are not known', () => {
    const t = evaluate(routed([['pl-aws', 'eni-fw']]), tcpFlow('i-open', OFFICE, 443));
    expect(t.verdict).toBe('unknown');
    expect(hop(t, 'request', 'route').verdict).toBe('unknown');
    expect(t.warnings.join(' ')).toMatch(/pl-aws is routed, but its entries are not in the input/);
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html#route-tables-appliance-routing
// (a route more specific than local, toward a network interface or an endpoint).
describe('routes more specific than local', () => {
  it('are honoured only toward an interface or an endpoint, and then cannot be told', () => {
    const s = world()
      .subnet('subnet-b', 'vpc-a', '10.0.2.0/24')
      .instance('i-b', 'subnet-b', '10.0.2.10', { groups: ['sg-open'] })
      .build();
    s.routeTables[0]!.routes.push({
      destination: '10.0.2.0/24',
      target: 'eni-fw',
      state: 'active',
    });
    const t = evaluate(s, tcpFlow('i-open', 'i-b', 443));
    expect(t.verdict).toBe('unknown');
    expect(hop(t, 'request', 'route').rule).toMatchObject({ route: { target: 'eni-fw' } });
    // Scenarios are never mutated (the compiler reuses what an edit leaves as it was): a new table.
    const [table, ...rest] = s.routeTables;
    const routes = table!.routes.map((r) =>
      r.target === 'eni-fw' ? { ...r, target: 'igw-a' } : r,
    );
    const ignored = evaluate(
      { ...s, routeTables: [{ ...table!, routes }, ...rest] },
      tcpFlow('i-open', 'i-b', 443),
    );
    expect(ignored.verdict).toBe('allowed');
    expect(hop(ignored, 'request', 'route').rule).toMatchObject({ route: { target: 'local' } });
  });
});
