import type { z } from 'zod';
import type * as S from './schema.ts';

/** IDs look like AWS's, so drawn and imported scenarios read the same. */
export type VpcId = string;
export type SubnetId = string;
export type InstanceId = string;
export type SecurityGroupId = string;
export type NetworkAclId = string;
export type RouteTableId = string;

export type Protocol = z.infer<typeof S.ProtocolSchema>;
export type PortRange = z.infer<typeof S.PortRangeSchema>;
export type IcmpTypeCode = z.infer<typeof S.IcmpTypeCodeSchema>;
export type SgPeer = z.infer<typeof S.SgPeerSchema>;
export type SecurityGroupRule = z.infer<typeof S.SecurityGroupRuleSchema>;
export type SecurityGroup = z.infer<typeof S.SecurityGroupSchema>;
export type NaclEntry = z.infer<typeof S.NaclEntrySchema>;
export type NetworkAcl = z.infer<typeof S.NetworkAclSchema>;
export type Route = z.infer<typeof S.RouteSchema>;
export type RouteTable = z.infer<typeof S.RouteTableSchema>;
export type Vpc = z.infer<typeof S.VpcSchema>;
export type Subnet = z.infer<typeof S.SubnetSchema>;
export type Instance = z.infer<typeof S.InstanceSchema>;
export type InternetGateway = z.infer<typeof S.InternetGatewaySchema>;
export type NatGateway = z.infer<typeof S.NatGatewaySchema>;
export type PeeringConnection = z.infer<typeof S.PeeringConnectionSchema>;
export type InternetHost = z.infer<typeof S.InternetHostSchema>;
export type Endpoint = z.infer<typeof S.EndpointSchema>;
export type FlowSpec = z.infer<typeof S.FlowSpecSchema>;
export type SavedFlow = z.infer<typeof S.SavedFlowSchema>;
export type Quotas = z.infer<typeof S.QuotasSchema>;
export type Challenge = z.infer<typeof S.ChallengeSchema>;
export type Scenario = z.infer<typeof S.ScenarioSchema>;
export type Layout = z.infer<typeof S.LayoutSchema>;
export type ScenarioFile = z.infer<typeof S.ScenarioFileSchema>;
export type Tags = z.infer<typeof S.TagsSchema>;
export type SecondaryPrivateIp = z.infer<typeof S.SecondaryPrivateIpSchema>;
export type InstanceState = z.infer<typeof S.InstanceStateSchema>;
export type InterfaceKind = z.infer<typeof S.InterfaceKindSchema>;
export type NetworkInterface = z.infer<typeof S.NetworkInterfaceSchema>;
export type PrefixListEntry = z.infer<typeof S.PrefixListEntrySchema>;
export type PrefixList = z.infer<typeof S.PrefixListSchema>;
export type VpcEndpoint = z.infer<typeof S.VpcEndpointSchema>;
export type EgressOnlyInternetGateway = z.infer<typeof S.EgressOnlyInternetGatewaySchema>;
export type TransitGateway = z.infer<typeof S.TransitGatewaySchema>;
export type TransitGatewayAttachment = z.infer<typeof S.TransitGatewayAttachmentSchema>;
export type TransitGatewayRoute = z.infer<typeof S.TransitGatewayRouteSchema>;
export type TransitGatewayRouteTable = z.infer<typeof S.TransitGatewayRouteTableSchema>;

/** What a route target ID names, read from its AWS prefix. */
export type RouteTargetKind =
  | 'local'
  | 'internet-gateway'
  | 'nat-gateway'
  | 'peering'
  | 'transit-gateway'
  | 'egress-only-internet-gateway'
  | 'vpc-endpoint'
  | 'network-interface'
  | 'unmodeled';

export function routeTargetKind(target: string): RouteTargetKind {
  if (target === 'local') return 'local';
  if (target.startsWith('igw-')) return 'internet-gateway';
  if (target.startsWith('nat-')) return 'nat-gateway';
  if (target.startsWith('pcx-')) return 'peering';
  if (/^tgw-[0-9a-zA-Z]+$/.test(target)) return 'transit-gateway';
  if (target.startsWith('eigw-')) return 'egress-only-internet-gateway';
  if (target.startsWith('vpce-')) return 'vpc-endpoint';
  if (target.startsWith('eni-')) return 'network-interface';
  return 'unmodeled';
}

/** True when a route's destination is a prefix list (`pl-…`) rather than a CIDR block. */
export function isPrefixListId(destination: string): boolean {
  return destination.startsWith('pl-');
}
