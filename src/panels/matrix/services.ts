import type { Service } from '../../engine/index.ts';

export interface ServicePreset {
  readonly id: string;
  readonly service: Service;
}

/** The services people test most, as the preset buttons of the picker. */
export const SERVICE_PRESETS: readonly ServicePreset[] = [
  { id: 'ssh', service: { protocol: 'tcp', port: 22, name: 'SSH' } },
  { id: 'http', service: { protocol: 'tcp', port: 80, name: 'HTTP' } },
  { id: 'https', service: { protocol: 'tcp', port: 443, name: 'HTTPS' } },
  { id: 'mysql', service: { protocol: 'tcp', port: 3306, name: 'MySQL' } },
  { id: 'postgresql', service: { protocol: 'tcp', port: 5432, name: 'PostgreSQL' } },
  { id: 'rdp', service: { protocol: 'tcp', port: 3389, name: 'RDP' } },
  { id: 'dns', service: { protocol: 'udp', port: 53, name: 'DNS' } },
  // The engine sends an echo request (type 8) when a flow names no ICMP type.
  { id: 'icmp-echo', service: { protocol: 'icmp', name: 'ICMP echo' } },
];

/**
 * The protocol and port as AWS's console writes them: `TCP 5432`, `UDP 53`, `ICMP echo`,
 * `protocol 47`. The tooltip and the CSV use it.
 *
 * @example serviceLabel({ protocol: 'tcp', port: 5432 }) // 'TCP 5432'
 */
export function serviceLabel(s: Service): string {
  if (s.protocol === 'icmp') return 'ICMP echo';
  if (s.protocol === 'icmpv6') return 'ICMPv6 echo';
  if (typeof s.protocol === 'number') return `protocol ${s.protocol}`;
  const proto = s.protocol.toUpperCase();
  return s.port === undefined ? proto : `${proto} ${s.port}`;
}

/** The label with its friendly name when it has one: `PostgreSQL (TCP 5432)`. */
export function serviceTitle(s: Service): string {
  const label = serviceLabel(s);
  return s.name && s.name !== label ? `${s.name} (${label})` : label;
}

/** Two services are the same test when protocol and port agree (the name is only a label). */
export function sameService(a: Service, b: Service): boolean {
  return a.protocol === b.protocol && a.port === b.port;
}

/** Adds the service, or removes it when it is already picked. */
export function toggleService(list: readonly Service[], s: Service): Service[] {
  return list.some((x) => sameService(x, s))
    ? list.filter((x) => !sameService(x, s))
    : [...list, s];
}

export type CustomProtocol = 'tcp' | 'udp' | 'icmp' | 'number';

export type Parsed = { ok: true; service: Service } | { ok: false; error: string };

/**
 * Reads the custom service form. TCP and UDP need a port 1–65535; ICMP tests an echo; any other
 * IP protocol is named by its number 0–255 and has no port.
 */
export function parseCustomService(protocol: CustomProtocol, value: string): Parsed {
  const text = value.trim();
  if (protocol === 'icmp') return { ok: true, service: { protocol: 'icmp' } };
  if (!/^\d+$/.test(text)) {
    return {
      ok: false,
      error: protocol === 'number' ? 'Type a protocol number, 0–255.' : 'Type a port, 1–65535.',
    };
  }
  const n = Number(text);
  if (protocol === 'number') {
    if (n > 255) return { ok: false, error: `${n} is not a protocol number (0–255).` };
    if (n === 6 || n === 17) return { ok: false, error: 'Pick TCP or UDP and give a port.' };
    return { ok: true, service: { protocol: n } };
  }
  if (n < 1 || n > 65535) return { ok: false, error: `${n} is not a port (1–65535).` };
  return { ok: true, service: { protocol, port: n } };
}
