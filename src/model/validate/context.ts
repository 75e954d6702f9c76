import { hasHostBits, parseCidr, parseIp, type IpRange, type IpValue } from '../ip.ts';
import { scenarioInterfaces, type InterfaceView } from '../interfaces.ts';
import type {
  EgressOnlyInternetGateway,
  Instance,
  InternetGateway,
  NatGateway,
  NetworkAcl,
  NetworkInterface,
  PeeringConnection,
  PrefixList,
  RouteTable,
  Scenario,
  SecurityGroup,
  Subnet,
  TransitGateway,
  TransitGatewayAttachment,
  TransitGatewayRouteTable,
  Vpc,
  VpcEndpoint,
} from '../types.ts';

/**
 * What every check needs, built once per `validate` call: resources by ID and a memo of parsed
 * addresses, so each CIDR or address text goes through ip-address once however many checks read it
 * (parsing costs about 700 ns; a thousand instances must stay cheap).
 * When an ID is used twice the first resource wins here; `duplicate-id` reports the others.
 */
export interface Context {
  readonly scenario: Scenario;
  readonly vpcs: ReadonlyMap<string, Vpc>;
  readonly subnets: ReadonlyMap<string, Subnet>;
  readonly instances: ReadonlyMap<string, Instance>;
  readonly securityGroups: ReadonlyMap<string, SecurityGroup>;
  readonly networkAcls: ReadonlyMap<string, NetworkAcl>;
  readonly routeTables: ReadonlyMap<string, RouteTable>;
  readonly internetGateways: ReadonlyMap<string, InternetGateway>;
  readonly natGateways: ReadonlyMap<string, NatGateway>;
  readonly peerings: ReadonlyMap<string, PeeringConnection>;
  readonly networkInterfaces: ReadonlyMap<string, NetworkInterface>;
  readonly prefixLists: ReadonlyMap<string, PrefixList>;
  readonly vpcEndpoints: ReadonlyMap<string, VpcEndpoint>;
  readonly egressOnlyInternetGateways: ReadonlyMap<string, EgressOnlyInternetGateway>;
  readonly transitGateways: ReadonlyMap<string, TransitGateway>;
  readonly transitGatewayAttachments: ReadonlyMap<string, TransitGatewayAttachment>;
  readonly transitGatewayRouteTables: ReadonlyMap<string, TransitGatewayRouteTable>;
  /** Every interface: instances' primary ones and `networkInterfaces`. */
  readonly interfaces: readonly InterfaceView[];
  /** The CIDR as integers, or `null` when the text is not one (the schema reports that). */
  cidr(text: string): IpRange | null;
  /** The address as an integer, or `null` when the text is not one. */
  ip(text: string): IpValue | null;
  /** True when the CIDR text has host bits set (`10.0.0.5/16`). */
  hostBits(text: string): boolean;
  /** The VPC's main route table (the first one marked main). */
  mainRouteTable(vpcId: string): RouteTable | undefined;
  /** The table a subnet routes by: its own association, else its VPC's main table. */
  subnetRouteTable(subnet: Subnet): RouteTable | undefined;
}

export function buildContext(scenario: Scenario): Context {
  const cidrs = new Map<string, IpRange | null>();
  const ips = new Map<string, IpValue | null>();
  const hostBitMemo = new Map<string, boolean>();
  const mains = new Map<string, RouteTable>();
  for (const table of scenario.routeTables) {
    if (table.main && !mains.has(table.vpcId)) mains.set(table.vpcId, table);
  }
  const routeTables = byId(scenario.routeTables);

  const cidr = (text: string): IpRange | null => {
    let range = cidrs.get(text);
    if (range === undefined) {
      range = parseCidr(text);
      cidrs.set(text, range);
    }
    return range;
  };

  return {
    scenario,
    vpcs: byId(scenario.vpcs),
    subnets: byId(scenario.subnets),
    instances: byId(scenario.instances),
    securityGroups: byId(scenario.securityGroups),
    networkAcls: byId(scenario.networkAcls),
    routeTables,
    internetGateways: byId(scenario.internetGateways),
    natGateways: byId(scenario.natGateways),
    peerings: byId(scenario.peeringConnections),
    networkInterfaces: byId(scenario.networkInterfaces),
    prefixLists: byId(scenario.prefixLists),
    vpcEndpoints: byId(scenario.vpcEndpoints),
    egressOnlyInternetGateways: byId(scenario.egressOnlyInternetGateways),
    transitGateways: byId(scenario.transitGateways),
    transitGatewayAttachments: byId(scenario.transitGatewayAttachments),
    transitGatewayRouteTables: byId(scenario.transitGatewayRouteTables),
    interfaces: scenarioInterfaces(scenario),
    cidr,
    ip(text) {
      let value = ips.get(text);
      if (value === undefined) {
        value = parseIp(text);
        ips.set(text, value);
      }
      return value;
    },
    hostBits(text) {
      let set = hostBitMemo.get(text);
      if (set === undefined) {
        set = cidr(text) !== null && safeHasHostBits(text);
        hostBitMemo.set(text, set);
      }
      return set;
    },
    mainRouteTable: (vpcId) => mains.get(vpcId),
    subnetRouteTable(subnet) {
      if (subnet.routeTableId !== undefined) return routeTables.get(subnet.routeTableId);
      return mains.get(subnet.vpcId);
    },
  };
}

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

// hasHostBits builds an ip-address object; it only sees text that parseCidr accepted, but a
// validator must never throw, so a surprise from the library reads as "no host bits".
function safeHasHostBits(text: string): boolean {
  try {
    return hasHostBits(text);
  } catch {
    return false;
  }
}
