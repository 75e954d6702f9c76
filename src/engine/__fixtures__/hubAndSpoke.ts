import type { FlowSpec, Scenario } from '../../model/types.ts';
import { allow, allTraffic, tcp } from './rules.ts';
import { scenario } from './build.ts';

/**
 * A hub-and-spoke network: two spoke VPCs and a shared-services VPC attached to one transit
 * gateway (attachment subnets with their own network ACLs in two zones), plus an S3 gateway
 * endpoint in the shared VPC. `flow` crosses the transit gateway from one spoke to the other.
 */
export function hubAndSpoke(): { scenario: Scenario; flow: FlowSpec } {
  const open = {
    ingress: [allow(100, 'all', '10.0.0.0/8')],
    egress: [allow(100, 'all', '10.0.0.0/8')],
  };
  const b = scenario()
    .tgw('tgw-0hub')
    .tgwRouteTable('tgw-rtb-0hub', 'tgw-0hub', ['tgw-attach-0a', 'tgw-attach-0b', 'tgw-attach-0s']);
  for (const [x, n] of [
    ['a', 1],
    ['b', 2],
    ['s', 3],
  ] as const) {
    const vpc = `vpc-0${x}`;
    b.vpc(vpc, `10.${n}.0.0/16`)
      .nacl(`acl-0${x}tgw`, vpc, open)
      .nacl(`acl-0${x}app`, vpc, {
        ingress: [
          allow(100, 'tcp', '10.0.0.0/8', { ports: 443 }),
          allow(110, 'tcp', '10.0.0.0/8', { ports: [1024, 65535] }),
        ],
        egress: [allow(100, 'all', '0.0.0.0/0')],
      })
      .subnet(`subnet-0${x}tgw1`, vpc, `10.${n}.0.0/28`, { nacl: `acl-0${x}tgw` })
      .subnet(`subnet-0${x}tgw2`, vpc, `10.${n}.0.16/28`, {
        nacl: `acl-0${x}tgw`,
        zone: 'us-east-1b',
      })
      .subnet(`subnet-0${x}app`, vpc, `10.${n}.1.0/24`, { nacl: `acl-0${x}app` })
      .attachment(`tgw-attach-0${x}`, 'tgw-0hub', vpc, [`subnet-0${x}tgw1`, `subnet-0${x}tgw2`], {
        routeTable: 'tgw-rtb-0hub',
      })
      .routes(`rtb-0${x}main`, [['10.0.0.0/8', 'tgw-0hub']])
      .group(`sg-0${x}app`, vpc, {
        ingress: [tcp(443, '10.0.0.0/8'), allTraffic(`10.${n}.0.0/16`)],
      })
      .instance(`i-0${x}app`, `subnet-0${x}app`, `10.${n}.1.10`, { groups: [`sg-0${x}app`] });
  }
  b.prefixList('pl-0s3', 'IPv4', ['52.216.0.0/15', '3.5.0.0/19']).gatewayEndpoint(
    'vpce-0s3',
    'vpc-0s',
    'pl-0s3',
    ['rtb-0smain'],
  );
  return {
    scenario: b.build(),
    flow: {
      source: { instanceId: 'i-0aapp' },
      destination: { instanceId: 'i-0bapp' },
      protocol: 'tcp',
      port: 443,
    },
  };
}
