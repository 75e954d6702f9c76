import { routeTargetKind } from '../types.ts';
import type { Context } from './context.ts';
import { warning, type Finding } from './finding.ts';

/**
 * A public NAT gateway sends its traffic out through the internet gateway of its own subnet's
 * route table; without such a route, private subnets behind it reach nothing.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
 * Gateways that are failed or going away carry no traffic and are not reported.
 */
const CARRIES_TRAFFIC = new Set(['pending', 'available']);

export function checkNatGateways(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const nat of ctx.scenario.natGateways) {
    if (!CARRIES_TRAFFIC.has(nat.state)) continue;
    const subnet = ctx.subnets.get(nat.subnetId);
    if (subnet === undefined) continue; // references.ts reports it
    const table = ctx.subnetRouteTable(subnet);
    const routed = table?.routes.some(
      (r) =>
        r.state === 'active' &&
        routeTargetKind(r.target) === 'internet-gateway' &&
        ctx.internetGateways.has(r.target),
    );
    if (routed === true) continue;
    const why =
      table === undefined
        ? 'has no route table'
        : `routes by ${table.id}, which has no route to an internet gateway`;
    findings.push(
      warning(
        'nat-gateway-no-internet-route',
        nat.id,
        'subnetId',
        `NAT gateway ${nat.id} cannot reach the internet: its subnet ${subnet.id} ${why}.`,
      ),
    );
  }
  return findings;
}
