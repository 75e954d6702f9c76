import type {
  PrefixList,
  TransitGateway,
  TransitGatewayAttachment,
  TransitGatewayRoute,
  TransitGatewayRouteTable,
} from '../model/types.ts';
import { TransitGatewayAttachmentStateSchema } from '../model/schema.ts';
import { knownState } from './awsStates.ts';
import type {
  AwsTransitGateway,
  AwsTransitGatewayAttachment,
  AwsTransitGatewayRoute,
  AwsTransitGatewayRouteTable,
  AwsTransitGatewayVpcAttachment,
} from './schema/transitGateways.ts';
import { nameFrom } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

const TGW_STATES = ['pending', 'available', 'modifying', 'deleting', 'deleted'] as const;
const ATTACHMENT_STATES = TransitGatewayAttachmentStateSchema.options;

/** AWS's resource types (`describe-transit-gateway-attachments`) as the model's. */
const RESOURCE_TYPES: Readonly<Record<string, TransitGatewayAttachment['resourceType']>> = {
  vpc: 'vpc',
  vpn: 'vpn',
  'vpn-concentrator': 'vpn',
  'client-vpn': 'vpn',
  'direct-connect-gateway': 'direct-connect-gateway',
  connect: 'connect',
  peering: 'peering',
  'tgw-peering': 'peering',
  'network-function': 'network-function',
};

export interface TransitInput {
  readonly transitGateways: readonly AwsTransitGateway[];
  readonly attachments: readonly AwsTransitGatewayAttachment[];
  readonly vpcAttachments: readonly AwsTransitGatewayVpcAttachment[] | undefined;
  readonly routeTables: readonly AwsTransitGatewayRouteTable[];
  readonly routes: Readonly<Record<string, readonly AwsTransitGatewayRoute[]>> | undefined;
}

export interface TransitContext {
  readonly vpcs: ReadonlySet<string>;
  readonly subnets: ReadonlySet<string>;
  readonly prefixLists: ReadonlyMap<string, PrefixList>;
}

export interface ImportedTransit {
  readonly transitGateways: TransitGateway[];
  readonly attachments: TransitGatewayAttachment[];
  readonly routeTables: TransitGatewayRouteTable[];
}

/**
 * Transit gateways, their attachments (all kinds from describe-transit-gateway-attachments, with
 * their association; VPC ones joined with describe-transit-gateway-vpc-attachments for their
 * subnets and options) and route tables with the routes search-transit-gateway-routes printed. A
 * table's propagations are read from its propagated routes. What only another account could
 * describe (a table the attachment is associated with, a transit gateway shared with this one)
 * is said in a warning and makes the hops that need it `unknown`.
 * https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html
 */
export function transitFromAws(
  input: TransitInput,
  ctx: TransitContext,
  warnings: ImportWarnings,
): ImportedTransit {
  const transitGateways = input.transitGateways.map((t) => transitGatewayFromAws(t, warnings));
  const tgwIds = new Set(transitGateways.map((t) => t.id));
  const tableIds = new Set(
    input.routeTables
      .filter((t) => tgwIds.has(t.TransitGatewayId))
      .map((t) => t.TransitGatewayRouteTableId),
  );
  const attachments = attachmentsFromAws(input, ctx, tgwIds, tableIds, warnings);
  const attachmentIds = new Set(attachments.map((a) => a.id));
  const vpcAttachmentIds = new Set(attachments.filter((a) => a.vpcId).map((a) => a.id));
  const routeTables: TransitGatewayRouteTable[] = [];
  for (const t of input.routeTables) {
    const id = t.TransitGatewayRouteTableId;
    if (!tgwIds.has(t.TransitGatewayId)) {
      warnings.add(
        id,
        `belongs to ${t.TransitGatewayId}, which is not in the bundle (TransitGateways); it is left out`,
      );
      continue;
    }
    const listed = input.routes?.[id];
    if (listed === undefined) {
      warnings.add(
        id,
        'its routes are not in the bundle (TransitGatewayRoutes); it is read as having none',
        [t.TransitGatewayId],
      );
    }
    const routes = (listed ?? []).flatMap((r, i) =>
      routesFromAws(id, t.TransitGatewayId, r, i, attachmentIds, ctx, warnings),
    );
    const propagations = [
      ...new Set(
        routes
          .filter((r) => r.type === 'propagated' && r.attachmentId !== undefined)
          .map((r) => r.attachmentId as string)
          .filter((a) => vpcAttachmentIds.has(a)),
      ),
    ];
    routeTables.push({
      id,
      name: nameFrom(t.Tags, id),
      transitGatewayId: t.TransitGatewayId,
      propagations,
      routes,
    });
  }
  for (const id of Object.keys(input.routes ?? {})) {
    if (!tableIds.has(id)) {
      warnings.add(
        id,
        'has routes in TransitGatewayRoutes but is not in TransitGatewayRouteTables; they are ignored',
      );
    }
  }
  return { transitGateways, attachments, routeTables };
}

