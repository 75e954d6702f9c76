import { describe, expect, it } from 'vitest';
import { interfaceOwner } from './managedInterfaces.ts';

// What made an interface, as describe-network-interfaces says it: Description, InterfaceType,
// RequesterId. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/requester-managed-eni.html
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInterface.html
describe('interfaceOwner', () => {
  it('reads RDS, which names no database, by its description or its requester', () => {
    expect(interfaceOwner({ Description: 'RDSNetworkInterface' })).toMatchObject({ kind: 'rds' });
    expect(interfaceOwner({ Description: '', RequesterId: 'amazon-rds' })).toMatchObject({
      kind: 'rds',
    });
  });

  it('reads application, network and classic load balancers, with their name and ID', () => {
    expect(
      interfaceOwner({
        Description: 'ELB app/my-alb/50dc6c495c0c9188',
        InterfaceType: 'interface',
      }),
    ).toEqual({
      kind: 'load-balancer',
      owner: 'my-alb',
      what: 'my-alb',
      loadBalancer: 'app/my-alb/50dc6c495c0c9188',
    });
    expect(
      interfaceOwner({
        Description: 'ELB net/my-nlb/0a1b2c3d4e5f6a7b',
        InterfaceType: 'network_load_balancer',
      }),
    ).toMatchObject({ kind: 'load-balancer', owner: 'my-nlb' });
    expect(interfaceOwner({ Description: 'ELB legacy-web' })).toMatchObject({
      kind: 'load-balancer',
      owner: 'legacy-web',
      loadBalancer: 'legacy-web',
    });
  });

  it('reads a Lambda function, with or without the UUID AWS appends', () => {
    expect(
      interfaceOwner({
        Description: 'AWS Lambda VPC ENI-thumbs-0c4b5f9e-2c61-4c1a-9d7e-12ab34cd56ef',
        InterfaceType: 'lambda',
      }),
    ).toMatchObject({ kind: 'lambda', owner: 'thumbs' });
    expect(
      interfaceOwner({ Description: 'AWS Lambda VPC ENI-sf_metrics-lambda-uat' }),
    ).toMatchObject({ kind: 'lambda', owner: 'sf_metrics-lambda-uat' });
  });

  it('reads interface endpoints, NAT gateways and transit gateway attachments by the ID they name', () => {
    expect(
      interfaceOwner({
        Description: 'VPC Endpoint Interface vpce-0b2c1fbdeb8cd4a0c',
        InterfaceType: 'vpc_endpoint',
      }),
    ).toMatchObject({ kind: 'interface-endpoint', owner: 'vpce-0b2c1fbdeb8cd4a0c' });
    expect(
      interfaceOwner({
        Description: 'Interface for NAT Gateway nat-0198555d8961ff47f',
        InterfaceType: 'nat_gateway',
      }),
    ).toMatchObject({ kind: 'nat-gateway', owner: 'nat-0198555d8961ff47f' });
    expect(
      interfaceOwner({
        Description:
          'Network Interface for Transit Gateway Attachment tgw-attach-0a7b64acda3bc9f52',
        InterfaceType: 'transit_gateway',
      }),
    ).toMatchObject({ kind: 'transit-gateway-attachment', owner: 'tgw-attach-0a7b64acda3bc9f52' });
  });

  it('marks Gateway Load Balancers and their endpoints as not modelled', () => {
    expect(
      interfaceOwner({
        Description: 'VPC Endpoint Interface vpce-0aaa',
        InterfaceType: 'gateway_load_balancer_endpoint',
      }),
    ).toMatchObject({
      kind: 'other',
      owner: 'vpce-0aaa',
      unmodelled: 'Gateway Load Balancer endpoint',
    });
    expect(interfaceOwner({ Description: 'ELB gwy/inspect/0a1b2c3d' })).toMatchObject({
      kind: 'other',
      unmodelled: 'Gateway Load Balancer',
    });
  });

  it('reads an interface of an instance, and anything else as other', () => {
    expect(interfaceOwner({ Description: '', instanceId: 'i-1' })).toMatchObject({
      kind: 'instance',
    });
    expect(interfaceOwner({ Description: 'EFS mount target for fs-1 (fsmt-1)' })).toMatchObject({
      kind: 'other',
    });
  });
});
