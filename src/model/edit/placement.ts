import { parseCidr, parseIp, rangeHas } from '../ip.ts';
import type { Scenario, Subnet } from '../types.ts';
import { privateAddressesInVpc, publicAddresses, RESERVED_AT_START } from './addressing.ts';
import { ipError } from './syntax.ts';

const RESERVED_ROLES = ['network address', 'VPC router', 'Amazon DNS server', 'future use'];

/**
 * Why an address cannot be given to a new interface, as AWS refuses it at launch: outside the
 * subnet, one of the five it reserves, or already in use in the VPC. `self` is the ID of the
 * interface being (re)addressed, whose own address does not count as taken.
 * https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
 *
 * @example
 * privateIpError(scenario, subnet, '10.0.0.1'); // '10.0.0.1 is the VPC router of subnet …, which AWS reserves.'
 */
export function privateIpError(
  scenario: Scenario,
  subnet: Subnet,
  text: string,
  self?: string,
): string | undefined {
  const syntax = ipError(text, 4);
  if (syntax !== undefined) return syntax;
  const ip = parseIp(text);
  const range = parseCidr(subnet.cidrBlock);
  if (ip === null || ip.family !== 4 || range === null || range.family !== 4) return undefined;
  const where = `subnet ${subnet.id} (${subnet.cidrBlock})`;
  if (!rangeHas(range, ip)) return `${text} is not inside ${where}.`;
  const offset = ip.value - range.first;
  const role = ip.value === range.last ? 'broadcast address' : RESERVED_ROLES[offset];
  if (offset < RESERVED_AT_START || ip.value === range.last) {
    return `${text} is the ${role ?? 'reserved address'} of ${where}, which AWS reserves.`;
  }
  const owner = privateAddressesInVpc(scenario, subnet.vpcId).get(ip.value);
  if (owner !== undefined && owner !== self) {
    return `${text} is already used by ${owner} in VPC ${subnet.vpcId}.`;
  }
  return undefined;
}

/**
 * Why a public address cannot be used: malformed, or already used by another interface.
 *
 * @example
 * publicIpError(scenario, '203.0.113.10'); // '203.0.113.10 is already used by i-web.'
 */
export function publicIpError(scenario: Scenario, text: string, self?: string): string | undefined {
  const syntax = ipError(text, 4);
  if (syntax !== undefined) return syntax;
  const ip = parseIp(text);
  if (ip === null || ip.family !== 4) return undefined;
  const owner = publicAddresses(scenario).get(ip.value);
  return owner !== undefined && owner !== self ? `${text} is already used by ${owner}.` : undefined;
}
