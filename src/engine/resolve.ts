import { formatIp, parseIp, rangeHas, type IpValue } from '../model/ip.ts';
import type { Endpoint, FlowSpec } from '../model/types.ts';
import { vpcContaining } from './compile.ts';
import type { CEndpoint, CEni, CompiledScenario } from './compiled.ts';
import { eniLabel } from './explain.ts';
import { icmpReplyType, PROTO, protocolNumber } from './protocol.ts';
import { FlowError } from './types.ts';

/**
 * How the destination is reached: inside one VPC by private addresses, between two joined VPCs
 * (a peering connection or a transit gateway: the source's route decides which) by private
 * addresses, or over the internet by public ones ("a public address is a public path").
 */
export type Intent = 'local' | 'private' | 'internet';

export type ResolvedEnd =
  | {
      readonly kind: 'eni';
      readonly eni: CEni;
      /** The interface's own address on the wire: a private IPv4 (primary or secondary) or IPv6. */
      readonly own: IpValue;
      /** The address the flow names at this end: `own`, or the public IPv4 mapped to it. */
      readonly named: IpValue;
      /** True when `named` is a public IPv4 address (the flow takes the public path). */
      readonly publicly: boolean;
    }
  | {
      readonly kind: 'internet';
      readonly address: IpValue;
      /** Set when the address is in a prefix list a gateway endpoint serves: that AWS service. */
      readonly service: CEndpoint | undefined;
    }
  | { readonly kind: 'service'; readonly address: IpValue; readonly service: AmazonService };

export type AmazonService =
  'Amazon DNS resolver' | 'instance metadata service' | 'Amazon Time Sync Service';

export interface ResolvedFlow {
  readonly src: ResolvedEnd;
  readonly dst: ResolvedEnd;
  readonly family: 4 | 6;
  readonly intent: Intent;
  readonly protocol: number;
  readonly srcPort: number;
  readonly dstPort: number;
  readonly icmpType: number;
  readonly icmpCode: number;
  /** ICMP type of the response, or -1 when the flow has no response (ICMP other than echo). */
  readonly replyIcmpType: number;
  readonly hasResponse: boolean;
  /** Said with every trace of this flow (an endpoint whose instance is stopped, say). */
  readonly warnings: readonly string[];
}

/** The client's source port when none is given: the start of Windows' and IANA's ephemeral range. */
export const DEFAULT_SOURCE_PORT = 49152;

const LINK_LOCAL_SERVICES: ReadonlyMap<string, AmazonService> = new Map([
  ['169.254.169.253', 'Amazon DNS resolver'],
  ['fd00:ec2::253', 'Amazon DNS resolver'],
  ['169.254.169.254', 'instance metadata service'],
  ['fd00:ec2::254', 'instance metadata service'],
  ['169.254.169.123', 'Amazon Time Sync Service'],
  ['fd00:ec2::123', 'Amazon Time Sync Service'],
]);
const serviceValues = new Map<string, AmazonService>();
for (const [text, service] of LINK_LOCAL_SERVICES) {
  const ip = parseIp(text);
  if (ip) serviceValues.set(key(ip), service);
}

function key(ip: IpValue): string {
  return `${ip.family}:${ip.value.toString()}`;
}

/** What an endpoint names before the flow's family and addressing are known. */
interface Target {
  readonly kind: 'eni' | 'internet' | 'service';
  readonly eni?: CEni;
  /** The address named, when the endpoint is an address (or an interface at one). */
  readonly ip?: IpValue;
  readonly amazon?: AmazonService;
  readonly endpoint?: CEndpoint;
}

/** The two ends of a flow, its address family and addressing: what does not depend on the service. */
export interface ResolvedEnds {
  readonly src: ResolvedEnd;
  readonly dst: ResolvedEnd;
  readonly family: 4 | 6;
  readonly intent: Intent;
  readonly warnings: readonly string[];
}

/**
 * Resolves both endpoints, the address family and the addressing, as spec/cli-analyze.md
 * ("<endpoint>") says. Throws FlowError when an endpoint names nothing evaluable.
 */
export function resolveFlow(c: CompiledScenario, spec: FlowSpec): ResolvedFlow {
  return resolveService(resolveEnds(c, spec.source, spec.destination), spec);
}

