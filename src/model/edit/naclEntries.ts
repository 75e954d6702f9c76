import type { NaclEntry, NetworkAcl, Scenario } from '../types.ts';
import { matchError, withoutIgnored } from './protocol.ts';
import { fail, ok, type EditResult } from './result.ts';
import { cidrError } from './syntax.ts';
import { findById, missing, updateById } from './util.ts';

/**
 * Numbered network ACL entries. Numbers run 1–32766, once per direction; the lowest matching
 * number decides, so order is the numbers' order (AWS's final `*` rule is implied, never stored).
 * Entries are kept sorted by number, so the stored order is the evaluation order.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 */
export type NaclDirection = 'ingress' | 'egress';

export const FIRST_RULE_NUMBER = 1;
export const LAST_RULE_NUMBER = 32766;

const word = (direction: NaclDirection) => (direction === 'ingress' ? 'inbound' : 'outbound');
const capital = (direction: NaclDirection) => (direction === 'ingress' ? 'Inbound' : 'Outbound');
const byNumber = (a: NaclEntry, b: NaclEntry) => a.ruleNumber - b.ruleNumber;

/**
 * The next multiple of 10 above the highest number (100 for an empty or low list), capped at
 * 32766; at the cap, the highest free number below it.
 *
 * @example
 * nextRuleNumber(acl, 'ingress'); // 110 when 100 is the highest
 */
export function nextRuleNumber(acl: NetworkAcl, direction: NaclDirection): number {
  const numbers = new Set(acl[direction].map((e) => e.ruleNumber));
  const highest = Math.max(0, ...numbers);
  const next = Math.max(100, Math.floor(highest / 10) * 10 + 10);
  if (next <= LAST_RULE_NUMBER) return next;
  for (let n = LAST_RULE_NUMBER; n >= FIRST_RULE_NUMBER; n--) if (!numbers.has(n)) return n;
  return LAST_RULE_NUMBER;
}

function numberError(n: number): string | undefined {
  if (!Number.isInteger(n)) return `Rule number ${n} is not a whole number.`;
  if (n < FIRST_RULE_NUMBER || n > LAST_RULE_NUMBER) {
    return `Rule number ${n} is outside ${FIRST_RULE_NUMBER}–${LAST_RULE_NUMBER}.`;
  }
  return undefined;
}

function entryError(direction: NaclDirection, entry: NaclEntry): string | undefined {
  return (
    numberError(entry.ruleNumber) ??
    matchError(`${capital(direction)} rule ${entry.ruleNumber}`, entry) ??
    cidrError(entry.cidr)
  );
}

/**
 * Adds an entry; the number must be free in that direction.
 *
 * @example
 * addNaclEntry(scenario, 'acl-a', 'ingress', {
 *   ruleNumber: nextRuleNumber(acl, 'ingress'), action: 'allow', protocol: 'tcp',
 *   portRange: { from: 443, to: 443 }, cidr: '0.0.0.0/0',
 * });
 */
export function addNaclEntry(
  scenario: Scenario,
  aclId: string,
  direction: NaclDirection,
  entry: NaclEntry,
): EditResult<Scenario> {
  return editEntries(scenario, aclId, direction, undefined, entry);
}

/**
 * Replaces the entry numbered `ruleNumber` (its number may change to a free one).
 *
 * @example
 * updateNaclEntry(scenario, 'acl-a', 'ingress', 100, { ...entry, action: 'deny' });
 */
export function updateNaclEntry(
  scenario: Scenario,
  aclId: string,
  direction: NaclDirection,
  ruleNumber: number,
  entry: NaclEntry,
): EditResult<Scenario> {
  return editEntries(scenario, aclId, direction, ruleNumber, entry);
}

function editEntries(
  scenario: Scenario,
  aclId: string,
  direction: NaclDirection,
  replacing: number | undefined,
  input: NaclEntry,
): EditResult<Scenario> {
  const acl = findById(scenario.networkAcls, aclId);
  if (acl === undefined) return fail(missing('Network ACL', aclId));
  const entries = acl[direction];
  if (replacing !== undefined && !entries.some((e) => e.ruleNumber === replacing)) {
    return fail(noEntry(acl, direction, replacing));
  }
  const problem = entryError(direction, input);
  if (problem !== undefined) return fail(problem);
  if (input.ruleNumber !== replacing && entries.some((e) => e.ruleNumber === input.ruleNumber)) {
    return fail(`Network ACL ${aclId} already has an ${word(direction)} rule ${input.ruleNumber}.`);
  }
  const entry = { ...withoutIgnored(input), cidr: input.cidr.trim() };
  const kept = entries.filter((e) => e.ruleNumber !== replacing);
  return ok(withEntries(scenario, acl, direction, [...kept, entry]));
}

