import { formatIp } from '../../model/ip.ts';
import type { CEni, CNat } from '../compiled.ts';
import { eniLabel } from '../explain.ts';
import type { Pkt } from '../packet.ts';
import { hasPorts, PROTO } from '../protocol.ts';
import type { Direction } from '../types.ts';
import type { Emitter } from './hop.ts';

/**
 * A NAT gateway carries TCP, UDP and ICMP over IPv4, and does not serve its own subnet. It
 * translates the source to its own address, and the source port to one of 1024-65535: the
 * client's own port when it is in that range, else 1024 (spec/cli-analyze.md).
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
 */
export function natGatewayProblem(
  nat: CNat,
  s: CEni,
  family: 4 | 6,
  protocol: number,
): string | undefined {
  if (!nat.available) return `${nat.id} is not available`;
  if (nat.subnet === undefined) return `${nat.id}'s subnet is not in the scenario`;
  if (nat.subnet.vpc.id !== s.vpc.id) return `${nat.id} is in another VPC than ${eniLabel(s)}`;
  if (nat.subnet === s.subnet)
    return `${nat.id} does not serve interfaces of its own subnet (${s.subnet.id}); they need a route to the internet gateway instead`;
  if (family === 6) return `${nat.id} translates IPv4 only`;
  if (protocol !== PROTO.tcp && protocol !== PROTO.udp && protocol !== PROTO.icmp)
    return `${nat.id} carries only TCP, UDP and ICMP`;
  return undefined;
}

/** The source port a NAT gateway sends from for a client's port (0 stays 0: no ports). */
export function natPort(clientPort: number, ports: boolean): number {
  return !ports || clientPort >= 1024 ? clientPort : 1024;
}

export function natGatewayLayer(
  w: Emitter,
  direction: Direction,
  nat: CNat,
  s: CEni,
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
          ? `${nat.id} replaces the source ${formatIp(pkt.src)} with its own public address${hasPorts(pkt.protocol) ? ` (from port ${natPort(pkt.srcPort, true)})` : ''} and forwards the request to the internet.`
          : `${nat.id} recognises the reply to a connection it opened and forwards it back to ${eniLabel(s)}.`,
    fix: problem
      ? () => ({
          summary: `${problem}. Route this traffic another way (an internet gateway for a public subnet, or a NAT gateway in another subnet).`,
          edit: null,
        })
      : undefined,
  });
}
