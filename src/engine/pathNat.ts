import type { IpValue } from '../model/ip.ts';
import type { CEni, CNat } from './compiled.ts';
import { internetGatewayLayer } from './layers/internetGateway.ts';
import { natGatewayLayer, natPort } from './layers/natGateway.ts';
import { networkAclLayer, sameSubnetSkip } from './layers/networkAcl.ts';
import { routeTableLayer } from './layers/routeTable.ts';
import type { Pkt } from './packet.ts';
import { hasPorts } from './protocol.ts';
import type { Walk } from './walker.ts';

/**
 * The request leaves through a NAT gateway: its subnet's ACL (in), the gateway, its ACL (out),
 * its route table, then the internet gateway. Past the gateway the packet comes from its public
 * address and its translated port. Returns the address the far end sees.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
 */
export function natRequest(w: Walk, nat: CNat, s: CEni, req: Pkt): IpValue {
  const sub = nat.subnet;
  const natPublic: IpValue =
    nat.public4 === undefined ? w.unassigned() : { family: 4, value: nat.public4 };
  const natPrivate: IpValue =
    nat.private4 === undefined ? natPublic : { family: 4, value: nat.private4 };
  const inside = sub !== undefined && sub === s.subnet ? sameSubnetSkip(sub) : undefined;
  if (sub) networkAclLayer(w, 'request', sub, 'ingress', req, inside);
  natGatewayLayer(w, 'request', nat, s, req);
  const out = w.request(natPrivate, req.dst, translated(w));
  if (sub) {
    networkAclLayer(w, 'request', sub, 'egress', out, undefined);
    const r = routeTableLayer(w, 'request', sub, out, 'nat-exit');
    const igw = r?.kind === 'internet-gateway' ? r.route.target : undefined;
    internetGatewayLayer(w, 'request', sub.vpc, undefined, igw, out);
  }
  return natPublic;
}

/** The reply comes back to the NAT gateway's port, which it turns back into the client's. */
export function natResponse(w: Walk, nat: CNat, s: CEni, back: Pkt): void {
  const sub = nat.subnet;
  if (!sub) {
    natGatewayLayer(w, 'response', nat, s, back);
    return;
  }
  internetGatewayLayer(w, 'response', sub.vpc, undefined, undefined, back);
  networkAclLayer(w, 'response', sub, 'ingress', back, undefined);
  natGatewayLayer(w, 'response', nat, s, back);
  const own: IpValue | undefined = w.f.src.kind === 'eni' ? w.f.src.own : undefined;
  const toClient = w.reply(back.src, own ?? w.unassigned());
  const inside = sub === s.subnet ? sameSubnetSkip(sub) : undefined;
  networkAclLayer(w, 'response', sub, 'egress', toClient, inside);
  routeTableLayer(w, 'response', sub, toClient, 'local');
}

function translated(w: Walk): number {
  return natPort(w.f.srcPort, hasPorts(w.f.protocol));
}
