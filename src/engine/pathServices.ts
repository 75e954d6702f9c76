import { amazonServiceSkip } from './layers/amazonService.ts';
import type { Pkt } from './packet.ts';
import type { Direction, Layer } from './types.ts';
import type { Walk } from './walker.ts';

/**
 * Between an interface and an Amazon service of its VPC (DNS resolver, instance metadata, Time
 * Sync): neither security groups nor network ACLs filter them, so every hop is skipped.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-basics.html
 */
export function amazonServiceFlow(w: Walk): void {
  const { src, dst } = w.f;
  const end = src.kind === 'eni' ? src : dst.kind === 'eni' ? dst : undefined;
  const service = src.kind === 'service' ? src : dst.kind === 'service' ? dst : undefined;
  // resolveFlow guarantees one end is an interface and the other, here, a service.
  if (end?.kind !== 'eni' || service?.kind !== 'service') return;
  const i = end.eni;
  const out = src.kind === 'eni';
  const req = out ? w.request(end.own, service.address) : w.request(service.address, end.own);
  const skip = (direction: Direction, layer: Layer, pkt: Pkt) =>
    amazonServiceSkip(w, direction, layer, i, service.service, service.address, pkt);
  skip('request', out ? 'security-group-egress' : 'security-group-ingress', req);
  skip('request', out ? 'nacl-egress' : 'nacl-ingress', req);
  if (!w.f.hasResponse) return;
  const back = w.reply(req.dst, req.src);
  skip('response', out ? 'nacl-ingress' : 'nacl-egress', back);
  skip('response', out ? 'security-group-ingress' : 'security-group-egress', back);
}
