import { fail, ok, type EditResult } from './edit/result.ts';
import { findById, missing, nameError, nextName, patched, updateById } from './edit/util.ts';
import { newId } from './ids.ts';
import { formatIp, parseCidr, parseIp, rangeHas, type IpValue } from './ip.ts';
import type { InternetHost, Scenario } from './types.ts';

/**
 * "The internet" where a flow needs one address (spec/cli-analyze.md, the endpoint `internet`):
 * the one definition the CLI, the flow tester and the engine share. Where a view speaks of the
 * internet as a set, it is every public address instead (engine/internet.ts).
 */
export const INTERNET_HOST = '203.0.113.50';

/**
 * Hosts on the internet: flow endpoints drawn outside every VPC. Their default addresses come from
 * the documentation ranges (RFC 5737), so a drawn scenario never names someone's real server.
 */
export const HOST_POOLS = ['198.51.100.0/24', '203.0.113.0/24'] as const;

export interface AddInternetHostSpec {
  /** Absent: `internet-N`. */
  readonly name?: string;
  /** Absent: the first address of 198.51.100.0/24, then 203.0.113.0/24, that nothing uses. */
  readonly address?: string;
  readonly id?: string;
}

/**
 * Adds a host on the internet. Its address must parse and lie outside every VPC's blocks (a host
 * inside a VPC would be an instance, not the internet), and no other host may have it.
 *
 * @example
 * const r = addInternetHost(scenario, { name: 'client' }); // at 198.51.100.1 when it is free
 */
export function addInternetHost(
  scenario: Scenario,
  spec: AddInternetHostSpec = {},
): EditResult<{ scenario: Scenario; host: InternetHost }> {
  const address = spec.address?.trim() ?? nextHostAddress(scenario);
  if (address === null) return fail(`No address is left in ${HOST_POOLS.join(' or ')}.`);
  const id = spec.id ?? newId('host');
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    idError(scenario, id) ??
    hostAddressError(scenario, address, id);
  if (problem !== undefined) return fail(problem);
  const host: InternetHost = {
    id,
    name:
      spec.name ??
      nextName(
        'internet',
        scenario.internetHosts.map((h) => h.name),
      ),
    address,
  };
  return ok({ scenario: { ...scenario, internetHosts: [...scenario.internetHosts, host] }, host });
}

export interface InternetHostPatch {
  readonly name?: string;
  readonly address?: string;
}

/**
 * Renames a host or changes its address. A malformed address, one inside a VPC (named in the
 * refusal) or one another host has is refused, and the host keeps its last good address.
 *
 * @example
 * updateInternetHost(scenario, 'host-a', { address: '10.0.1.5' });
 * // { ok: false, error: '10.0.1.5 is inside VPC vpc-a (10.0.0.0/16): a host on the internet …' }
 */
export function updateInternetHost(
  scenario: Scenario,
  id: string,
  patch: InternetHostPatch,
): EditResult<Scenario> {
  const host = findById(scenario.internetHosts, id);
  if (host === undefined) return fail(missing('Internet host', id));
  const address = patch.address?.trim();
  const problem =
    (patch.name === undefined ? undefined : nameError(patch.name)) ??
    (address === undefined ? undefined : hostAddressError(scenario, address, id));
  if (problem !== undefined) return fail(problem);
  const next = patched(host, { name: patch.name, address });
  if (next === host) return ok(scenario);
  return ok({ ...scenario, internetHosts: updateById(scenario.internetHosts, id, () => next) });
}

/**
 * Removes a host. Saved flows name addresses, not hosts, so they stay as they are.
 *
 * @example
 * removeInternetHost(scenario, 'host-a');
 */
export function removeInternetHost(scenario: Scenario, id: string): EditResult<Scenario> {
  if (findById(scenario.internetHosts, id) === undefined) {
    return fail(missing('Internet host', id));
  }
  return ok({ ...scenario, internetHosts: scenario.internetHosts.filter((h) => h.id !== id) });
}

/**
 * Why `text` cannot be the address of a host on the internet, or `undefined`. `self` is the host
 * being re-addressed, whose own address does not count as taken.
 */
export function hostAddressError(
  scenario: Scenario,
  text: string,
  self?: string,
): string | undefined {
  const ip = parseIp(text);
  if (ip === null) {
    const shown = text.trim() === '' ? 'An empty value' : text.trim();
    return `${shown} is not a valid IPv4 or IPv6 address.`;
  }
  const vpc = vpcHolding(scenario, ip);
  if (vpc !== undefined) {
    return `${text.trim()} is inside VPC ${vpc.id} (${vpc.block}): a host on the internet must be outside every VPC.`;
  }
  const other = scenario.internetHosts.find(
    (h) => h.id !== self && sameAddress(parseIp(h.address), ip),
  );
  return other === undefined
    ? undefined
    : `${text.trim()} is already the address of internet host ${other.id} (${other.name}).`;
}

function vpcHolding(scenario: Scenario, ip: IpValue): { id: string; block: string } | undefined {
  for (const vpc of scenario.vpcs) {
    const blocks = [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlock ? [vpc.ipv6CidrBlock] : [])];
    for (const block of blocks) {
      const range = parseCidr(block);
      if (range !== null && rangeHas(range, ip)) return { id: vpc.id, block };
    }
  }
  return undefined;
}

function sameAddress(a: IpValue | null, b: IpValue): boolean {
  return a !== null && a.family === b.family && a.value === b.value;
}

function idError(scenario: Scenario, id: string): string | undefined {
  if (!/^host-[0-9a-zA-Z]+$/.test(id)) {
    return `${id} is not a valid ID here: expected host- followed by letters and digits.`;
  }
  return findById(scenario.internetHosts, id) === undefined
    ? undefined
    : `The ID ${id} is already used.`;
}

/**
 * The first address of the pools that no host, instance or NAT gateway uses and no VPC holds, or
 * `null` when none is left.
 *
 * @example
 * nextHostAddress(emptyScenario()); // '198.51.100.1'
 */
export function nextHostAddress(scenario: Scenario): string | null {
  const used = new Set<number>();
  const claim = (text: string | undefined) => {
    const ip = text === undefined ? null : parseIp(text);
    if (ip !== null && ip.family === 4) used.add(ip.value);
  };
  for (const h of scenario.internetHosts) claim(h.address);
  for (const x of [...scenario.instances, ...scenario.natGateways]) claim(x.publicIp);
  for (const pool of HOST_POOLS) {
    const range = parseCidr(pool);
    if (range === null || range.family !== 4) continue;
    for (let value = range.first + 1; value < range.last; value++) {
      const ip: IpValue = { family: 4, value };
      if (!used.has(value) && vpcHolding(scenario, ip) === undefined) return formatIp(ip);
    }
  }
  return null;
}
