/**
 * The top-level keys of the `aws ec2` outputs that make a bundle: version 1's nine describe-*
 * outputs, then version 2's ten (spec/cli-analyze.md, `<file>`).
 */
export const BUNDLE_SECTIONS = [
  'Vpcs',
  'Subnets',
  'Reservations',
  'SecurityGroups',
  'NetworkAcls',
  'RouteTables',
  'InternetGateways',
  'NatGateways',
  'VpcPeeringConnections',
  'NetworkInterfaces',
  'PrefixLists',
  'PrefixListEntries',
  'VpcEndpoints',
  'EgressOnlyInternetGateways',
  'TransitGateways',
  'TransitGatewayAttachments',
  'TransitGatewayVpcAttachments',
  'TransitGatewayRouteTables',
  'TransitGatewayRoutes',
] as const;

export type BundleSection = (typeof BUNDLE_SECTIONS)[number];

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True for an object that holds at least one describe-* section: how a file that is not the
 * project's own format is recognised as AWS output.
 */
export function looksLikeAwsBundle(input: unknown): boolean {
  return isPlainObject(input) && BUNDLE_SECTIONS.some((key) => Object.hasOwn(input, key));
}
