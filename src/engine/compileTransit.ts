import { formatCidr } from '../model/ip.ts';
import type { Scenario } from '../model/types.ts';
import type {
  CAttachment,
  CSubnet,
  CTgwRoute,
  CTgwRouteTable,
  CTransitGateway,
  CVpc,
} from './compiled.ts';
import type { CidrOf } from './compileRules.ts';
import { PairMap } from './pairMap.ts';

export interface CompiledTransit {
  readonly transitGateways: ReadonlyMap<string, CTransitGateway>;
  readonly attachments: ReadonlyMap<string, CAttachment>;
  vpcAttachment(tgwId: string, vpcId: string): CAttachment | undefined;
  transitGatewayBetween(a: string, b: string): CTransitGateway | undefined;
}

/**
 * Transit gateways, their attachments and route tables. A route table holds its static and
 * blackhole routes and, for each attachment that propagates to it, that attachment's routes (a
 * VPC attachment propagates its VPC's CIDR blocks); the longest prefix wins, and at equal length a
 * static route wins over a propagated one.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
 * https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html (route evaluation order)
 */
export function compileTransit(
  s: Scenario,
  vpcs: ReadonlyMap<string, CVpc>,
  subnets: ReadonlyMap<string, CSubnet>,
  cidr: CidrOf,
): CompiledTransit {
  const transitGateways = new Map<string, CTransitGateway>();
  for (const t of s.transitGateways) {
    transitGateways.set(t.id, {
      id: t.id,
      name: t.name,
      available: t.state === 'available',
      state: t.state,
      groupReferencing: t.securityGroupReferencingSupport,
    });
  }
  const vpcOfAttachment = new Map(s.transitGatewayAttachments.map((a) => [a.id, a.vpcId]));
  const tables = new Map<string, CTgwRouteTable>();
  for (const t of s.transitGatewayRouteTables) {
    const routes: (CTgwRoute & { propagated: boolean })[] = t.routes.map((route) => ({
      route,
      range: cidr(route.destination),
      attachmentId: route.attachmentId,
      blackhole: route.state === 'blackhole' || route.attachmentId === undefined,
      propagated: route.type === 'propagated',
    }));
    for (const attachmentId of t.propagations) {
      const vpc = vpcs.get(vpcOfAttachment.get(attachmentId) ?? '');
      for (const range of vpc?.ranges ?? []) {
        const listed = routes.some(
          (r) =>
            r.attachmentId === attachmentId &&
            r.range.family === range.family &&
            r.range.first === range.first &&
            r.range.prefix === range.prefix,
        );
        if (listed) continue;
        routes.push({
          route: {
            destination: formatCidr(range),
            attachmentId,
            state: 'active',
            type: 'propagated',
          },
          range,
          attachmentId,
          blackhole: false,
          propagated: true,
        });
      }
    }
    routes.sort(
      (a, b) => b.range.prefix - a.range.prefix || Number(a.propagated) - Number(b.propagated),
    );
    tables.set(t.id, { id: t.id, name: t.name, routes });
  }

  const attachments = new Map<string, CAttachment>();
  const byTgwVpc = new Map<string, Map<string, CAttachment>>();
  for (const a of s.transitGatewayAttachments) {
    const own = a.subnetIds
      .map((id) => subnets.get(id))
      .filter((x): x is CSubnet => x !== undefined)
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const byZone = new Map<string, CSubnet>();
    for (const sub of own) if (!byZone.has(sub.zone)) byZone.set(sub.zone, sub);
    const c: CAttachment = {
      id: a.id,
      name: a.name,
      transitGatewayId: a.transitGatewayId,
      resourceType: a.resourceType,
      vpc: a.vpcId === undefined ? undefined : vpcs.get(a.vpcId),
      subnets: own,
      byZone,
      available: a.state === 'available',
      state: a.state,
      groupReferencing: a.securityGroupReferencingSupport,
      routeTable: a.associatedRouteTableId ? tables.get(a.associatedRouteTableId) : undefined,
      routeTableId: a.associatedRouteTableId,
    };
    attachments.set(a.id, c);
    if (a.resourceType === 'vpc' && a.vpcId !== undefined) {
      let ofTgw = byTgwVpc.get(a.transitGatewayId);
      if (!ofTgw) {
        ofTgw = new Map();
        byTgwVpc.set(a.transitGatewayId, ofTgw);
      }
      const first = ofTgw.get(a.vpcId);
      if (!first || (!first.available && c.available)) ofTgw.set(a.vpcId, c);
    }
  }
  const tgwsOfVpc = new Map<string, CTransitGateway[]>();
  for (const a of [...byTgwVpc.values()].flatMap((m) => [...m.values()])) {
    const tgw = transitGateways.get(a.transitGatewayId);
    if (!tgw || !a.vpc) continue;
    const list = tgwsOfVpc.get(a.vpc.id) ?? [];
    list.push(tgw);
    tgwsOfVpc.set(a.vpc.id, list);
  }
  const between = new PairMap<CTransitGateway | null>();
  return {
    transitGateways,
    attachments,
    vpcAttachment: (tgwId, vpcId) => byTgwVpc.get(tgwId)?.get(vpcId),
    transitGatewayBetween(a, b) {
      const known = between.get(a, b);
      if (known !== undefined) return known ?? undefined;
      const theirs = tgwsOfVpc.get(b);
      const found = theirs ? tgwsOfVpc.get(a)?.find((t) => theirs.includes(t)) : undefined;
      between.set(a, b, found ?? null);
      return found;
    },
  };
}
