import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellOf, pairCells } from '../model/classMatrix.ts';
import { addSgRule } from '../model/edit.ts';
import type { FlowSpec, NetworkInterface, Scenario } from '../model/types.ts';
import { generateAccount } from '../model/__fixtures__/largeAccount.ts';
import {
  buildScenario,
  extraRule,
  rulePlanArb,
  scenarioPlanArb,
} from './__fixtures__/arbitrary.ts';
import { evaluate } from './evaluate.ts';
import { MatrixSession } from './matrixSession.ts';
import { decodeCell, reachability, type ReachabilityMatrix, type Service } from './reachability.ts';
import { FlowError } from './types.ts';

// Issue 12: the matrix is kept by class (classes × classes × services, and each endpoint's
// class); expanded to pairs it must equal `evaluate` pair by pair, on random scenarios with
// interfaces of every kind (some without security groups, as AWS gives NAT gateways and transit
// gateway attachments: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html),
// several group sets in one subnet, and a transit gateway between the VPCs.

const SERVICES: Service[] = [
  { protocol: 'tcp', port: 22 },
  { protocol: 'tcp', port: 443 },
  { protocol: 'udp', port: 53 },
  { protocol: 'icmp' },
  { protocol: 50 },
];

const KINDS: NetworkInterface['kind'][] = [
  'rds',
  'lambda',
  'load-balancer',
  'nat-gateway',
  'transit-gateway-attachment',
  'interface-endpoint',
  'other',
];

interface ExtraPlan {
  readonly enis: readonly {
    readonly subnet: number;
    readonly kind: number;
    readonly groups: readonly number[];
    readonly publicIp: boolean;
  }[];
  readonly tgw: boolean;
}

