import { describe, expect, it } from 'vitest';
import type { ParseIssue } from '../model/issues.ts';
import fromPort from './__fixtures__/malformed-fromport.json';
import section from './__fixtures__/malformed-section.json';
import values from './__fixtures__/malformed-values.json';
import { importAwsBundle } from './index.ts';

function errorsOf(bundle: unknown): ParseIssue[] {
  const result = importAwsBundle(bundle);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

/** What the CLI prints: `<file>: <path>: <message>`. */
const lines = (file: string, issues: readonly ParseIssue[]) =>
  issues.map((issue) => `${file}: ${issue.path}: ${issue.message}`);

describe('malformed bundles', () => {
  it('name the path of a bad value in AWS field names, and what was expected', () => {
    expect(lines('bundle.json', errorsOf(fromPort))).toEqual([
      'bundle.json: SecurityGroups[0].IpPermissions[1].FromPort: expected a number, got "abc"',
    ]);
  });

  it('name a section that is present with the wrong shape', () => {
    expect(errorsOf(section)).toEqual([
      { path: 'Subnets', message: 'expected an array, got an object' },
    ]);
  });

  it('report every bad value, each once, with what it was', () => {
    expect(errorsOf(values)).toEqual([
      { path: 'Vpcs[0].VpcId', message: 'expected a string, got nothing' },
      {
        path: 'Vpcs[1].CidrBlock',
        message: 'expected an IPv4 CIDR block like 10.0.0.0/16, got "10.2.0.0/33"',
      },
      { path: 'NetworkAcls[0].IsDefault', message: 'expected true or false, got "yes"' },
      {
        path: 'NetworkAcls[0].Entries[0].Protocol',
        message: 'expected a protocol number 0-255 as a string, or "-1", got "tcp"',
      },
      {
        path: 'NetworkAcls[0].Entries[1].RuleAction',
        message: 'expected "allow" or "deny", got "permit"',
      },
      {
        path: 'NetworkAcls[0].Entries[2].CidrBlock',
        message: 'expected an IPv4 CIDR block (or an Ipv6CidrBlock), got nothing',
      },
      {
        path: 'NetworkAcls[0].Entries[3].PortRange.To',
        message: 'expected a port not below PortRange.From (2000), got 1000',
      },
      {
        path: 'RouteTables[0].Routes[0].State',
        message: 'expected "active", "blackhole" or "filtered", got "deleted"',
      },
      {
        path: 'InternetGateways[0].InternetGatewayId',
        message: 'expected an ID like "igw-0abc123", got "gateway-1"',
      },
    ]);
  });

  it('reject a port outside 0-65535 and an ICMP type above 255', () => {
    const permission = (p: object) => ({
      SecurityGroups: [
        {
          GroupId: 'sg-0f6a7b8c9d0e10001',
          GroupName: 'x',
          VpcId: 'vpc-0f6a7b8c9d0e10000',
          IpPermissions: [p],
        },
      ],
    });
    expect(errorsOf(permission({ IpProtocol: 'tcp', FromPort: 70000, ToPort: 70000 }))[0]).toEqual({
      path: 'SecurityGroups[0].IpPermissions[0].FromPort',
      message: 'expected a whole number from -1 to 65535, got 70000',
    });
    expect(errorsOf(permission({ IpProtocol: 'icmp', FromPort: 300, ToPort: 0 }))[0]).toEqual({
      path: 'SecurityGroups[0].IpPermissions[0].FromPort',
      message: 'expected an ICMP type from -1 to 255, got 300',
    });
    expect(errorsOf(permission({ IpProtocol: 'tcp', FromPort: 443, ToPort: 80 }))[0]).toEqual({
      path: 'SecurityGroups[0].IpPermissions[0].ToPort',
      message: 'expected a port not below FromPort (443), got 80',
    });
    expect(errorsOf(permission({ IpProtocol: 'gre' }))[0]?.message).toBe(
      'expected tcp, udp, icmp, icmpv6, -1 or a protocol number 0-255, got "gre"',
    );
  });

  it('reject a peering status code AWS does not have', () => {
    const issues = errorsOf({
      VpcPeeringConnections: [
        {
          VpcPeeringConnectionId: 'pcx-0f6a7b8c9d0e10001',
          RequesterVpcInfo: { VpcId: 'vpc-0f6a7b8c9d0e10002' },
          AccepterVpcInfo: { VpcId: 'vpc-0f6a7b8c9d0e10003' },
          Status: { Code: 'up' },
        },
      ],
    });
    expect(issues[0]?.path).toBe('VpcPeeringConnections[0].Status.Code');
    expect(issues[0]?.message).toMatch(/^expected one of initiating-request, .*, got "up"$/);
  });

  it('stop at 20 issues', () => {
    const vpcs = Array.from({ length: 30 }, () => ({ CidrBlock: 'nope' }));
    expect(errorsOf({ Vpcs: vpcs })).toHaveLength(20);
  });

  it('that are not an object at all are refused as a whole', () => {
    expect(errorsOf([{ Vpcs: [] }])).toEqual([
      { path: '', message: 'expected an object holding aws ec2 describe-* output, got an array' },
    ]);
    expect(errorsOf('Vpcs')[0]?.message).toBe(
      'expected an object holding aws ec2 describe-* output, got "Vpcs"',
    );
  });

  it('that hold none of the nineteen sections are refused, naming the sections', () => {
    expect(errorsOf({ format: 'something-else' })).toEqual([
      {
        path: '',
        message:
          'expected at least one of Vpcs, Subnets, Reservations, SecurityGroups, NetworkAcls, RouteTables, InternetGateways, NatGateways, VpcPeeringConnections, NetworkInterfaces, PrefixLists, PrefixListEntries, VpcEndpoints, EgressOnlyInternetGateways, TransitGateways, TransitGatewayAttachments, TransitGatewayVpcAttachments, TransitGatewayRouteTables, TransitGatewayRoutes, got an object with none of them',
      },
    ]);
  });
});
