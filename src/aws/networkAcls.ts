import type { NaclEntry, NetworkAcl } from '../model/types.ts';
import type { AwsNaclEntry, AwsNetworkAcl } from './bundleSchema.ts';
import { hasIcmpTypeCode, hasPorts, protocolFromAws } from './protocol.ts';
import { nameFrom } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

// AWS lists each ACL's final `*` rule as 32767 (IPv4) and 32768 (IPv6); the model implies it.
const STAR_RULE_IPV4 = 32767;
const STAR_RULE_IPV6 = 32768;
// The highest number a user's entry may have.
const MAX_RULE_NUMBER = 32766;

/** A network ACL, its entries split by `Egress` and sorted by rule number, `*` rules dropped. */
export function networkAclFromAws(acl: AwsNetworkAcl, warnings: ImportWarnings): NetworkAcl {
  const ingress: NaclEntry[] = [];
  const egress: NaclEntry[] = [];
  for (const entry of acl.Entries ?? []) {
    if (entry.RuleNumber > MAX_RULE_NUMBER) {
      if (!isStarRule(entry)) {
        warnings.add(
          acl.NetworkAclId,
          `${entry.Egress ? 'egress' : 'ingress'} entry ${entry.RuleNumber} is numbered like AWS's final * rule but is not its deny-all; it is not modelled (the model always ends with deny-all)`,
        );
      }
      continue;
    }
    (entry.Egress ? egress : ingress).push(entryFromAws(entry));
  }
  const byNumber = (a: NaclEntry, b: NaclEntry) => a.ruleNumber - b.ruleNumber;
  return {
    id: acl.NetworkAclId,
    name: nameFrom(acl.Tags, acl.NetworkAclId),
    vpcId: acl.VpcId,
    isDefault: acl.IsDefault ?? false,
    ingress: ingress.sort(byNumber),
    egress: egress.sort(byNumber),
  };
}

function isStarRule(entry: AwsNaclEntry): boolean {
  const denyAll = entry.RuleAction === 'deny' && entry.Protocol === '-1';
  return (
    denyAll &&
    ((entry.RuleNumber === STAR_RULE_IPV4 && entry.CidrBlock === '0.0.0.0/0') ||
      (entry.RuleNumber === STAR_RULE_IPV6 && entry.Ipv6CidrBlock === '::/0'))
  );
}

/**
 * One entry. TCP/UDP entries without a PortRange cover every port and ICMP entries without an
 * IcmpTypeCode every type, so both are written out in full rather than left to a default.
 */
function entryFromAws(entry: AwsNaclEntry): NaclEntry {
  const protocol = protocolFromAws(entry.Protocol);
  // The bundle schema guarantees one of the two blocks.
  const cidr = entry.CidrBlock ?? entry.Ipv6CidrBlock ?? '';
  const base = { ruleNumber: entry.RuleNumber, action: entry.RuleAction, protocol, cidr };
  if (hasPorts(protocol)) {
    const range = entry.PortRange ?? { From: 0, To: 65535 };
    return { ...base, portRange: { from: range.From, to: range.To } };
  }
  if (hasIcmpTypeCode(protocol)) {
    const icmp = entry.IcmpTypeCode ?? { Type: -1, Code: -1 };
    return { ...base, icmpTypeCode: { type: icmp.Type, code: icmp.Code } };
  }
  return base;
}