/** The ends of a flow (the matrix resolves them once for every service). */
export function resolveEnds(
  c: CompiledScenario,
  source: Endpoint,
  destination: Endpoint,
): ResolvedEnds {
  const src = endpointTarget(c, source, 'source');
  const dst = endpointTarget(c, destination, 'destination');
  if (!src.eni && !dst.eni) {
    throw new FlowError(
      'At least one end of a flow must be a network interface (or an instance): internet hosts and the Amazon services talk only to interfaces here.',
    );
  }
  const f4 = src.ip?.family === 4 || dst.ip?.family === 4;
  const f6 = src.ip?.family === 6 || dst.ip?.family === 6;
  if (f4 && f6)
    throw new FlowError(
      'The source and the destination are of different address families (IPv4 and IPv6).',
    );
  const family: 4 | 6 = f6 ? 6 : 4;

  // Private addressing within one VPC, and between two VPCs joined directly by a peering
  // connection (in any state) or attached to one transit gateway; else public addressing.
  const a = src.eni;
  const b = dst.eni;
  const joined =
    a !== undefined &&
    b !== undefined &&
    (a.vpc === b.vpc ||
      c.peeringBetween(a.vpc.id, b.vpc.id) !== undefined ||
      c.transitGatewayBetween(a.vpc.id, b.vpc.id) !== undefined);
  const srcEnd = finishEnd(src, family, joined, 'source');
  const dstEnd = finishEnd(dst, family, joined, 'destination');
  // A private address in another VPC is sought there whatever joins them (the source's route
  // decides); an interface named by ID and addressed privately only because it has no public
  // address is not reachable from another VPC that nothing joins: it goes the internet's way.
  let intent: Intent = 'internet';
  if (srcEnd.kind === 'eni' && dstEnd.kind === 'eni' && !dstEnd.publicly) {
    if (srcEnd.eni.vpc === dstEnd.eni.vpc) intent = 'local';
    else if (joined || (family === 4 && dst.ip !== undefined)) intent = 'private';
  }
  const warnings: string[] = [];
  if (srcEnd.kind === 'eni' && srcEnd.eni.stateWarning) warnings.push(srcEnd.eni.stateWarning);
  if (dstEnd.kind === 'eni' && dstEnd.eni.stateWarning) warnings.push(dstEnd.eni.stateWarning);
  return { src: srcEnd, dst: dstEnd, family, intent, warnings };
}

/** The flow of `ends` for the protocol, ports and ICMP type of `spec`. */
export function resolveService(
  ends: ResolvedEnds,
  spec: Pick<FlowSpec, 'protocol' | 'port' | 'sourcePort' | 'icmpType' | 'icmpCode'>,
): ResolvedFlow {
  const family = ends.family;
  let protocol = typeof spec.protocol === 'number' ? spec.protocol : protocolNumber(spec.protocol);
  if (protocol === PROTO.icmp && family === 6) protocol = PROTO.icmpv6;
  if (protocol === PROTO.icmpv6 && family === 4)
    throw new FlowError('ICMPv6 needs IPv6 endpoints.');
  const ports = protocol === PROTO.tcp || protocol === PROTO.udp;
  if (ports && spec.port === undefined)
    throw new FlowError('A TCP or UDP flow needs a destination port.');
  const icmp = protocol === PROTO.icmp || protocol === PROTO.icmpv6;
  const icmpType = icmp ? (spec.icmpType ?? (protocol === PROTO.icmp ? 8 : 128)) : -1;
  const icmpCode = icmp ? (spec.icmpCode ?? 0) : -1;
  const reply = icmp ? icmpReplyType(protocol, icmpType) : null;
  return {
    src: ends.src,
    dst: ends.dst,
    family,
    intent: ends.intent,
    protocol,
    srcPort: ports ? (spec.sourcePort ?? DEFAULT_SOURCE_PORT) : 0,
    dstPort: ports ? (spec.port ?? 0) : 0,
    icmpType,
    icmpCode,
    replyIcmpType: reply ?? -1,
    hasResponse: !icmp || reply !== null,
    warnings: ends.warnings,
  };
}

