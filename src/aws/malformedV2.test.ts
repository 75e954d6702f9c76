import { describe, expect, it } from 'vitest';
import type { ParseIssue } from '../model/issues.ts';
import { importAwsBundle } from './index.ts';

function errorsOf(bundle: unknown): ParseIssue[] {
  const result = importAwsBundle(bundle);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

const line = (bundle: unknown) => {
  const [first] = errorsOf(bundle);
  return `${first?.path}: ${first?.message}`;
};

/** Bad values of the version 2 keys (spec/cli-analyze.md, `<file>`), each named by its path. */
describe('malformed version 2 sections', () => {
  // Every network interface is in a subnet (API_NetworkInterface.html: SubnetId).
  // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInterface.html
  it('an interface in no subnet', () => {
    expect(
      line({
        NetworkInterfaces: [{ NetworkInterfaceId: 'eni-0abc', PrivateIpAddress: '10.0.0.5' }],
      }),
    ).toBe(
      'NetworkInterfaces[0].SubnetId: expected the ID of the subnet the interface is in ("subnet-…"), got nothing',
    );
    expect(
      line({ NetworkInterfaces: [{ NetworkInterfaceId: 'i-0abc', SubnetId: 'subnet-1' }] }),
    ).toBe(
      'NetworkInterfaces[0].NetworkInterfaceId: expected an ID like "eni-0abc123", got "i-0abc"',
    );
  });

  // A prefix list holds entries of its own address family only.
  // https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
  it('prefix-list entries of the wrong family, a key that is no list ID, a family AWS does not print', () => {
    expect(
      line({
        PrefixLists: [{ PrefixListId: 'pl-0abc', AddressFamily: 'IPv4', PrefixListName: 'corp' }],
        PrefixListEntries: { 'pl-0abc': [{ Cidr: '10.0.0.0/8' }, { Cidr: '2001:db8::/32' }] },
      }),
    ).toBe(
      'PrefixListEntries.pl-0abc[1].Cidr: expected an IPv4 CIDR block (pl-0abc is an IPv4 prefix list), got "2001:db8::/32"',
    );
    expect(line({ PrefixListEntries: { corp: [] } })).toBe(
      'PrefixListEntries.corp: expected a prefix-list ID like "pl-0abc123" as the key, got "corp"',
    );
    expect(line({ PrefixLists: [{ PrefixListId: 'pl-0abc', AddressFamily: 'ipv4' }] })).toBe(
      'PrefixLists[0].AddressFamily: expected "IPv4" or "IPv6", got "ipv4"',
    );
    expect(
      line({ PrefixLists: [{ PrefixListId: 'pl-0abc', Cidrs: ['10.0.0.0/8', '2001:db8::/32'] }] }),
    ).toBe(
      'PrefixLists[0].Cidrs[1]: expected an IPv4 CIDR block (pl-0abc is an IPv4 prefix list), got "2001:db8::/32"',
    );
  });

  it('endpoints and egress-only gateways', () => {
    expect(line({ VpcEndpoints: [{ VpcEndpointId: 'vpce-1', VpcId: 'vpc-1' }] })).toBe(
      "VpcEndpoints[0].VpcEndpointType: expected the endpoint's type (Gateway, Interface, GatewayLoadBalancer…), got nothing",
    );
    expect(
      line({
        VpcEndpoints: [
          {
            VpcEndpointId: 'vpce-1',
            VpcEndpointType: 'Gateway',
            VpcId: 'vpc-1',
            RouteTableIds: 'rtb-1',
          },
        ],
      }),
    ).toBe('VpcEndpoints[0].RouteTableIds: expected an array, got "rtb-1"');
    expect(line({ EgressOnlyInternetGateways: [{ EgressOnlyInternetGatewayId: 'igw-1' }] })).toBe(
      'EgressOnlyInternetGateways[0].EgressOnlyInternetGatewayId: expected an ID like "eigw-0abc123", got "igw-1"',
    );
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TransitGatewayOptions.html
  it('transit gateways, attachments, route tables and routes', () => {
    expect(
      line({
        TransitGateways: [
          { TransitGatewayId: 'tgw-1', Options: { SecurityGroupReferencingSupport: 'yes' } },
        ],
      }),
    ).toBe(
      'TransitGateways[0].Options.SecurityGroupReferencingSupport: expected "enable" or "disable", got "yes"',
    );
    expect(
      line({
        TransitGatewayAttachments: [
          { TransitGatewayAttachmentId: 'tgw-attach-1', TransitGatewayId: 'tgw-1' },
        ],
      }),
    ).toBe(
      "TransitGatewayAttachments[0].ResourceType: expected the attachment's resource type (vpc, vpn, peering…), got nothing",
    );
    expect(
      line({
        TransitGatewayVpcAttachments: [
          {
            TransitGatewayAttachmentId: 'tgw-attach-1',
            TransitGatewayId: 'tgw-1',
            VpcId: 'vpc-1',
            SubnetIds: ['subnet-1', 'sub-2'],
          },
        ],
      }),
    ).toBe(
      'TransitGatewayVpcAttachments[0].SubnetIds[1]: expected an ID like "subnet-0abc123", got "sub-2"',
    );
    expect(line({ TransitGatewayRouteTables: [{ TransitGatewayRouteTableId: 'tgw-rtb-1' }] })).toBe(
      `TransitGatewayRouteTables[0].TransitGatewayId: expected the ID of the table's transit gateway ("tgw-…"), got nothing`,
    );
    expect(line({ TransitGatewayRoutes: { 'rtb-1': [] } })).toBe(
      'TransitGatewayRoutes.rtb-1: expected a transit gateway route table ID like "tgw-rtb-0abc123" as the key, got "rtb-1"',
    );
    expect(
      line({
        TransitGatewayRoutes: {
          'tgw-rtb-1': [{ DestinationCidrBlock: '10.0.0.0/8', State: 'gone' }],
        },
      }),
    ).toBe(
      'TransitGatewayRoutes.tgw-rtb-1[0].State: expected one of pending, active, blackhole, deleting, deleted, got "gone"',
    );
    expect(
      line({ TransitGatewayRoutes: { 'tgw-rtb-1': [{ Type: 'static', State: 'active' }] } }),
    ).toBe(
      'TransitGatewayRoutes.tgw-rtb-1[0].DestinationCidrBlock: expected a CIDR block (or a PrefixListId), got nothing',
    );
  });

  it('route targets and destinations of the new kinds', () => {
    expect(
      line({
        RouteTables: [
          {
            RouteTableId: 'rtb-1',
            VpcId: 'vpc-1',
            Routes: [
              { DestinationPrefixListId: 'com.amazonaws.us-east-1.s3', GatewayId: 'vpce-1' },
            ],
          },
        ],
      }),
    ).toBe(
      'RouteTables[0].Routes[0].DestinationPrefixListId: expected an ID like "pl-0abc123", got "com.amazonaws.us-east-1.s3"',
    );
  });
});

/**
 * What AWS data allows is not an error: a route may name a transit gateway shared from another
 * account, which this account's describe-transit-gateways may not list, and a table may name a
 * prefix list whose entries were not collected. Each is one warning naming it, and the engine
 * answers `unknown` where it decides.
 */
describe('references the bundle cannot resolve', () => {
  const vpc = { VpcId: 'vpc-0a0a0a0a0a0a0a0a1', CidrBlock: '10.0.0.0/16' };
  const table = (routes: unknown[]) => ({
    Vpcs: [vpc],
    TransitGateways: [],
    RouteTables: [{ RouteTableId: 'rtb-0a0a0a0a0a0a0a0a2', VpcId: vpc.VpcId, Routes: routes }],
  });

  it('a route to a transit gateway that is not in TransitGateways: kept, one warning', () => {
    const result = importAwsBundle(
      table([
        { DestinationCidrBlock: '10.9.0.0/16', TransitGatewayId: 'tgw-0a0a0a0a0a0a0a0a3' },
        { DestinationCidrBlock: '10.8.0.0/16', TransitGatewayId: 'tgw-0a0a0a0a0a0a0a0a3' },
      ]),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.scenario.routeTables[0]?.routes.map((r) => r.target)).toEqual([
      'tgw-0a0a0a0a0a0a0a0a3',
      'tgw-0a0a0a0a0a0a0a0a3',
    ]);
    expect(result.value.warnings).toEqual([
      "tgw-0a0a0a0a0a0a0a0a3: transit gateway is not in the bundle (TransitGateways; another account's?); flows its routes carry are unknown (routes in rtb-0a0a0a0a0a0a0a0a2)",
    ]);
    expect(result.value.flowWarnings[0]?.scope).toEqual([vpc.VpcId]);
  });

  it('an attachment of a transit gateway that is not in the bundle is left out, with a warning', () => {
    const result = importAwsBundle({
      Vpcs: [vpc],
      TransitGatewayAttachments: [
        {
          TransitGatewayAttachmentId: 'tgw-attach-0a0a0a0a0a0a0a0a4',
          TransitGatewayId: 'tgw-0a0a0a0a0a0a0a0a3',
          ResourceType: 'vpc',
          ResourceId: vpc.VpcId,
        },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.scenario.transitGatewayAttachments).toEqual([]);
    expect(result.value.warnings).toEqual([
      'tgw-attach-0a0a0a0a0a0a0a0a4: belongs to tgw-0a0a0a0a0a0a0a0a3, which is not in the bundle (TransitGateways); it is left out',
    ]);
  });

  it('an interface in a subnet the bundle does not hold is left out, with a warning', () => {
    const result = importAwsBundle({
      Vpcs: [vpc],
      NetworkInterfaces: [
        { NetworkInterfaceId: 'eni-0a0a0a0a0a0a0a0a5', SubnetId: 'subnet-0a0a0a0a0a0a0a0a6' },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.scenario.networkInterfaces).toEqual([]);
    expect(result.value.warnings).toEqual([
      'eni-0a0a0a0a0a0a0a0a5: is in subnet-0a0a0a0a0a0a0a0a6, which is not in the bundle (Subnets); it is left out',
    ]);
  });

  // spec/cli-analyze.md, `<file>`: a terminated instance is ignored with its interfaces' instance
  // link; the interfaces, if still listed, stay.
  it('an interface still attached to a terminated instance stays, on its own', () => {
    const result = importAwsBundle({
      Vpcs: [vpc],
      Subnets: [
        { SubnetId: 'subnet-0a0a0a0a0a0a0a0a6', VpcId: vpc.VpcId, CidrBlock: '10.0.1.0/24' },
      ],
      Reservations: [
        { Instances: [{ InstanceId: 'i-0a0a0a0a0a0a0a0a7', State: { Name: 'terminated' } }] },
      ],
      NetworkInterfaces: [
        {
          NetworkInterfaceId: 'eni-0a0a0a0a0a0a0a0a5',
          SubnetId: 'subnet-0a0a0a0a0a0a0a0a6',
          PrivateIpAddress: '10.0.1.9',
          Attachment: { InstanceId: 'i-0a0a0a0a0a0a0a0a7', DeviceIndex: 1 },
        },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.scenario.instances).toEqual([]);
    expect(result.value.scenario.networkInterfaces).toMatchObject([
      { id: 'eni-0a0a0a0a0a0a0a0a5', kind: 'other', privateIp: '10.0.1.9' },
    ]);
    expect(result.value.scenario.networkInterfaces[0]?.attachment).toBeUndefined();
    expect(result.value.warnings).toEqual([]);
    expect(result.value.goneInstances).toEqual([
      { id: 'i-0a0a0a0a0a0a0a0a7', name: 'i-0a0a0a0a0a0a0a0a7', state: 'terminated' },
    ]);
  });
});
