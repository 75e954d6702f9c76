import { describe, expect, it } from 'vitest';
import { isDefaultPolicy, vpcEndpointFromAws } from './vpcEndpoints.ts';
import { ImportWarnings } from './warnings.ts';

// https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#default-endpoint-policy
describe('isDefaultPolicy', () => {
  it('knows AWS default full-access policy, however it is written', () => {
    const full = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' };
    expect(isDefaultPolicy(undefined)).toBe(true);
    expect(isDefaultPolicy(JSON.stringify({ Version: '2008-10-17', Statement: [full] }))).toBe(
      true,
    );
    expect(
      isDefaultPolicy(JSON.stringify({ Statement: { ...full, Principal: { AWS: '*' } } })),
    ).toBe(true);
  });

  it('anything narrower is not the default', () => {
    const base = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' };
    const policy = (s: object) => JSON.stringify({ Statement: [s] });
    expect(isDefaultPolicy(policy({ ...base, Action: 's3:GetObject' }))).toBe(false);
    expect(isDefaultPolicy(policy({ ...base, Resource: 'arn:aws:s3:::logs/*' }))).toBe(false);
    expect(isDefaultPolicy(policy({ ...base, Condition: { StringEquals: {} } }))).toBe(false);
    expect(isDefaultPolicy(policy({ ...base, Effect: 'Deny' }))).toBe(false);
    expect(isDefaultPolicy('not json')).toBe(false);
  });
});

// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpcEndpoint.html
describe('vpcEndpointFromAws', () => {
  const ctx = {
    vpcs: new Set(['vpc-1']),
    routeTables: new Set(['rtb-1']),
    subnets: new Set(['subnet-1']),
    routedLists: new Map<string, string>(),
    listsByName: new Map([['com.amazonaws.eu-west-1.s3', 'pl-6da54004']]),
  };

  it('reads the state as the CLI prints it (lowercase or PascalCase, camelCase for two words)', () => {
    const read = (State: string) =>
      vpcEndpointFromAws(
        { VpcEndpointId: 'vpce-1', VpcEndpointType: 'Gateway', VpcId: 'vpc-1', State },
        ctx,
        new ImportWarnings(),
      )?.state;
    expect(read('available')).toBe('available');
    expect(read('Available')).toBe('available');
    expect(read('pendingAcceptance')).toBe('pending-acceptance');
  });

  it("finds a gateway endpoint's prefix list by its service's name when no route names it", () => {
    const warnings = new ImportWarnings();
    const e = vpcEndpointFromAws(
      {
        VpcEndpointId: 'vpce-1',
        VpcEndpointType: 'Gateway',
        VpcId: 'vpc-1',
        ServiceName: 'com.amazonaws.eu-west-1.s3',
        RouteTableIds: ['rtb-1', 'rtb-gone'],
      },
      ctx,
      warnings,
    );
    expect(e).toMatchObject({ prefixListId: 'pl-6da54004', routeTableIds: ['rtb-1'] });
    expect(warnings.list()).toEqual([
      'vpce-1: names rtb-gone, which is not in the bundle (RouteTables); it is ignored',
    ]);
  });

  it('keeps a Gateway Load Balancer endpoint with a warning, and leaves out kinds it does not know', () => {
    const warnings = new ImportWarnings();
    const gwlb = vpcEndpointFromAws(
      { VpcEndpointId: 'vpce-2', VpcEndpointType: 'GatewayLoadBalancer', VpcId: 'vpc-1' },
      ctx,
      warnings,
    );
    expect(gwlb?.type).toBe('gateway-load-balancer');
    const resource = vpcEndpointFromAws(
      { VpcEndpointId: 'vpce-3', VpcEndpointType: 'Resource', VpcId: 'vpc-1' },
      ctx,
      warnings,
    );
    expect(resource).toBeNull();
    expect(warnings.list()).toEqual([
      'vpce-2: Gateway Load Balancer endpoint is not modelled: routes to it make a flow unknown',
      'vpce-3: Resource endpoint is not modelled; it is left out (its interfaces stay)',
    ]);
    expect(warnings.scoped().map((w) => w.scope)).toEqual([
      ['vpce-2', 'vpc-1'],
      ['vpce-3', 'vpc-1'],
    ]);
  });
});
