import { describe, expect, it } from 'vitest';
import { flow, scenario, steps, tcpFlow } from './__fixtures__/build.ts';
import { evaluate } from './evaluate.ts';
import { FlowError } from './types.ts';

/** An instance whose group allows nothing either way, in a subnet whose ACL denies everything. */
function lockedDown() {
  return scenario()
    .vpc('vpc-a', '10.0.0.0/16')
    .nacl('acl-closed', 'vpc-a')
    .routeTable('rtb-isolated', 'vpc-a')
    .subnet('subnet-a', 'vpc-a', '10.0.1.0/24', { nacl: 'acl-closed', routeTable: 'rtb-isolated' })
    .group('sg-nothing', 'vpc-a', { ingress: [], egress: [] })
    .instance('i-a', 'subnet-a', '10.0.1.10', { groups: ['sg-nothing'] })
    .build();
}

const SKIPPED_PATH = [
  'request:security-group-egress',
  'request:nacl-egress',
  'response:nacl-ingress',
  'response:security-group-ingress',
];

describe('Amazon-provided services', () => {
  // https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html ("the base of the VPC
  // network range plus two"); https://docs.aws.amazon.com/vpc/latest/userguide/nacl-basics.html and
  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html: security groups
  // and network ACLs do not filter traffic to or from Amazon DNS.
  it('lets an instance reach the Amazon DNS resolver at the VPC base + 2 whatever its group and ACL say', () => {
    const t = evaluate(lockedDown(), flow('i-a', '10.0.0.2', 'udp', { port: 53 }));
    expect(t.verdict).toBe('allowed');
    expect(t.blockedBy).toBeNull();
    expect(steps(t)).toEqual(SKIPPED_PATH);
    for (const h of t.hops) expect(h.verdict).toBe('skip');
    expect(t.hops.map((h) => h.resourceId)).toEqual(['i-a', 'acl-closed', 'acl-closed', 'i-a']);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html (169.254.169.253)
  it('lets an instance reach the Amazon DNS resolver at 169.254.169.253 whatever its group and ACL say', () => {
    const t = evaluate(lockedDown(), flow('i-a', '169.254.169.253', 'udp', { port: 53 }));
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual(SKIPPED_PATH);
    for (const h of t.hops) expect(h.verdict).toBe('skip');
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html;
  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-basics.html (instance metadata)
  it('lets an instance reach instance metadata at 169.254.169.254 whatever its group and ACL say', () => {
    const t = evaluate(lockedDown(), tcpFlow('i-a', '169.254.169.254', 80));
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual(SKIPPED_PATH);
    for (const h of t.hops) expect(h.verdict).toBe('skip');
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/set-time.html (Amazon Time Sync Service
  // at 169.254.169.123); https://docs.aws.amazon.com/vpc/latest/userguide/nacl-basics.html
  it('lets an instance reach the Amazon Time Sync Service at 169.254.169.123 whatever its group and ACL say', () => {
    const t = evaluate(lockedDown(), flow('i-a', '169.254.169.123', 'udp', { port: 123 }));
    expect(t.verdict).toBe('allowed');
    expect(steps(t)).toEqual(SKIPPED_PATH);
    for (const h of t.hops) expect(h.verdict).toBe('skip');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html (the resolver answers
  // instances of the VPC); https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html
  // (metadata is reachable only from the instance). spec/cli-analyze.md: an instance is one end.
  it('refuses a flow between an internet host and an Amazon service, which only instances reach', () => {
    const s = lockedDown();
    for (const service of ['10.0.0.2', '169.254.169.253', '169.254.169.254', '169.254.169.123']) {
      expect(
        () => evaluate(s, flow('198.51.100.1', service, 'udp', { port: 53 })),
        service,
      ).toThrow(FlowError);
      expect(
        () => evaluate(s, flow(service, '198.51.100.1', 'udp', { port: 53 })),
        service,
      ).toThrow(FlowError);
    }
  });
});
