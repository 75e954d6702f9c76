import { ipError } from '../../model/edit/syntax.ts';
import { INTERNET_HOST } from '../../model/internetHosts.ts';
import { formatIp, ipv4Size, parseCidr, rangeOffset } from '../../model/ip.ts';
import type { Endpoint, InterfaceKind, Scenario } from '../../model/types.ts';

/**
 * A flow's ends as the tester's menus show them: instances by name and address, other network
 * interfaces (RDS, load balancers, Lambda, endpoints…), the AWS services gateway endpoints reach
 * (at an address of the service's prefix list), internet hosts, the internet, or any address
 * typed in. A menu value is `i:<instance ID>`, `n:<interface ID>`, `s:<endpoint ID>`,
 * `h:<host ID>`, `internet` or `any`.
 */
export interface EndpointOption {
  readonly value: string;
  readonly label: string;
  readonly group: EndpointGroup;
}

export type EndpointGroup = 'Instances' | 'Interfaces' | 'AWS services' | 'The internet';
export const ENDPOINT_GROUPS: readonly EndpointGroup[] = [
  'Instances',
  'Interfaces',
  'AWS services',
  'The internet',
];

/** Interfaces that stand for something a flow may start or end at (not a NAT's, not a TGW's). */
const FLOW_KINDS = new Set<InterfaceKind>([
  'instance',
  'rds',
  'load-balancer',
  'lambda',
  'interface-endpoint',
  'other',
]);

const TAGS: Partial<Record<InterfaceKind, string>> = {
  rds: 'RDS',
  'load-balancer': 'load balancer',
  lambda: 'Lambda',
  'interface-endpoint': 'endpoint',
};

/**
 * The AWS services gateway endpoints reach, each at one address of its prefix list (the tenth of
 * its first block): the engine takes an address in the list for the service.
 */
export function serviceEndpoints(
  scenario: Scenario,
): { endpointId: string; service: string; address: string; via: string }[] {
  return scenario.vpcEndpoints.flatMap((e) => {
    if (e.type !== 'gateway' || e.prefixListId === undefined) return [];
    const list = scenario.prefixLists.find((p) => p.id === e.prefixListId);
    const range = parseCidr(list?.entries?.[0]?.cidr ?? '');
    if (range === null || range.family !== 4) return [];
    const address = formatIp(rangeOffset(range, Math.min(10, ipv4Size(range) - 1)));
    const service = e.serviceName.split('.').at(-1) ?? e.serviceName;
    return [{ endpointId: e.id, service, address, via: e.name || e.id }];
  });
}

export const ANY_ADDRESS = 'any';
export const INTERNET = 'internet';
/** "The internet" when no host is drawn: the one address every view uses for it (RFC 5737). */
export const INTERNET_ADDRESS = INTERNET_HOST;

/**
 * A resource imported from Terraform is listed by its address first (`aws_instance.app · app ·
 * 10.40.1.10`), so "app → db" can be chosen by the names the plan uses.
 */
export function endpointOptions(scenario: Scenario): EndpointOption[] {
  const hostAt = scenario.internetHosts.some((h) => h.address === INTERNET_ADDRESS);
  const addresses = scenario.terraform?.addresses ?? {};
  const byAddress = (id: string) => (addresses[id] !== undefined ? `${addresses[id]} · ` : '');
  return [
    ...scenario.instances.map((i) => ({
      value: `i:${i.id}`,
      label: `${byAddress(i.id)}${i.name || i.id} · ${i.privateIp}`,
      group: 'Instances' as const,
    })),
    ...scenario.networkInterfaces
      .filter((e) => FLOW_KINDS.has(e.kind))
      .map((e) => {
        const tag = TAGS[e.kind];
        const address = e.privateIp ?? e.ipv6Addresses[0] ?? 'no address';
        return {
          value: `n:${e.id}`,
          label: `${byAddress(e.id)}${e.name || e.id}${tag ? ` (${tag})` : ''} · ${address}`,
          group: 'Interfaces' as const,
        };
      }),
    ...serviceEndpoints(scenario).map((s) => ({
      value: `s:${s.endpointId}`,
      label: `${s.service} via ${s.via} · ${s.address}`,
      group: 'AWS services' as const,
    })),
    ...scenario.internetHosts.map((h) => ({
      value: `h:${h.id}`,
      label: `${h.name || h.id} · ${h.address}`,
      group: 'The internet' as const,
    })),
    ...(hostAt
      ? []
      : [
          {
            value: INTERNET,
            label: `A client on the internet · ${INTERNET_ADDRESS}`,
            group: 'The internet' as const,
          },
        ]),
  ];
}

