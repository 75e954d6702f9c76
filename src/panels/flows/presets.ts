import type { FlowSpec } from '../../model/types.ts';

type Service = Pick<FlowSpec, 'protocol' | 'port' | 'icmpType' | 'icmpCode'>;

export interface ServicePreset extends Service {
  readonly id: string;
  /** The service's name, as a flow's default name uses it. */
  readonly name: string;
  /** What the menu shows: the name and what it means on the wire. */
  readonly label: string;
}

const tcp = (id: string, name: string, port: number): ServicePreset => ({
  id,
  name,
  label: `${name} · TCP ${port}`,
  protocol: 'tcp',
  port,
});

/** The services people test most; "custom" (any protocol and port) follows them in the menu. */
export const SERVICE_PRESETS: readonly ServicePreset[] = [
  tcp('ssh', 'SSH', 22),
  tcp('http', 'HTTP', 80),
  tcp('https', 'HTTPS', 443),
  tcp('mysql', 'MySQL', 3306),
  tcp('postgresql', 'PostgreSQL', 5432),
  tcp('rdp', 'RDP', 3389),
  { id: 'dns', name: 'DNS', label: 'DNS · UDP 53', protocol: 'udp', port: 53 },
  {
    id: 'ping',
    name: 'ping',
    label: 'Ping · ICMP echo',
    protocol: 'icmp',
    icmpType: 8,
    icmpCode: 0,
  },
];

export const CUSTOM = 'custom';

/** The preset a flow's protocol and port match, else `custom`. */
export function serviceOf(flow: Service): string {
  const found = SERVICE_PRESETS.find(
    (p) =>
      p.protocol === flow.protocol &&
      p.port === flow.port &&
      p.icmpType === flow.icmpType &&
      p.icmpCode === flow.icmpCode,
  );
  return found?.id ?? CUSTOM;
}

const PROTOCOL_NAMES: Readonly<Record<string, string>> = {
  tcp: 'TCP',
  udp: 'UDP',
  icmp: 'ICMP',
  icmpv6: 'ICMPv6',
  '6': 'TCP',
  '17': 'UDP',
  '1': 'ICMP',
  '58': 'ICMPv6',
};

export function usesPorts(protocol: FlowSpec['protocol']): boolean {
  return protocol === 'tcp' || protocol === 'udp' || protocol === 6 || protocol === 17;
}

export function usesIcmp(protocol: FlowSpec['protocol']): boolean {
  return protocol === 'icmp' || protocol === 'icmpv6' || protocol === 1 || protocol === 58;
}

/**
 * A flow's service in a few words: the preset's name, else the protocol and port.
 *
 * @example
 * serviceText({ protocol: 'tcp', port: 5432 }); // 'PostgreSQL (TCP 5432)'
 * serviceText({ protocol: 'tcp', port: 8080 }); // 'TCP 8080'
 */
export function serviceText(flow: Service): string {
  const preset = SERVICE_PRESETS.find((p) => p.id === serviceOf(flow));
  const name = PROTOCOL_NAMES[String(flow.protocol)] ?? `protocol ${flow.protocol}`;
  const wire = usesPorts(flow.protocol)
    ? `${name} ${flow.port ?? '(no port)'}`
    : usesIcmp(flow.protocol)
      ? `${name} type ${flow.icmpType ?? 0} code ${flow.icmpCode ?? 0}`
      : name;
  if (!preset) return wire;
  return preset.id === 'ping' ? 'ping (ICMP echo)' : `${preset.name} (${wire})`;
}

/** A short service name for a flow's default name: "HTTPS", "TCP 8080", "ping". */
export function serviceName(flow: Service): string {
  const preset = SERVICE_PRESETS.find((p) => p.id === serviceOf(flow));
  if (preset) return preset.name;
  return serviceText(flow);
}

/**
 * The port a client picks for its side of a connection (the response comes back to it), per
 * kind of client. Each preset picks the first port of the client's range: the one a network ACL
 * rule that is too narrow misses first.
 */
export interface ClientPreset {
  readonly id: string;
  readonly label: string;
  readonly range: readonly [number, number] | null;
  /** Undefined: the flow names no port and the engine uses its default, 49152. */
  readonly port: number | undefined;
}

export const ENGINE_DEFAULT_SOURCE_PORT = 49152;

export const CLIENT_PRESETS: readonly ClientPreset[] = [
  { id: 'default', label: 'Not set · the engine uses 49152', range: null, port: undefined },
  { id: 'linux', label: 'Linux client · 32768–60999 → 32768', range: [32768, 60999], port: 32768 },
  {
    id: 'windows',
    label: 'Windows client · 49152–65535 → 49152',
    range: [49152, 65535],
    port: 49152,
  },
  {
    id: 'nat',
    label: 'NAT gateway or load balancer · 1024–65535 → 1024',
    range: [1024, 65535],
    port: 1024,
  },
];

/** The client preset a source port matches, else `custom`. */
export function clientOf(sourcePort: number | undefined): string {
  return CLIENT_PRESETS.find((p) => p.port === sourcePort)?.id ?? CUSTOM;
}

/** Parses a whole number within bounds, with a sentence naming the value when it is not one. */
export function parseNumber(
  text: string,
  low: number,
  high: number,
  what: string,
): { ok: true; value: number } | { ok: false; error: string } {
  const t = text.trim();
  const n = /^\d+$/.test(t) ? Number(t) : NaN;
  if (Number.isInteger(n) && n >= low && n <= high) return { ok: true, value: n };
  return {
    ok: false,
    error: `${t === '' ? 'An empty value' : t} is not a valid ${what}: use a whole number from ${low} to ${high}.`,
  };
}
