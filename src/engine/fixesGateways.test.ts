import { describe, expect, it } from 'vitest';
import { applyScenarioEdit } from '../model/scenarioEdit.ts';
import type { Scenario } from '../model/types.ts';
import { scenario, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

// Opening fixes that must name the right gateway and the right route for the flow to pass.

function applied(s: Scenario, edit: Parameters<typeof applyScenarioEdit>[1] | null): Scenario {
  if (!edit) throw new Error('the fix has no edit');
  const r = applyScenarioEdit(s, edit);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('the internet gateway a route names', () => {
  // A VPC has one internet gateway, and a gateway one VPC.
  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  const base = () =>
    scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .vpc('vpc-b', '10.1.0.0/16')
      .subnet('subnet-a', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-a' })
      .instance('i-web', 'subnet-a', '10.0.1.10', { publicIp: '198.51.100.10' });

  it('is attached when it is free, and the flow then passes', () => {
    const s = base()
      .igw('igw-free', undefined)
      .routeTable('rtb-a', 'vpc-a', [['0.0.0.0/0', 'igw-free']])
      .build();
    const flow = tcpFlow('i-web', '203.0.113.7', 443);
    const fix = evaluate(s, flow).fixes[0];
    expect(fix?.summary).toBe('Attach igw-free to vpc-a.');
    expect(evaluate(applied(s, fix?.edit ?? null), flow).verdict).toBe('allowed');
  });

  it('is said to be another VPC’s, with the route to change by hand', () => {
    const s = base()
      .igw('igw-b', 'vpc-b')
      .routeTable('rtb-a', 'vpc-a', [['0.0.0.0/0', 'igw-b']])
      .build();
    const fix = evaluate(s, tcpFlow('i-web', '203.0.113.7', 443)).fixes[0];
    expect(fix).toMatchObject({
      summary: 'igw-b serves vpc-b: attach an internet gateway to vpc-a and point the route at it.',
      edit: null,
    });
  });
});

describe('a route to a peered VPC', () => {
  // The most specific route wins: a new route for the VPC's block loses to a longer one.
  // https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html
  it('retargets a more specific route that leads elsewhere', () => {
    const s = scenario()
      .vpc('vpc-a', '10.0.0.0/16')
      .vpc('vpc-b', '10.1.0.0/16')
      .igw('igw-a', 'vpc-a')
      .peering('pcx-ab', 'vpc-a', 'vpc-b')
      .subnet('subnet-a', 'vpc-a', '10.0.1.0/24', { routeTable: 'rtb-a' })
      .subnet('subnet-b', 'vpc-b', '10.1.1.0/24', { routeTable: 'rtb-b' })
      .routeTable('rtb-a', 'vpc-a', [['10.1.1.0/24', 'igw-a']])
      .routeTable('rtb-b', 'vpc-b', [['10.0.0.0/16', 'pcx-ab']])
      .instance('i-a', 'subnet-a', '10.0.1.10')
      .instance('i-b', 'subnet-b', '10.1.1.10')
      .build();
    const flow = tcpFlow('i-b', 'i-a', 22);
    const fix = evaluate(s, flow).fixes.find((f) => f.edit?.kind === 'set-route');
    expect(fix?.summary).toBe('In rtb-a, send 10.1.1.0/24 to pcx-ab.');
    let next = applied(s, fix?.edit ?? null);
    for (const f of evaluate(next, flow).fixes) next = applied(next, f.edit);
    expect(evaluate(next, flow).verdict).toBe('allowed');
  });
});
