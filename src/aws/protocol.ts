import type { Protocol } from '../model/types.ts';

const BY_NUMBER: Readonly<Record<string, Protocol>> = {
  '-1': 'all',
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
};

const BY_NAME: Readonly<Record<string, Protocol>> = {
  tcp: 'tcp',
  udp: 'udp',
  icmp: 'icmp',
  icmpv6: 'icmpv6',
};

/**
 * AWS's protocol text (a security group's `IpProtocol` or a NACL entry's `Protocol`) as the
 * model's protocol. NACLs print numbers ("6"), security groups names ("tcp"); both can say "-1"
 * for all. The numbers of named protocols become names so that a rule reads the same whichever
 * way AWS printed it. The text has already been checked by the bundle schema.
 */
export function protocolFromAws(text: string): Protocol {
  const lower = text.toLowerCase();
  return BY_NAME[lower] ?? BY_NUMBER[lower] ?? Number(lower);
}

/** Protocols whose rules carry a port range. */
export function hasPorts(protocol: Protocol): protocol is 'tcp' | 'udp' {
  return protocol === 'tcp' || protocol === 'udp';
}

/** Protocols whose rules carry an ICMP type and code. */
export function hasIcmpTypeCode(protocol: Protocol): protocol is 'icmp' | 'icmpv6' {
  return protocol === 'icmp' || protocol === 'icmpv6';
}
