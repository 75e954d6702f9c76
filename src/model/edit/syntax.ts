import { parseCidr, parseIp, type IpFamily } from '../ip.ts';

/**
 * Syntax checks for what a person types into an address field, through ip.ts (ip-address).
 * Each returns the refusal sentence, naming the bad value, or `undefined` when the text is fine.
 * Meaning (is the subnet inside its VPC?) is left to `validate`, which shows it beside the field.
 */

function shown(text: string): string {
  return text.trim() === '' ? 'An empty value' : text.trim();
}

const FAMILY_WORDS = { 4: 'IPv4', 6: 'IPv6', any: 'IPv4 or IPv6' } as const;

/**
 * @example
 * cidrError('10.0.0.0/33', 4); // '10.0.0.0/33 is not a valid IPv4 CIDR block.'
 */
export function cidrError(text: string, family?: IpFamily): string | undefined {
  const range = parseCidr(text);
  if (range !== null && (family === undefined || range.family === family)) return undefined;
  return `${shown(text)} is not a valid ${FAMILY_WORDS[family ?? 'any']} CIDR block.`;
}

/**
 * @example
 * ipError('10.0.0.300', 4); // '10.0.0.300 is not a valid IPv4 address.'
 */
export function ipError(text: string, family?: IpFamily): string | undefined {
  const ip = parseIp(text);
  if (ip !== null && (family === undefined || ip.family === family)) return undefined;
  return `${shown(text)} is not a valid ${FAMILY_WORDS[family ?? 'any']} address.`;
}