/**
 * Removes the entry numbered `ruleNumber`.
 *
 * @example
 * removeNaclEntry(scenario, 'acl-a', 'egress', 100);
 */
export function removeNaclEntry(
  scenario: Scenario,
  aclId: string,
  direction: NaclDirection,
  ruleNumber: number,
): EditResult<Scenario> {
  const acl = findById(scenario.networkAcls, aclId);
  if (acl === undefined) return fail(missing('Network ACL', aclId));
  if (!acl[direction].some((e) => e.ruleNumber === ruleNumber)) {
    return fail(noEntry(acl, direction, ruleNumber));
  }
  const entries = acl[direction].filter((e) => e.ruleNumber !== ruleNumber);
  return ok(withEntries(scenario, acl, direction, entries));
}

/**
 * Moves an entry one place earlier (`up`) or later (`down`) in evaluation order by swapping rule
 * numbers with its neighbour.
 *
 * @example
 * moveNaclEntry(scenario, 'acl-a', 'ingress', 110, 'up'); // 110 becomes 100, 100 becomes 110
 */
export function moveNaclEntry(
  scenario: Scenario,
  aclId: string,
  direction: NaclDirection,
  ruleNumber: number,
  where: 'up' | 'down',
): EditResult<Scenario> {
  const acl = findById(scenario.networkAcls, aclId);
  if (acl === undefined) return fail(missing('Network ACL', aclId));
  const sorted = [...acl[direction]].sort(byNumber);
  const at = sorted.findIndex((e) => e.ruleNumber === ruleNumber);
  const entry = sorted[at];
  if (entry === undefined) return fail(noEntry(acl, direction, ruleNumber));
  const neighbour = sorted[where === 'up' ? at - 1 : at + 1];
  if (neighbour === undefined) {
    const end = where === 'up' ? 'first' : 'last';
    return fail(
      `${capital(direction)} rule ${ruleNumber} is already the ${end} in network ACL ${aclId}.`,
    );
  }
  const entries = sorted.map((e) =>
    e === entry
      ? { ...e, ruleNumber: neighbour.ruleNumber }
      : e === neighbour
        ? { ...e, ruleNumber: entry.ruleNumber }
        : e,
  );
  return ok(withEntries(scenario, acl, direction, entries));
}

/**
 * Renumbers a direction's entries `start`, `start + step`, … in their current order, leaving
 * room to insert between them (AWS suggests steps of 10 or 100).
 *
 * @example
 * renumberNaclEntries(scenario, 'acl-a', 'ingress'); // 100, 110, 120, …
 */
export function renumberNaclEntries(
  scenario: Scenario,
  aclId: string,
  direction: NaclDirection,
  start = 100,
  step = 10,
): EditResult<Scenario> {
  const acl = findById(scenario.networkAcls, aclId);
  if (acl === undefined) return fail(missing('Network ACL', aclId));
  const startProblem = numberError(start);
  if (startProblem !== undefined) return fail(startProblem);
  if (!Number.isInteger(step) || step < 1)
    return fail(`A step of ${step} is not a whole number above 0.`);
  const sorted = [...acl[direction]].sort(byNumber);
  const last = start + (sorted.length - 1) * step;
  if (sorted.length > 0 && last > LAST_RULE_NUMBER) {
    return fail(
      `Renumbering ${sorted.length} ${word(direction)} rules from ${start} in steps of ${step} would end at ${last}, past ${LAST_RULE_NUMBER}.`,
    );
  }
  const entries = sorted.map((e, i) =>
    e.ruleNumber === start + i * step ? e : { ...e, ruleNumber: start + i * step },
  );
  return ok(withEntries(scenario, acl, direction, entries));
}

function noEntry(acl: NetworkAcl, direction: NaclDirection, ruleNumber: number): string {
  return `Network ACL ${acl.id} has no ${word(direction)} rule ${ruleNumber}.`;
}

function withEntries(
  scenario: Scenario,
  acl: NetworkAcl,
  direction: NaclDirection,
  entries: NaclEntry[],
): Scenario {
  const sorted = [...entries].sort(byNumber);
  const same =
    sorted.length === acl[direction].length && sorted.every((e, i) => e === acl[direction][i]);
  if (same) return scenario;
  return {
    ...scenario,
    networkAcls: updateById(scenario.networkAcls, acl.id, (a) => ({ ...a, [direction]: sorted })),
  };
}
