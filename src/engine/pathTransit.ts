import type { EniAt } from './layers/internetGateway.ts';
import { networkAclLayer } from './layers/networkAcl.ts';
import {
  attachmentSubnetSkip,
  entrySubnet,
  exitSubnet,
  transitGatewayLayer,
} from './layers/transitGateway.ts';
import type { Pkt } from './packet.ts';
import type { Direction } from './types.ts';
import type { Walk } from './walker.ts';

/**
 * Through a transit gateway, as AWS's "How network ACLs work with transit gateways" says: the
 * packet enters by the sending VPC's attachment subnet in the sender's zone (its inbound rules,
 * matched on the source address, evaluated even when it is the sender's own subnet), crosses the
 * transit gateway, and leaves by the receiving VPC's attachment subnet (its outbound rules,
 * matched on the destination address); when that subnet is the receiver's own, neither its
 * outbound rules nor the receiver's inbound rules are evaluated.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-nacls.html
 *
 * Returns why the receiver's inbound network ACL is skipped, when it is.
 */
function cross(
  w: Walk,
  direction: Direction,
  from: EniAt,
  to: EniAt,
  tgwId: string,
  pkt: Pkt,
): (() => string) | undefined {
  const c = w.c;
  const fromZone = from.eni.subnet.zone;
  const entry = entrySubnet(c.vpcAttachment(tgwId, from.eni.vpc.id), fromZone);
  if (entry) networkAclLayer(w, direction, entry, 'ingress', pkt, undefined);
  const exit = transitGatewayLayer(w, direction, tgwId, from.eni.vpc, fromZone, to.eni.vpc, pkt);
  const out = exitSubnet(exit, fromZone, to.eni.subnet.zone);
  const skip = out && out === to.eni.subnet ? attachmentSubnetSkip(out) : undefined;
  if (out) networkAclLayer(w, direction, out, 'egress', pkt, skip);
  return skip;
}

/** The request's middle hops over the transit gateway its route names (or that joins the VPCs). */
export function transitRequest(
  w: Walk,
  s: EniAt,
  d: EniAt,
  tgwFromRoute: string | undefined,
  req: Pkt,
): { readonly tgwId: string; readonly skipArrival: (() => string) | undefined } {
  const tgwId =
    tgwFromRoute ?? w.c.transitGatewayBetween(s.eni.vpc.id, d.eni.vpc.id)?.id ?? 'tgw-none';
  return { tgwId, skipArrival: cross(w, 'request', s, d, tgwId, req) };
}

/** The response's middle hops, the same way back: it needs its own routes. */
export function transitResponse(
  w: Walk,
  d: EniAt,
  s: EniAt,
  tgwId: string | undefined,
  back: Pkt,
): (() => string) | undefined {
  const id = tgwId ?? w.c.transitGatewayBetween(d.eni.vpc.id, s.eni.vpc.id)?.id ?? 'tgw-none';
  return cross(w, 'response', d, s, id, back);
}