function endpointTarget(c: CompiledScenario, e: Endpoint, role: string): Target {
  if ('instanceId' in e || 'interfaceId' in e) {
    const eni = 'instanceId' in e ? c.instances.get(e.instanceId) : c.interfaces.get(e.interfaceId);
    const id = 'instanceId' in e ? e.instanceId : e.interfaceId;
    if (!eni) {
      const gone = c.goneInstances.get(id);
      if (gone) throw new FlowError(`The ${role} ${id} is ${gone}, so it has no interface left.`);
      throw new FlowError(
        `The ${role} ${id} is not ${'instanceId' in e ? 'an instance' : 'a network interface'} of this scenario.`,
      );
    }
    if (e.address === undefined) return { kind: 'eni', eni };
    const ip = parseIp(e.address);
    if (!ip || !ownsAddress(eni, ip)) {
      throw new FlowError(`${e.address} is not an address of ${eniLabel(eni)}.`);
    }
    return { kind: 'eni', eni, ip };
  }
  const ip = parseIp(e.address);
  if (!ip) throw new FlowError(`The ${role} ${e.address} is not an IP address.`);
  const owner =
    ip.family === 4
      ? (c.byPrivate4.get(ip.value) ?? c.byPublic4.get(ip.value))
      : c.byIpv6.get(ip.value);
  if (owner) return { kind: 'eni', eni: owner, ip };
  const amazon = amazonServiceAt(c, ip);
  if (amazon) return { kind: 'service', ip, amazon };
  const vpc = vpcContaining(c, ip);
  if (vpc) {
    throw new FlowError(
      `The ${role} ${e.address} is inside ${vpc.id} (${vpc.name}) but belongs to no instance or network interface.`,
    );
  }
  return { kind: 'internet', ip, endpoint: endpointServing(c, ip) };
}

function amazonServiceAt(c: CompiledScenario, ip: IpValue): AmazonService | undefined {
  const known = serviceValues.get(key(ip));
  if (known) return known;
  if (ip.family === 4)
    for (const v of c.vpcs.values()) if (v.dnsResolver === ip.value) return 'Amazon DNS resolver';
  return undefined;
}

/** The gateway endpoint whose service's prefix list holds the address, if any. */
export function endpointServing(c: CompiledScenario, ip: IpValue): CEndpoint | undefined {
  return c.endpointServices.find((e) => e.prefixList?.ranges?.some((r) => rangeHas(r, ip)));
}

/** Any private IPv4 (primary or secondary), public IPv4 or IPv6 address of the interface. */
function ownsAddress(eni: CEni, ip: IpValue): boolean {
  if (ip.family === 6) return eni.ipv6s.includes(ip.value);
  if (eni.privates4.includes(ip.value)) return true;
  for (const pub of eni.publicOf4.values()) if (pub === ip.value) return true;
  return false;
}

/** The private address an interface's public IPv4 address is associated with. */
function privateOf(eni: CEni, pub: number): number | undefined {
  for (const [priv, p] of eni.publicOf4) if (p === pub) return priv;
  return undefined;
}

function finishEnd(t: Target, family: 4 | 6, joined: boolean, role: string): ResolvedEnd {
  if (t.kind === 'service')
    return { kind: 'service', address: t.ip as IpValue, service: t.amazon as AmazonService };
  if (t.kind === 'internet')
    return { kind: 'internet', address: t.ip as IpValue, service: t.endpoint };
  const eni = t.eni as CEni;
  if (t.ip) {
    // Named by one of its addresses: the flow uses exactly that address.
    if (t.ip.family === 6) return { kind: 'eni', eni, own: t.ip, named: t.ip, publicly: false };
    if (eni.privates4.includes(t.ip.value))
      return { kind: 'eni', eni, own: t.ip, named: t.ip, publicly: false };
    const own: IpValue = { family: 4, value: privateOf(eni, t.ip.value) ?? t.ip.value };
    return { kind: 'eni', eni, own, named: t.ip, publicly: true };
  }
  if (family === 6) {
    const v6 = eni.addr6;
    if (v6 === undefined) throw new FlowError(`The ${role} ${eniLabel(eni)} has no IPv6 address.`);
    return { kind: 'eni', eni, own: v6, named: v6, publicly: false };
  }
  const own = eni.addr4;
  if (own === undefined) throw new FlowError(`The ${role} ${eniLabel(eni)} has no IPv4 address.`);
  // A destination named by ID is addressed by its public IPv4 address across the internet, and by
  // its private one when the VPCs are joined or it has no public address; a source always sends
  // from its private address (the way out decides what the far end sees).
  if (role === 'destination' && !joined && eni.pubAddr4 !== undefined)
    return { kind: 'eni', eni, own, named: eni.pubAddr4, publicly: true };
  return { kind: 'eni', eni, own, named: own, publicly: false };
}

export function describeEnd(e: ResolvedEnd): string {
  if (e.kind === 'eni') return eniLabel(e.eni);
  if (e.kind === 'service') return `the ${e.service} (${formatIp(e.address)})`;
  if (e.service) return `${e.service.serviceName} (${formatIp(e.address)})`;
  return `internet host ${formatIp(e.address)}`;
}
