import { formatCidr, parseCidr } from '../ip.ts';
import { newId } from '../ids.ts';
import type { PrefixList, Scenario } from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { cidrError } from './syntax.ts';
import { findById, missing, nameError, newIdError, nextName, updateById } from './util.ts';

/**
 * Customer-managed prefix lists: CIDR blocks of one address family, at most `maxEntries` of
 * them. AWS-managed lists are AWS's and cannot be edited.
 * https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
 */

export interface AddPrefixListSpec {
  readonly addressFamily: 'IPv4' | 'IPv6';
  readonly maxEntries: number;
  readonly name?: string;
  readonly entries?: readonly string[];
  readonly id?: string;
}

/**
 * @example
 * const r = addPrefixList(scenario, { addressFamily: 'IPv4', maxEntries: 10, entries: ['203.0.113.0/24'] });
 */
export function addPrefixList(
  scenario: Scenario,
  spec: AddPrefixListSpec,
): EditResult<{ scenario: Scenario; prefixList: PrefixList }> {
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'pl')) ??
    maxEntriesError(spec.maxEntries, spec.entries?.length ?? 0) ??
    (spec.entries ?? []).map((c) => entryError(spec.addressFamily, c)).find((e) => e);
  if (problem !== undefined) return fail(problem);
  const prefixList: PrefixList = {
    id: spec.id ?? newId('pl'),
    name:
      spec.name ??
      nextName(
        'prefix-list',
        scenario.prefixLists.map((p) => p.name),
      ),
    addressFamily: spec.addressFamily,
    managedBy: 'customer',
    maxEntries: spec.maxEntries,
    entries: (spec.entries ?? []).map((cidr) => ({ cidr: cidr.trim() })),
  };
  return ok({
    scenario: { ...scenario, prefixLists: [...scenario.prefixLists, prefixList] },
    prefixList,
  });
}

/**
 * @example
 * addPrefixListEntry(scenario, 'pl-office', '198.51.100.0/24', 'Paris office');
 */
export function addPrefixListEntry(
  scenario: Scenario,
  id: string,
  cidr: string,
  description?: string,
): EditResult<Scenario> {
  const list = editable(scenario, id);
  if (typeof list === 'string') return fail(list);
  const entries = list.entries ?? [];
  const text = cidr.trim();
  const problem =
    entryError(list.addressFamily, text) ??
    (entries.some((e) => sameBlock(e.cidr, text))
      ? `Prefix list ${id} already has ${text}.`
      : undefined) ??
    (list.maxEntries !== undefined && entries.length >= list.maxEntries
      ? `Prefix list ${id} is full: it holds at most ${list.maxEntries} entries.`
      : undefined);
  if (problem !== undefined) return fail(problem);
  const entry = description === undefined ? { cidr: text } : { cidr: text, description };
  return ok(withList(scenario, id, { ...list, entries: [...entries, entry] }));
}

/**
 * @example
 * removePrefixListEntry(scenario, 'pl-office', '198.51.100.0/24');
 */
export function removePrefixListEntry(
  scenario: Scenario,
  id: string,
  cidr: string,
): EditResult<Scenario> {
  const list = editable(scenario, id);
  if (typeof list === 'string') return fail(list);
  const entries = list.entries ?? [];
  const kept = entries.filter((e) => !sameBlock(e.cidr, cidr));
  if (kept.length === entries.length) return fail(`Prefix list ${id} has no entry ${cidr}.`);
  return ok(withList(scenario, id, { ...list, entries: kept }));
}

/**
 * @example
 * setPrefixListMaxEntries(scenario, 'pl-office', 20);
 */
export function setPrefixListMaxEntries(
  scenario: Scenario,
  id: string,
  maxEntries: number,
): EditResult<Scenario> {
  const list = editable(scenario, id);
  if (typeof list === 'string') return fail(list);
  const problem = maxEntriesError(maxEntries, list.entries?.length ?? 0);
  if (problem !== undefined) return fail(problem);
  return ok(withList(scenario, id, { ...list, maxEntries }));
}

/**
 * @example
 * renamePrefixList(scenario, 'pl-office', 'offices');
 */
export function renamePrefixList(
  scenario: Scenario,
  id: string,
  name: string,
): EditResult<Scenario> {
  const list = editable(scenario, id);
  if (typeof list === 'string') return fail(list);
  const problem = nameError(name);
  if (problem !== undefined) return fail(problem);
  return list.name === name ? ok(scenario) : ok(withList(scenario, id, { ...list, name }));
}

function editable(scenario: Scenario, id: string): PrefixList | string {
  const list = findById(scenario.prefixLists, id);
  if (list === undefined) return missing('Prefix list', id);
  if (list.managedBy === 'aws') return `Prefix list ${id} is AWS-managed: only AWS changes it.`;
  return list;
}

function withList(scenario: Scenario, id: string, list: PrefixList): Scenario {
  return { ...scenario, prefixLists: updateById(scenario.prefixLists, id, () => list) };
}

function maxEntriesError(maxEntries: number, entries: number): string | undefined {
  if (!Number.isInteger(maxEntries) || maxEntries < 1 || maxEntries > 1000)
    return `A prefix list holds 1 to 1000 entries; ${maxEntries} is not a maximum AWS accepts.`;
  return entries > maxEntries
    ? `The list has ${entries} entries, more than a maximum of ${maxEntries}.`
    : undefined;
}

function entryError(family: 'IPv4' | 'IPv6', cidr: string): string | undefined {
  const syntax = cidrError(cidr.trim(), family === 'IPv4' ? 4 : 6);
  return syntax === undefined ? undefined : `${syntax} (this list is ${family})`;
}

function sameBlock(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return x !== null && y !== null ? formatCidr(x) === formatCidr(y) : a === b;
}
