import { parseCidr } from '../model/ip.ts';
import type { ParseIssue } from '../model/issues.ts';
import type { PrefixList, PrefixListEntry, Scenario } from '../model/types.ts';
import type { AwsPrefixList, AwsPrefixListEntry } from './schema/prefixLists.ts';
import { nameFrom } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

type Family = 'IPv4' | 'IPv6';

// The model's bound on a customer-managed list; AWS-managed lists may say more.
const MAX_ENTRIES = 1000;

export interface ImportedPrefixLists {
  readonly lists: PrefixList[];
  /** Entries of the wrong address family, each naming its bundle path. */
  readonly issues: ParseIssue[];
}

interface Gathered {
  readonly id: string;
  name: string | undefined;
  family: Family | undefined;
  maxEntries: number | undefined;
  owner: string | undefined;
  cidrs: { cidr: string; path: string; description?: string }[] | undefined;
  tags: AwsPrefixList['Tags'];
}

/**
 * Prefix lists, one per ID, from both outputs that `PrefixLists` may hold (a list may be in both:
 * the S3 list of a region is AWS-managed and served by gateway endpoints), with their entries from
 * `PrefixListEntries` (else the `Cidrs` of describe-prefix-lists). A list whose entries are in
 * neither keeps them unknown: whatever depends on it is then `unknown`. An entry of the other
 * address family than its list's is refused, naming its path: AWS keeps a list to one family.
 * https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
 */
export function prefixListsFromAws(
  awsLists: readonly AwsPrefixList[],
  awsEntries: Readonly<Record<string, readonly AwsPrefixListEntry[]>> | undefined,
  warnings: ImportWarnings,
): ImportedPrefixLists {
  const gathered = new Map<string, Gathered>();
  awsLists.forEach((l, i) => {
    const g = gathered.get(l.PrefixListId) ?? {
      id: l.PrefixListId,
      name: undefined,
      family: undefined,
      maxEntries: undefined,
      owner: undefined,
      cidrs: undefined,
      tags: undefined,
    };
    g.name ??= l.PrefixListName;
    g.family ??= l.AddressFamily;
    g.maxEntries ??= l.MaxEntries;
    g.owner ??= l.OwnerId ?? (l.Cidrs === undefined ? undefined : 'AWS');
    g.tags ??= l.Tags;
    if (l.Cidrs !== undefined && g.cidrs === undefined) {
      g.cidrs = l.Cidrs.map((cidr, k) => ({ cidr, path: `PrefixLists[${i}].Cidrs[${k}]` }));
    }
    gathered.set(l.PrefixListId, g);
  });
  for (const [id, entries] of Object.entries(awsEntries ?? {})) {
    let g = gathered.get(id);
    if (!g) {
      warnings.add(
        id,
        'has entries in PrefixListEntries but is not in PrefixLists; it is read as a customer-managed list',
      );
      g = {
        id,
        name: undefined,
        family: undefined,
        maxEntries: undefined,
        owner: undefined,
        cidrs: undefined,
        tags: undefined,
      };
      gathered.set(id, g);
    }
    g.cidrs = entries.map((e, k) => ({
      cidr: e.Cidr,
      path: `PrefixListEntries.${id}[${k}].Cidr`,
      ...(e.Description === undefined ? {} : { description: e.Description }),
    }));
  }
  const issues: ParseIssue[] = [];
  const lists = [...gathered.values()].map((g) => {
    const entries = g.cidrs;
    const family = g.family ?? familyOf(entries?.[0]?.cidr) ?? 'IPv4';
    for (const e of entries ?? []) {
      if (familyOf(e.cidr) !== family) {
        issues.push({
          path: e.path,
          message: `expected an ${family} CIDR block (${g.id} is an ${family} prefix list), got ${JSON.stringify(e.cidr)}`,
        });
      }
    }
    const list: PrefixList = {
      id: g.id,
      name: nameFrom(g.tags, g.name ?? g.id),
      addressFamily: family,
      managedBy: g.owner === 'AWS' ? 'aws' : 'customer',
      ...(g.maxEntries !== undefined && g.maxEntries <= MAX_ENTRIES
        ? { maxEntries: g.maxEntries }
        : {}),
      ...(entries === undefined ? {} : { entries: entries.map(entryOf) }),
    };
    return list;
  });
  return { lists, issues };
}

function entryOf(e: { cidr: string; description?: string }): PrefixListEntry {
  const description = e.description?.slice(0, 255);
  return { cidr: e.cidr, ...(description ? { description } : {}) };
}

function familyOf(cidr: string | undefined): Family | undefined {
  const range = cidr === undefined ? null : parseCidr(cidr);
  if (!range) return undefined;
  return range.family === 4 ? 'IPv4' : 'IPv6';
}

/**
 * One warning per prefix list that a security-group rule or a route names but whose entries the
 * bundle does not hold (not in `PrefixLists`, or no `PrefixListEntries` for it): the engine answers
 * `unknown` where such a rule or route could decide, for the flows of the VPCs that name it.
 */
export function unknownPrefixListWarnings(
  scenario: Pick<Scenario, 'prefixLists' | 'securityGroups' | 'routeTables'>,
  warnings: ImportWarnings,
): void {
  const known = new Map(scenario.prefixLists.map((l) => [l.id, l]));
  const users = new Map<string, { names: Set<string>; vpcs: Set<string> }>();
  const note = (listId: string, by: string, vpcId: string) => {
    if (known.get(listId)?.entries !== undefined) return;
    const u = users.get(listId) ?? { names: new Set(), vpcs: new Set() };
    u.names.add(by);
    u.vpcs.add(vpcId);
    users.set(listId, u);
  };
  for (const g of scenario.securityGroups) {
    for (const r of [...g.ingress, ...g.egress]) {
      if (r.peer.kind === 'prefixList') note(r.peer.prefixListId, g.id, g.vpcId);
    }
  }
  for (const t of scenario.routeTables) {
    for (const r of t.routes)
      if (r.destination.startsWith('pl-')) note(r.destination, t.id, t.vpcId);
  }
  for (const [listId, { names, vpcs }] of users) {
    const where = known.has(listId)
      ? 'its entries are not in the bundle (PrefixListEntries)'
      : 'it is not in the bundle (PrefixLists, PrefixListEntries)';
    warnings.add(
      listId,
      `named by ${[...names].join(', ')}, but ${where}; where its rules and routes could decide, a flow is unknown`,
      [...vpcs],
    );
  }
}