function transitGatewayFromAws(t: AwsTransitGateway, warnings: ImportWarnings): TransitGateway {
  const id = t.TransitGatewayId;
  const state = knownState(t.State, TGW_STATES);
  if (t.State !== undefined && state === undefined) {
    warnings.add(id, `is in state "${t.State}", which is read as not available`, [id]);
  }
  const o = t.Options;
  return {
    id,
    name: nameFrom(t.Tags, id),
    state: state ?? (t.State === undefined ? 'available' : 'pending'),
    // Off unless enabled, at the transit gateway level (AWS's default there is disable).
    securityGroupReferencingSupport: o?.SecurityGroupReferencingSupport === 'enable',
    ...(o?.AssociationDefaultRouteTableId === undefined
      ? {}
      : { associationDefaultRouteTableId: o.AssociationDefaultRouteTableId }),
    ...(o?.PropagationDefaultRouteTableId === undefined
      ? {}
      : { propagationDefaultRouteTableId: o.PropagationDefaultRouteTableId }),
  };
}

function attachmentsFromAws(
  input: TransitInput,
  ctx: TransitContext,
  tgwIds: ReadonlySet<string>,
  tableIds: ReadonlySet<string>,
  warnings: ImportWarnings,
): TransitGatewayAttachment[] {
  const vpcDetails = new Map(
    (input.vpcAttachments ?? []).map((v) => [v.TransitGatewayAttachmentId, v]),
  );
  const general = new Map(input.attachments.map((a) => [a.TransitGatewayAttachmentId, a]));
  const ids = [...new Set([...general.keys(), ...vpcDetails.keys()])];
  const out: TransitGatewayAttachment[] = [];
  for (const id of ids) {
    const a = general.get(id);
    const v = vpcDetails.get(id);
    const tgwId = (a?.TransitGatewayId ?? v?.TransitGatewayId) as string;
    if (!tgwIds.has(tgwId)) {
      warnings.add(
        id,
        `belongs to ${tgwId}, which is not in the bundle (TransitGateways); it is left out`,
      );
      continue;
    }
    const awsType = a?.ResourceType ?? 'vpc';
    const resourceType = RESOURCE_TYPES[awsType];
    if (resourceType === undefined) {
      warnings.add(id, `${awsType} attachment is not modelled; it is left out`, [tgwId]);
      continue;
    }
    const name = nameFrom(a?.Tags ?? v?.Tags, id);
    const rawState = v?.State ?? a?.State;
    const state = knownState(rawState, ATTACHMENT_STATES);
    if (rawState !== undefined && state === undefined) {
      warnings.add(id, `is in state "${rawState}", which is read as not available`, [tgwId]);
    }
    const association = associationOf(id, a, v, tgwId, tableIds, warnings);
    const base = {
      id,
      name,
      transitGatewayId: tgwId,
      state: state ?? (rawState === undefined ? 'available' : 'pending'),
      ...(association === undefined ? {} : { associatedRouteTableId: association }),
    } as const;
    if (resourceType !== 'vpc') {
      warnings.add(
        id,
        `${awsType} attachment${a?.ResourceId ? ` (${a.ResourceId})` : ''} of ${tgwId} is not modelled: routes of the transit gateway to it make a flow unknown`,
        [tgwId],
      );
      out.push({
        ...base,
        resourceType,
        ...(a?.ResourceId ? { resourceId: a.ResourceId.slice(0, 256) } : {}),
        subnetIds: [],
        securityGroupReferencingSupport: false,
      });
      continue;
    }
    const vpcId = v?.VpcId ?? a?.ResourceId;
    if (vpcId === undefined || !ctx.vpcs.has(vpcId)) {
      warnings.add(
        id,
        `attaches ${vpcId ?? 'a VPC it does not name'}, which is not in the bundle (Vpcs); it is left out`,
        [tgwId],
      );
      continue;
    }
    if (!v) {
      warnings.add(
        id,
        'its subnets are not in the bundle (TransitGatewayVpcAttachments); it is read as having none, so no zone reaches the transit gateway through it',
        [tgwId, vpcId],
      );
    }
    const subnetIds = (v?.SubnetIds ?? []).filter((s) => {
      if (ctx.subnets.has(s)) return true;
      warnings.add(id, `is in ${s}, which is not in the bundle (Subnets); it is ignored`, [tgwId]);
      return false;
    });
    out.push({
      ...base,
      resourceType: 'vpc',
      vpcId,
      resourceId: vpcId,
      subnetIds,
      // On unless disabled, for a VPC attachment (AWS's default there is enable).
      securityGroupReferencingSupport: v?.Options?.SecurityGroupReferencingSupport !== 'disable',
    });
  }
  return out;
}

