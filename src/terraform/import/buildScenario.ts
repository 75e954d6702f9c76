import { isIp } from '../../model/ip.ts';
import type { TerraformOrigin } from '../../model/terraformOrigin.ts';
import type { Instance, NetworkInterface, Scenario } from '../../model/types.ts';
import { PublicAddresses, SubnetAddresses } from './addresses.ts';
import type { ImportContext } from './context.ts';
import {
  elasticIpAssociations,
  importElasticIps,
  importInternetGateways,
  importNatGateways,
  importPeerings,
} from './gateways.ts';
import { importInstances } from './instances.ts';
import { unknownGroup, type InterfaceNeeds } from './interfaceParts.ts';
import { importManagedInterfaces } from './managedInterfaces.ts';
import { importNetworkAcls } from './networkAcls.ts';
import {
  groupAttachments,
  importNetworkInterfaces,
  interfaceAttachments,
  knownAddresses,
} from './networkInterfaces.ts';
import { importOtherInterfaces } from './otherInterfaces.ts';
import { attributeElasticIps } from './privateIpElasticIps.ts';
import { importPrefixLists } from './prefixLists.ts';
import { readChecked } from './read.ts';
import { readId } from './refs.ts';
import { registerIds } from './register.ts';
import { importRouteTables } from './routeTables.ts';
import { importSecurityGroups } from './securityGroups.ts';
import { importTransitGateways } from './transitGateways.ts';
import { reportUnread } from './unread.ts';
import { importEgressOnlyGateways, importVpcEndpoints } from './vpcEndpoints.ts';
import { asSubnet, importSubnets, importVpcs } from './vpcs.ts';

/** The scenario of a document, every resource type in the order their references need. */
export function buildScenario(ctx: ImportContext): Omit<Scenario, 'name' | 'description'> {
  registerIds(ctx);
  const { vpcs, defaultGroups, defaultAcls, mainTables } = importVpcs(ctx);
  const vpcIds = new Set(vpcs.map((v) => v.id));
  const subnets = importSubnets(ctx, vpcs);
  const subnetById = new Map(subnets.map((s) => [s.id, s]));
  const prefixLists = importPrefixLists(ctx);
  const securityGroups = importSecurityGroups(ctx, vpcIds, defaultGroups);
  const acls = importNetworkAcls(ctx, vpcIds, defaultAcls);
  const tables = importRouteTables(ctx, vpcs, mainTables);
  const publicAddresses = new PublicAddresses();
  const eips = importElasticIps(ctx, publicAddresses);
  const associations = elasticIpAssociations(ctx, eips);
  const natGateways = importNatGateways(ctx, new Set(subnetById.keys()), eips, publicAddresses);
  const needs: InterfaceNeeds = {
    subnets: subnetById,
    defaultGroupOf: (vpcId) => defaultGroups.get(vpcId)?.id,
    privateAddresses: new SubnetAddresses((id) => subnetById.get(id)?.cidrBlock),
    publicAddresses,
    elasticIps: associations.byTarget,
    eipsById: eips,
    extraGroups: [],
    assumedAddresses: new Map(),
    alternatives: new Map(),
  };
  for (const nat of natGateways) {
    if (nat.privateIp) needs.privateAddresses.take(nat.subnetId, nat.privateIp);
  }
  reserveKnownAddresses(ctx, needs);
  const interfaces = importNetworkInterfaces(ctx, needs);
  const attachments = interfaceAttachments(ctx);
  const instances = importInstances(ctx, needs, interfaces, attachments);
  attributeElasticIps(ctx, associations.byPrivateIp, instances, interfaces);
  for (const a of attachments) {
    const eni = interfaces.get(a.interfaceId);
    if (eni && a.deviceIndex >= 1 && instances.some((i) => i.id === a.instanceId)) {
      interfaces.set(eni.id, {
        ...eni,
        kind: 'instance',
        attachment: { instanceId: a.instanceId, deviceIndex: Math.min(31, a.deviceIndex) },
      });
    }
  }
  for (const { interfaceId, groupId } of groupAttachments(ctx)) {
    const eni = interfaces.get(interfaceId);
    if (eni && !eni.securityGroupIds.includes(groupId)) {
      interfaces.set(interfaceId, { ...eni, securityGroupIds: [...eni.securityGroupIds, groupId] });
    }
    const owner = instances.find((i) => i.primaryInterfaceId === interfaceId);
    if (owner && !owner.securityGroupIds.includes(groupId)) owner.securityGroupIds.push(groupId);
  }
  const tableById = new Map(tables.routeTables.map((t) => [t.id, t]));
  const endpoints = importVpcEndpoints(ctx, vpcIds, tableById, prefixLists, needs);
  const managed: NetworkInterface[] = [
    ...importManagedInterfaces(ctx, needs),
    ...endpoints.interfaces,
  ];
  const transit = importTransitGateways(ctx, vpcIds, new Set(subnetById.keys()));
  const internetGateways = importInternetGateways(ctx, vpcIds);
  const egressOnlyInternetGateways = importEgressOnlyGateways(ctx, vpcIds);
  const peeringConnections = importPeerings(ctx, vpcIds);
  managed.push(...importOtherInterfaces(ctx, needs));
  reportUnread(ctx);
  groupsLeftOut(ctx, needs, securityGroups, instances, [...interfaces.values(), ...managed]);
  const origin: TerraformOrigin = {
    source:
      ctx.document.kind === 'state'
        ? 'state'
        : ctx.document.view === 'prior_state'
          ? 'plan-prior-state'
          : 'plan',
    addresses: Object.fromEntries(ctx.ids.addresses),
    placeholderIds: [...ctx.ids.placeholders],
    assumedAddresses: Object.fromEntries(needs.assumedAddresses),
    ...(needs.alternatives.size > 0
      ? { alternatives: Object.fromEntries(needs.alternatives) }
      : {}),
  };
  const allInterfaces = [...interfaces.values(), ...managed];
  return {
    quotas: {
      securityGroupsPerInterface: Math.min(
        16,
        Math.max(5, ...[...instances, ...allInterfaces].map((i) => i.securityGroupIds.length)),
      ),
    },
    vpcs,
    subnets: subnets.map((subnet) => ({
      ...asSubnet(subnet),
      ...(acls.associations.has(subnet.id)
        ? { networkAclId: acls.associations.get(subnet.id) }
        : {}),
      ...(tables.associations.has(subnet.id)
        ? { routeTableId: tables.associations.get(subnet.id) }
        : {}),
    })),
    instances,
    securityGroups: [...securityGroups, ...needs.extraGroups],
    networkAcls: acls.networkAcls,
    routeTables: tables.routeTables,
    internetGateways,
    natGateways,
    peeringConnections,
    internetHosts: [],
    networkInterfaces: allInterfaces,
    prefixLists: [...prefixLists.values()],
    vpcEndpoints: endpoints.endpoints,
    egressOnlyInternetGateways,
    ...transit,
    flows: [],
    terraform: origin,
  };
}

