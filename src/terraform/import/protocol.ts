import type { IcmpTypeCode, PortRange, Protocol } from '../../model/types.ts';

const NAMED: Readonly<Record<string, Protocol>> = {
  '-1': 'all',
  all: 'all',
  tcp: 'tcp',
  '6': 'tcp',
  udp: 'udp',
  '17': 'udp',
  icmp: 'icmp',
  '1': 'icmp',
  icmpv6: 'icmpv6',
  '58': 'icmpv6',
};

/**
 * The provider's protocol text as the model's protocol: a name (`tcp`, `icmpv6`), `-1` or `all`
 * for every protocol, or a protocol number (`"50"`); `null` when it is none of these.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group_rule
 */
export function protocolFrom(text: string | number): Protocol | null {
  const key = String(text).trim().toLowerCase();
  const named = NAMED[key];
  if (named !== undefined) return named;
  if (/^\d+$/.test(key) && Number(key) <= 255) return Number(key);
  return null;
}

export interface RulePorts {
  readonly portRange?: PortRange;
  readonly icmpTypeCode?: IcmpTypeCode;
}

/**
 * Ports as AWS reads them: TCP and UDP use `from`–`to` (missing or -1: all ports); ICMP uses
 * `from` as the type and `to` as the code (-1: all); other protocols have no ports.
 */
export function portsFor(
  protocol: Protocol,
  from: number | undefined,
  to: number | undefined,
): RulePorts {
  if (protocol === 'tcp' || protocol === 'udp') {
    const all = from === undefined || to === undefined || from < 0 || to < 0;
    return {
      portRange: all
        ? { from: 0, to: 65535 }
        : { from: Math.min(from, to), to: Math.max(from, to) },
    };
  }
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    return { icmpTypeCode: { type: from ?? -1, code: to ?? -1 } };
  }
  return {};
}