/**
 * The menu value for an endpoint: its instance, the host at its address, else `any` (an address
 * typed in). An instance named at one of its addresses is `any` too: the address says which.
 */
export function endpointValue(scenario: Scenario, end: Endpoint | null): string {
  if (end === null) return '';
  if ('instanceId' in end && end.address === undefined) return `i:${end.instanceId}`;
  if ('interfaceId' in end && end.address === undefined) return `n:${end.interfaceId}`;
  if (!('instanceId' in end) && !('interfaceId' in end)) {
    const host = scenario.internetHosts.find((h) => h.address === end.address);
    if (host) return `h:${host.id}`;
    const service = serviceEndpoints(scenario).find((s) => s.address === end.address);
    if (service) return `s:${service.endpointId}`;
    if (end.address === INTERNET_ADDRESS) return INTERNET;
  }
  return ANY_ADDRESS;
}

/** The endpoint a menu value names; null for `any` (the address is typed next) or a stale value. */
export function endpointFromValue(scenario: Scenario, value: string): Endpoint | null {
  if (value.startsWith('i:')) {
    const id = value.slice(2);
    return scenario.instances.some((i) => i.id === id) ? { instanceId: id } : null;
  }
  if (value.startsWith('n:')) {
    const id = value.slice(2);
    return scenario.networkInterfaces.some((e) => e.id === id) ? { interfaceId: id } : null;
  }
  if (value.startsWith('s:')) {
    const service = serviceEndpoints(scenario).find((s) => s.endpointId === value.slice(2));
    return service ? { address: service.address } : null;
  }
  if (value.startsWith('h:')) {
    const host = scenario.internetHosts.find((h) => h.id === value.slice(2));
    return host ? { address: host.address } : null;
  }
  return value === INTERNET ? { address: INTERNET_ADDRESS } : null;
}

/**
 * Checks a typed address with the model's IP helpers; the endpoint, or the sentence to show. In a
 * scenario imported from Terraform, a resource's address (`aws_instance.web[1]`, or
 * `aws_instance.web` when it has one instance) names its instance or interface too.
 */
export function addressEndpoint(
  text: string,
  scenario?: Scenario,
): { ok: true; end: Endpoint } | { ok: false; error: string } {
  const address = text.trim();
  const error = ipError(address);
  if (error === undefined) return { ok: true, end: { address } };
  const addresses = scenario?.terraform?.addresses;
  if (scenario === undefined || addresses === undefined) return { ok: false, error };
  const instances = new Set(scenario.instances.map((i) => i.id));
  const interfaces = new Set(scenario.networkInterfaces.map((n) => n.id));
  const named = (exact: boolean) =>
    Object.entries(addresses).filter(
      ([id, a]) =>
        (instances.has(id) || interfaces.has(id)) &&
        (exact
          ? a === address
          : a.startsWith(address) && /^\[[^\]]*\]$/.test(a.slice(address.length))),
    );
  const exact = named(true);
  const found = exact.length > 0 ? exact : named(false);
  const [first] = found;
  if (first === undefined) {
    return {
      ok: false,
      error: `${error.replace(/\.$/, '')}, nor a Terraform address of this network.`,
    };
  }
  if (new Set(found.map(([, a]) => a)).size > 1) {
    const list = [...new Set(found.map(([, a]) => a))].sort().join(', ');
    return { ok: false, error: `${address} has several instances: ${list}` };
  }
  const [id] = first;
  return { ok: true, end: instances.has(id) ? { instanceId: id } : { interfaceId: id } };
}

/**
 * An endpoint in a few words: the instance's or host's name, else the address.
 *
 * @example
 * endpointName(scenario, { instanceId: 'i-…' }); // 'web-1'
 * endpointName(scenario, { address: '203.0.113.50' }); // '203.0.113.50'
 */
export function endpointName(scenario: Scenario, end: Endpoint | null): string {
  if (end === null) return '…';
  if ('instanceId' in end) {
    const instance = scenario.instances.find((i) => i.id === end.instanceId);
    const name = instance?.name || end.instanceId;
    return end.address === undefined ? name : `${name} at ${end.address}`;
  }
  if ('interfaceId' in end) {
    const eni = scenario.networkInterfaces.find((n) => n.id === end.interfaceId);
    const name = eni?.name || end.interfaceId;
    return end.address === undefined ? name : `${name} at ${end.address}`;
  }
  const host = scenario.internetHosts.find((h) => h.address === end.address);
  if (host) return host.name || end.address;
  const service = serviceEndpoints(scenario).find((s) => s.address === end.address);
  return service ? `${service.service} (${end.address})` : end.address;
}
