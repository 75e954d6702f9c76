import type { Scenario } from '../types.ts';
import type { Finding } from './finding.ts';

/** The lists of a scenario whose items have an `id`, in the order `validate` reads them. */
const COLLECTIONS = [
  'vpcs',
  'subnets',
  'instances',
  'networkInterfaces',
  'securityGroups',
  'networkAcls',
  'routeTables',
  'internetGateways',
  'natGateways',
  'peeringConnections',
  'prefixLists',
  'vpcEndpoints',
  'egressOnlyInternetGateways',
  'transitGateways',
  'transitGatewayAttachments',
  'transitGatewayRouteTables',
  'flows',
] as const satisfies readonly (keyof Scenario)[];

/**
 * The JSON path of a finding in the scenario (`transitGatewayAttachments[1].subnetIds[2]`), from
 * its resource's place in its list and its field, so the app can point at the bad value and the
 * CLI can print it. The resource's first list wins when an ID is used twice.
 *
 * @example
 * findingPath(scenario, finding); // 'subnets[2].cidrBlock'
 */
export function findingPath(scenario: Scenario, finding: Finding): string {
  for (const key of COLLECTIONS) {
    const index = (scenario[key] as readonly { id: string }[]).findIndex(
      (item) => item.id === finding.resourceId,
    );
    if (index < 0) continue;
    const at = `${key}[${index}]`;
    return finding.field === 'id' ? at : `${at}.${finding.field}`;
  }
  return finding.field;
}
