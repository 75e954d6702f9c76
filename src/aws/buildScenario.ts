import type { ParseIssue } from '../model/issues.ts';
import type { Instance, NetworkInterface, Scenario } from '../model/types.ts';
import { subnetAssociations } from './associations.ts';
import type { AwsBundle } from './bundleSchema.ts';
import { internetGatewayFromAws, natGatewayFromAws, unmodelledNatReason } from './gateways.ts';
import { GONE_STATES, instanceFromAws } from './instances.ts';
import { networkAclFromAws } from './networkAcls.ts';
import { networkInterfacesFromAws } from './networkInterfaces.ts';
import { peeringFromAws } from './peering.ts';
import { prefixListsFromAws, unknownPrefixListWarnings } from './prefixLists.ts';
import { routeTableFromAws, RouteTargets } from './routeTables.ts';
import { securityGroupFromAws } from './securityGroups.ts';
import { transitFromAws } from './transitGateways.ts';
import { egressOnlyGatewayFromAws, vpcEndpointFromAws } from './vpcEndpoints.ts';
import { nameFrom } from './tags.ts';
import { subnetFromAws, vpcFromAws } from './vpcs.ts';
import { firstOfEachId, type ImportWarnings } from './warnings.ts';
import { regionOfZones } from '../model/region.ts';

/** An instance the bundle lists as terminated or shutting down: named, but not evaluated. */
export interface GoneInstance {
  readonly id: string;
  readonly name: string;
  readonly state: string;
}

export interface Built {
  readonly scenario: Scenario;
  /** Instances left out because they are terminated or shutting down. */
  readonly gone: GoneInstance[];
  /** Values the bundle schema cannot check alone (a prefix-list entry of the wrong family). */
  readonly issues: ParseIssue[];
}

/**
 * The scenario a parsed bundle describes: version 1's resources, then version 2's (interfaces,
 * prefix lists, endpoints, egress-only and transit gateways). References to what the bundle does
 * not hold are dropped with a warning rather than left dangling, so that a partial collection
 * still opens (the app refuses dangling references).
 */
