import { z } from 'zod';
import { awsId, requiredId, requiredText, TagsSchema } from '../awsFields.ts';
import { GroupRefShape } from './networkInterfaces.ts';

/**
 * VPC endpoints as `describe-vpc-endpoints` prints them, and egress-only internet gateways as
 * `describe-egress-only-internet-gateways` does. `VpcEndpointType` and `State` are kept as text
 * (AWS prints `Gateway`, `Interface`, `GatewayLoadBalancer`…, and adds kinds over time): the
 * importer reads the ones it knows and warns about the others.
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpcEndpoint.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EgressOnlyInternetGateway.html
 */

export const VpcEndpointShape = z.object({
  VpcEndpointId: requiredId('vpce', "the endpoint's ID"),
  VpcEndpointType: requiredText("the endpoint's type (Gateway, Interface, GatewayLoadBalancer…)"),
  VpcId: requiredId('vpc', "the ID of the endpoint's VPC"),
  ServiceName: z.string().optional(),
  State: z.string().optional(),
  PolicyDocument: z.string().optional(),
  RouteTableIds: z.array(awsId('rtb')).optional(),
  SubnetIds: z.array(awsId('subnet')).optional(),
  Groups: z.array(GroupRefShape).optional(),
  NetworkInterfaceIds: z.array(awsId('eni')).optional(),
  RequesterManaged: z.boolean().optional(),
  Tags: TagsSchema.optional(),
});

export const EgressOnlyInternetGatewayShape = z.object({
  EgressOnlyInternetGatewayId: requiredId('eigw', "the gateway's ID"),
  Attachments: z.array(z.object({ State: z.string(), VpcId: awsId('vpc') })).optional(),
  Tags: TagsSchema.optional(),
});

export type AwsVpcEndpoint = z.infer<typeof VpcEndpointShape>;
export type AwsEgressOnlyInternetGateway = z.infer<typeof EgressOnlyInternetGatewayShape>;
