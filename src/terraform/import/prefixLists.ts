import { isCidr, parseCidr } from '../../model/ip.ts';
import type { PrefixList } from '../../model/types.ts';
import type { ImportContext } from './context.ts';
import { nameOf, readInteger, readString, readStringList } from './read.ts';
import { readId } from './refs.ts';

type Entry = NonNullable<PrefixList['entries']>[number];

/**
 * Prefix lists: `aws_ec2_managed_prefix_list` (inline `entry` blocks) with
 * `aws_ec2_managed_prefix_list_entry` (an entry repeated inline in a state counts once), and the
 * lists read by data sources while planning (`data.aws_prefix_list`,
 * `data.aws_ec2_managed_prefix_list`: an AWS service's list, with its CIDR blocks).
 * https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
 */
export function importPrefixLists(ctx: ImportContext): Map<string, PrefixList> {
  const out = new Map<string, PrefixList>();
  for (const instance of ctx.ofType('aws_ec2_managed_prefix_list')) {
    const attrs = ctx.attributes(instance);
    const id = ctx.ids.get(instance.address) as string;
    const family = readString(attrs, 'address_family');
    const max = readInteger(attrs, 'max_entries');
    const entries: Entry[] = [];
    for (const block of attrs.blocks('entry')) {
      const cidr = readString(block, 'cidr');
      const description = readString(block, 'description');
      if (cidr.kind === 'value' && isCidr(cidr.value)) {
        entries.push({
          cidr: cidr.value,
          ...(description.kind === 'value' ? { description: description.value.slice(0, 255) } : {}),
        });
      } else if (cidr.kind === 'unknown')
        ctx.warn(instance.address, `${cidr.reason}; that entry is left out`);
    }
    out.set(id, {
      id,
      name: nameOf(attrs),
      addressFamily: family.kind === 'value' && family.value === 'IPv6' ? 'IPv6' : 'IPv4',
      managedBy: 'customer',
      ...(max.kind === 'value' && max.value >= 1 && max.value <= 1000
        ? { maxEntries: max.value }
        : {}),
      entries,
    });
    ctx.read.add(instance.address);
  }
  for (const instance of ctx.ofType('aws_ec2_managed_prefix_list_entry')) {
    const attrs = ctx.attributes(instance);
    const list = readId(ctx, attrs, 'prefix_list_id', ['pl']);
    const cidr = readString(attrs, 'cidr');
    const owner = list.kind === 'id' ? out.get(list.id) : undefined;
    if (owner === undefined || cidr.kind !== 'value' || !isCidr(cidr.value)) {
      ctx.warn(
        instance.address,
        'its prefix list or CIDR block is not known; the entry is left out',
      );
      continue;
    }
    if (!owner.entries?.some((e) => e.cidr === cidr.value)) {
      const description = readString(attrs, 'description');
      owner.entries?.push({
        cidr: cidr.value,
        ...(description.kind === 'value' ? { description: description.value.slice(0, 255) } : {}),
      });
    }
    ctx.read.add(instance.address);
  }
  for (const data of ctx.document.instances) {
    if (
      data.mode !== 'data' ||
      (data.type !== 'aws_prefix_list' && data.type !== 'aws_ec2_managed_prefix_list')
    )
      continue;
    const list = fromDataSource(ctx, data.address);
    if (list && !out.has(list.id)) out.set(list.id, list);
  }
  return out;
}

/** A prefix list a data source read while planning. */
function fromDataSource(ctx: ImportContext, address: string): PrefixList | null {
  const data = ctx.document.instances.find((i) => i.address === address);
  if (!data) return null;
  const attrs = ctx.attributes(data);
  const id = readString(attrs, 'id');
  if (id.kind !== 'value' || !/^pl-[0-9a-zA-Z]+$/.test(id.value)) return null;
  const name = readString(attrs, 'name');
  const cidrs = readStringList(attrs, 'cidr_blocks', (s) => isCidr(s), 'a list of CIDR blocks');
  const entries: Entry[] =
    cidrs.kind === 'value'
      ? cidrs.value.map((cidr) => ({ cidr }))
      : attrs.blocks('entries').flatMap((b) => {
          const cidr = readString(b, 'cidr');
          return cidr.kind === 'value' && isCidr(cidr.value) ? [{ cidr: cidr.value }] : [];
        });
  const listName = name.kind === 'value' ? name.value.slice(0, 256) : id.value;
  return {
    id: id.value,
    name: listName,
    addressFamily: entries.some((e) => parseCidr(e.cidr)?.family === 6) ? 'IPv6' : 'IPv4',
    managedBy: listName.startsWith('com.amazonaws.') ? 'aws' : 'customer',
    entries,
  };
}
