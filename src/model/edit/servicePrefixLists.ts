import type { PrefixList, Scenario } from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { findById } from './util.ts';

/**
 * The AWS-managed prefix lists of the services a gateway endpoint reaches (S3, DynamoDB), so a
 * gateway endpoint drawn on the canvas has its service's list to route. AWS names each list
 * `com.amazonaws.<region>.<service>` and gives it one ID per region; the IDs and blocks of
 * us-east-1 below are those `aws ec2 get-managed-prefix-list-entries` printed (the blocks change
 * over time: an import brings the current ones). For other regions the list's entries are not
 * known, and what depends on them is "cannot tell", as for an import without entries.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html
 */
export type GatewayService = 's3' | 'dynamodb';

const KNOWN: Readonly<Record<string, { readonly id: string; readonly cidrs: readonly string[] }>> =
  {
    'com.amazonaws.us-east-1.s3': {
      id: 'pl-63a5400a',
      cidrs: [
        '52.216.0.0/15',
        '54.231.0.0/16',
        '3.5.0.0/19',
        '16.15.176.0/20',
        '16.182.0.0/16',
        '18.34.0.0/19',
        '18.34.232.0/21',
      ],
    },
    'com.amazonaws.us-east-1.dynamodb': {
      id: 'pl-02cd2c6b',
      cidrs: ['52.94.0.0/22', '52.119.224.0/20', '3.218.180.0/22'],
    },
  };

/** `com.amazonaws.us-east-1.s3` for a zone or region (`us-east-1a` → `us-east-1`). */
export function serviceName(zoneOrRegion: string, service: GatewayService | 'sqs'): string {
  const region = /^[a-z]{2}(-[a-z]+)+-\d+/.exec(zoneOrRegion)?.[0] ?? 'us-east-1';
  return `com.amazonaws.${region}.${service}`;
}

/** A stable ID for a region's list AWS's ID of is not known here: `pl-` and 8 hex digits. */
function derivedId(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `pl-${h.toString(16).padStart(8, '0')}`;
}

/**
 * The scenario with the service's AWS-managed prefix list in it (added if missing), and its ID.
 *
 * @example
 * const r = ensureServicePrefixList(scenario, 'com.amazonaws.us-east-1.s3'); // pl-63a5400a
 */
export function ensureServicePrefixList(
  scenario: Scenario,
  name: string,
): EditResult<{ scenario: Scenario; prefixList: PrefixList }> {
  const existing = scenario.prefixLists.find((p) => p.managedBy === 'aws' && p.name === name);
  if (existing !== undefined) return ok({ scenario, prefixList: existing });
  const known = KNOWN[name];
  const id = known?.id ?? derivedId(name);
  const taken = findById(scenario.prefixLists, id);
  if (taken !== undefined)
    return fail(`Prefix list ${id} is already in the scenario as "${taken.name}", not ${name}.`);
  const prefixList: PrefixList = {
    id,
    name,
    addressFamily: 'IPv4',
    managedBy: 'aws',
    ...(known ? { entries: known.cidrs.map((cidr) => ({ cidr })) } : {}),
  };
  return ok({
    scenario: { ...scenario, prefixLists: [...scenario.prefixLists, prefixList] },
    prefixList,
  });
}
