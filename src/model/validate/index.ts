import type { Scenario } from '../types.ts';
import { checkAddressPlacement } from './addresses.ts';
import { checkCidrs } from './cidr.ts';
import { buildContext, type Context } from './context.ts';
import { checkDuplicateAddresses } from './duplicate-addresses.ts';
import { checkDuplicateIds } from './duplicates.ts';
import { checkEndpoints } from './endpoints.ts';
import { checkExposure } from './exposure.ts';
import type { Finding } from './finding.ts';
import { checkHostBits } from './host-bits.ts';
import { checkNetworkInterfaces } from './interfaces.ts';
import { checkMainRouteTables } from './main-tables.ts';
import { checkNetworkAcls } from './nacl.ts';
import { checkNatGateways } from './nat.ts';
import { checkPeeringOverlap, checkSubnetOverlap } from './overlap.ts';
import { checkPrefixLists } from './prefix-lists.ts';
import { checkQuotas } from './quotas.ts';
import { checkReferences } from './references.ts';
import { checkRoutes } from './routes.ts';
import { checkTransitGateways } from './transit-gateways.ts';
import { checkUnusedGroups } from './unused-groups.ts';

export { FINDING_CODES, type Finding, type FindingCode } from './finding.ts';
export { findingPath } from './path.ts';

const CHECKS: ReadonlyArray<(ctx: Context) => Finding[]> = [
  checkDuplicateIds,
  checkReferences,
  checkCidrs,
  checkSubnetOverlap,
  checkPeeringOverlap,
  checkAddressPlacement,
  checkDuplicateAddresses,
  checkQuotas,
  checkNetworkAcls,
  checkRoutes,
  checkMainRouteTables,
  checkHostBits,
  checkExposure,
  checkUnusedGroups,
  checkNatGateways,
  checkNetworkInterfaces,
  checkPrefixLists,
  checkEndpoints,
  checkTransitGateways,
];

/**
 * What is wrong with a scenario that parsed: the schema settles syntax (is this a CIDR?), this
 * settles meaning (is the subnet inside its VPC?). Errors are things AWS would refuse or that make
 * the scenario ambiguous; warnings are legal but almost certainly not what was meant.
 * Errors come first, then warnings, each in a stable order (check, then scenario order).
 * Never throws; linear or n log n in the number of resources (ACL entries excepted, whose count
 * AWS caps).
 */
export function validate(scenario: Scenario): Finding[] {
  const ctx = buildContext(scenario);
  const findings = CHECKS.flatMap((check) => check(ctx));
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning'),
  ];
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
