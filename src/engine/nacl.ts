import type { CNacl, CNaclEntry } from './compile.ts';
import { inRange, trafficMatches } from './match.ts';
import type { Pkt } from './packet.ts';

export interface NaclDecision {
  readonly allowed: boolean;
  /** The entry that matched; undefined when the final `*` rule decided. */
  readonly entry: CNaclEntry | undefined;
  /** The matching entry's number, or AWS's 32767 (IPv4) / 32768 (IPv6) for the `*` rule. */
  readonly ruleNumber: number;
}

/**
 * Entries are evaluated in ascending rule number and the first match decides, allow or deny;
 * when none matches, the `*` rule denies. ACLs are stateless: a response is checked like any
 * packet. https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 */
export function naclDecision(nacl: CNacl, direction: 'ingress' | 'egress', p: Pkt): NaclDecision {
  const remote = direction === 'ingress' ? p.src : p.dst;
  for (const e of direction === 'ingress' ? nacl.ingress : nacl.egress) {
    if (inRange(e.range, remote) && trafficMatches(e, p)) {
      return { allowed: e.allow, entry: e, ruleNumber: e.ruleNumber };
    }
  }
  return { allowed: false, entry: undefined, ruleNumber: remote.family === 4 ? 32767 : 32768 };
}