export function scenarioFromBundle(
  bundle: AwsBundle,
  warnings: ImportWarnings,
  name: string | undefined,
): Built {
  const unique = <T>(items: readonly T[] | undefined, idOf: (item: T) => string) =>
    firstOfEachId(items ?? [], idOf, warnings);
  const awsVpcs = unique(bundle.Vpcs, (v) => v.VpcId);
  const awsSubnets = unique(bundle.Subnets, (s) => s.SubnetId);
  const awsGroups = unique(bundle.SecurityGroups, (g) => g.GroupId);
  const awsAcls = unique(bundle.NetworkAcls, (a) => a.NetworkAclId);
  const awsTables = unique(bundle.RouteTables, (t) => t.RouteTableId);
  const allInstances = (bundle.Reservations ?? []).flatMap((r) => r.Instances ?? []);
  const awsInstances = unique(allInstances, (i) => i.InstanceId);
  const awsIgws = unique(bundle.InternetGateways, (g) => g.InternetGatewayId);
  const awsNats = unique(bundle.NatGateways, (n) => n.NatGatewayId);
  const awsPeerings = unique(bundle.VpcPeeringConnections, (p) => p.VpcPeeringConnectionId);
  const awsEnis = unique(bundle.NetworkInterfaces, (n) => n.NetworkInterfaceId);
  const awsEndpoints = unique(bundle.VpcEndpoints, (e) => e.VpcEndpointId);
  const awsEigws = unique(bundle.EgressOnlyInternetGateways, (g) => g.EgressOnlyInternetGatewayId);
  const awsTgws = unique(bundle.TransitGateways, (t) => t.TransitGatewayId);
  const awsAttachments = unique(
    bundle.TransitGatewayAttachments,
    (a) => a.TransitGatewayAttachmentId,
  );
  const awsVpcAttachments =
    bundle.TransitGatewayVpcAttachments === undefined
      ? undefined
      : unique(bundle.TransitGatewayVpcAttachments, (a) => a.TransitGatewayAttachmentId);
  const awsTgwTables = unique(
    bundle.TransitGatewayRouteTables,
    (t) => t.TransitGatewayRouteTableId,
  );

  const vpcs = awsVpcs.map((v) => vpcFromAws(v, warnings));
  const vpcIds = new Set(vpcs.map((v) => v.id));
  const associations = subnetAssociations(
    awsAcls,
    awsTables,
    new Set(awsSubnets.map((s) => s.SubnetId)),
    warnings,
  );
  const subnets = awsSubnets.flatMap((s) => {
    const subnet = subnetFromAws(s, warnings);
    if (subnet === null) return [];
    const networkAclId = associations.networkAcls.get(subnet.id);
    const routeTableId = associations.routeTables.get(subnet.id);
    return [
      {
        ...subnet,
        ...(networkAclId === undefined ? {} : { networkAclId }),
        ...(routeTableId === undefined ? {} : { routeTableId }),
      },
    ];
  });
  const subnetIds = new Set(subnets.map((s) => s.id));
  const groupIds = new Set(awsGroups.map((g) => g.GroupId));

  const gone: GoneInstance[] = awsInstances
    .filter((i) => GONE_STATES.has(i.State?.Name ?? ''))
    .map((i) => ({
      id: i.InstanceId,
      name: nameFrom(i.Tags, i.InstanceId),
      state: i.State?.Name ?? '',
    }));
  const goneInstances = new Set(gone.map((g) => g.id));
  const instances: Instance[] = [];
  const instanceInterfaces: NetworkInterface[] = [];
  for (const i of awsInstances) {
    const imported = instanceFromAws(i, warnings);
    if (!imported) continue;
    instances.push(imported.instance);
    instanceInterfaces.push(...imported.interfaces);
  }

  const prefixLists = prefixListsFromAws(
    bundle.PrefixLists ?? [],
    bundle.PrefixListEntries,
    warnings,
  );
  const natGateways = awsNats.flatMap((n) => {
    const nat = natGatewayFromAws(n, warnings);
    return nat ? [nat] : [];
  });
  const eigws = awsEigws.map((g) => egressOnlyGatewayFromAws(g, vpcIds));
  const endpointIds = new Set(awsEndpoints.map((e) => e.VpcEndpointId));
  const targets = new RouteTargets();
  const routeTables = awsTables.map((t) =>
    routeTableFromAws(
      t,
      {
        unmodelledNats: unmodelledNats(awsNats),
        transitGateways: new Set(awsTgws.map((t) => t.TransitGatewayId)),
        egressOnlyGateways: new Set(eigws.map((g) => g.id)),
        vpcEndpoints: endpointIds,
      },
      targets,
      warnings,
    ),
  );
  targets.report(warnings);

  const routedLists = new Map<string, string>();
  for (const t of routeTables) {
    for (const r of t.routes) {
      if (r.destination.startsWith('pl-') && r.target.startsWith('vpce-'))
        routedLists.set(r.target, r.destination);
    }
  }
  const vpcEndpoints = awsEndpoints.flatMap((e) => {
    const endpoint = vpcEndpointFromAws(
      e,
      {
        vpcs: vpcIds,
        routeTables: new Set(routeTables.map((t) => t.id)),
        subnets: subnetIds,
        routedLists,
        listsByName: new Map(prefixLists.lists.map((l) => [l.name, l.id])),
      },
      warnings,
    );
    return endpoint ? [endpoint] : [];
  });
  const transit = transitFromAws(
    {
      transitGateways: awsTgws,
      attachments: awsAttachments,
      vpcAttachments: awsVpcAttachments,
      routeTables: awsTgwTables,
      routes: bundle.TransitGatewayRoutes,
    },
    {
      vpcs: vpcIds,
      subnets: subnetIds,
      prefixLists: new Map(prefixLists.lists.map((l) => [l.id, l])),
    },
    warnings,
  );

  const names = new Map<string, string>();
  for (const n of natGateways) names.set(n.id, n.name);
  for (const a of transit.attachments) names.set(a.id, a.name);
  for (const e of vpcEndpoints) names.set(e.id, e.name === e.id ? e.serviceName : e.name);
  const networkInterfaces = networkInterfacesFromAws(
    awsEnis,
    instanceInterfaces,
    {
      subnets: new Map(subnets.map((s) => [s.id, { zone: s.availabilityZone, vpcId: s.vpcId }])),
      instances: new Map(instances.map((i) => [i.id, i])),
      goneInstances,
      nameOf: (id) => names.get(id),
    },
    warnings,
  );

  const securityGroups = awsGroups.map((g) => securityGroupFromAws(g, groupIds, warnings));
  unknownPrefixListWarnings(
    { prefixLists: prefixLists.lists, securityGroups, routeTables },
    warnings,
  );
  const scenarioName = name ?? defaultName(vpcs.map((v) => v.name));
  const scenario: Scenario = {
    name: scenarioName.slice(0, 256),
    description: `Imported from aws ec2 describe-* output: ${count(vpcs.length, 'VPC')}, ${count(subnets.length, 'subnet')}, ${count(instances.length, 'instance')}${networkInterfaces.length > 0 ? `, ${count(networkInterfaces.length, 'other network interface')}` : ''}.`,
    quotas: {
      securityGroupsPerInterface: groupsPerInterface([...instances, ...networkInterfaces]),
    },
    vpcs,
    subnets,
    instances,
    securityGroups,
    networkAcls: awsAcls.map((a) => networkAclFromAws(a, warnings)),
    routeTables,
    internetGateways: awsIgws.map(internetGatewayFromAws),
    natGateways,
    peeringConnections: awsPeerings.map(peeringFromAws),
    internetHosts: [],
    networkInterfaces,
    prefixLists: prefixLists.lists,
    vpcEndpoints,
    egressOnlyInternetGateways: eigws,
    transitGateways: transit.transitGateways,
    transitGatewayAttachments: transit.attachments,
    transitGatewayRouteTables: transit.routeTables,
    flows: [],
    ...regionField(subnets.map((s) => s.availabilityZone)),
  };
  return { scenario, gone, issues: prefixLists.issues };
}

/** The Region the subnets' zones share (a bundle is collected per Region), when they say one. */
function regionField(zones: readonly string[]): { region?: string } {
  const region = regionOfZones(zones);
  return region === null ? {} : { region };
}

function unmodelledNats(nats: Parameters<typeof unmodelledNatReason>[0][]): Map<string, string> {
  return new Map(
    nats.flatMap((n) => {
      const reason = unmodelledNatReason(n);
      return reason === null ? [] : [[n.NatGatewayId, reason] as const];
    }),
  );
}

/**
 * AWS allows 5 groups per interface unless the account raised the quota (up to 16): an interface
 * that carries more shows the quota was raised at least that far.
 */
function groupsPerInterface(
  interfaces: readonly { securityGroupIds: readonly string[] }[],
): number {
  const most = Math.max(5, ...interfaces.map((i) => i.securityGroupIds.length));
  return Math.min(16, most);
}

function defaultName(vpcNames: readonly string[]): string {
  return vpcNames.length === 0 ? 'AWS import' : `AWS: ${vpcNames.join(', ')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
