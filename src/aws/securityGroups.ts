import type { SecurityGroup, SecurityGroupRule, SgPeer } from '../model/types.ts';
import type { AwsIpPermission, AwsSecurityGroup } from './bundleSchema.ts';
import { hasIcmpTypeCode, hasPorts, protocolFromAws } from './protocol.ts';
import { ruleLabel } from './ruleLabel.ts';
import { nameFrom } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

type Direction = 'ingress' | 'egress';
type RuleBase = Pick<SecurityGroupRule, 'protocol' | 'portRange' | 'icmpTypeCode'>;

/**
 * A security group. Each AWS permission lists several peers (IPv4 ranges, IPv6 ranges, groups,
 * prefix lists); the model has one peer per rule, so a permission becomes one rule per peer.
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html
 * `knownGroupIds` are the groups in the bundle: a rule naming another one (another account,
 * region or a deleted group) is kept but can match nobody here, which the user should know.
 */
export function securityGroupFromAws(
  group: AwsSecurityGroup,
  knownGroupIds: ReadonlySet<string>,
  warnings: ImportWarnings,
): SecurityGroup {
  const rules = (permissions: readonly AwsIpPermission[] | undefined, direction: Direction) =>
    (permissions ?? []).flatMap((p) =>
      rulesFromPermission(group.GroupId, p, direction, knownGroupIds, warnings),
    );
  return {
    id: group.GroupId,
    name: nameFrom(group.Tags, group.GroupName),
    description: group.Description ?? '',
    vpcId: group.VpcId,
    isDefault: group.GroupName === 'default',
    ingress: rules(group.IpPermissions, 'ingress'),
    egress: rules(group.IpPermissionsEgress, 'egress'),
  };
}

function rulesFromPermission(
  groupId: string,
  permission: AwsIpPermission,
  direction: Direction,
  knownGroupIds: ReadonlySet<string>,
  warnings: ImportWarnings,
): SecurityGroupRule[] {
  const base = ruleBase(permission);
  const rule = (peer: SgPeer, description: string | undefined): SecurityGroupRule => ({
    ...base,
    peer,
    ...(description === undefined ? {} : { description }),
  });
  const fromOrTo = direction === 'ingress' ? 'from' : 'to';
  const what = `${direction} rule ${ruleLabel(base)} ${fromOrTo}`;
  const rules: SecurityGroupRule[] = [];
  for (const range of permission.IpRanges ?? []) {
    rules.push(rule({ kind: 'cidr', cidr: range.CidrIp }, range.Description));
  }
  for (const range of permission.Ipv6Ranges ?? []) {
    rules.push(rule({ kind: 'cidr', cidr: range.CidrIpv6 }, range.Description));
  }
  for (const pair of permission.UserIdGroupPairs ?? []) {
    if (!knownGroupIds.has(pair.GroupId)) {
      warnings.add(
        groupId,
        `${what} ${pair.GroupId} names a group that is not in the bundle (another account or region?); it matches no instance here`,
      );
    }
    rules.push(rule({ kind: 'group', groupId: pair.GroupId }, pair.Description));
  }
  // A prefix list's entries are matched by the engine; one not in the bundle is reported once
  // (prefixLists.ts, unknownPrefixListWarnings).
  for (const list of permission.PrefixListIds ?? []) {
    rules.push(rule({ kind: 'prefixList', prefixListId: list.PrefixListId }, list.Description));
  }
  return rules;
}

/**
 * Protocol and ports. TCP/UDP: FromPort-ToPort, where -1 or no port means all ports. ICMP:
 * FromPort is the type and ToPort the code (-1 = all). Other protocols have no ports: AWS
 * allows all traffic of that protocol whatever range was given.
 */
function ruleBase(permission: AwsIpPermission): RuleBase {
  const protocol = protocolFromAws(permission.IpProtocol);
  const from = permission.FromPort;
  const to = permission.ToPort ?? from;
  if (hasPorts(protocol)) {
    const all = from === undefined || to === undefined || from < 0 || to < 0;
    return { protocol, portRange: all ? { from: 0, to: 65535 } : { from, to } };
  }
  if (hasIcmpTypeCode(protocol)) {
    return { protocol, icmpTypeCode: { type: from ?? -1, code: permission.ToPort ?? -1 } };
  }
  return { protocol };
}
