import { formatIp, type IpValue } from '../../model/ip.ts';
import type { CEni, CVpc } from '../compiled.ts';
import { eniLabel } from '../explain.ts';
import type { Pkt } from '../packet.ts';
import type { ResolvedFlow } from '../resolve.ts';
import type { Direction, HopVerdict } from '../types.ts';
import type { Emitter, Proposal } from './hop.ts';

/** An interface at one of its own addresses, as an end of the flow uses it. */
export interface EniAt {
  readonly eni: CEni;
  /** Its address on the wire (a private IPv4, primary or secondary, or an IPv6 address). */
  readonly own: IpValue;
  /** True when the flow named its public address. */
  readonly publicly: boolean;
}

/**
 * The address the internet sees for an interface's own address: the public IPv4 address (auto
 * assigned, or the Elastic IP) associated with that private address, or the IPv6 address itself.
 */
export function publicAddressOf(at: EniAt): IpValue | undefined {
  if (at.own.family === 6) return at.own;
  if (at.own.value === at.eni.private4) return at.eni.pubAddr4;
  const pub = at.eni.publicOf4.get(at.own.value);
  return pub === undefined ? undefined : { family: 4, value: pub };
}

/**
 * Internet traffic needs an internet gateway attached to the VPC and a public address on the
 * interface (a public IPv4 address on the private address it uses, or for IPv6 its address).
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
 *
 * `at` is the interface whose traffic the gateway carries (none for a NAT gateway's), `target`
 * the gateway a route named, and `inbound` is set on the hop by which a request enters the VPC:
 * a request from the internet can reach only a public address.
 */
export function internetGatewayLayer(
  w: Emitter,
  direction: Direction,
  vpc: CVpc,
  at: EniAt | undefined,
  target: string | undefined,
  pkt: Pkt,
  inbound = false,
): void {
  if (w.stopped) return;
  const { c, f } = w;
  const noPublic = at !== undefined && publicAddressOf(at) === undefined;
  const privateTarget = inbound && at !== undefined && f.family === 4 && !at.publicly && !noPublic;
  const igwId = target ?? vpc.internetGatewayId;
  const igw = igwId === undefined ? undefined : c.internetGateways.get(igwId);
  const detached = !igw || igw.vpcId !== vpc.id;
  const verdict: HopVerdict = privateTarget || noPublic || detached ? 'deny' : 'allow';
  if (w.quick(direction, 'internet-gateway', verdict)) return;

  const fam = f.family === 4 ? 'public IPv4 address' : 'IPv6 address';
  if (at && (privateTarget || noPublic)) {
    const eni = at.eni;
    w.add({
      direction,
      layer: 'internet-gateway',
      rule: null,
      pkt,
      verdict,
      resourceId: eni.id,
      subnetId: eni.subnet.id,
      reason: () =>
        privateTarget
          ? `${formatIp(at.own)} is ${eniLabel(eni)}'s private address, which cannot be reached from the internet.`
          : at.own.value !== eni.private4 && at.own.family === 4
            ? `${eniLabel(eni)}'s address ${formatIp(at.own)} has no public IPv4 address associated with it, so it cannot talk to the internet through an internet gateway.`
            : `${eniLabel(eni)} has no ${fam}, so it cannot talk to the internet through an internet gateway.`,
      fix: () => publicAddressFix(f, eni, privateTarget),
    });
    return;
  }
  if (!igw || detached) {
    const eigw = vpc.egressOnlyGatewayId;
    w.add({
      direction,
      layer: 'internet-gateway',
      rule: null,
      pkt,
      verdict,
      resourceId: vpc.id,
      reason: () =>
        igwId === undefined
          ? `${vpc.id} has no internet gateway attached, so nothing connects it to the internet${inbound && eigw ? ` (its egress-only internet gateway ${eigw} lets in only replies to connections opened from inside)` : ''}.`
          : `${igwId} is not attached to ${vpc.id}, so it cannot carry its traffic.`,
      fix: () => attachFix(vpc, igwId, igw),
    });
    return;
  }
  const who = at ? eniLabel(at.eni) : 'the NAT gateway';
  w.add({
    direction,
    layer: 'internet-gateway',
    rule: null,
    pkt,
    verdict,
    resourceId: igw.id,
    reason: () =>
      direction === 'request' && !inbound
        ? `${igw.id} is attached to ${vpc.id} and carries ${who}'s traffic to the internet from its ${at ? fam : 'public address'}.`
        : direction === 'request'
          ? `${igw.id} is attached to ${vpc.id} and delivers traffic for ${formatIp(pkt.dst)} to ${who}.`
          : `${igw.id} is attached to ${vpc.id} and passes the response.`,
  });
}

function publicAddressFix(f: ResolvedFlow, eni: CEni, privateTarget: boolean): Proposal {
  if (privateTarget) {
    return {
      summary: `Address ${eniLabel(eni)} by its public address rather than its private one.`,
      edit: null,
    };
  }
  return {
    summary: `Give ${eniLabel(eni)} a public ${f.family === 6 ? 'IPv6' : 'IPv4'} address.`,
    edit:
      eni.primary && eni.instanceId
        ? { kind: 'assign-public-ip', instanceId: eni.instanceId }
        : null,
  };
}

/**
 * A VPC has at most one internet gateway and a gateway serves one VPC: attach the gateway the
 * route names when it is free; when the route names one that is not the VPC's own, the route
 * must change too, which is for a person to do in the route table.
 * https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
 */
function attachFix(
  vpc: CVpc,
  named: string | undefined,
  gateway: { readonly vpcId: string | undefined } | undefined,
): Proposal {
  if (named === undefined || named === vpc.internetGatewayId) {
    return {
      summary: `Attach an internet gateway to ${vpc.id}.`,
      edit: { kind: 'attach-internet-gateway', vpcId: vpc.id },
    };
  }
  if (vpc.internetGatewayId !== undefined) {
    return {
      summary: `Point the route at ${vpc.internetGatewayId}, the internet gateway attached to ${vpc.id}, instead of ${named}.`,
      edit: null,
    };
  }
  if (gateway === undefined) {
    return {
      summary: `${named} is not in this scenario: attach an internet gateway to ${vpc.id} and point the route at it.`,
      edit: null,
    };
  }
  if (gateway.vpcId === undefined) {
    return {
      summary: `Attach ${named} to ${vpc.id}.`,
      edit: { kind: 'attach-internet-gateway', vpcId: vpc.id, internetGatewayId: named },
    };
  }
  return {
    summary: `${named} serves ${gateway.vpcId}: attach an internet gateway to ${vpc.id} and point the route at it.`,
    edit: null,
  };
}
