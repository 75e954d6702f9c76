import { formatIp, type IpValue } from '../../model/ip.ts';
import type { CInstance, CVpc } from '../compile.ts';
import { instanceLabel } from '../explain.ts';
import type { Pkt } from '../packet.ts';
import type { ResolvedFlow } from '../resolve.ts';
import type { Direction, HopVerdict } from '../types.ts';
import type { Emitter, Proposal } from './hop.ts';

/**
 * Internet traffic needs an internet gateway attached to the VPC and a public address on the
 * instance. https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
 *
 * `inst` is the instance whose traffic the gateway carries (none for a NAT gateway's), `target`
 * the gateway a route named, and `inbound` is set on the hop by which a request enters the VPC.
 */
export function internetGatewayLayer(
  w: Emitter,
  direction: Direction,
  vpc: CVpc,
  inst: CInstance | undefined,
  target: string | undefined,
  pkt: Pkt,
  inbound = false,
): void {
  if (w.stopped) return;
  const { c, f } = w;
  const addressed = inbound && f.dst.kind === 'instance' ? f.dst.address : null;
  const privateTarget =
    inst !== undefined && f.family === 4 && addressed !== null && addressed.value === inst.private4;
  const noPublic = inst !== undefined && publicOf(f, inst) === undefined;
  const igwId = target ?? vpc.internetGatewayId;
  const igw = igwId === undefined ? undefined : c.internetGateways.get(igwId);
  const detached = !igw || igw.vpcId !== vpc.id;
  const verdict: HopVerdict = privateTarget || noPublic || detached ? 'deny' : 'allow';
  if (w.quick(direction, 'internet-gateway', verdict)) return;

  const fam = f.family === 4 ? 'public IPv4 address' : 'IPv6 address';
  if (inst && (privateTarget || noPublic)) {
    w.add({
      direction,
      layer: 'internet-gateway',
      rule: null,
      pkt,
      verdict,
      resourceId: inst.id,
      subnetId: inst.subnet.id,
      reason: () =>
        privateTarget
          ? `${formatIp(addressed as IpValue)} is ${instanceLabel(inst)}'s private address, which cannot be reached from the internet.`
          : `${instanceLabel(inst)} has no ${fam}, so it cannot talk to the internet through an internet gateway.`,
      fix: () => publicAddressFix(f, inst),
    });
    return;
  }
  if (!igw || detached) {
    w.add({
      direction,
      layer: 'internet-gateway',
      rule: null,
      pkt,
      verdict,
      resourceId: vpc.id,
      reason: () =>
        igwId === undefined
          ? `${vpc.id} has no internet gateway attached, so nothing connects it to the internet.`
          : `${igwId} is not attached to ${vpc.id}, so it cannot carry its traffic.`,
      fix: () => attachFix(vpc),
    });
    return;
  }
  const who = inst ? instanceLabel(inst) : 'the NAT gateway';
  w.add({
    direction,
    layer: 'internet-gateway',
    rule: null,
    pkt,
    verdict,
    resourceId: igw.id,
    reason: () =>
      direction === 'request' && !inbound
        ? `${igw.id} is attached to ${vpc.id} and carries ${who}'s traffic to the internet from its ${inst ? fam : 'public address'}.`
        : direction === 'request'
          ? `${igw.id} is attached to ${vpc.id} and delivers traffic for ${formatIp(pkt.dst)} to ${who}.`
          : `${igw.id} is attached to ${vpc.id} and passes the response.`,
  });
}

/** The instance's address on the internet in the flow's family: public IPv4, or its IPv6 address. */
export function publicOf(f: ResolvedFlow, i: CInstance): IpValue | undefined {
  if (f.family === 4) return i.public4 === undefined ? undefined : { family: 4, value: i.public4 };
  return i.ipv6 === undefined ? undefined : { family: 6, value: i.ipv6 };
}

function publicAddressFix(f: ResolvedFlow, inst: CInstance): Proposal {
  const named = f.dst.kind === 'instance' && f.dst.instance === inst ? f.dst.address : null;
  if (named?.family === 4 && named.value === inst.private4) {
    return {
      summary: `Address ${instanceLabel(inst)} by its public address rather than its private one.`,
      edit: null,
    };
  }
  return {
    summary: `Give ${instanceLabel(inst)} a public ${f.family === 6 ? 'IPv6' : 'IPv4'} address.`,
    edit: { kind: 'assign-public-ip', instanceId: inst.id },
  };
}

function attachFix(vpc: CVpc): Proposal {
  return {
    summary: `Attach an internet gateway to ${vpc.id}.`,
    edit: { kind: 'attach-internet-gateway', vpcId: vpc.id },
  };
}
