import { z } from 'zod';
import {
  EgressOnlyInternetGatewayIdSchema,
  name,
  NetworkInterfaceIdSchema,
  PrefixListIdSchema,
  RouteTableIdSchema,
  SecurityGroupIdSchema,
  SubnetIdSchema,
  VpcEndpointIdSchema,
  VpcIdSchema,
} from './primitives.ts';

/**
 * A VPC endpoint. A gateway endpoint (S3, DynamoDB) is a route target: AWS adds a route from the
 * service's prefix list to it in each route table it lists. An interface endpoint is network
 * interfaces in subnets, with security groups, like any other interface.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html
 */
export const VpcEndpointSchema = z.object({
  id: VpcEndpointIdSchema,
  name,
  vpcId: VpcIdSchema,
  type: z.enum(['gateway', 'interface', 'gateway-load-balancer']),
  /** `com.amazonaws.us-east-1.s3` and the like. */
  serviceName: z.string().min(1).max(255),
  state: z
    .enum([
      'pending-acceptance',
      'pending',
      'available',
      'deleting',
      'deleted',
      'rejected',
      'failed',
      'expired',
    ])
    .default('available'),
  /** Gateway endpoints: the route tables AWS adds the service's route to. */
  routeTableIds: z.array(RouteTableIdSchema).default([]),
  /** Gateway endpoints: the service's prefix list, the destination of those routes. */
  prefixListId: PrefixListIdSchema.optional(),
  /** Interface endpoints: one subnet per zone, the groups and the interfaces AWS made there. */
  subnetIds: z.array(SubnetIdSchema).default([]),
  securityGroupIds: z.array(SecurityGroupIdSchema).default([]),
  networkInterfaceIds: z.array(NetworkInterfaceIdSchema).default([]),
  /** False when the endpoint policy is not AWS's default full-access one (not modelled). */
  policyIsDefault: z.boolean().default(true),
});

/**
 * An egress-only internet gateway: IPv6 out, and only replies back in.
 * https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html
 */
export const EgressOnlyInternetGatewaySchema = z.object({
  id: EgressOnlyInternetGatewayIdSchema,
  name,
  /** The VPC it is attached to; absent when detached. */
  vpcId: VpcIdSchema.optional(),
});
