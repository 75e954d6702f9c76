import { formatIp } from '../../model/ip.ts';
import type { CRouteTable, CVpc } from '../compiled.ts';
import type { Pkt } from '../packet.ts';
import type { Direction, HopVerdict } from '../types.ts';
import type { Emitter } from './hop.ts';

/**
 * A gateway endpoint carries traffic from the route tables it lists to its service (S3,
 * DynamoDB) without the internet; the service answers the same way. Its policy is not modelled:
 * one that is not the default full-access policy is said as a warning.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 */
export function vpcEndpointLayer(
  w: Emitter,
  direction: Direction,
  endpointId: string,
  vpc: CVpc,
  table: CRouteTable | undefined,
  pkt: Pkt,
): void {
  if (w.stopped) return;
  const e = w.c.endpoints.get(endpointId);
  const problem = !e
    ? `${endpointId} is not an endpoint of this scenario`
    : e.vpcId !== vpc.id
      ? `${e.id} is an endpoint of ${e.vpcId}, not of ${vpc.id}`
      : e.type !== 'gateway'
        ? `${e.id} is not a gateway endpoint`
        : !e.available
          ? `${e.id} is ${e.state}, not available, so it carries no traffic`
          : table && !e.routeTableIds.has(table.id)
            ? `${e.id} does not list ${table.id}, so AWS routes nothing of it there`
            : undefined;
  const verdict: HopVerdict = problem ? 'deny' : 'allow';
  if (w.quick(direction, 'vpc-endpoint', verdict)) return;
  const service = e?.serviceName ?? 'its service';
  w.add({
    direction,
    layer: 'vpc-endpoint',
    resourceId: endpointId,
    verdict,
    rule: null,
    pkt,
    reason: () =>
      problem
        ? `${problem}.`
        : direction === 'request'
          ? `${endpointId} is an available gateway endpoint of ${vpc.id}: it carries the request for ${formatIp(pkt.dst)} to ${service} without the internet.`
          : `${service} answers through ${endpointId}.`,
    warning:
      e && !e.policyIsDefault
        ? () =>
            `${e.id}: its endpoint policy is not the default full-access policy, which is not modelled.`
        : undefined,
    fix: problem ? () => ({ summary: `${problem}.`, edit: null }) : undefined,
  });
}
