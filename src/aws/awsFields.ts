import { z } from 'zod';
import { isCidr, isIp } from '../model/ip.ts';

/**
 * Field schemas shared by the describe-* shapes. Every message starts with "expected …": the
 * importer appends ", got <value>" so a caller can print
 * `bundle.json: SecurityGroups[0].IpPermissions[1].FromPort: expected a number, got "abc"`.
 * Syntax is checked here, while the bundle's paths are still known, so the scenario built from a
 * bundle that parses always passes the scenario schema.
 */

/** An AWS resource ID with the given prefix, in the form the scenario schema accepts. */
export const awsId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}-[0-9a-zA-Z]+$`), {
    message: `expected an ID like "${prefix}-0abc123"`,
  });

/**
 * A field AWS always prints: when it is missing, the message says what it holds
 * (`expected the ID of the subnet the interface is in ("subnet-…"), got nothing`).
 */
export const requiredId = (prefix: string, what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `expected ${what} ("${prefix}-…")` : 'expected a string',
    })
    .regex(new RegExp(`^${prefix}-[0-9a-zA-Z]+$`), {
      message: `expected an ID like "${prefix}-0abc123"`,
    });

/** Text AWS always prints, named for what it holds when it is missing. */
export const requiredText = (what: string) =>
  z.string({
    error: (issue) => (issue.input === undefined ? `expected ${what}` : 'expected a string'),
  });

export const nonEmptyText = z.string().min(1, { message: 'expected a non-empty string' });

export const ipv4Cidr = z
  .string()
  .refine((s) => isCidr(s, 4), { message: 'expected an IPv4 CIDR block like 10.0.0.0/16' });
export const ipv6Cidr = z
  .string()
  .refine((s) => isCidr(s, 6), { message: 'expected an IPv6 CIDR block like 2600:1f18::/56' });
export const ipv4Address = z
  .string()
  .refine((s) => isIp(s, 4), { message: 'expected an IPv4 address like 10.0.1.10' });
export const ipv6Address = z
  .string()
  .refine((s) => isIp(s, 6), { message: 'expected an IPv6 address like 2600:1f18::10' });

/** A whole number between two bounds (inclusive). */
export const intBetween = (min: number, max: number) =>
  z
    .number()
    .int()
    .refine((n) => n >= min && n <= max, {
      message: `expected a whole number from ${min} to ${max}`,
    });

/** FromPort / ToPort: a port, an ICMP type or code, or -1 (all). */
export const portOrAll = intBetween(-1, 65535);

const PROTOCOL_NAMES = new Set(['tcp', 'udp', 'icmp', 'icmpv6']);

/** True for "-1" or a protocol number 0-255 written as text, as AWS prints them. */
export function isProtocolNumberText(s: string): boolean {
  if (s === '-1') return true;
  return /^\d{1,3}$/.test(s) && Number(s) <= 255;
}

/** Security group `IpProtocol`: tcp, udp, icmp, icmpv6, -1 or a protocol number. */
export const ipProtocol = z
  .string()
  .refine((s) => PROTOCOL_NAMES.has(s.toLowerCase()) || isProtocolNumberText(s), {
    message: 'expected tcp, udp, icmp, icmpv6, -1 or a protocol number 0-255',
  });

/** Network ACL `Protocol`: a protocol number as text, "-1" = all. */
export const naclProtocol = z.string().refine(isProtocolNumberText, {
  message: 'expected a protocol number 0-255 as a string, or "-1"',
});

export const TagsSchema = z.array(z.object({ Key: z.string(), Value: z.string() }));
export type AwsTags = z.infer<typeof TagsSchema>;
