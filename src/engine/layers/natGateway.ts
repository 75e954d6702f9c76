import { formatIp } from '../../model/ip.ts';
import type { CInstance, CNat } from '../compile.ts';
import { instanceLabel } from '../explain.ts';
import type { Pkt } from '../packet.ts';
import { PROTO } from '../protocol.ts';
import type { Direction } from '../types.ts';
import type { Emitter } from './hop.ts';

/**
 * A NAT gateway carries TCP, UDP and ICMP over IPv4, and does not serve its own subnet.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
 */
export function natGatewayProblem(
  nat: CNat,
  s: CInstance,
  family: 4 | 6,
  protocol: number,
): string | undefined {
  if (!nat.available) return `${nat.id} is not available`;
  if (nat.subnet === undefined) return `${nat.id}'s subnet is not in the scenario`;
  if (nat.subnet.vpc.id !== s.vpc.id) return `${nat.id} is in another VPC than ${instanceLabel(s)}`;
  if (nat.subnet === s.subnet)
    return `${nat.id} does not serve instances of its own subnet (${s.subnet.id}); they need a route to the internet gateway instead`;
  if (family === 6) return `${nat.id} translates IPv4 only`;
  if (protocol !== PROTO.tcp && protocol !== PROTO.udp && protocol !== PROTO.icmp)
    return `${nat.id} carries only TCP, UDP and ICMP`;
  return undefined;
}

export function natGatewayLayer(
  w: Emitter,
  direction: Direction,
  nat: CNat,
  s: CInstance,
  pkt: Pkt,
): void {
  if (w.stopped) return;
  const problem = natGatewayProblem(nat, s, w.f.family, pkt.protocol);
  if (w.quick(direction, 'nat-gateway', problem ? 'deny' : 'allow')) return;
  w.add({
    direction,
    layer: 'nat-gateway',
    resourceId: nat.id,
    verdict: problem ? 'deny' : 'allow',
    rule: null,
    pkt,
    subnetId: nat.subnet?.id,
    reason: () =>
      problem
        ? `${problem}.`
        : direction === 'request'
          ? `${nat.id} replaces the source ${formatIp(pkt.src)} with its own public address and forwards the request to the internet.`
          : `${nat.id} recognises the reply to a connection it opened and forwards it back to ${instanceLabel(s)}.`,
    fix: problem
      ? () => ({
          summary: `${problem}. Route this traffic another way (an internet gateway for a public subnet, or a NAT gateway in another subnet).`,
          edit: null,
        })
      : undefined,
  });
}
