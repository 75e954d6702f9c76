import { ipError } from '../../model/edit/syntax.ts';
import { INTERNET_HOST } from '../../model/internetHosts.ts';
import type { Endpoint, Scenario } from '../../model/types.ts';

/**
 * A flow's ends as the tester's menus show them: instances by name and address, internet hosts,
 * the internet, or any address typed in. A menu value is `i:<instance ID>`, `h:<host ID>`,
 * `internet` or `any`.
 */
export interface EndpointOption {
  readonly value: string;
  readonly label: string;
  readonly group: 'Instances' | 'The internet';
}

export const ANY_ADDRESS = 'any';
export const INTERNET = 'internet';
/** "The internet" when no host is drawn: the one address every view uses for it (RFC 5737). */
export const INTERNET_ADDRESS = INTERNET_HOST;

export function endpointOptions(scenario: Scenario): EndpointOption[] {
  const hostAt = scenario.internetHosts.some((h) => h.address === INTERNET_ADDRESS);
  return [
    ...scenario.instances.map((i) => ({
      value: `i:${i.id}`,
      label: `${i.name || i.id} · ${i.privateIp}`,
      group: 'Instances' as const,
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
  if (!('instanceId' in end)) {
    const host = scenario.internetHosts.find((h) => h.address === end.address);
    if (host) return `h:${host.id}`;
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
  if (value.startsWith('h:')) {
    const host = scenario.internetHosts.find((h) => h.id === value.slice(2));
    return host ? { address: host.address } : null;
  }
  return value === INTERNET ? { address: INTERNET_ADDRESS } : null;
}

/** Checks a typed address with the model's IP helpers; the endpoint, or the sentence to show. */
export function addressEndpoint(
  text: string,
): { ok: true; end: Endpoint } | { ok: false; error: string } {
  const address = text.trim();
  const error = ipError(address);
  return error === undefined ? { ok: true, end: { address } } : { ok: false, error };
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
  return host?.name || end.address;
}
