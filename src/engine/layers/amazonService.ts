import { formatIp } from '../../model/ip.ts';
import type { CInstance } from '../compile.ts';
import type { Pkt } from '../packet.ts';
import type { AmazonService } from '../resolve.ts';
import type { Direction, Layer } from '../types.ts';
import type { Emitter } from './hop.ts';

/**
 * Neither security groups nor network ACLs filter the Amazon DNS resolver, instance metadata
 * or Time Sync: the hop is listed, and skipped with that reason.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-basics.html
 */
export function amazonServiceSkip(
  w: Emitter,
  direction: Direction,
  layer: Layer,
  inst: CInstance,
  service: AmazonService,
  serviceAddress: Pkt['dst'],
  pkt: Pkt,
): void {
  if (w.stopped || w.quick(direction, layer, 'skip')) return;
  const sg = layer.startsWith('security-group');
  w.add({
    direction,
    layer,
    resourceId: sg ? inst.id : (inst.subnet.nacl?.id ?? inst.subnet.id),
    verdict: 'skip',
    rule: null,
    reason: () =>
      `${sg ? 'Security groups' : 'Network ACLs'} do not filter traffic to or from the ${service} (${formatIp(serviceAddress)}), so this hop does not apply.`,
    pkt,
    subnetId: inst.subnet.id,
  });
}
