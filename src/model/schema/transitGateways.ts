import { z } from 'zod';
import {
  cidrAny,
  name,
  SubnetIdSchema,
  TransitGatewayAttachmentIdSchema,
  TransitGatewayIdSchema,
  TransitGatewayRouteTableIdSchema,
  VpcIdSchema,
} from './primitives.ts';

/**
 * A transit gateway: a regional router between the VPCs (and VPNs…) attached to it.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html
 */
export const TransitGatewaySchema = z.object({
  id: TransitGatewayIdSchema,
  name,
  state: z.enum(['pending', 'available', 'modifying', 'deleting', 'deleted']).default('available'),
  /** Security-group rules may name groups across it (also needs both VPC attachments' support). */
  securityGroupReferencingSupport: z.boolean().default(false),
  /** New attachments are associated with / propagate to these tables. */
  associationDefaultRouteTableId: TransitGatewayRouteTableIdSchema.optional(),
  propagationDefaultRouteTableId: TransitGatewayRouteTableIdSchema.optional(),
});

export const TransitGatewayAttachmentStateSchema = z.enum([
  'initiating',
  'initiating-request',
  'pending-acceptance',
  'rolling-back',
  'pending',
  'available',
  'modifying',
  'deleting',
  'deleted',
  'failed',
  'rejected',
  'rejecting',
  'failing',
]);

/**
 * An attachment of a transit gateway. A VPC attachment has one subnet per Availability Zone,
 * where the transit gateway's interfaces sit; other kinds (VPN, Direct Connect, peering, Connect)
 * are kept so that a route to them reads as what it is, but are not modelled.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html
 */
export const TransitGatewayAttachmentSchema = z.object({
  id: TransitGatewayAttachmentIdSchema,
  name,
  transitGatewayId: TransitGatewayIdSchema,
  resourceType: z
    .enum(['vpc', 'vpn', 'direct-connect-gateway', 'connect', 'peering', 'network-function'])
    .default('vpc'),
  /** The VPC of a VPC attachment. */
  vpcId: VpcIdSchema.optional(),
  /** The VPN connection, gateway or peer of another kind of attachment. */
  resourceId: z.string().max(256).optional(),
  subnetIds: z.array(SubnetIdSchema).default([]),
  state: TransitGatewayAttachmentStateSchema.default('available'),
  securityGroupReferencingSupport: z.boolean().default(true),
  /** The transit gateway route table the attachment is associated with (at most one). */
  associatedRouteTableId: TransitGatewayRouteTableIdSchema.optional(),
});

/** A static or propagated route; a blackhole route names no attachment and drops. */
export const TransitGatewayRouteSchema = z.object({
  destination: cidrAny,
  attachmentId: TransitGatewayAttachmentIdSchema.optional(),
  state: z.enum(['active', 'blackhole']).default('active'),
  type: z.enum(['static', 'propagated']).default('static'),
});

/**
 * A transit gateway route table: the attachments that propagate their routes to it (a VPC
 * attachment propagates its VPC's CIDR blocks) and its static and blackhole routes.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
 */
export const TransitGatewayRouteTableSchema = z.object({
  id: TransitGatewayRouteTableIdSchema,
  name,
  transitGatewayId: TransitGatewayIdSchema,
  propagations: z.array(TransitGatewayAttachmentIdSchema).default([]),
  routes: z.array(TransitGatewayRouteSchema).default([]),
});
