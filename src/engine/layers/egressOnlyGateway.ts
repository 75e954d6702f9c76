import { formatIp } from '../../model/ip.ts';
import type { CVpc } from '../compiled.ts';
import type { Pkt } from '../packet.ts';
import type { Direction, HopVerdict } from '../types.ts';
import type { Emitter } from './hop.ts';

/**
 * An egress-only internet gateway carries IPv6 traffic out of its VPC and lets in only the
 * replies to it: a connection from the internet can enter only through an internet gateway.
 * https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html
 */
export function egressOnlyGatewayLayer(
  w: Emitter,
  direction: Direction,
  vpc: CVpc,
  target: string | undefined,
  pkt: Pkt,
): void {
  if (w.stopped) return;
  const id = target ?? vpc.egressOnlyGatewayId;
  const eigw = id === undefined ? undefined : w.c.egressOnlyGateways.get(id);
  const attached = eigw !== undefined && eigw.vpcId === vpc.id;
  const ipv6 = w.f.family === 6;
  const verdict: HopVerdict = attached && ipv6 ? 'allow' : 'deny';
  if (w.quick(direction, 'egress-only-internet-gateway', verdict)) return;
  w.add({
    direction,
    layer: 'egress-only-internet-gateway',
    resourceId: attached ? eigw.id : vpc.id,
    verdict,
    rule: null,
    pkt,
    reason: () =>
      !attached
        ? id === undefined
          ? `${vpc.id} has no egress-only internet gateway attached.`
          : `${id} is not attached to ${vpc.id}, so it cannot carry its traffic.`
        : !ipv6
          ? `${eigw.id} carries IPv6 traffic only.`
          : direction === 'request'
            ? `${eigw.id} is attached to ${vpc.id} and carries the IPv6 traffic out to ${formatIp(pkt.dst)}.`
            : `${eigw.id} lets in the reply to a connection that went out through it.`,
    fix:
      verdict === 'deny'
        ? () => ({
            summary: attached
              ? 'Route IPv4 traffic to an internet or NAT gateway instead.'
              : `Create an egress-only internet gateway for ${vpc.id} and route ::/0 to it.`,
            edit: null,
          })
        : undefined,
  });
}
