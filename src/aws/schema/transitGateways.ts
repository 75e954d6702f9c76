import { z } from 'zod';
import { isCidr } from '../../model/ip.ts';
import { awsId, requiredId, requiredText, TagsSchema } from '../awsFields.ts';

/**
 * Transit gateways as `describe-transit-gateways`, `describe-transit-gateway-attachments`,
 * `describe-transit-gateway-vpc-attachments` and `describe-transit-gateway-route-tables` print
 * them, and `TransitGatewayRoutes`: an object keyed by transit gateway route table ID whose values
 * are the `Routes` that `search-transit-gateway-routes` prints. States and resource types are kept
 * as text (AWS prints `pendingAcceptance`, `tgw-peering`…); the importer reads them.
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TransitGateway.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TransitGatewayAttachment.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TransitGatewayVpcAttachment.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TransitGatewayRouteTable.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TransitGatewayRoute.html
 */

const enableDisable = z.enum(['enable', 'disable'], { message: 'expected "enable" or "disable"' });

export const TransitGatewayShape = z.object({
  TransitGatewayId: requiredId('tgw', "the transit gateway's ID"),
  State: z.string().optional(),
  OwnerId: z.string().optional(),
  Options: z
    .object({
      SecurityGroupReferencingSupport: enableDisable.optional(),
      DefaultRouteTableAssociation: enableDisable.optional(),
      DefaultRouteTablePropagation: enableDisable.optional(),
      AssociationDefaultRouteTableId: awsId('tgw-rtb').optional(),
      PropagationDefaultRouteTableId: awsId('tgw-rtb').optional(),
    })
    .optional(),
  Tags: TagsSchema.optional(),
});

export const TransitGatewayAttachmentShape = z.object({
  TransitGatewayAttachmentId: requiredId('tgw-attach', "the attachment's ID"),
  TransitGatewayId: requiredId('tgw', "the ID of the attachment's transit gateway"),
  ResourceType: requiredText("the attachment's resource type (vpc, vpn, peering…)"),
  ResourceId: z.string().optional(),
  State: z.string().optional(),
  Association: z
    .object({ TransitGatewayRouteTableId: awsId('tgw-rtb'), State: z.string().optional() })
    .optional(),
  Tags: TagsSchema.optional(),
});

export const TransitGatewayVpcAttachmentShape = z.object({
  TransitGatewayAttachmentId: requiredId('tgw-attach', "the attachment's ID"),
  TransitGatewayId: requiredId('tgw', "the ID of the attachment's transit gateway"),
  VpcId: requiredId('vpc', 'the ID of the attached VPC'),
  State: z.string().optional(),
  SubnetIds: z.array(awsId('subnet')).optional(),
  Options: z
    .object({
      SecurityGroupReferencingSupport: enableDisable.optional(),
      ApplianceModeSupport: enableDisable.optional(),
      Ipv6Support: enableDisable.optional(),
      DnsSupport: enableDisable.optional(),
    })
    .optional(),
  Tags: TagsSchema.optional(),
});

export const TransitGatewayRouteTableShape = z.object({
  TransitGatewayRouteTableId: requiredId('tgw-rtb', "the route table's ID"),
  TransitGatewayId: requiredId('tgw', "the ID of the table's transit gateway"),
  State: z.string().optional(),
  DefaultAssociationRouteTable: z.boolean().optional(),
  DefaultPropagationRouteTable: z.boolean().optional(),
  Tags: TagsSchema.optional(),
});

export const TRANSIT_GATEWAY_ROUTE_STATES = [
  'pending',
  'active',
  'blackhole',
  'deleting',
  'deleted',
] as const;

export const TransitGatewayRouteShape = z
  .object({
    DestinationCidrBlock: z
      .string()
      .refine((s) => isCidr(s), {
        message: 'expected an IPv4 or IPv6 CIDR block like 10.0.0.0/16',
      })
      .optional(),
    PrefixListId: awsId('pl').optional(),
    TransitGatewayAttachments: z
      .array(
        z.object({
          TransitGatewayAttachmentId: awsId('tgw-attach'),
          ResourceId: z.string().optional(),
          ResourceType: z.string().optional(),
        }),
      )
      .optional(),
    Type: z
      .enum(['static', 'propagated'], { message: 'expected "static" or "propagated"' })
      .optional(),
    State: z
      .enum(TRANSIT_GATEWAY_ROUTE_STATES, {
        message: `expected one of ${TRANSIT_GATEWAY_ROUTE_STATES.join(', ')}`,
      })
      .optional(),
  })
  .superRefine((r, ctx) => {
    if (r.DestinationCidrBlock === undefined && r.PrefixListId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DestinationCidrBlock'],
        input: undefined,
        message: 'expected a CIDR block (or a PrefixListId)',
      });
    }
  });

const TGW_RTB_ID = /^tgw-rtb-[0-9a-zA-Z]+$/;

export const TransitGatewayRoutesShape = z
  .record(z.string(), z.array(TransitGatewayRouteShape))
  .superRefine((routes, ctx) => {
    for (const key of Object.keys(routes)) {
      if (!TGW_RTB_ID.test(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: key,
          message: `expected a transit gateway route table ID like "tgw-rtb-0abc123" as the key, got ${JSON.stringify(key)}`,
        });
      }
    }
  });

export type AwsTransitGateway = z.infer<typeof TransitGatewayShape>;
export type AwsTransitGatewayAttachment = z.infer<typeof TransitGatewayAttachmentShape>;
export type AwsTransitGatewayVpcAttachment = z.infer<typeof TransitGatewayVpcAttachmentShape>;
export type AwsTransitGatewayRouteTable = z.infer<typeof TransitGatewayRouteTableShape>;
export type AwsTransitGatewayRoute = z.infer<typeof TransitGatewayRouteShape>;
