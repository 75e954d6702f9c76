import { z } from 'zod';
import { cidrAny, name, PrefixListIdSchema } from './primitives.ts';

export const PrefixListEntrySchema = z.object({
  cidr: cidrAny,
  description: z.string().max(255).optional(),
});

/**
 * A prefix list: a named set of CIDR blocks of one address family that security-group rules and
 * routes can name. Customer-managed lists have a maximum number of entries; AWS-managed lists
 * (the S3 and DynamoDB lists of a region, say) are AWS's, and their entries may be unknown when
 * the input did not list them: whatever depends on them is then `unknown`.
 * https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
 */
export const PrefixListSchema = z.object({
  id: PrefixListIdSchema,
  name,
  addressFamily: z.enum(['IPv4', 'IPv6']),
  managedBy: z.enum(['customer', 'aws']).default('customer'),
  maxEntries: z.number().int().min(1).max(1000).optional(),
  /** Absent: not known (an AWS-managed list whose entries the input did not hold). */
  entries: z.array(PrefixListEntrySchema).optional(),
});
