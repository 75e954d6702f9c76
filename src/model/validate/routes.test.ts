import { describe, expect, it } from 'vitest';
import { cleanScenario, find, pick } from './fixtures.ts';
import { error, warning } from './finding.ts';
import { validate } from './index.ts';

// https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
describe('routes and route tables', () => {
  it.each([
    ['internet gateway', 'igw-gone'],
    ['NAT gateway', 'nat-gone'],
    ['peering connection', 'pcx-gone'],
  ])('reports a route to a %s that does not exist', (_, target) => {
    const s = cleanScenario();
    find(s.routeTables, 'rtb-bmain').routes.push({
      destination: '192.168.0.0/16',
      target,
      state: 'active',
    });
    expect(pick(validate(s), 'route-target-missing')).toEqual([
      error(
        'route-target-missing',
        'rtb-bmain',
        'routes[2].target',
        `Route 192.168.0.0/16 in route table rtb-bmain targets ${target}, which does not exist.`,
      ),
    ]);
  });

  it('accepts a blackhole route whose target is gone, as AWS shows a deleted target', () => {
    const s = cleanScenario();
    find(s.routeTables, 'rtb-bmain').routes.push({
      destination: '192.168.0.0/16',
      target: 'nat-gone',
      state: 'blackhole',
    });
    expect(validate(s)).toEqual([]);
  });

  it('ignores targets it does not model, such as a virtual private gateway', () => {
    const s = cleanScenario();
    find(s.routeTables, 'rtb-bmain').routes.push({
      destination: '192.168.0.0/16',
      target: 'vgw-1',
      state: 'active',
    });
    expect(validate(s)).toEqual([]);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  it('warns about a route to an internet gateway that is detached', () => {
    const s = cleanScenario();
    delete find(s.internetGateways, 'igw-a').vpcId;
    expect(pick(validate(s), 'route-igw-not-attached')).toEqual([
      warning(
        'route-igw-not-attached',
        'rtb-apublic',
        'routes[2].target',
        'Route 0.0.0.0/0 in route table rtb-apublic targets internet gateway igw-a, which is not attached to VPC vpc-a (it is detached).',
      ),
      warning(
        'route-igw-not-attached',
        'rtb-apublic',
        'routes[3].target',
        'Route ::/0 in route table rtb-apublic targets internet gateway igw-a, which is not attached to VPC vpc-a (it is detached).',
      ),
    ]);
    expect(pick(validate(s), 'route-target-missing')).toEqual([]);
  });

  it('warns about a route to an internet gateway attached to another VPC', () => {
    const s = cleanScenario();
    find(s.routeTables, 'rtb-bmain').routes.push({
      destination: '0.0.0.0/0',
      target: 'igw-a',
      state: 'active',
    });
    expect(pick(validate(s), 'route-igw-not-attached')).toEqual([
      warning(
        'route-igw-not-attached',
        'rtb-bmain',
        'routes[2].target',
        'Route 0.0.0.0/0 in route table rtb-bmain targets internet gateway igw-a, which is not attached to VPC vpc-b (it is attached to vpc-a).',
      ),
    ]);
  });

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
  it('reports a route to a peering that does not join the route table’s VPC', () => {
    const s = cleanScenario();
    s.vpcs.push({ id: 'vpc-c', name: 'c', cidrBlocks: ['10.2.0.0/16'] });
    s.routeTables.push({
      id: 'rtb-cmain',
      name: 'main',
      vpcId: 'vpc-c',
      main: true,
      routes: [{ destination: '10.0.0.0/16', target: 'pcx-ab', state: 'active' }],
    });
    expect(pick(validate(s), 'route-peering-wrong-vpc')).toEqual([
      error(
        'route-peering-wrong-vpc',
        'rtb-cmain',
        'routes[0].target',
        'Route 10.0.0.0/16 in route table rtb-cmain targets peering pcx-ab, which joins vpc-a and vpc-b, not VPC vpc-c.',
      ),
    ]);
  });

  it('reports a route to a NAT gateway of another VPC', () => {
    const s = cleanScenario();
    find(s.routeTables, 'rtb-bmain').routes.push({
      destination: '0.0.0.0/0',
      target: 'nat-a',
      state: 'active',
    });
    expect(pick(validate(s), 'reference-other-vpc')).toEqual([
      error(
        'reference-other-vpc',
        'rtb-bmain',
        'routes[2].target',
        'Route 0.0.0.0/0 in route table rtb-bmain targets NAT gateway nat-a of VPC vpc-a, not VPC vpc-b.',
      ),
    ]);
  });

  it('reports two routes for the same destination in one table', () => {
    const s = cleanScenario();
    find(s.routeTables, 'rtb-amain').routes.push({
      destination: '10.1.0.0/16',
      target: 'igw-a',
      state: 'active',
    });
    expect(pick(validate(s), 'route-duplicate-destination')).toEqual([
      error(
        'route-duplicate-destination',
        'rtb-amain',
        'routes[4].destination',
        'Route table rtb-amain has a second route for 10.1.0.0/16 (already routed as 10.1.0.0/16).',
      ),
    ]);
  });

  it('treats two spellings of one block as the same destination', () => {
    const s = cleanScenario();
    find(s.routeTables, 'rtb-apublic').routes.push({
      destination: '2600:1f18:aaaa:a00:0::/56',
      target: 'local',
      state: 'active',
    });
    expect(pick(validate(s), 'route-duplicate-destination').map((f) => f.field)).toEqual([
      'routes[4].destination',
    ]);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html
  it('reports a VPC with no main route table', () => {
    const s = cleanScenario();
    find(s.routeTables, 'rtb-bmain').main = false;
    expect(pick(validate(s), 'route-table-main-missing')).toEqual([
      error(
        'route-table-main-missing',
        'vpc-b',
        'id',
        'VPC vpc-b has no main route table, so subnets without their own table cannot route.',
      ),
    ]);
  });

  it('reports a VPC with two main route tables', () => {
    const s = cleanScenario();
    find(s.routeTables, 'rtb-apublic').main = true;
    expect(pick(validate(s), 'route-table-main-multiple')).toEqual([
      error(
        'route-table-main-multiple',
        'rtb-apublic',
        'main',
        'Route table rtb-apublic is a second main route table for VPC vpc-a, which already has rtb-amain.',
      ),
    ]);
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
describe('NAT gateways', () => {
  it('warns about a NAT gateway whose subnet has no route to an internet gateway', () => {
    const s = cleanScenario();
    const table = find(s.routeTables, 'rtb-apublic');
    table.routes = table.routes.filter((r) => r.target !== 'igw-a');
    expect(pick(validate(s), 'nat-gateway-no-internet-route')).toEqual([
      warning(
        'nat-gateway-no-internet-route',
        'nat-a',
        'subnetId',
        'NAT gateway nat-a cannot reach the internet: its subnet subnet-apublic routes by rtb-apublic, which has no route to an internet gateway.',
      ),
    ]);
  });

  it('warns about a NAT gateway placed in a private subnet', () => {
    const s = cleanScenario();
    find(s.natGateways, 'nat-a').subnetId = 'subnet-aprivate';
    find(s.natGateways, 'nat-a').privateIp = '10.0.1.5';
    expect(pick(validate(s), 'nat-gateway-no-internet-route').map((f) => f.message)).toEqual([
      'NAT gateway nat-a cannot reach the internet: its subnet subnet-aprivate routes by rtb-amain, which has no route to an internet gateway.',
    ]);
  });

  it('warns about a NAT gateway whose subnet has no route table at all', () => {
    const s = cleanScenario();
    delete find(s.subnets, 'subnet-apublic').routeTableId;
    find(s.routeTables, 'rtb-amain').main = false;
    expect(pick(validate(s), 'nat-gateway-no-internet-route').map((f) => f.message)).toEqual([
      'NAT gateway nat-a cannot reach the internet: its subnet subnet-apublic has no route table.',
    ]);
  });

  it('does not warn about a NAT gateway that has failed', () => {
    const s = cleanScenario();
    find(s.natGateways, 'nat-a').subnetId = 'subnet-aprivate';
    find(s.natGateways, 'nat-a').privateIp = '10.0.1.5';
    find(s.natGateways, 'nat-a').state = 'failed';
    expect(pick(validate(s), 'nat-gateway-no-internet-route')).toEqual([]);
  });
});
