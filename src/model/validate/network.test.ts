import { describe, expect, it } from 'vitest';
import type { NetworkInterface, Scenario } from '../types.ts';
import { cleanScenario, find, pick } from './fixtures.ts';
import { findingPath, validate } from './index.ts';

/** cleanScenario with version 2 resources that break no rule: an RDS interface, a transit gateway
 * joining A and B, an S3 gateway endpoint on A's main table, an egress-only gateway. */
function networkScenario(): Scenario {
  const s = cleanScenario();
  s.subnets.push({
    id: 'subnet-aprivate2',
    name: 'private 2',
    vpcId: 'vpc-a',
    cidrBlock: '10.0.2.0/24',
    availabilityZone: 'us-east-1b',
  });
  const rds: NetworkInterface = {
    id: 'eni-rds',
    name: 'orders-db',
    kind: 'rds',
    subnetId: 'subnet-aprivate',
    privateIp: '10.0.1.30',
    secondaryPrivateIps: [],
    ipv6Addresses: [],
    securityGroupIds: ['sg-db'],
  };
  s.networkInterfaces.push(rds);
  s.prefixLists.push({
    id: 'pl-s3',
    name: 'com.amazonaws.us-east-1.s3',
    addressFamily: 'IPv4',
    managedBy: 'aws',
    entries: [{ cidr: '52.216.0.0/15' }],
  });
  s.vpcEndpoints.push({
    id: 'vpce-s3',
    name: 's3',
    vpcId: 'vpc-a',
    type: 'gateway',
    serviceName: 'com.amazonaws.us-east-1.s3',
    state: 'available',
    routeTableIds: ['rtb-amain'],
    prefixListId: 'pl-s3',
    subnetIds: [],
    securityGroupIds: [],
    networkInterfaceIds: [],
    policyIsDefault: true,
  });
  find(s.routeTables, 'rtb-amain').routes.push({
    destination: 'pl-s3',
    target: 'vpce-s3',
    state: 'active',
  });
  s.transitGateways.push({
    id: 'tgw-hub',
    name: 'hub',
    state: 'available',
    securityGroupReferencingSupport: false,
  });
  s.transitGatewayAttachments.push(
    {
      id: 'tgw-attach-a',
      name: 'a',
      transitGatewayId: 'tgw-hub',
      resourceType: 'vpc',
      vpcId: 'vpc-a',
      subnetIds: ['subnet-aprivate', 'subnet-aprivate2'],
      state: 'available',
      securityGroupReferencingSupport: true,
      associatedRouteTableId: 'tgw-rtb-hub',
    },
    {
      id: 'tgw-attach-b',
      name: 'b',
      transitGatewayId: 'tgw-hub',
      resourceType: 'vpc',
      vpcId: 'vpc-b',
      subnetIds: ['subnet-b'],
      state: 'available',
      securityGroupReferencingSupport: true,
      associatedRouteTableId: 'tgw-rtb-hub',
    },
  );
  s.transitGatewayRouteTables.push({
    id: 'tgw-rtb-hub',
    name: 'hub',
    transitGatewayId: 'tgw-hub',
    propagations: ['tgw-attach-a', 'tgw-attach-b'],
    routes: [{ destination: '10.9.0.0/16', state: 'blackhole', type: 'static' }],
  });
  s.egressOnlyInternetGateways.push({ id: 'eigw-a', name: 'eigw', vpcId: 'vpc-a' });
  find(s.routeTables, 'rtb-apublic').routes.push({
    destination: '2001:db8::/32',
    target: 'eigw-a',
    state: 'active',
  });
  return s;
}

