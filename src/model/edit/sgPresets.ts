import type { IcmpTypeCode, PortRange, Protocol, SecurityGroupRule } from '../types.ts';
import { protocolNumber, usesIcmp, usesPorts } from './protocol.ts';

/**
 * The rule types of the EC2 console's "Type" menu, so the editor offers the same choices.
 * `custom-tcp` and `custom-udp` carry no port range: the person types it.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 */
export interface SgPreset {
  readonly id: string;
  readonly label: string;
  readonly protocol: Protocol;
  readonly portRange?: PortRange;
  readonly icmpTypeCode?: IcmpTypeCode;
}

const tcp = (id: string, label: string, port: number): SgPreset => ({
  id,
  label,
  protocol: 'tcp',
  portRange: { from: port, to: port },
});

export const SG_PRESETS: readonly SgPreset[] = [
  tcp('ssh', 'SSH', 22),
  tcp('http', 'HTTP', 80),
  tcp('https', 'HTTPS', 443),
  tcp('mysql', 'MySQL/Aurora', 3306),
  tcp('postgresql', 'PostgreSQL', 5432),
  tcp('rdp', 'RDP', 3389),
  { id: 'dns-udp', label: 'DNS (UDP)', protocol: 'udp', portRange: { from: 53, to: 53 } },
  tcp('dns-tcp', 'DNS (TCP)', 53),
  {
    id: 'all-icmp',
    label: 'All ICMP - IPv4',
    protocol: 'icmp',
    icmpTypeCode: { type: -1, code: -1 },
  },
  {
    id: 'all-icmpv6',
    label: 'All ICMP - IPv6',
    protocol: 'icmpv6',
    icmpTypeCode: { type: -1, code: -1 },
  },
  { id: 'all-tcp', label: 'All TCP', protocol: 'tcp', portRange: { from: 0, to: 65535 } },
  { id: 'all-udp', label: 'All UDP', protocol: 'udp', portRange: { from: 0, to: 65535 } },
  { id: 'all-traffic', label: 'All traffic', protocol: 'all' },
  { id: 'custom-tcp', label: 'Custom TCP', protocol: 'tcp' },
  { id: 'custom-udp', label: 'Custom UDP', protocol: 'udp' },
];

/**
 * The preset a rule matches, as the console shows it: a fixed preset when protocol, ports and
 * ICMP type/code are exactly its own; else `custom-tcp` or `custom-udp` for any other TCP or UDP
 * rule; else `custom` (a protocol number, a single ICMP type).
 *
 * @example
 * presetOf({ protocol: 'tcp', portRange: { from: 443, to: 443 }, peer }); // 'https'
 * presetOf({ protocol: 'tcp', portRange: { from: 8080, to: 8080 }, peer }); // 'custom-tcp'
 * presetOf({ protocol: 47, peer }); // 'custom'
 */
export function presetOf(
  rule: Pick<SecurityGroupRule, 'protocol' | 'portRange' | 'icmpTypeCode'>,
): string {
  const n = protocolNumber(rule.protocol);
  const fixed = SG_PRESETS.find((preset) => {
    if (preset.id.startsWith('custom-') || protocolNumber(preset.protocol) !== n) return false;
    if (usesPorts(preset.protocol)) {
      return (
        rule.portRange?.from === preset.portRange?.from &&
        rule.portRange?.to === preset.portRange?.to
      );
    }
    if (usesIcmp(preset.protocol)) {
      const { type, code } = rule.icmpTypeCode ?? { type: -1, code: -1 };
      return type === preset.icmpTypeCode?.type && code === preset.icmpTypeCode.code;
    }
    return true;
  });
  if (fixed !== undefined) return fixed.id;
  if (n === 6) return 'custom-tcp';
  if (n === 17) return 'custom-udp';
  return 'custom';
}