/**
 * A group of the plan that was left out (its VPC could not be told…) has rules nobody knows: an
 * interface that carries it gets a group that may match anything instead.
 */
function groupsLeftOut(
  ctx: ImportContext,
  needs: InterfaceNeeds,
  groups: readonly { id: string }[],
  instances: Instance[],
  interfaces: NetworkInterface[],
): void {
  const known = new Set([...groups.map((g) => g.id), ...needs.extraGroups.map((g) => g.id)]);
  const vpcOf = (subnetId: string) => needs.subnets.get(subnetId)?.vpcId ?? '';
  const fix = (ids: string[], subnetId: string) =>
    ids.map((id) =>
      known.has(id) || !ctx.ids.has(id)
        ? id
        : unknownGroup(ctx, ctx.ids.addresses.get(id) ?? id, vpcOf(subnetId), needs),
    );
  for (const i of instances) i.securityGroupIds = fix(i.securityGroupIds, i.subnetId);
  for (const n of interfaces) n.securityGroupIds = fix(n.securityGroupIds, n.subnetId);
}

/**
 * Every private address the plan already knows is taken before any is assumed, so that an
 * assumed address never lands on a known one.
 */
function reserveKnownAddresses(ctx: ImportContext, needs: InterfaceNeeds): void {
  const take = (attrs: ReturnType<ImportContext['attributes']>, addresses: readonly string[]) => {
    const subnet = readId(ctx, attrs, 'subnet_id', ['subnet']);
    if (subnet.kind !== 'id') return;
    for (const address of addresses) needs.privateAddresses.take(subnet.id, address);
  };
  for (const instance of ctx.ofType('aws_instance')) {
    const attrs = ctx.attributes(instance);
    const ip = readChecked(attrs, 'private_ip', (s) => isIp(s, 4), 'an IPv4 address');
    if (ip.kind === 'value') take(attrs, [ip.value]);
  }
  for (const eni of ctx.ofType('aws_network_interface'))
    take(ctx.attributes(eni), knownAddresses(ctx, eni.address));
  for (const lb of [...ctx.ofType('aws_lb'), ...ctx.ofType('aws_alb')]) {
    for (const block of ctx.attributes(lb).blocks('subnet_mapping')) {
      const ip = readChecked(block, 'private_ipv4_address', (s) => isIp(s, 4), 'an IPv4 address');
      if (ip.kind === 'value') take(block, [ip.value]);
    }
  }
}
