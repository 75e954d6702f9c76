import type { AwsNetworkAcl, AwsRouteTable } from './bundleSchema.ts';
import type { ImportWarnings } from './warnings.ts';

export interface SubnetAssociations {
  /** Subnet ID → network ACL ID. */
  readonly networkAcls: ReadonlyMap<string, string>;
  /** Subnet ID → route table ID. */
  readonly routeTables: ReadonlyMap<string, string>;
}

/**
 * Which NACL and route table each subnet uses, read from the `Associations` of the NACLs and the
 * route tables (AWS records them there, not on the subnet). A subnet with no association gets
 * none: the engine then uses the VPC's default NACL or main route table, as AWS does.
 * `bundleSubnetIds` are all subnets of the bundle, including any left out of the scenario.
 */
export function subnetAssociations(
  acls: readonly AwsNetworkAcl[],
  tables: readonly AwsRouteTable[],
  bundleSubnetIds: ReadonlySet<string>,
  warnings: ImportWarnings,
): SubnetAssociations {
  const networkAcls = new Map<string, string>();
  const routeTables = new Map<string, string>();
  const associate = (map: Map<string, string>, ownerId: string, subnetId: string) => {
    if (!bundleSubnetIds.has(subnetId)) {
      warnings.add(ownerId, `association with ${subnetId}, which is not in the bundle, is ignored`);
      return;
    }
    const previous = map.get(subnetId);
    if (previous === undefined) map.set(subnetId, ownerId);
    else if (previous !== ownerId) {
      warnings.add(
        subnetId,
        `is associated with both ${previous} and ${ownerId}; ${previous} is used`,
      );
    }
  };
  for (const acl of acls) {
    for (const association of acl.Associations ?? []) {
      if (association.SubnetId !== undefined)
        associate(networkAcls, acl.NetworkAclId, association.SubnetId);
    }
  }
  for (const table of tables) {
    for (const association of table.Associations ?? []) {
      // An association being removed (or that failed) no longer routes the subnet.
      const state = association.AssociationState?.State;
      if (state !== undefined && state !== 'associated' && state !== 'associating') continue;
      if (association.SubnetId !== undefined) {
        associate(routeTables, table.RouteTableId, association.SubnetId);
      } else if (association.GatewayId !== undefined) {
        warnings.add(
          table.RouteTableId,
          `edge association with ${association.GatewayId} (ingress routing) is not modelled`,
          [table.VpcId],
        );
      }
    }
  }
  return { networkAcls, routeTables };
}
