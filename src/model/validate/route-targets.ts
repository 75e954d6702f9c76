import type { RouteTable, RouteTargetKind } from '../types.ts';
import type { Context } from './context.ts';
import { error, warning, type Finding } from './finding.ts';

type Kind = Exclude<RouteTargetKind, 'local' | 'unmodeled'>;

/**
 * The VPCs a route target serves (none for a detached gateway); `undefined` when it does not exist.
 * A transit gateway serves the VPCs it has a VPC attachment for.
 */
export function targetVpcs(ctx: Context, kind: Kind, target: string): string[] | undefined {
  switch (kind) {
    case 'internet-gateway': {
      const igw = ctx.internetGateways.get(target);
      return igw === undefined ? undefined : igw.vpcId === undefined ? [] : [igw.vpcId];
    }
    case 'egress-only-internet-gateway': {
      const eigw = ctx.egressOnlyInternetGateways.get(target);
      return eigw === undefined ? undefined : eigw.vpcId === undefined ? [] : [eigw.vpcId];
    }
    case 'nat-gateway': {
      const nat = ctx.natGateways.get(target);
      if (nat === undefined) return undefined;
      const vpcId = ctx.subnets.get(nat.subnetId)?.vpcId;
      return vpcId === undefined ? [] : [vpcId];
    }
    case 'peering': {
      const pcx = ctx.peerings.get(target);
      return pcx === undefined ? undefined : [pcx.requesterVpcId, pcx.accepterVpcId];
    }
    case 'transit-gateway': {
      if (!ctx.transitGateways.has(target)) return undefined;
      return ctx.scenario.transitGatewayAttachments
        .filter((a) => a.transitGatewayId === target && a.vpcId !== undefined)
        .map((a) => a.vpcId as string);
    }
    case 'vpc-endpoint': {
      const endpoint = ctx.vpcEndpoints.get(target);
      return endpoint === undefined ? undefined : [endpoint.vpcId];
    }
    case 'network-interface': {
      const eni = ctx.interfaces.find((x) => x.interfaceId === target);
      if (eni === undefined) return undefined;
      const vpcId = ctx.subnets.get(eni.subnetId)?.vpcId;
      return vpcId === undefined ? [] : [vpcId];
    }
  }
}

/** The finding when the target exists but does not serve the table's VPC. */
export function checkTargetVpc(
  kind: Kind,
  target: string,
  table: RouteTable,
  where: string,
  field: string,
  owner: readonly string[],
): Finding | undefined {
  if (owner.includes(table.vpcId)) return undefined;
  switch (kind) {
    case 'internet-gateway': {
      const actually =
        owner.length === 0 ? 'it is detached' : `it is attached to ${owner.join(', ')}`;
      const message = `${where} targets internet gateway ${target}, which is not attached to VPC ${table.vpcId} (${actually}).`;
      return warning('route-igw-not-attached', table.id, field, message);
    }
    case 'egress-only-internet-gateway': {
      const actually =
        owner.length === 0 ? 'it is detached' : `it is attached to ${owner.join(', ')}`;
      const message = `${where} targets egress-only internet gateway ${target}, which is not attached to VPC ${table.vpcId} (${actually}).`;
      return warning('route-eigw-not-attached', table.id, field, message);
    }
    case 'transit-gateway': {
      const message = `${where} targets transit gateway ${target}, which has no attachment for VPC ${table.vpcId}.`;
      return warning('route-tgw-not-attached', table.id, field, message);
    }
    case 'peering': {
      const message = `${where} targets peering ${target}, which joins ${owner.join(' and ')}, not VPC ${table.vpcId}.`;
      return error('route-peering-wrong-vpc', table.id, field, message);
    }
    default: {
      const what = {
        'nat-gateway': 'NAT gateway',
        'vpc-endpoint': 'VPC endpoint',
        'network-interface': 'network interface',
      }[kind];
      const message = `${where} targets ${what} ${target} of VPC ${owner.join(', ') || 'none'}, not VPC ${table.vpcId}.`;
      return error('reference-other-vpc', table.id, field, message);
    }
  }
}
