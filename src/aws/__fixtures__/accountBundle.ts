import type { Scenario, SecurityGroupRule } from '../../model/types.ts';

/**
 * A scenario written as the AWS describe bundle (version 2, spec/cli-analyze.md) that
 * `aws ec2 describe-*` would print for it, field names and shapes as the AWS CLI's: for the
 * generated large accounts (model/__fixtures__/largeAccount.ts) the CLI and the app import.
 * Interfaces other than instances' go in `NetworkInterfaces` with the description AWS gives a
 * requester-managed one; the transit gateway in its five sections.
 */
export function accountBundle(s: Scenario): Record<string, unknown> {
  const tags = (name: string, more: Record<string, string> = {}) =>
    Object.entries({ Name: name, ...more }).map(([Key, Value]) => ({ Key, Value }));
  const permission = (r: SecurityGroupRule) => {
    const p: Record<string, unknown> = {
      IpProtocol:
        r.protocol === 'all' ? '-1' : typeof r.protocol === 'number' ? String(r.protocol) : r.protocol,
    };
    if (r.portRange) Object.assign(p, { FromPort: r.portRange.from, ToPort: r.portRange.to });
    if (r.peer.kind === 'cidr') p.IpRanges = [{ CidrIp: r.peer.cidr }];
    if (r.peer.kind === 'group') p.UserIdGroupPairs = [{ GroupId: r.peer.groupId }];
    if (r.peer.kind === 'prefixList') p.PrefixListIds = [{ PrefixListId: r.peer.prefixListId }];
    return p;
  };
  const groupRefs = (ids: readonly string[]) => ids.map((GroupId) => ({ GroupId }));
  const naclProtocol = (p: SecurityGroupRule['protocol']) =>
    p === 'all' ? '-1' : p === 'tcp' ? '6' : p === 'udp' ? '17' : p === 'icmp' ? '1' : String(p);
  const routeTarget = (target: string): Record<string, string> => {
    if (target === 'local' || target.startsWith('igw-')) return { GatewayId: target };
    if (target.startsWith('nat-')) return { NatGatewayId: target };
    if (target.startsWith('tgw-')) return { TransitGatewayId: target };
    if (target.startsWith('pcx-')) return { VpcPeeringConnectionId: target };
    return { GatewayId: target };
  };
  const subnetVpc = new Map(s.subnets.map((x) => [x.id, x.vpcId]));
  const attachmentOf = new Map(s.transitGatewayAttachments.map((a) => [a.id, a]));
  return {
    Vpcs: s.vpcs.map((v) => ({
      VpcId: v.id,
      CidrBlock: v.cidrBlocks[0],
      State: 'available',
      Tags: tags(v.name),
    })),
    Subnets: s.subnets.map((x) => ({
      SubnetId: x.id,
      VpcId: x.vpcId,
      CidrBlock: x.cidrBlock,
      AvailabilityZone: x.availabilityZone,
      Tags: tags(x.name),
    })),
    SecurityGroups: s.securityGroups.map((g) => ({
      GroupId: g.id,
      GroupName: g.name,
      Description: g.description,
      VpcId: g.vpcId,
      IpPermissions: g.ingress.map(permission),
      IpPermissionsEgress: g.egress.map(permission),
    })),
    NetworkAcls: s.networkAcls.map((n) => ({
      NetworkAclId: n.id,
      VpcId: n.vpcId,
      IsDefault: n.isDefault,
      Entries: [
        ...[false, true].flatMap((egress) =>
          (egress ? n.egress : n.ingress).map((e) => ({
            RuleNumber: e.ruleNumber,
            Protocol: naclProtocol(e.protocol),
            RuleAction: e.action,
            Egress: egress,
            CidrBlock: e.cidr,
            ...(e.portRange ? { PortRange: { From: e.portRange.from, To: e.portRange.to } } : {}),
          })),
        ),
        ...[false, true].map((egress) => ({
          RuleNumber: 32767,
          Protocol: '-1',
          RuleAction: 'deny',
          Egress: egress,
          CidrBlock: '0.0.0.0/0',
        })),
      ],
      Associations: s.subnets
        .filter((x) =>
          x.networkAclId === undefined ? n.isDefault && x.vpcId === n.vpcId : x.networkAclId === n.id,
        )
        .map((x) => ({ SubnetId: x.id, NetworkAclId: n.id })),
      Tags: tags(n.name),
    })),
    RouteTables: s.routeTables.map((t) => ({
      RouteTableId: t.id,
      VpcId: t.vpcId,
      Routes: t.routes.map((r) => ({
        DestinationCidrBlock: r.destination,
        ...routeTarget(r.target),
        State: r.state,
      })),
      Associations: [
        ...(t.main ? [{ Main: true, RouteTableId: t.id }] : []),
        ...s.subnets
          .filter((x) => x.routeTableId === t.id)
          .map((x) => ({ Main: false, SubnetId: x.id, RouteTableId: t.id })),
      ],
      Tags: tags(t.name),
    })),
    InternetGateways: s.internetGateways.map((g) => ({
      InternetGatewayId: g.id,
      Attachments: g.vpcId ? [{ State: 'available', VpcId: g.vpcId }] : [],
      Tags: tags(g.name),
    })),
    NatGateways: s.natGateways.map((n) => ({
      NatGatewayId: n.id,
      SubnetId: n.subnetId,
      VpcId: subnetVpc.get(n.subnetId),
      State: n.state,
      ConnectivityType: 'public',
      NatGatewayAddresses: [{ PublicIp: n.publicIp, PrivateIp: n.privateIp, IsPrimary: true }],
      Tags: tags(n.name),
    })),
    Reservations: [
      {
        Instances: s.instances.map((i) => ({
          InstanceId: i.id,
          State: { Name: i.state ?? 'running' },
          SubnetId: i.subnetId,
          VpcId: subnetVpc.get(i.subnetId),
          PrivateIpAddress: i.privateIp,
          ...(i.publicIp ? { PublicIpAddress: i.publicIp } : {}),
          SecurityGroups: groupRefs(i.securityGroupIds),
          NetworkInterfaces: [
            {
              NetworkInterfaceId: i.primaryInterfaceId,
              SubnetId: i.subnetId,
              PrivateIpAddress: i.privateIp,
              ...(i.publicIp ? { Association: { PublicIp: i.publicIp } } : {}),
              Groups: groupRefs(i.securityGroupIds),
              Attachment: { DeviceIndex: 0, Status: 'attached' },
            },
          ],
          Tags: Object.entries(i.tags ?? { Name: i.name }).map(([Key, Value]) => ({ Key, Value })),
        })),
      },
    ],
    NetworkInterfaces: s.networkInterfaces.map((e) => ({
      NetworkInterfaceId: e.id,
      SubnetId: e.subnetId,
      VpcId: subnetVpc.get(e.subnetId),
      Description: e.description ?? '',
      InterfaceType:
        e.kind === 'nat-gateway'
          ? 'nat_gateway'
          : e.kind === 'transit-gateway-attachment'
            ? 'transit_gateway'
            : e.kind === 'lambda'
              ? 'lambda'
              : e.kind === 'interface-endpoint'
                ? 'vpc_endpoint'
                : 'interface',
      RequesterManaged: e.kind !== 'other' && e.kind !== 'instance',
      ...(e.kind === 'rds' ? { RequesterId: 'amazon-rds' } : {}),
      Status: 'in-use',
      PrivateIpAddress: e.privateIp,
      PrivateIpAddresses: [{ PrivateIpAddress: e.privateIp, Primary: true }],
      ...(e.publicIp ? { Association: { PublicIp: e.publicIp } } : {}),
      Groups: groupRefs(e.securityGroupIds),
      TagSet: Object.entries(e.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    })),
    TransitGateways: s.transitGateways.map((t) => ({
      TransitGatewayId: t.id,
      State: t.state,
      Options: {
        SecurityGroupReferencingSupport: t.securityGroupReferencingSupport ? 'enable' : 'disable',
        AssociationDefaultRouteTableId: t.associationDefaultRouteTableId,
        PropagationDefaultRouteTableId: t.propagationDefaultRouteTableId,
      },
      Tags: tags(t.name),
    })),
    TransitGatewayVpcAttachments: s.transitGatewayAttachments.map((a) => ({
      TransitGatewayAttachmentId: a.id,
      TransitGatewayId: a.transitGatewayId,
      VpcId: a.vpcId,
      State: a.state,
      SubnetIds: a.subnetIds,
      Options: {
        SecurityGroupReferencingSupport: a.securityGroupReferencingSupport ? 'enable' : 'disable',
      },
      Tags: tags(a.name),
    })),
    TransitGatewayAttachments: s.transitGatewayAttachments.map((a) => ({
      TransitGatewayAttachmentId: a.id,
      TransitGatewayId: a.transitGatewayId,
      ResourceType: a.resourceType,
      ResourceId: a.vpcId,
      State: a.state,
      ...(a.associatedRouteTableId
        ? { Association: { TransitGatewayRouteTableId: a.associatedRouteTableId, State: 'associated' } }
        : {}),
    })),
    TransitGatewayRouteTables: s.transitGatewayRouteTables.map((t) => ({
      TransitGatewayRouteTableId: t.id,
      TransitGatewayId: t.transitGatewayId,
      State: 'available',
      Tags: tags(t.name),
    })),
    TransitGatewayRoutes: Object.fromEntries(
      s.transitGatewayRouteTables.map((t) => [
        t.id,
        t.propagations.map((id) => ({
          DestinationCidrBlock: s.vpcs.find((v) => v.id === attachmentOf.get(id)?.vpcId)
            ?.cidrBlocks[0],
          TransitGatewayAttachments: [
            { TransitGatewayAttachmentId: id, ResourceId: attachmentOf.get(id)?.vpcId, ResourceType: 'vpc' },
          ],
          Type: 'propagated',
          State: 'active',
        })),
      ]),
    ),
  };
}
