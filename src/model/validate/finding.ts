/**
 * One problem `validate` found in a scenario. `code` is stable (the UI and the CLI key on it);
 * `field` is the path inside the resource (`cidrBlock`, `ingress[2].cidr`), or `id` when the
 * resource as a whole is at fault (`findingPath` gives the whole JSON path in the scenario);
 * `message` is one sentence that names the bad value.
 */
export interface Finding {
  severity: 'error' | 'warning';
  code: string;
  resourceId: string;
  field: string;
  message: string;
}

/** Every code `validate` emits; a code never changes meaning once shipped. */
export const FINDING_CODES = [
  // errors
  'duplicate-id',
  'missing-reference',
  'reference-other-vpc',
  'vpc-cidr-size',
  'subnet-outside-vpc',
  'subnet-ipv6-outside-vpc',
  'subnet-size',
  'subnet-ipv6-size',
  'subnet-overlap',
  'private-ip-outside-subnet',
  'private-ip-reserved',
  'ipv6-outside-subnet',
  'duplicate-private-ip',
  'duplicate-public-ip',
  'security-group-quota',
  'nacl-rule-number-range',
  'nacl-rule-number-duplicate',
  'nacl-default-multiple',
  'route-target-missing',
  'route-peering-wrong-vpc',
  'route-duplicate-destination',
  'route-table-main-missing',
  'route-table-main-multiple',
  'peering-cidr-overlap',
  // errors, version 2
  'duplicate-device-index',
  'tgw-attachment-subnets-per-zone',
  'prefix-list-max-entries',
  'prefix-list-entry-family',
  'route-endpoint-managed',
  'route-more-specific-than-local',
  'endpoint-subnets-per-zone',
  // warnings
  'security-group-open-to-internet',
  'security-group-unused',
  'nacl-entry-shadowed',
  'route-igw-not-attached',
  'cidr-host-bits',
  'nat-gateway-no-internet-route',
  // warnings, version 2
  'route-tgw-not-attached',
  'route-eigw-not-attached',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export function error(
  code: FindingCode,
  resourceId: string,
  field: string,
  message: string,
): Finding {
  return { severity: 'error', code, resourceId, field, message };
}

export function warning(
  code: FindingCode,
  resourceId: string,
  field: string,
  message: string,
): Finding {
  return { severity: 'warning', code, resourceId, field, message };
}
