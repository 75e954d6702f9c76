import type { CanvasBox, DropSite, NodeKind, PaletteKind } from '../../layout/types.ts';
import {
  addEgressOnlyInternetGateway,
  addGatewayEndpoint,
  addInstance,
  addInterfaceEndpoint,
  addInternetGateway,
  addNatGateway,
  addNetworkInterface,
  addSubnet,
  addTransitGateway,
  addVpcAttachment,
  andThen,
  createVpc,
  defaultAttachmentSubnets,
  ensureServicePrefixList,
  serviceName,
  type EditResult,
} from '../../model/edit.ts';
import { mainTableOf, nextName } from '../../model/edit/util.ts';
import { addInternetHost } from '../../model/internetHosts.ts';
import type { InterfaceKind, Scenario } from '../../model/types.ts';
import { REFUSALS } from './canvasShared.ts';

/**
 * What each palette item creates where it lands: the model edit (one or a few chained, written
 * together) and the node it makes, with its container. Pure over the scenario and the site, so
 * the drop, the keyboard and their tests share it.
 */
export interface Created {
  readonly scenario: Scenario;
  /** The new node's ID (for an interface endpoint, its interface in the subnet). */
  readonly id: string;
  readonly kind: NodeKind;
  readonly parent: CanvasBox | null;
  /** Said once the node is there (a transit gateway that attached a VPC, say). */
  readonly note?: string;
}

/** Where a palette item may land: the site of the drop, and an instance under it (for an ENI). */
export interface Landing extends DropSite {
  readonly instance?: CanvasBox;
}

function created<T extends { scenario: Scenario }>(
  result: EditResult<T>,
  id: (value: T) => string,
  kind: NodeKind,
  parent: CanvasBox | null,
  note?: (value: T) => string,
): EditResult<Created> {
  if (!result.ok) return result;
  const value: Created = {
    scenario: result.value.scenario,
    id: id(result.value),
    kind,
    parent,
    ...(note ? { note: note(result.value) } : {}),
  };
  return { ok: true, value };
}

const refuse = (error: string): EditResult<Created> => ({ ok: false, error });

/** The interface kind and the base of the name of each interface preset. */
const PRESETS = {
  // Short bases: the node writes its kind before the name ("RDS db-1", "Lambda fn-1").
  networkInterface: { kind: 'other', base: 'eni' },
  rds: { kind: 'rds', base: 'db' },
  lambda: { kind: 'lambda', base: 'fn' },
  loadBalancer: { kind: 'load-balancer', base: 'lb' },
} as const satisfies Record<string, { kind: InterfaceKind; base: string }>;

/** The zone a subnet (or the first subnet of a VPC) is in, for its region's service names. */
function zoneOf(scenario: Scenario, site: Landing): string {
  const subnetId = site.subnet?.id;
  const vpcId = site.vpc?.id ?? site.nearVpc?.id;
  const subnet =
    scenario.subnets.find((s) => s.id === subnetId) ??
    scenario.subnets.find((s) => s.vpcId === vpcId);
  return subnet?.availabilityZone ?? 'us-east-1a';
}

/** A new network interface in the site's subnet; dropped on an instance, attached to it. */
function createInterface(
  scenario: Scenario,
  kind: keyof typeof PRESETS,
  site: Landing,
): EditResult<Created> {
  const { subnet, instance } = site;
  if (!subnet) return refuse(REFUSALS[kind]);
  const preset = PRESETS[kind];
  const attach = kind === 'networkInterface' && instance !== undefined;
  return created(
    addNetworkInterface(scenario, {
      subnetId: subnet.id,
      kind: attach ? 'instance' : preset.kind,
      name: nextName(
        preset.base,
        scenario.networkInterfaces.map((e) => e.name),
      ),
      ...(attach ? { attachment: { instanceId: instance.id } } : {}),
    }),
    (v) => v.networkInterface.id,
    'networkInterface',
    subnet,
    (v) => {
      const owner = scenario.instances.find((i) => i.id === instance?.id);
      return v.networkInterface.attachment
        ? `${v.networkInterface.name} is attached to ${owner?.name || instance?.id} as eth${v.networkInterface.attachment.deviceIndex}.`
        : '';
    },
  );
}

/**
 * A gateway endpoint to S3 for the VPC, with the route table of the subnet it was dropped in (or
 * the VPC's main table): AWS routes the service's prefix list there.
 */
