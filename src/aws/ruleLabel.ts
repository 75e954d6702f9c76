import type { SecurityGroupRule } from '../model/types.ts';

/** A rule's protocol and ports in a few words for a warning: `tcp 443`, `icmp 8/-1`, `all traffic`. */
export function ruleLabel(
  rule: Pick<SecurityGroupRule, 'protocol' | 'portRange' | 'icmpTypeCode'>,
): string {
  if (rule.protocol === 'all') return 'all traffic';
  const protocol = typeof rule.protocol === 'number' ? `protocol ${rule.protocol}` : rule.protocol;
  if (rule.portRange) {
    const { from, to } = rule.portRange;
    return `${protocol} ${from === to ? from : `${from}-${to}`}`;
  }
  if (rule.icmpTypeCode) return `${protocol} ${rule.icmpTypeCode.type}/${rule.icmpTypeCode.code}`;
  return protocol;
}
