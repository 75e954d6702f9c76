import { INTERNET_HOST } from '../model/internetHosts.ts';
import { scenarioInterfaces } from '../model/interfaces.ts';
import { parseIp } from '../model/ip.ts';
import type { Endpoint, Scenario } from '../model/types.ts';

/**
 * An endpoint of an expectations file read in the app (the CLI reads them with its own
 * `parseEndpoint`, which says more about Terraform `count`): `internet`, an IP address, an
 * instance or interface ID, a Terraform address the scenario keeps, or a Name that one instance or
 * interface has. Throws an Error in words when it names nothing, or several.
 */
export function resolveEndpoint(scenario: Scenario, text: string): Endpoint {
  const t = text.trim();
  if (t === 'internet') return { address: INTERNET_HOST };
  if (parseIp(t)) return { address: t };
  const views = scenarioInterfaces(scenario);
  const addresses = scenario.terraform?.addresses ?? {};
  const matches = views.filter(
    (v) =>
      v.id === t ||
      v.interfaceId === t ||
      v.instanceId === t ||
      addresses[v.id] === t ||
      (v.instanceId !== undefined && addresses[v.instanceId] === t) ||
      v.name === t ||
      v.tags?.Name === t,
  );
  // An instance's other interfaces share its name: the instance stands for its primary one.
  const primary = matches.filter((v) => v.instanceId === undefined || v.primary);
  const [only, ...others] = primary;
  if (only && others.length === 0)
    return only.instanceId !== undefined && only.primary
      ? { instanceId: only.instanceId }
      : { interfaceId: only.interfaceId ?? only.id };
  if (only)
    throw new Error(
      `${primary.length} endpoints are named "${t}" (${primary.map((v) => v.id).join(', ')}); give an ID instead`,
    );
  throw new Error(`no instance or network interface is named "${t}", and it is not an IP address`);
}

/** How an expectations file names an endpoint: its Terraform address, Name, or ID; an address as is. */
export function endpointText(scenario: Scenario, e: Endpoint): string {
  if (!('instanceId' in e) && !('interfaceId' in e))
    return e.address === INTERNET_HOST ? 'internet' : e.address;
  const id = 'instanceId' in e ? e.instanceId : e.interfaceId;
  const address = scenario.terraform?.addresses[id];
  if (address) return address;
  const views = scenarioInterfaces(scenario);
  const view = views.find((v) =>
    'instanceId' in e ? v.instanceId === id && v.primary : v.interfaceId === id || v.id === id,
  );
  const name = view?.name;
  // A Name serves only when it names this one endpoint.
  if (
    name &&
    views.filter((v) => v.name === name && (v.instanceId === undefined || v.primary)).length === 1
  )
    return name;
  return id;
}