function createGatewayEndpoint(scenario: Scenario, site: Landing): EditResult<Created> {
  const vpc = site.vpc ?? site.nearVpc;
  if (!vpc) return refuse(REFUSALS.gatewayEndpoint);
  const name = serviceName(zoneOf(scenario, site), 's3');
  const subnet = scenario.subnets.find((s) => s.id === site.subnet?.id);
  const tableId = subnet?.routeTableId ?? mainTableOf(scenario, vpc.id)?.id;
  const listed = ensureServicePrefixList(scenario, name);
  if (!listed.ok) return listed;
  return created(
    addGatewayEndpoint(listed.value.scenario, {
      vpcId: vpc.id,
      serviceName: name,
      prefixListId: listed.value.prefixList.id,
      routeTableIds: tableId === undefined ? [] : [tableId],
    }),
    (v) => v.endpoint.id,
    'vpcEndpoint',
    vpc,
  );
}

/** An interface endpoint (SQS of the region) with its interface in the subnet dropped in. */
function createInterfaceEndpoint(scenario: Scenario, site: Landing): EditResult<Created> {
  const { subnet } = site;
  const vpcId = scenario.subnets.find((s) => s.id === subnet?.id)?.vpcId;
  if (!subnet || vpcId === undefined) return refuse(REFUSALS.interfaceEndpoint);
  return created(
    addInterfaceEndpoint(scenario, {
      vpcId,
      serviceName: serviceName(zoneOf(scenario, site), 'sqs'),
      subnetIds: [subnet.id],
    }),
    (v) => v.endpoint.networkInterfaceIds[0] ?? v.endpoint.id,
    'networkInterface',
    subnet,
  );
}

/** A transit gateway; dropped on (or next to) a VPC, it attaches that VPC, a subnet per zone. */
function createTransitGateway(scenario: Scenario, site: Landing): EditResult<Created> {
  const vpc = site.vpc ?? site.nearVpc;
  const made = addTransitGateway(scenario);
  if (!vpc) return created(made, (v) => v.transitGateway.id, 'transitGateway', null);
  return created(
    andThen(made, (m) =>
      andThen(
        addVpcAttachment(m.scenario, {
          transitGatewayId: m.transitGateway.id,
          vpcId: vpc.id,
          subnetIds: defaultAttachmentSubnets(m.scenario, vpc.id),
        }),
        (a) => ({ ok: true, value: { ...a, transitGateway: m.transitGateway } }),
      ),
    ),
    (v) => v.transitGateway.id,
    'transitGateway',
    null,
    (v) => {
      const name = scenario.vpcs.find((x) => x.id === vpc.id)?.name;
      return `${v.transitGateway.name} attaches VPC ${name || vpc.id} (${v.attachment.id}).`;
    },
  );
}

/** The model edit that creates `kind` at `site`, or why it cannot go there. */
export function create(scenario: Scenario, kind: PaletteKind, site: Landing): EditResult<Created> {
  const { vpc, subnet, nearVpc } = site;
  switch (kind) {
    case 'vpc':
      return created(createVpc(scenario), (v) => v.vpc.id, 'vpc', null);
    case 'subnet':
      if (!vpc) return refuse(REFUSALS.subnet);
      return created(addSubnet(scenario, { vpcId: vpc.id }), (v) => v.subnet.id, 'subnet', vpc);
    case 'instance':
      if (!subnet) return refuse(REFUSALS.instance);
      return created(
        addInstance(scenario, { subnetId: subnet.id }),
        (v) => v.instance.id,
        'instance',
        subnet,
      );
    case 'natGateway':
      if (!subnet) return refuse(REFUSALS.natGateway);
      return created(
        addNatGateway(scenario, { subnetId: subnet.id }),
        (v) => v.natGateway.id,
        'natGateway',
        subnet,
      );
    case 'internetGateway':
      // Near a VPC it attaches there (refused if that VPC has one); elsewhere it stays detached.
      return created(
        addInternetGateway(scenario, nearVpc ? { vpcId: nearVpc.id } : {}),
        (v) => v.gateway.id,
        'internetGateway',
        nearVpc ?? null,
      );
    case 'egressOnlyInternetGateway':
      if (!nearVpc) return refuse(REFUSALS.egressOnlyInternetGateway);
      return created(
        addEgressOnlyInternetGateway(scenario, { vpcId: nearVpc.id }),
        (v) => v.gateway.id,
        'egressOnlyInternetGateway',
        nearVpc,
      );
    case 'internetHost':
      if (vpc) return refuse(REFUSALS.internetHost);
      return created(addInternetHost(scenario), (v) => v.host.id, 'internetHost', null);
    case 'networkInterface':
    case 'rds':
    case 'lambda':
    case 'loadBalancer':
      return createInterface(scenario, kind, site);
    case 'gatewayEndpoint':
      return createGatewayEndpoint(scenario, site);
    case 'interfaceEndpoint':
      return createInterfaceEndpoint(scenario, site);
    case 'transitGateway':
      return createTransitGateway(scenario, site);
  }
}
