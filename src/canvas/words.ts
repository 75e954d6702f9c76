import type { InterfaceKind, Scenario } from '../model/types.ts';

/**
 * How the canvas names each kind of network interface, in AWS's words: the noun (for screen
 * readers and tooltips) and the short tag written before its name on the node.
 */
const KIND_WORDS: Readonly<Record<InterfaceKind, { noun: string; tag: string }>> = {
  instance: { noun: 'Network interface', tag: 'ENI' },
  rds: { noun: 'RDS database', tag: 'RDS' },
  'load-balancer': { noun: 'Load balancer', tag: 'ELB' },
  lambda: { noun: 'Lambda function', tag: 'Lambda' },
  'interface-endpoint': { noun: 'Interface endpoint', tag: 'Endpoint' },
  'nat-gateway': { noun: 'NAT gateway interface', tag: 'NAT' },
  'transit-gateway-attachment': { noun: 'Transit gateway interface', tag: 'TGW' },
  other: { noun: 'Network interface', tag: 'ENI' },
};

/** "RDS database", "Network interface". */
export const interfaceWords = (kind: InterfaceKind): string => KIND_WORDS[kind].noun;

/** "RDS", "ENI": written before the interface's name on its node. */
export const interfaceTag = (kind: InterfaceKind): string => KIND_WORDS[kind].tag;

/** The service's own name at the end of `com.amazonaws.us-east-1.s3`: `s3`. */
export const serviceShortName = (serviceName: string): string =>
  serviceName.split('.').at(-1) ?? serviceName;

const nameOf = (item: { id: string; name: string } | undefined, id: string) =>
  item?.name.trim() || id;
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** A gateway endpoint's route tables by name: "private, data", or '' for none. */
export function endpointTablesText(scenario: Scenario, endpointId: string): string {
  const endpoint = scenario.vpcEndpoints.find((e) => e.id === endpointId);
  return (endpoint?.routeTableIds ?? [])
    .map((id) =>
      nameOf(
        scenario.routeTables.find((t) => t.id === id),
        id,
      ),
    )
    .join(', ');
}

/** A transit gateway in numbers: "2 attachments · 1 table" (route tables). */
export function transitGatewayText(scenario: Scenario, tgwId: string): string {
  const attachments = scenario.transitGatewayAttachments.filter(
    (a) => a.transitGatewayId === tgwId,
  ).length;
  const tables = scenario.transitGatewayRouteTables.filter(
    (t) => t.transitGatewayId === tgwId,
  ).length;
  return `${plural(attachments, 'attachment')} · ${plural(tables, 'table')}`;
}

/**
 * An attachment's subnets with their zones: "spoke-a (us-east-1a)"; with several, each zone by
 * its last letters, as the zones of one region differ only there: "app-a (1a), app-b (1b)".
 */
export function attachmentSubnetsText(scenario: Scenario, attachmentId: string): string {
  const a = scenario.transitGatewayAttachments.find((x) => x.id === attachmentId);
  const ids = a?.subnetIds ?? [];
  const words = ids.map((id) => {
    const subnet = scenario.subnets.find((x) => x.id === id);
    if (!subnet) return id;
    const zone = subnet.availabilityZone;
    const short = ids.length > 1 ? (/\d+[a-z]+$/.exec(zone)?.[0] ?? zone) : zone;
    return `${nameOf(subnet, id)} (${short})`;
  });
  return words.length === 0 ? 'no subnet' : words.join(', ');
}

/** "eth1 of web-1": which device an instance's interface is. */
export function deviceText(scenario: Scenario, eniId: string): string | null {
  const eni = scenario.networkInterfaces.find((e) => e.id === eniId);
  if (!eni?.attachment) return null;
  const owner = scenario.instances.find((i) => i.id === eni.attachment?.instanceId);
  return `eth${eni.attachment.deviceIndex} of ${owner?.name || eni.attachment.instanceId}`;
}
