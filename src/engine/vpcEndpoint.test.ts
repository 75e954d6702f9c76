import { describe, expect, it } from 'vitest';
import { allow, allTraffic, hop, scenario, steps, tcp, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';

const S3 = '52.216.10.20';

/** A private subnet (no internet route) whose table a gateway endpoint to S3 lists. */
function world(opts: { aclIngress?: ReturnType<typeof allow>[] } = {}) {
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .routeTable('rtb-private', 'vpc-a')
    .nacl('acl-private', 'vpc-a', {
      ingress: opts.aclIngress ?? [allow(100, 'all', '0.0.0.0/0')],
      egress: [allow(100, 'all', '0.0.0.0/0')],
    })
    .subnet('subnet-private', 'vpc-a', '10.0.2.0/24', {
      routeTable: 'rtb-private',
      nacl: 'acl-private',
    })
    .prefixList('pl-s3', 'IPv4', ['52.216.0.0/15'])
    .gatewayEndpoint('vpce-s3', 'vpc-a', 'pl-s3', ['rtb-private'])
    .group('sg-app', 'vpc-a', { ingress: [allTraffic('10.0.0.0/16')], egress: [tcp(443, 'pl-s3')] })
    .instance('i-app', 'subnet-private', '10.0.2.10', { groups: ['sg-app'] });
}

// https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html: "We add a route
// [...] that uses the prefix list for the service as the destination and the endpoint as the
// target", and traffic to the service then goes through the endpoint, not the internet.
describe('gateway endpoints', () => {
  it('carry the request from the route table they list, and the answer back through the source subnet', () => {
    const t = evaluate(world().build(), tcpFlow('i-app', S3, 443));
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual([
      'request:security-group-egress',
      'request:nacl-egress',
      'request:route',
      'request:vpc-endpoint',
      'response:vpc-endpoint',
      'response:nacl-ingress',
      'response:security-group-ingress',
    ]);
    expect(hop(t, 'request', 'route').rule).toMatchObject({
      route: { destination: 'pl-s3', target: 'vpce-s3' },
      implicit: true,
    });
    expect(hop(t, 'request', 'vpc-endpoint').resourceId).toBe('vpce-s3');
    expect(hop(t, 'request', 'security-group-egress').rule).toMatchObject({
      rule: { peer: { prefixListId: 'pl-s3' } },
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html: the answer returns
  // to the client's ephemeral port, which the subnet's network ACL must let in.
  it("is blocked on the response by the source subnet's network ACL", () => {
    const s = world({
      aclIngress: [allow(100, 'tcp', '10.0.0.0/16', { ports: [0, 65535] })],
    }).build();
    expect(evaluate(s, tcpFlow('i-app', S3, 443)).blockedBy).toEqual({
      direction: 'response',
      layer: 'nacl-ingress',
      resourceId: 'acl-private',
      ruleNumber: 32767,
    });
  });

  it('blocks when the endpoint is not available, naming it, and warns of a policy it cannot read', () => {
    const down = world().build();
    down.vpcEndpoints[0]!.state = 'pending';
    expect(evaluate(down, tcpFlow('i-app', S3, 443)).blockedBy).toEqual({
      direction: 'request',
      layer: 'vpc-endpoint',
      resourceId: 'vpce-s3',
    });
    const policy = world().build();
    policy.vpcEndpoints[0]!.policyIsDefault = false;
    const t = evaluate(policy, tcpFlow('i-app', S3, 443));
    expect(t.verdict).toBe('allowed');
    expect(t.warnings).toContain(
      'vpce-s3: its endpoint policy is not the default full-access policy, which is not modelled.',
    );
  });

  it('do not serve a route table they do not list: there the service is on the internet', () => {
    const s = world()
      .subnet('subnet-other', 'vpc-a', '10.0.3.0/24')
      .instance('i-other', 'subnet-other', '10.0.3.10', { groups: ['sg-app'] })
      .build();
    const t = evaluate(s, tcpFlow('i-other', S3, 443));
    expect(t.blockedBy).toEqual({ direction: 'request', layer: 'route', resourceId: 'rtb-amain' });
  });
});