const extraArb: fc.Arbitrary<ExtraPlan> = fc.record({
  enis: fc.array(
    fc.record({
      subnet: fc.nat(9),
      kind: fc.nat(KINDS.length - 1),
      groups: fc.array(fc.nat(9), { maxLength: 2 }),
      publicIp: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  tgw: fc.boolean(),
});

/** The scenario with interfaces that are not instances and, between two VPCs, a transit gateway. */
function withExtras(s: Scenario, plan: ExtraPlan): Scenario {
  const enis: NetworkInterface[] = plan.enis.map((e, j) => {
    const subnet = s.subnets[e.subnet % s.subnets.length] as Scenario['subnets'][number];
    const own = s.securityGroups.filter((g) => g.vpcId === subnet.vpcId);
    const kind = KINDS[e.kind] as NetworkInterface['kind'];
    const unfiltered = kind === 'nat-gateway' || kind === 'transit-gateway-attachment';
    const groups = unfiltered ? [] : e.groups.map((g) => own[g % own.length]?.id ?? '');
    return {
      id: `eni-x${j}`,
      name: `extra-${j}`,
      kind,
      subnetId: subnet.id,
      privateIp: `${subnet.cidrBlock.split('.').slice(0, 3).join('.')}.${200 + j}`,
      secondaryPrivateIps: [],
      ...(e.publicIp ? { publicIp: `198.18.9.${j + 1}` } : {}),
      ipv6Addresses: [],
      securityGroupIds: [...new Set(groups.filter(Boolean))],
    };
  });
  let out: Scenario = { ...s, networkInterfaces: enis };
  if (plan.tgw && s.vpcs.length === 2) {
    const [a, b] = s.vpcs as [Scenario['vpcs'][number], Scenario['vpcs'][number]];
    const first = (vpcId: string) => s.subnets.find((x) => x.vpcId === vpcId)?.id;
    const sa = first(a.id);
    const sb = first(b.id);
    if (sa && sb) {
      out = {
        ...out,
        transitGateways: [
          { id: 'tgw-x', name: 'hub', state: 'available', securityGroupReferencingSupport: true },
        ],
        transitGatewayAttachments: [
          ['tgw-attach-a', a.id, sa],
          ['tgw-attach-b', b.id, sb],
        ].map(([id, vpcId, subnet]) => ({
          id: id as string,
          name: id as string,
          transitGatewayId: 'tgw-x',
          resourceType: 'vpc' as const,
          vpcId: vpcId as string,
          subnetIds: [subnet as string],
          state: 'available' as const,
          securityGroupReferencingSupport: true,
          associatedRouteTableId: 'tgw-rtb-x',
        })),
        transitGatewayRouteTables: [
          {
            id: 'tgw-rtb-x',
            name: 'hub',
            transitGatewayId: 'tgw-x',
            propagations: ['tgw-attach-a', 'tgw-attach-b'],
            routes: [],
          },
        ],
        routeTables: out.routeTables.map((t) => {
          const other = t.vpcId === a.id ? b : a;
          const to = other.cidrBlocks[0] as string;
          if (t.routes.some((r) => r.destination === to)) return t;
          return {
            ...t,
            routes: [...t.routes, { destination: to, target: 'tgw-x', state: 'active' }],
          };
        }),
      };
    }
  }
  return out;
}

/** Every ordered pair of distinct endpoints against `evaluate`. */
function expectEqualsEvaluate(s: Scenario, m: ReachabilityMatrix): void {
  const n = m.endpoints.length;
  SERVICES.forEach((svc, k) => {
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const cell = decodeCell(cellOf(m, k, i, j));
        const flow: FlowSpec = {
          source: m.endpointSpecs[i] as FlowSpec['source'],
          destination: m.endpointSpecs[j] as FlowSpec['source'],
          protocol: svc.protocol,
          ...(svc.port !== undefined ? { port: svc.port } : {}),
        };
        const where = `${m.endpoints[i]} → ${m.endpoints[j]} ${String(svc.protocol)}/${svc.port ?? '-'}`;
        let t;
        try {
          t = evaluate(s, flow);
        } catch (e) {
          if (!(e instanceof FlowError)) throw e;
          expect(cell.verdict, where).toBe('unknown');
          continue;
        }
        expect(cell.verdict, where).toBe(t.verdict);
        if (t.verdict === 'blocked') {
          expect({ layer: cell.layer, direction: cell.direction }, where).toEqual({
            layer: t.blockedBy?.layer,
            direction: t.blockedBy?.direction,
          });
        }
      }
  });
}

describe('the class matrix, expanded to pairs, equals evaluate pair by pair', () => {
  it('on random scenarios with interfaces of every kind and a transit gateway', () => {
    fc.assert(
      fc.property(scenarioPlanArb, extraArb, (plan, extra) => {
        const s = withExtras(buildScenario(plan), extra);
        const m = reachability(s, SERVICES);
        expect(m.classOf).toHaveLength(m.endpoints.length);
        expect(m.cells).toHaveLength(SERVICES.length * m.classes * m.classes);
        expectEqualsEvaluate(s, m);
      }),
      { numRuns: 80 },
    );
  });

  it('on a generated account (a transit gateway, most interfaces AWS-managed), on a sample', () => {
    const s = generateAccount({ interfaces: 400, vpcs: 3 });
    const m = reachability(s, SERVICES.slice(0, 2));
    // Far fewer classes than endpoints: that is where the memory goes.
    expect(m.classes).toBeLessThan(m.endpoints.length / 3);
    const n = m.endpoints.length;
    for (let k = 0; k < 3000; k++) {
      const i = (k * 7919) % n;
      const j = (k * 104729 + 13) % n;
      if (i === j) continue;
      const flow: FlowSpec = {
        source: m.endpointSpecs[i] as FlowSpec['source'],
        destination: m.endpointSpecs[j] as FlowSpec['source'],
        protocol: 'tcp',
        port: 443,
      };
      const t = evaluate(s, flow);
      expect(decodeCell(cellOf(m, 1, i, j)).verdict, `${m.endpoints[i]} → ${m.endpoints[j]}`).toBe(
        t.verdict,
      );
    }
  });
});

describe('a matrix kept up to date after an edit', () => {
  it('equals the matrix made anew, after a rule is added to a group', () => {
    fc.assert(
      fc.property(
        scenarioPlanArb,
        extraArb,
        fc.nat(20),
        rulePlanArb,
        fc.constantFrom('ingress', 'egress'),
        (plan, extra, g, rule, way) => {
          const s = withExtras(buildScenario(plan), extra);
          const session = new MatrixSession(s, SERVICES);
          const { groupId, rule: r } = extraRule(s, g, rule);
          const edited = addSgRule(s, groupId, way as 'ingress' | 'egress', r);
          if (!edited.ok) return;
          const update = session.update(edited.value);
          const fresh = reachability(edited.value, SERVICES);
          expect(update.matrix.endpoints).toEqual(fresh.endpoints);
          expect(pairCells(update.matrix, SERVICES.length)).toEqual(
            pairCells(fresh, SERVICES.length),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('evaluates again only the classes that carry the edited group', () => {
    const s = generateAccount({ interfaces: 600, vpcs: 4 });
    const session = new MatrixSession(s, SERVICES.slice(0, 2));
    const db = s.securityGroups.find((g) => g.name === 'db-sg' && g.vpcId === s.vpcs[1]?.id);
    const app = s.securityGroups.find((g) => g.name === 'app-sg' && g.vpcId === s.vpcs[1]?.id);
    if (!db || !app) return expect.fail('no db or app group');
    const edited = addSgRule(s, db.id, 'ingress', {
      protocol: 'tcp',
      portRange: { from: 443, to: 443 },
      peer: { kind: 'group', groupId: app.id },
    });
    if (!edited.ok) return expect.fail(edited.error);
    const update = session.update(edited.value);
    expect(update.touched).toBeGreaterThan(0);
    expect(update.touched).toBeLessThan(update.matrix.classes / 10);
    const fresh = reachability(edited.value, SERVICES.slice(0, 2));
    expect(update.matrix.cells).toEqual(fresh.cells);
  });
});
