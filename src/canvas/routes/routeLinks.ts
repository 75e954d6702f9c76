import { drawnEndpoints, drawnInterfaces } from '../../layout/drawn.ts';
import { routeTargetKind, type RouteTargetKind, type Scenario } from '../../model/types.ts';

/**
 * One drawn route edge: the subnets that share a route table, to one target that table's routes
 * use, with every destination sent there. Several subnets on one table make one edge (a bundle),
 * so a table used by six subnets draws one line per target, not six.
 */
export interface RouteLink {
  /** `route:<table id>:<target>`, with `:blackhole` for the table's blackhole routes to it. */
  readonly id: string;
  readonly tableId: string;
  readonly tableName: string;
  /** The table's VPC: a bundle to something outside it runs outside the VPC's box. */
  readonly vpcId: string;
  /** The subnets whose table it is (their own, or the main one), in the scenario's order. */
  readonly subnetIds: readonly string[];
  /** What the routes name: `igw-…`, `nat-…`, `pcx-…`, `tgw-…`, `vpce-…`, `eigw-…`, `eni-…`. */
  readonly target: string;
  readonly kind: RouteTargetKind;
  /**
   * The node the edge ends at: the gateway, the peer VPC of a peering connection, the interface
   * (or the instance whose primary interface it is); null when nothing drawn stands for it (a
   * blackhole route to a deleted NAT gateway, say): the edge is a stub off its subnets.
   */
  readonly targetNodeId: string | null;
  readonly destinations: readonly string[];
  /** Every route in it is a blackhole: its target is gone, packets sent there are dropped. */
  readonly blackhole: boolean;
  /**
   * The nodes on the VPC's border (internet and egress-only gateways on its top edge, gateway
   * endpoints on its bottom edge): a label where the edge leaves the VPC keeps off them.
   */
  readonly borderNodeIds: readonly string[];
}

/**
 * The route edges of a scenario. A subnet uses its own route table, else its VPC's main one; a
 * table's `local` routes are not drawn (they are the VPC itself), and a gateway endpoint's
 * implicit route (its prefix list → the endpoint) is drawn for each table the endpoint lists, as
 * AWS adds it there.
 * https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html#RouteTableDetails
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html#gateway-endpoint-routing
 */
export function routeLinks(scenario: Scenario): RouteLink[] {
  const subnetsByTable = new Map<string, string[]>();
  for (const s of scenario.subnets) {
    const table =
      s.routeTableId ?? scenario.routeTables.find((t) => t.vpcId === s.vpcId && t.main)?.id;
    if (table === undefined) continue;
    const list = subnetsByTable.get(table);
    if (list) list.push(s.id);
    else subnetsByTable.set(table, [s.id]);
  }
  const nodeOf = targetNodes(scenario);
  const onBorder = borderNodes(scenario);
  const links: RouteLink[] = [];
  for (const table of scenario.routeTables) {
    const subnetIds = subnetsByTable.get(table.id);
    if (!subnetIds) continue;
    // Target → destinations, active and blackhole apart, in the table's order.
    const groups = new Map<
      string,
      { target: string; blackhole: boolean; destinations: string[] }
    >();
    const add = (target: string, destination: string, blackhole: boolean) => {
      const key = `${target}${blackhole ? ':blackhole' : ''}`;
      const group = groups.get(key);
      if (group) {
        if (!group.destinations.includes(destination)) group.destinations.push(destination);
      } else groups.set(key, { target, blackhole, destinations: [destination] });
    };
    for (const r of table.routes) {
      if (r.target !== 'local') add(r.target, r.destination, r.state === 'blackhole');
    }
    for (const e of drawnEndpoints(scenario)) {
      if (e.routeTableIds.includes(table.id) && e.vpcId === table.vpcId) {
        add(e.id, e.prefixListId ?? serviceWord(e.serviceName), false);
      }
    }
    const vpcId = table.vpcId;
    for (const [key, g] of groups) {
      const kind = routeTargetKind(g.target);
      if (kind === 'local' || kind === 'unmodeled') continue;
      const node = nodeOf(g.target, vpcId);
      // An active route to something not drawn (a shared transit gateway) has nothing to point at.
      if (node === null && !g.blackhole) continue;
      links.push({
        id: `route:${table.id}:${key}`,
        tableId: table.id,
        tableName: table.name,
        vpcId,
        subnetIds,
        target: g.target,
        kind,
        targetNodeId: node,
        destinations: g.destinations,
        blackhole: g.blackhole,
        borderNodeIds: onBorder.get(vpcId) ?? [],
      });
    }
  }
  return links;
}

/** Each VPC's border nodes: its internet and egress-only gateways and gateway endpoints. */
function borderNodes(scenario: Scenario): Map<string, string[]> {
  const byVpc = new Map<string, string[]>();
  const add = (vpcId: string | undefined, id: string) => {
    if (vpcId === undefined) return;
    const list = byVpc.get(vpcId);
    if (list) list.push(id);
    else byVpc.set(vpcId, [id]);
  };
  for (const g of scenario.internetGateways) add(g.vpcId, g.id);
  for (const g of scenario.egressOnlyInternetGateways) add(g.vpcId, g.id);
  for (const e of drawnEndpoints(scenario)) add(e.vpcId, e.id);
  return byVpc;
}

/** `com.amazonaws.us-east-1.s3` → `s3`: what an endpoint without a prefix list serves. */
function serviceWord(serviceName: string): string {
  return serviceName.split('.').pop() ?? serviceName;
}

/** The node that stands for a route target seen from a VPC, or null when none is drawn. */
function targetNodes(scenario: Scenario): (target: string, fromVpc: string) => string | null {
  const drawn = new Set<string>([
    ...scenario.internetGateways.map((g) => g.id),
    ...scenario.egressOnlyInternetGateways.map((g) => g.id),
    ...scenario.natGateways.map((n) => n.id),
    ...scenario.transitGateways.map((t) => t.id),
    ...drawnEndpoints(scenario).map((e) => e.id),
    ...drawnInterfaces(scenario).map((e) => e.id),
  ]);
  const vpcs = new Set(scenario.vpcs.map((v) => v.id));
  const primaries = new Map<string, string>();
  for (const i of scenario.instances) {
    if (i.primaryInterfaceId !== undefined) primaries.set(i.primaryInterfaceId, i.id);
  }
  return (target, fromVpc) => {
    if (drawn.has(target)) return target;
    const owner = primaries.get(target);
    if (owner !== undefined) return owner;
    const peering = scenario.peeringConnections.find((p) => p.id === target);
    if (peering) {
      const peer =
        peering.requesterVpcId === fromVpc ? peering.accepterVpcId : peering.requesterVpcId;
      return vpcs.has(peer) ? peer : null;
    }
    return null;
  };
}
