/**
 * The services an expectations file names (spec/ci-check.md): `tcp/5432`, `tcp/0-65535`, `udp/53`,
 * `tcp` (every port), `icmp` (every type), `icmp/8` (a type), `icmp/3/4` (type and code), the same
 * for `icmpv6`, a protocol number (`50`), or a name from the file's `services:`.
 */
export type ServiceRange =
  | { readonly protocol: 'tcp' | 'udp'; readonly from: number; readonly to: number }
  | { readonly protocol: 'icmp' | 'icmpv6'; readonly type?: number; readonly code?: number }
  | { readonly protocol: number };

const PORTS = /^(tcp|udp)(?:\/(\d+)(?:-(\d+))?)?$/;
const ICMP = /^(icmp|icmpv6)(?:\/(\d+)(?:\/(\d+))?)?$/;

/** One service's words → its range, or why not (a sentence without the path). */
export function parseServiceText(raw: string): ServiceRange | string {
  const word = raw.trim().toLowerCase();
  const ports = PORTS.exec(word);
  if (ports) {
    const protocol = ports[1] as 'tcp' | 'udp';
    if (ports[2] === undefined) return { protocol, from: 0, to: 65535 };
    const from = Number(ports[2]);
    const to = ports[3] === undefined ? from : Number(ports[3]);
    if (from > 65535 || to > 65535) return `"${raw}": a port is 0-65535, got ${Math.max(from, to)}`;
    if (from > to) return `"${raw}": the first port (${from}) is above the last (${to})`;
    return { protocol, from, to };
  }
  const icmp = ICMP.exec(word);
  if (icmp) {
    const protocol = icmp[1] as 'icmp' | 'icmpv6';
    const type = icmp[2] === undefined ? undefined : Number(icmp[2]);
    const code = icmp[3] === undefined ? undefined : Number(icmp[3]);
    if ((type ?? 0) > 255 || (code ?? 0) > 255) return `"${raw}": an ICMP type and code are 0-255`;
    return {
      protocol,
      ...(type === undefined ? {} : { type }),
      ...(code === undefined ? {} : { code }),
    };
  }
  if (/^\d+$/.test(word)) {
    const n = Number(word);
    if (n > 255) return `"${raw}": a protocol number is 0-255`;
    if (n === 6 || n === 17) return { protocol: n === 6 ? 'tcp' : 'udp', from: 0, to: 65535 };
    if (n === 1) return { protocol: 'icmp' };
    if (n === 58) return { protocol: 'icmpv6' };
    return { protocol: n };
  }
  if (/^(tcp|udp)\//.test(word))
    return `"${raw}": expected a port or a range of ports (tcp/5432, tcp/1024-65535)`;
  return `unknown service "${raw}": not a name under services:, nor tcp/<port>, udp/<port>, icmp, icmpv6 or a protocol number`;
}

/** How a range is written back: `tcp/5432`, `tcp/0-1023`, `icmp/8`. */
export function serviceLabel(s: ServiceRange): string {
  if (s.protocol === 'tcp' || s.protocol === 'udp')
    return s.from === s.to ? `${s.protocol}/${s.from}` : `${s.protocol}/${s.from}-${s.to}`;
  if (s.protocol === 'icmp' || s.protocol === 'icmpv6') {
    if (s.type === undefined) return s.protocol;
    return s.code === undefined ? `${s.protocol}/${s.type}` : `${s.protocol}/${s.type}/${s.code}`;
  }
  return `protocol ${s.protocol}`;
}
