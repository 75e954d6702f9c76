import { formatCidr, isCidr, rangeHas, type IpValue } from '../../model/ip.ts';
import type { CEni, CompiledScenario, CRoute, CRouteTable, CSubnet, CVpc } from '../compiled.ts';
import type { ResolvedFlow } from '../resolve.ts';
import type { Direction } from '../types.ts';
import type { BlockProposal, Proposal } from './hop.ts';
import { holders, rangeSize } from './scopes.ts';

/**
 * A route to where the packet must go: the other VPC's peering connection or transit gateway,
 * or the way to the internet.
 */
export function routeFix(
  c: CompiledScenario,
  f: ResolvedFlow,
  direction: Direction,
  subnet: CSubnet,
  dst: IpValue,
  matched: CRoute | undefined,
): Proposal | null {
  const table = subnet.routeTable;
  // A VPC without a main table routes by its local routes only: there is no table to edit.
  if (!table || !table.inScenario) return null;
  const vpc = subnet.vpc;
  const anywhere = dst.family === 4 ? '0.0.0.0/0' : '::/0';
  let destination = anywhere;
  let target: string | undefined;
  const peerVpc = [...c.vpcs.values()].find(
    (v) => v !== vpc && v.ranges.some((r) => rangeHas(r, dst)),
  );
  if (peerVpc && f.intent === 'private') {
    const range = peerVpc.ranges.find((r) => rangeHas(r, dst));
    const pcx = c.peeringBetween(vpc.id, peerVpc.id);
    const tgw = pcx ? undefined : c.transitGatewayBetween(vpc.id, peerVpc.id);
    if ((!pcx && !tgw) || !range) {
      return {
        summary: `Peer ${vpc.id} with ${peerVpc.id} (or attach both to a transit gateway), then route ${peerVpc.id}'s CIDR to it.`,
        edit: null,
      };
    }
    // A more specific route that goes elsewhere would still win (longest prefix): retarget it.
    destination =
      matched?.range && matched.range.prefix > range.prefix && isCidr(matched.route.destination)
        ? matched.route.destination
        : formatCidr(range);
    target = pcx?.id ?? tgw?.id;
  } else if (matched?.route.target === 'local') {
    return null;
  } else {
    target = internetTarget(c, f, vpc, direction, subnet);
    if (!target)
      return {
        summary: `Attach an internet gateway to ${vpc.id}, then route ${anywhere} to it.`,
        edit: null,
      };
    if (matched && matched.route.destination !== anywhere && isCidr(matched.route.destination)) {
      destination = matched.route.destination;
    }
  }
  if (target === undefined) return null;
  return {
    summary: `In ${table.id}, send ${destination} to ${target}.`,
    edit: { kind: 'set-route', routeTableId: table.id, destination, target },
  };
}

/**
 * The way to the internet for this subnet: the internet gateway, unless the interface has no
 * public address and a NAT gateway of another subnet can carry a connection it opens; for IPv6,
 * an egress-only internet gateway when the VPC has one and no internet gateway.
 */
function internetTarget(
  c: CompiledScenario,
  f: ResolvedFlow,
  vpc: CVpc,
  direction: Direction,
  subnet: CSubnet,
): string | undefined {
  const opener: CEni | undefined =
    f.src.kind === 'eni' && direction === 'request' ? f.src.eni : undefined;
  const needsNat =
    opener &&
    f.family === 4 &&
    f.src.kind === 'eni' &&
    f.src.own.family === 4 &&
    !opener.publicOf4.has(f.src.own.value) &&
    subnet === opener.subnet;
  if (needsNat) {
    for (const n of c.natGateways.values()) {
      if (n.available && n.subnet?.vpc === vpc && n.subnet !== opener.subnet) return n.id;
    }
  }
  if (f.family === 6 && opener && !vpc.internetGatewayId) return vpc.egressOnlyGatewayId;
  return vpc.internetGatewayId;
}

/**
 * Blocking: remove the route that carried the packet. The widest change of all (every subnet
 * of the table loses that way for every address the route covers), so it ranks last; the local
 * route and the routes AWS adds for gateway endpoints cannot be removed.
 * https://docs.aws.amazon.com/vpc/latest/userguide/WorkWithRouteTables.html
 */
export function routeBlock(c: CompiledScenario, table: CRouteTable, r: CRoute): BlockProposal[] {
  if (!table.inScenario || r.implicit || r.kind === 'local') return [];
  const addresses = r.range
    ? rangeSize(r.range)
    : (r.prefixList?.ranges ?? []).reduce((sum, range) => sum + rangeSize(range), 0) || 2 ** 32;
  const name = table.name && table.name !== table.id ? ` (${table.name})` : '';
  return [
    {
      summary: `Remove the route ${r.route.destination} → ${r.route.target} from ${table.id}${name}: every subnet using the table loses it.`,
      edit: { kind: 'remove-route', routeTableId: table.id, destination: r.route.destination },
      breadth: addresses * 65536 * 256 * holders(c, (e) => e.subnet.routeTable === table),
    },
  ];
}
