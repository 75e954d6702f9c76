import { nextRuleNumber } from '../../model/edit/naclEntries.ts';
import type { NaclEntry, NetworkAcl } from '../../model/types.ts';
import type { CNacl, CompiledScenario } from '../compiled.ts';
import { naclLabel } from '../explain.ts';
import type { Pkt } from '../packet.ts';
import type { Direction, FixScope } from '../types.ts';
import type { BlockProposal, FixIntent, Proposal } from './hop.ts';
import { ruleMatchOf, ruleMatchText } from './ruleMatch.ts';
import { addressScopes, holders, hostCidr, isInternetAddress } from './scopes.ts';
import type { Way } from './securityGroup.ts';

/**
 * Entries are evaluated in ascending rule number and the first match decides, so an entry that
 * must win over another is numbered before it.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 */

/** The highest number below `n` that no entry of that direction uses, if any. */
function freeNumberBefore(acl: NetworkAcl, way: Way, n: number): number | undefined {
  const used = new Set(acl[way].map((e) => e.ruleNumber));
  for (let k = n - 1; k >= 1; k--) if (!used.has(k)) return k;
  return undefined;
}

const wordOf = (way: Way) => (way === 'ingress' ? 'inbound' : 'outbound');

/**
 * Opening: an allow entry before the one that denied (or before the `*` rule) for the packet's
 * remote end, least privilege first (its one address), with wider scopes offered (its subnet,
 * its VPC, anywhere). A response returns to the client's ephemeral port, which the client picks
 * anew each time, so for it the whole ephemeral range is allowed rather than one port.
 */
export function networkAclFix(
  c: CompiledScenario,
  nacl: CNacl,
  direction: Direction,
  way: Way,
  matched: number | undefined,
  pkt: Pkt,
  intent: FixIntent,
): Proposal {
  const acl = nacl.source;
  const ruleNumber =
    matched === undefined ? nextRuleNumber(acl, way) : freeNumberBefore(acl, way, matched);
  if (ruleNumber === undefined) {
    return {
      summary: `Renumber ${naclLabel(nacl)}'s ${wordOf(way)} rules to make room before rule ${matched}, then allow this traffic there.`,
      edit: null,
    };
  }
  const match = ruleMatchOf(pkt, direction === 'response' ? 'ephemeral' : 'exact');
  const where = matched === undefined ? '' : `, before rule ${matched}`;
  const remote = way === 'ingress' ? pkt.src : pkt.dst;
  const scopes: FixScope[] = addressScopes(c, remote, intent).map(({ cidr, what }) => {
    const entry: NaclEntry = { ruleNumber, action: 'allow', cidr, ...match };
    return {
      label: `${cidr} · ${what}`,
      summary: `Allow ${ruleMatchText(match)} ${way === 'ingress' ? 'inbound from' : 'outbound to'} ${cidr} in ${naclLabel(nacl)} as rule ${ruleNumber}${where}.`,
      edit: { kind: 'add-nacl-entry', networkAclId: acl.id, direction: way, entry },
    };
  });
  const first = scopes[0];
  if (!first) return { summary: '', edit: null };
  return {
    summary: first.summary,
    edit: first.edit,
    scopes: scopes.length > 1 ? scopes : undefined,
  };
}

/**
 * Blocking: a deny entry numbered before the entry that allowed the request, for the flow's
 * protocol and port and its remote end's one address (every address, for a goal "from
 * anywhere" whose remote end is the internet). Only the request: the response comes back to a
 * port the client picks anew, which one entry cannot name.
 */
export function networkAclBlock(
  c: CompiledScenario,
  nacl: CNacl,
  way: Way,
  allowedBy: number,
  pkt: Pkt,
  intent: FixIntent,
): BlockProposal[] {
  const acl = nacl.source;
  const ruleNumber = freeNumberBefore(acl, way, allowedBy);
  if (ruleNumber === undefined) return [];
  const remote = way === 'ingress' ? pkt.src : pkt.dst;
  const everyone = intent.anywhere && isInternetAddress(c, remote);
  const cidr = everyone ? (remote.family === 4 ? '0.0.0.0/0' : '::/0') : hostCidr(remote);
  const match = ruleMatchOf(pkt, 'exact');
  const entry: NaclEntry = { ruleNumber, action: 'deny', cidr, ...match };
  return [
    {
      summary: `Deny ${ruleMatchText(match)} ${way === 'ingress' ? 'inbound from' : 'outbound to'} ${cidr} in ${naclLabel(nacl)} as rule ${ruleNumber}, before rule ${allowedBy} which allows it.`,
      edit: { kind: 'add-nacl-entry', networkAclId: acl.id, direction: way, entry },
      breadth: (everyone ? 2 ** 32 : 1) * holders(c, (e) => e.subnet.nacl === nacl),
    },
  ];
}