describe('validate: the rules of version 2 resources', () => {
  it('finds nothing wrong in a network that uses every version 2 resource correctly', () => {
    expect(validate(networkScenario()).filter((f) => f.severity === 'error')).toEqual([]);
  });

  // https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html: "you must specify one
  // subnet from each Availability Zone"
  it('refuses a transit gateway attachment with two subnets in one Availability Zone', () => {
    const s = networkScenario();
    find(s.subnets, 'subnet-aprivate2').availabilityZone = 'us-east-1a';
    const [f] = pick(validate(s), 'tgw-attachment-subnets-per-zone');
    expect(f).toMatchObject({ resourceId: 'tgw-attach-a', field: 'subnetIds[1]' });
    expect(f?.message).toMatch(/second subnet in us-east-1a/);
    expect(f && findingPath(s, f)).toBe('transitGatewayAttachments[0].subnetIds[1]');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
  it('refuses prefix-list entries beyond the maximum and of the other address family', () => {
    const s = networkScenario();
    s.prefixLists.push({
      id: 'pl-office',
      name: 'offices',
      addressFamily: 'IPv4',
      managedBy: 'customer',
      maxEntries: 1,
      entries: [{ cidr: '198.51.100.0/24' }, { cidr: '2001:db8::/32' }],
    });
    const findings = validate(s);
    expect(pick(findings, 'prefix-list-max-entries')[0]).toMatchObject({
      resourceId: 'pl-office',
      field: 'entries',
    });
    const [family] = pick(findings, 'prefix-list-entry-family');
    expect(family).toMatchObject({ resourceId: 'pl-office', field: 'entries[1].cidr' });
    expect(family && findingPath(s, family)).toBe('prefixLists[1].entries[1].cidr');
  });

  // https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html#gateway-endpoint-routing
  it("refuses a gateway endpoint's route that AWS would not have made", () => {
    const s = networkScenario();
    find(s.routeTables, 'rtb-apublic').routes.push({
      destination: 'pl-s3',
      target: 'vpce-s3',
      state: 'active',
    });
    const [f] = pick(validate(s), 'route-endpoint-managed');
    expect(f).toMatchObject({ resourceId: 'rtb-apublic', field: 'routes[5]' });
    expect(f?.message).toMatch(/does not list rtb-apublic/);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html#route-tables-appliance-routing
  it('accepts a route more specific than local only toward an interface or an endpoint', () => {
    const s = networkScenario();
    const table = find(s.routeTables, 'rtb-apublic');
    table.routes.push({ destination: '10.0.1.0/24', target: 'nat-a', state: 'active' });
    const [f] = pick(validate(s), 'route-more-specific-than-local');
    expect(f).toMatchObject({ resourceId: 'rtb-apublic', field: 'routes[5].destination' });
    table.routes[5] = { destination: '10.0.1.0/24', target: 'eni-rds', state: 'active' };
    expect(pick(validate(s), 'route-more-specific-than-local')).toEqual([]);
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html and
  // https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
  it('refuses secondary addresses outside the subnet or reserved, and twice used', () => {
    const s = networkScenario();
    find(s.instances, 'i-web').secondaryPrivateIps = [
      { address: '10.0.9.9' },
      { address: '10.0.0.3' },
      { address: '10.0.1.30', publicIp: '203.0.113.10' },
    ];
    const findings = validate(s);
    expect(pick(findings, 'private-ip-outside-subnet')[0]).toMatchObject({
      resourceId: 'i-web',
      field: 'secondaryPrivateIps[0].address',
    });
    expect(pick(findings, 'private-ip-reserved')[0]).toMatchObject({
      resourceId: 'i-web',
      field: 'secondaryPrivateIps[1].address',
    });
    expect(pick(findings, 'duplicate-public-ip')[0]).toMatchObject({
      resourceId: 'i-web',
      field: 'secondaryPrivateIps[2].publicIp',
    });
    const outside = pick(findings, 'private-ip-outside-subnet')[1];
    expect(outside?.field).toBe('secondaryPrivateIps[2].address');
  });

  it('names an interface in no subnet, and one with groups over the quota', () => {
    const s = networkScenario();
    const eni = find(s.networkInterfaces, 'eni-rds');
    eni.subnetId = 'subnet-gone';
    const [f] = pick(validate(s), 'missing-reference').filter((x) => x.resourceId === 'eni-rds');
    expect(f?.message).toBe(
      'Network interface eni-rds is in subnet subnet-gone, which does not exist: every interface lives in a subnet.',
    );
    expect(f && findingPath(s, f)).toBe('networkInterfaces[0].subnetId');
    const t = networkScenario();
    find(t.networkInterfaces, 'eni-rds').securityGroupIds = [
      'sg-db',
      'sg-db',
      'sg-db',
      'sg-db',
      'sg-db',
      'sg-db',
    ];
    expect(pick(validate(t), 'security-group-quota')[0]?.resourceId).toBe('eni-rds');
  });

  it('names a route to a transit gateway that does not exist, and one the VPC is not attached to', () => {
    const s = networkScenario();
    find(s.routeTables, 'rtb-bmain').routes.push(
      { destination: '10.5.0.0/16', target: 'tgw-gone', state: 'active' },
      { destination: '10.6.0.0/16', target: 'tgw-hub', state: 'active' },
    );
    s.transitGatewayAttachments = s.transitGatewayAttachments.filter(
      (a) => a.id !== 'tgw-attach-b',
    );
    s.transitGatewayRouteTables[0]!.propagations = ['tgw-attach-a'];
    const findings = validate(s);
    expect(pick(findings, 'route-target-missing')[0]?.message).toMatch(
      /targets tgw-gone, which does not exist/,
    );
    expect(pick(findings, 'route-tgw-not-attached')[0]?.message).toMatch(
      /no attachment for VPC vpc-b/,
    );
  });
});
