import { z } from 'zod';
import { isCidr } from '../../model/ip.ts';
import { intBetween, requiredId, TagsSchema } from '../awsFields.ts';

/**
 * Prefix lists: `describe-managed-prefix-lists` (customer-managed lists and AWS-managed ones, such
 * as the S3 list of a region, whose `OwnerId` is "AWS") and `describe-prefix-lists` (the lists of
 * the services a gateway endpoint reaches, with their `Cidrs`), both under `PrefixLists`; and
 * `PrefixListEntries`, an object keyed by prefix-list ID whose values are the `Entries` that
 * `get-managed-prefix-list-entries --prefix-list-id <id>` prints.
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ManagedPrefixList.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PrefixList.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PrefixListEntry.html
 */

const cidr = z
  .string()
  .refine((s) => isCidr(s), { message: 'expected an IPv4 or IPv6 CIDR block like 10.0.0.0/16' });

export const PrefixListShape = z.object({
  PrefixListId: requiredId('pl', "the prefix list's ID"),
  PrefixListName: z.string().optional(),
  AddressFamily: z.enum(['IPv4', 'IPv6'], { message: 'expected "IPv4" or "IPv6"' }).optional(),
  MaxEntries: intBetween(1, 100000).optional(),
  OwnerId: z.string().optional(),
  State: z.string().optional(),
  /** Only `describe-prefix-lists` prints the entries, as bare CIDR blocks. */
  Cidrs: z.array(cidr).optional(),
  Tags: TagsSchema.optional(),
});

export const PrefixListEntryShape = z.object({
  Cidr: cidr,
  Description: z.string().optional(),
});

const PREFIX_LIST_ID = /^pl-[0-9a-zA-Z]+$/;

export const PrefixListEntriesShape = z
  .record(z.string(), z.array(PrefixListEntryShape))
  .superRefine((entries, ctx) => {
    for (const key of Object.keys(entries)) {
      if (!PREFIX_LIST_ID.test(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: key,
          message: `expected a prefix-list ID like "pl-0abc123" as the key, got ${JSON.stringify(key)}`,
        });
      }
    }
  });

export type AwsPrefixList = z.infer<typeof PrefixListShape>;
export type AwsPrefixListEntry = z.infer<typeof PrefixListEntryShape>;
