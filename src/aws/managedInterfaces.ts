import type { InterfaceKind } from '../model/types.ts';

/**
 * What made an interface, read from what `describe-network-interfaces` prints: AWS services make
 * requester-managed interfaces for their own use and say so in `Description`, `InterfaceType` and
 * `RequesterId`. The description names the owner for most of them (a load balancer, a Lambda
 * function, an endpoint, a NAT gateway, a transit gateway attachment); an RDS interface says only
 * `RDSNetworkInterface`.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/requester-managed-eni.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInterface.html (InterfaceType)
 */
export interface InterfaceOwner {
  readonly kind: InterfaceKind;
  /** The owner's name or ID as the description gives it (`my-alb`, `my-function`, `vpce-…`). */
  readonly owner: string | undefined;
  /** What it belongs to, in words, for a name: `RDS database`, `load balancer my-alb`. */
  readonly what: string;
  /** Set when the owner is something the engine does not model (a Gateway Load Balancer…). */
  readonly unmodelled?: string;
  /** A load balancer's own ID, as its description gives it (`app/my-alb/50dc6c495c0c9188`). */
  readonly loadBalancer?: string;
}

export interface InterfaceFacts {
  readonly Description?: string | undefined;
  readonly InterfaceType?: string | undefined;
  readonly RequesterId?: string | undefined;
  readonly instanceId?: string | undefined;
}

// "ELB app/my-alb/50dc6c495c0c9188", "ELB net/my-nlb/…", "ELB gwy/my-gwlb/…", "ELB my-classic-lb".
const ELB = /^ELB (?:(app|net|gwy)\/([^/]+)\/\S+|([^\s/]+))$/;
// "AWS Lambda VPC ENI-my-function-0c4b5f9e-2c61-4c1a-9d7e-12ab34cd56ef" (the suffix is a UUID).
const LAMBDA =
  /^AWS Lambda VPC ENI-(.+?)(?:-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/i;
const ENDPOINT = /^VPC Endpoint Interface (vpce-[0-9a-zA-Z]+)/;
const NAT = /^Interface for NAT Gateway (nat-[0-9a-zA-Z]+)/;
const TGW_ATTACHMENT =
  /^Network Interface for Transit Gateway Attachment (tgw-attach-[0-9a-zA-Z]+)/;

export function interfaceOwner(facts: InterfaceFacts): InterfaceOwner {
  const description = (facts.Description ?? '').trim();
  const type = facts.InterfaceType ?? '';
  const endpoint = ENDPOINT.exec(description)?.[1];
  if (type === 'gateway_load_balancer_endpoint') {
    return {
      kind: 'other',
      owner: endpoint,
      what: `Gateway Load Balancer endpoint ${endpoint ?? ''}`.trim(),
      unmodelled: 'Gateway Load Balancer endpoint',
    };
  }
  const elb = ELB.exec(description);
  if (type === 'gateway_load_balancer' || elb?.[1] === 'gwy') {
    const name = elb?.[2];
    return {
      kind: 'other',
      owner: name,
      what: `Gateway Load Balancer ${name ?? ''}`.trim(),
      unmodelled: 'Gateway Load Balancer',
    };
  }
  if (description.startsWith('RDSNetworkInterface') || facts.RequesterId === 'amazon-rds') {
    return { kind: 'rds', owner: undefined, what: 'RDS database' };
  }
  if (elb || type === 'load_balancer' || type === 'network_load_balancer') {
    const name = elb?.[2] ?? elb?.[3];
    return {
      kind: 'load-balancer',
      owner: name,
      what: name ?? 'load balancer',
      ...(elb ? { loadBalancer: description.slice('ELB '.length) } : {}),
    };
  }
  const lambda = LAMBDA.exec(description)?.[1];
  if (lambda !== undefined || type === 'lambda') {
    return { kind: 'lambda', owner: lambda, what: lambda ?? 'Lambda function' };
  }
  if (endpoint !== undefined || type === 'vpc_endpoint') {
    return { kind: 'interface-endpoint', owner: endpoint, what: endpoint ?? 'interface endpoint' };
  }
  const nat = NAT.exec(description)?.[1];
  if (nat !== undefined || type === 'nat_gateway' || type === 'natGateway') {
    return { kind: 'nat-gateway', owner: nat, what: nat ?? 'NAT gateway' };
  }
  const attachment = TGW_ATTACHMENT.exec(description)?.[1];
  if (attachment !== undefined || type === 'transit_gateway') {
    return {
      kind: 'transit-gateway-attachment',
      owner: attachment,
      what: attachment ?? 'transit gateway attachment',
    };
  }
  if (facts.instanceId !== undefined) {
    return { kind: 'instance', owner: facts.instanceId, what: facts.instanceId };
  }
  return { kind: 'other', owner: undefined, what: '' };
}