/** The table an attachment is associated with, as describe-transit-gateway-attachments says. */
function associationOf(
  id: string,
  a: AwsTransitGatewayAttachment | undefined,
  v: AwsTransitGatewayVpcAttachment | undefined,
  tgwId: string,
  tableIds: ReadonlySet<string>,
  warnings: ImportWarnings,
): string | undefined {
  if (!a) {
    if (v) {
      warnings.add(
        id,
        'its association is not in the bundle (TransitGatewayAttachments); it is read as associated with no route table',
        [tgwId],
      );
    }
    return undefined;
  }
  const association = a.Association;
  if (!association) return undefined;
  const state = association.State;
  if (state !== undefined && state !== 'associated' && state !== 'associating') return undefined;
  const table = association.TransitGatewayRouteTableId;
  if (!tableIds.has(table)) {
    warnings.add(
      id,
      `is associated with ${table}, which is not in the bundle (TransitGatewayRouteTables; another account's?), so what the transit gateway does with its traffic cannot be told`,
      [tgwId],
    );
  }
  return table;
}

/**
 * One route of `search-transit-gateway-routes`: a CIDR block, or a prefix list's entries (AWS
 * routes each), to its first attachment, or a blackhole. Pending and deleted routes do not route.
 */
function routesFromAws(
  tableId: string,
  tgwId: string,
  r: AwsTransitGatewayRoute,
  index: number,
  attachmentIds: ReadonlySet<string>,
  ctx: TransitContext,
  warnings: ImportWarnings,
): TransitGatewayRoute[] {
  const state = r.State ?? 'active';
  const shown = r.DestinationCidrBlock ?? r.PrefixListId ?? `#${index}`;
  if (state !== 'active' && state !== 'blackhole') {
    warnings.add(tableId, `route ${shown} is ${state}; it is left out`, [tgwId]);
    return [];
  }
  const [first, ...more] = r.TransitGatewayAttachments ?? [];
  if (more.length > 0) {
    warnings.add(
      tableId,
      `route ${shown} has ${more.length + 1} attachments (equal-cost paths); only ${first?.TransitGatewayAttachmentId} is modelled`,
      [tgwId],
    );
  }
  const attachmentId = state === 'active' ? first?.TransitGatewayAttachmentId : undefined;
  if (attachmentId !== undefined && !attachmentIds.has(attachmentId)) {
    warnings.add(
      tableId,
      `route ${shown} leads to ${attachmentId}, which is not in the bundle (TransitGatewayAttachments)`,
      [tgwId],
    );
  }
  let destinations: string[];
  if (r.DestinationCidrBlock !== undefined) destinations = [r.DestinationCidrBlock];
  else {
    const list = ctx.prefixLists.get(r.PrefixListId ?? '');
    if (!list?.entries) {
      warnings.add(
        tableId,
        `route to prefix list ${r.PrefixListId} is left out: its entries are not in the bundle (PrefixListEntries)`,
        [tgwId],
      );
      return [];
    }
    destinations = list.entries.map((e) => e.cidr);
  }
  return destinations.map((destination) => ({
    destination,
    ...(attachmentId === undefined ? {} : { attachmentId }),
    state: attachmentId === undefined ? 'blackhole' : state,
    type: r.Type ?? 'static',
  }));
}
