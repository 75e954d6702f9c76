import type { Scenario } from '../model/types.ts';

/** The kinds of resource the inspector knows, read from the ID's AWS prefix. */
export type ResourceKind =
  | 'vpc'
  | 'subnet'
  | 'instance'
  | 'internetGateway'
  | 'natGateway'
  | 'peeringConnection'
  | 'internetHost'
  | 'securityGroup'
  | 'networkAcl'
  | 'routeTable'
  | 'networkInterface'
  | 'prefixList'
  | 'vpcEndpoint'
  | 'egressOnlyInternetGateway'
  | 'transitGateway'
  | 'transitGatewayAttachment'
  | 'transitGatewayRouteTable'
  | 'unknown';

const PREFIXES: ReadonlyArray<readonly [string, ResourceKind]> = [
  ['vpc-', 'vpc'],
  ['subnet-', 'subnet'],
  ['i-', 'instance'],
  ['igw-', 'internetGateway'],
  ['nat-', 'natGateway'],
  ['pcx-', 'peeringConnection'],
  ['host-', 'internetHost'],
  ['sg-', 'securityGroup'],
  ['acl-', 'networkAcl'],
  ['rtb-', 'routeTable'],
  ['eni-', 'networkInterface'],
  ['pl-', 'prefixList'],
  ['vpce-', 'vpcEndpoint'],
  ['eigw-', 'egressOnlyInternetGateway'],
  // The longer prefixes first: `tgw-attach-` and `tgw-rtb-` also start with `tgw-`.
  ['tgw-attach-', 'transitGatewayAttachment'],
  ['tgw-rtb-', 'transitGatewayRouteTable'],
  ['tgw-', 'transitGateway'],
];

export function kindOf(id: string): ResourceKind {
  return PREFIXES.find(([prefix]) => id.startsWith(prefix))?.[1] ?? 'unknown';
}

/**
 * The VPC a resource lives in, for the editors' "this VPC" scope; `null` for what lies outside
 * every VPC (an internet host, a detached gateway, a peering between two VPCs) or is unknown.
 */
export function vpcIdOf(scenario: Scenario, id: string): string | null {
  const subnetVpc = (subnetId: string) =>
    scenario.subnets.find((s) => s.id === subnetId)?.vpcId ?? null;
  switch (kindOf(id)) {
    case 'vpc':
      return scenario.vpcs.some((v) => v.id === id) ? id : null;
    case 'subnet':
      return subnetVpc(id);
    case 'instance': {
      const instance = scenario.instances.find((i) => i.id === id);
      return instance ? subnetVpc(instance.subnetId) : null;
    }
    case 'natGateway': {
      const nat = scenario.natGateways.find((n) => n.id === id);
      return nat ? subnetVpc(nat.subnetId) : null;
    }
    case 'internetGateway':
      return scenario.internetGateways.find((g) => g.id === id)?.vpcId ?? null;
    case 'securityGroup':
      return scenario.securityGroups.find((g) => g.id === id)?.vpcId ?? null;
    case 'networkAcl':
      return scenario.networkAcls.find((a) => a.id === id)?.vpcId ?? null;
    case 'routeTable':
      return scenario.routeTables.find((t) => t.id === id)?.vpcId ?? null;
    case 'networkInterface': {
      const eni = scenario.networkInterfaces.find((e) => e.id === id);
      return eni ? subnetVpc(eni.subnetId) : null;
    }
    case 'vpcEndpoint':
      return scenario.vpcEndpoints.find((e) => e.id === id)?.vpcId ?? null;
    case 'egressOnlyInternetGateway':
      return scenario.egressOnlyInternetGateways.find((g) => g.id === id)?.vpcId ?? null;
    case 'transitGatewayAttachment':
      return scenario.transitGatewayAttachments.find((a) => a.id === id)?.vpcId ?? null;
    default:
      return null;
  }
}

/** Which VPCs the editors list: the one chosen, else the selection's, else all of them. */
export type ScopeChoice = 'selection' | 'all' | { readonly vpcId: string };

export function scopedVpcIds(
  scenario: Scenario,
  choice: ScopeChoice,
  selection: readonly string[],
): string[] {
  const all = scenario.vpcs.map((v) => v.id);
  if (choice === 'all') return all;
  if (choice !== 'selection') return all.includes(choice.vpcId) ? [choice.vpcId] : all;
  const fromSelection = new Set(
    selection.map((id) => vpcIdOf(scenario, id)).filter((v) => v !== null),
  );
  return fromSelection.size === 0 ? all : all.filter((id) => fromSelection.has(id));
}
