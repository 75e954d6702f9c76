import { formatIp, parseIp, type IpValue } from '../model/ip.ts';
import type { Endpoint, FlowSpec } from '../model/types.ts';
import { vpcContaining, type CInstance, type CompiledScenario } from './compile.ts';
import { icmpReplyType, PROTO, protocolNumber } from './protocol.ts';
import { FlowError } from './types.ts';

/** How the destination is reached: inside one VPC, over a peering connection, or over the internet. */
export type Intent = 'local' | 'peering' | 'internet';

export type ResolvedEnd =
  | {
      readonly kind: 'instance';
      readonly instance: CInstance;
      /** The address the packet names at this end; null when it needs a public address it lacks. */
      readonly address: IpValue | null;
    }
  | { readonly kind: 'internet'; readonly address: IpValue }
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

/** Resolves both endpoints, the address family and the addressing, as spec/cli-analyze.md says. */
export function resolveFlow(c: CompiledScenario, spec: FlowSpec): ResolvedFlow {
  const src = endpointTarget(c, spec.source, 'source');
  const dst = endpointTarget(c, spec.destination, 'destination');
  if (!src.instance && !dst.instance) {
    throw new FlowError(
      'At least one end of a flow must be an instance: internet hosts and the Amazon services talk only to instances here.',
    );
  }
  const f4 = src.ip?.family === 4 || dst.ip?.family === 4;
  const f6 = src.ip?.family === 6 || dst.ip?.family === 6;
  if (f4 && f6)
    throw new FlowError(
      'The source and the destination are of different address families (IPv4 and IPv6).',
    );
  const family: 4 | 6 = f6 ? 6 : 4;

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

  const srcInst = src.instance;
  const dstInst = dst.instance;
  // Private addressing when both ends are in one VPC or in two VPCs joined by a peering
  // connection (in any state); public addressing across the internet.
  const near =
    srcInst !== undefined &&
    dstInst !== undefined &&
    (srcInst.vpc.id === dstInst.vpc.id || peeredInAnyState(c, srcInst.vpc.id, dstInst.vpc.id));

  const srcEnd = finishEnd(src, family, true);
  const dstEnd = finishEnd(dst, family, near);
  // IPv6 addresses are global: across two VPCs that no peering joins they travel the internet.
  let intent: Intent = 'internet';
  if (
    srcInst &&
    dstInst &&
    dstEnd.kind === 'instance' &&
    dstEnd.address &&
    isInternal(dstInst, dstEnd.address)
  ) {
    if (srcInst.vpc.id === dstInst.vpc.id) intent = 'local';
    else if (family === 4 || near) intent = 'peering';
  }
  return {
    src: srcEnd,
    dst: dstEnd,
    family,
    intent,
    protocol,
    srcPort: ports ? (spec.sourcePort ?? DEFAULT_SOURCE_PORT) : 0,
    dstPort: ports ? (spec.port ?? 0) : 0,
    icmpType,
    icmpCode,
    replyIcmpType: reply ?? -1,
    hasResponse: !icmp || reply !== null,
  };
}

/** The instance's own (interface) address: its private IPv4 or its IPv6 address. */
export function isInternal(inst: CInstance, ip: IpValue): boolean {
  return ip.family === 4 ? ip.value === inst.private4 : ip.value === inst.ipv6;
}

interface Target {
  readonly kind: 'instance' | 'internet' | 'service';
  readonly instance?: CInstance;
  readonly ip?: IpValue;
  readonly service?: AmazonService;
}

function endpointTarget(c: CompiledScenario, e: Endpoint, role: string): Target {
  if ('instanceId' in e) {
    const instance = c.instances.get(e.instanceId);
    if (!instance)
      throw new FlowError(`The ${role} ${e.instanceId} is not an instance of this scenario.`);
    if (e.address === undefined) return { kind: 'instance', instance };
    const ip = parseIp(e.address);
    if (!ip || !ownsAddress(instance, ip)) {
      throw new FlowError(`${e.address} is not an address of ${instance.id} (${instance.name}).`);
    }
    return { kind: 'instance', instance, ip };
  }
  if ('interfaceId' in e)
    throw new FlowError(
      `The ${role} ${e.interfaceId} is a network interface, which is not evaluated yet.`,
    );
  const ip = parseIp(e.address);
  if (!ip) throw new FlowError(`The ${role} ${e.address} is not an IP address.`);
  const owner =
    ip.family === 4
      ? (c.byPrivate4.get(ip.value) ?? c.byPublic4.get(ip.value))
      : c.byIpv6.get(ip.value);
  if (owner) return { kind: 'instance', instance: owner, ip };
  const service = serviceAt(c, ip);
  if (service) return { kind: 'service', ip, service };
  const vpc = vpcContaining(c, ip);
  if (vpc) {
    throw new FlowError(
      `The ${role} ${e.address} is inside ${vpc.id} (${vpc.name}) but belongs to no instance.`,
    );
  }
  return { kind: 'internet', ip };
}

function serviceAt(c: CompiledScenario, ip: IpValue): AmazonService | undefined {
  const known = serviceValues.get(key(ip));
  if (known) return known;
  if (ip.family === 4)
    for (const v of c.vpcs.values()) if (v.dnsResolver === ip.value) return 'Amazon DNS resolver';
  return undefined;
}

function ownsAddress(inst: CInstance, ip: IpValue): boolean {
  return ip.family === 4
    ? ip.value === inst.private4 || ip.value === inst.public4
    : ip.value === inst.ipv6;
}

function peeredInAnyState(c: CompiledScenario, a: string, b: string): boolean {
  return c.peeringBetween(a, b) !== undefined;
}

function finishEnd(t: Target, family: 4 | 6, near: boolean): ResolvedEnd {
  if (t.kind === 'service')
    return { kind: 'service', address: t.ip as IpValue, service: t.service as AmazonService };
  if (t.kind === 'internet') return { kind: 'internet', address: t.ip as IpValue };
  const inst = t.instance as CInstance;
  if (t.ip) return { kind: 'instance', instance: inst, address: t.ip };
  if (family === 6) {
    if (inst.ipv6 === undefined)
      throw new FlowError(`${inst.id} (${inst.name}) has no IPv6 address.`);
    return { kind: 'instance', instance: inst, address: { family: 6, value: inst.ipv6 } };
  }
  if (near)
    return { kind: 'instance', instance: inst, address: { family: 4, value: inst.private4 } };
  return {
    kind: 'instance',
    instance: inst,
    address: inst.public4 === undefined ? null : { family: 4, value: inst.public4 },
  };
}

export function describeEnd(e: ResolvedEnd): string {
  if (e.kind === 'instance')
    return e.instance.name && e.instance.name !== e.instance.id
      ? `${e.instance.name} (${e.instance.id})`
      : e.instance.id;
  if (e.kind === 'service') return `the ${e.service} (${formatIp(e.address)})`;
  return `internet host ${formatIp(e.address)}`;
}
