import { describe, expect, it } from 'vitest';
import { find } from '../validate/fixtures.ts';
import { frozenScenario, newErrors } from './fixtures.ts';
import { addInternetGateway, addNatGateway } from './network.ts';
import { unwrap } from './result.ts';
import {
  addRoute,
  associateRouteTable,
  createRouteTable,
  deleteRouteTable,
  isPublicSubnet,
  removeRoute,
  renameRouteTable,
  routeTargetsFor,
  setMainRouteTable,
  updateRoute,
} from './routeTables.ts';

// https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html
describe('route tables as a whole', () => {
  it('creates a table with the local route of each VPC block', () => {
    const s = frozenScenario();
    const { scenario, table } = unwrap(createRouteTable(s, { vpcId: 'vpc-a', name: 'extra' }));
    expect(table.routes).toEqual([
      { destination: '10.0.0.0/16', target: 'local', state: 'active' },
      { destination: '2600:1f18:aaaa:a00::/56', target: 'local', state: 'active' },
    ]);
    expect(table.main).toBe(false);
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('renames, and deletes a table that is not main; its subnets fall back to main', () => {
    const s = frozenScenario();
    expect(
      find(unwrap(renameRouteTable(s, 'rtb-apublic', 'edge')).routeTables, 'rtb-apublic').name,
    ).toBe('edge');
    const next = unwrap(deleteRouteTable(s, 'rtb-apublic'));
    expect(find(next.subnets, 'subnet-apublic')).not.toHaveProperty('routeTableId');
    expect(deleteRouteTable(s, 'rtb-amain')).toEqual({
      ok: false,
      error: "A VPC's main route table cannot be deleted; make another table main first.",
    });
  });

  it('associates subnets with tables of their VPC only', () => {
    const s = frozenScenario();
    const next = unwrap(associateRouteTable(s, 'subnet-aprivate', 'rtb-apublic'));
    expect(find(next.subnets, 'subnet-aprivate').routeTableId).toBe('rtb-apublic');
    expect(
      find(unwrap(associateRouteTable(next, 'subnet-aprivate', null)).subnets, 'subnet-aprivate'),
    ).not.toHaveProperty('routeTableId');
    expect(associateRouteTable(s, 'subnet-b', 'rtb-apublic')).toEqual({
      ok: false,
      error: 'Route table rtb-apublic belongs to vpc-a, but subnet subnet-b is in vpc-b.',
    });
  });

  it('makes another table main, and only one', () => {
    const s = frozenScenario();
    const next = unwrap(setMainRouteTable(s, 'rtb-apublic'));
    expect(next.routeTables.filter((t) => t.main).map((t) => t.id)).toEqual([
      'rtb-bmain',
      'rtb-apublic',
    ]);
    expect(find(next.routeTables, 'rtb-bmain')).toBe(find(s.routeTables, 'rtb-bmain'));
    expect(newErrors(s, next)).toEqual([]);
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
describe('routes', () => {
  it('adds a route to a NAT gateway of the VPC', () => {
    const s = frozenScenario();
    const next = unwrap(
      addRoute(s, 'rtb-apublic', { destination: '192.168.0.0/16', target: 'nat-a' }),
    );
    expect(find(next.routeTables, 'rtb-apublic').routes.at(-1)).toEqual({
      destination: '192.168.0.0/16',
      target: 'nat-a',
      state: 'active',
    });
    expect(newErrors(s, next)).toEqual([]);
  });

  it('refuses local targets, targets that cannot serve the VPC, and a second route for a destination', () => {
    const s = frozenScenario();
    const add = (destination: string, target: string) =>
      addRoute(s, 'rtb-bmain', { destination, target });
    expect(add('10.9.0.0/16', 'local')).toEqual({
      ok: false,
      error: "Only AWS adds local routes: they follow the VPC's CIDR blocks.",
    });
    expect(add('0.0.0.0/0', 'igw-a')).toEqual({
      ok: false,
      error: 'Internet gateway igw-a is not attached to vpc-b.',
    });
    expect(add('0.0.0.0/0', 'nat-a')).toEqual({
      ok: false,
      error: 'NAT gateway nat-a is in vpc-a, not vpc-b.',
    });
    expect(add('0.0.0.0/0', 'igw-zz')).toEqual({
      ok: false,
      error: 'Internet gateway igw-zz does not exist.',
    });
    expect(add('0.0.0.0/0', 'vgw-1')).toEqual({
      ok: false,
      error:
        'vgw-1 is not an internet gateway, NAT gateway, peering connection, transit gateway, egress-only internet gateway, endpoint or network interface.',
    });
    expect(add('10.0.0.9/16', 'pcx-ab')).toEqual({
      ok: false,
      error: 'Route table rtb-bmain already has a route for 10.0.0.0/16.',
    });
    expect(add('10.0.0.0/40', 'pcx-ab')).toEqual({
      ok: false,
      error: '10.0.0.0/40 is not a valid IPv4 or IPv6 CIDR block.',
    });
    const c = unwrap(addInternetGateway(s, { id: 'igw-b', vpcId: 'vpc-b' })).scenario;
    const pcxOther = {
      ...c,
      peeringConnections: [
        {
          ...c.peeringConnections[0]!,
          id: 'pcx-x',
          accepterVpcId: 'vpc-a',
          requesterVpcId: 'vpc-a',
        },
      ],
    };
    expect(
      addRoute(pcxOther, 'rtb-bmain', { destination: '10.7.0.0/16', target: 'pcx-x' }),
    ).toEqual({
      ok: false,
      error: 'Peering connection pcx-x does not involve vpc-b.',
    });
  });

  it('updates a route, reviving a blackhole, but never the local route', () => {
    const s = frozenScenario();
    const blackholed = {
      ...s,
      routeTables: s.routeTables.map((t) =>
        t.id === 'rtb-amain'
          ? {
              ...t,
              routes: t.routes.map((r) =>
                r.target === 'nat-a'
                  ? { ...r, target: 'nat-gone', state: 'blackhole' as const }
                  : r,
              ),
            }
          : t,
      ),
    };
    const fixed = unwrap(
      updateRoute(blackholed, 'rtb-amain', 2, { destination: '0.0.0.0/0', target: 'nat-a' }),
    );
    expect(find(fixed.routeTables, 'rtb-amain').routes[2]).toEqual({
      destination: '0.0.0.0/0',
      target: 'nat-a',
      state: 'active',
    });
    expect(updateRoute(s, 'rtb-amain', 0, { destination: '10.0.0.0/16', target: 'igw-a' })).toEqual(
      {
        ok: false,
        error: "The local route's target cannot change.",
      },
    );
    expect(updateRoute(s, 'rtb-amain', 0, { destination: '10.0.0.0/8', target: 'local' })).toEqual({
      ok: false,
      error: "The local route follows the VPC's CIDR blocks; its destination cannot change.",
    });
  });

  it('removes a route, but never the local route', () => {
    const s = frozenScenario();
    expect(
      find(unwrap(removeRoute(s, 'rtb-amain', 3)).routeTables, 'rtb-amain').routes,
    ).toHaveLength(3);
    expect(removeRoute(s, 'rtb-amain', 0)).toEqual({
      ok: false,
      error: 'The local route cannot be removed.',
    });
    expect(removeRoute(s, 'rtb-amain', 9)).toEqual({
      ok: false,
      error: 'Route table rtb-amain has no route at index 9.',
    });
  });
});

describe('routeTargetsFor', () => {
  it('lists what a route of the table may point at', () => {
    const s = frozenScenario();
    expect(routeTargetsFor(s, 'rtb-amain')).toEqual([
      { id: 'igw-a', label: 'igw-a (igw)', kind: 'internet-gateway' },
      { id: 'nat-a', label: 'nat-a (nat)', kind: 'nat-gateway' },
      { id: 'pcx-ab', label: 'pcx-ab (a-b) to vpc-b', kind: 'peering' },
    ]);
    const withNat = unwrap(
      addNatGateway(s, { subnetId: 'subnet-b', id: 'nat-b', name: 'b' }),
    ).scenario;
    expect(routeTargetsFor(withNat, 'rtb-bmain').map((t) => t.id)).toEqual(['nat-b', 'pcx-ab']);
    expect(routeTargetsFor(s, 'rtb-zz')).toEqual([]);
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html#subnet-types
describe('isPublicSubnet', () => {
  it('is true when the subnet’s own or main table sends the default route to an attached internet gateway', () => {
    const s = frozenScenario();
    expect(isPublicSubnet(s, 'subnet-apublic')).toBe(true);
    expect(isPublicSubnet(s, 'subnet-aprivate')).toBe(false);
    expect(isPublicSubnet(s, 'subnet-b')).toBe(false);
    const mainPublic = unwrap(setMainRouteTable(s, 'rtb-apublic'));
    expect(isPublicSubnet(mainPublic, 'subnet-aprivate')).toBe(true);
    const detached = { ...s, internetGateways: [{ id: 'igw-a', name: 'igw' }] };
    expect(isPublicSubnet(detached, 'subnet-apublic')).toBe(false);
  });
});
