import type { Scenario } from '../model/types.ts';
import { formatAddress, parseAddress } from './format/address.ts';

/** What a Terraform address names among a scenario's endpoints. */
export type AddressMatch =
  /**
   * The endpoints of one resource instance: one, or one per subnet for a resource AWS gives an
   * interface in each of its subnets (a load balancer, an interface endpoint, a Lambda function).
   */
  | { readonly kind: 'one'; readonly ids: readonly string[]; readonly address: string }
  /** A bare address of a resource with several `count`/`for_each` instances. */
  | { readonly kind: 'several'; readonly addresses: readonly string[] }
  | { readonly kind: 'none' };

/**
 * Finds the endpoint an address names (spec/ci-check.md, "Endpoints may be written as Terraform
 * addresses"): `aws_instance.web[1]`, `module.app.aws_instance.api["a"]`, or `aws_instance.web`
 * when the resource has one instance. `endpointIds` are the IDs that may be endpoints (instances,
 * interfaces); the scenario's Terraform origin says which address each came from.
 */
export function findByAddress(
  scenario: Scenario,
  text: string,
  endpointIds: ReadonlySet<string>,
): AddressMatch {
  const addresses = scenario.terraform?.addresses;
  if (addresses === undefined || parseAddress(text) === null) return { kind: 'none' };
  const wanted = text.trim();
  const exact: Array<[string, string]> = [];
  const instances: Array<[string, string]> = [];
  for (const [id, address] of Object.entries(addresses)) {
    if (!endpointIds.has(id)) continue;
    if (address === wanted) exact.push([id, address]);
    else if (address.startsWith(`${wanted}[`) && isInstanceOf(address, wanted)) {
      instances.push([id, address]);
    }
  }
  if (exact.length > 0) return { kind: 'one', ids: exact.map(([id]) => id), address: wanted };
  const instanceAddresses = [...new Set(instances.map(([, a]) => a))].sort();
  const [only] = instanceAddresses;
  if (only === undefined) return { kind: 'none' };
  if (instanceAddresses.length > 1) return { kind: 'several', addresses: instanceAddresses };
  return { kind: 'one', ids: instances.map(([id]) => id), address: only };
}

/** `aws_instance.web[2]` is an instance of `aws_instance.web`; `aws_instance.web[2].x` is not. */
function isInstanceOf(address: string, resource: string): boolean {
  const parsed = parseAddress(address);
  if (parsed === null || parsed.key === undefined) return false;
  return formatAddress({ ...parsed, key: undefined }) === resource;
}

/**
 * Warnings for a flow whose endpoints have addresses assumed at import ("every flow that uses it
 * warns that the address was assumed"), naming each endpoint by its Terraform address.
 */
export function assumedAddressWarnings(
  scenario: Scenario,
  endpointIds: readonly (string | undefined)[],
): string[] {
  const origin = scenario.terraform;
  if (origin === undefined) return [];
  const out: string[] = [];
  for (const id of new Set(endpointIds)) {
    if (id === undefined) continue;
    const note = origin.assumedAddresses[id];
    if (note !== undefined) out.push(`${origin.addresses[id] ?? id}: ${note}`);
  }
  return out;
}

/**
 * The Terraform address to show for each ID made up at import: a trace names the resource as the
 * plan does, since its AWS ID is known only after apply.
 */
export function placeholderNames(scenario: Scenario): Map<string, string> {
  const origin = scenario.terraform;
  const out = new Map<string, string>();
  if (origin === undefined) return out;
  for (const id of origin.placeholderIds) {
    const address = origin.addresses[id];
    if (address !== undefined) out.set(id, address);
  }
  return out;
}
