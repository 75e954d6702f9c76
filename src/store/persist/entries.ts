import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { parseScenarioFile } from '../../model/envelope.ts';
import { ChallengeIdSchema } from '../../model/gradingKey.ts';
import type { ScenarioFile } from '../../model/types.ts';
import type { KeptScenario } from '../slices/library.ts';

/**
 * What My scenarios knows of each kept scenario, in every storage it has lived in (the old
 * localStorage index, IndexedDB, the journal): read through these schemas, since another version
 * of the app, in another tab, may have written it.
 */

export const TeachingSchema = z.object({
  role: z.enum(['author', 'student', 'review']),
  challengeId: ChallengeIdSchema.nullable(),
  title: z.string().max(256),
  student: z.string().max(256).optional(),
});

export const KeptIdSchema = z.string().regex(/^k[0-9a-z]+$/);

export const KeptScenarioSchema = z.object({
  id: KeptIdSchema,
  name: z.string().max(256),
  origin: z.enum(['autosave', 'link', 'import', 'built-in', 'copy']),
  created: z.number().finite(),
  updated: z.number().finite(),
  teaching: TeachingSchema.optional(),
});

/**
 * A kept scenario as IndexedDB holds it: its listing, the revision its file is at (1 when kept,
 * one more at each write, so that a tab never writes over a revision it has not seen), and the
 * digest of its content as it was kept (null once edited: the same file opened again is then
 * kept beside it rather than opening the edited one).
 */
export const StoredEntrySchema = KeptScenarioSchema.extend({
  revision: z.number().int().min(1),
  digest: z.string().nullable(),
});

export type StoredEntry = KeptScenario & {
  readonly revision: number;
  readonly digest: string | null;
};

/** A new kept-scenario ID: `k` + base-36 time + random, short and unlikely to repeat. */
export function newKeptId(now: number = Date.now(), random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `k${now.toString(36)}${tail}`;
}

/** Most recently changed first; the order My scenarios lists them in. */
export function byUpdated<T extends KeptScenario>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.updated - a.updated || a.name.localeCompare(b.name));
}

/** The listing My scenarios shows, without what only storage needs. */
export function listing(entry: StoredEntry): KeptScenario {
  const { revision: _revision, digest: _digest, ...kept } = entry;
  void _revision;
  void _digest;
  return kept;
}

/**
 * The digest of a file's content with every object's keys in sorted order, so that equal
 * scenarios compare equal whatever built them (SHA-256 of the canonical JSON: a collision would
 * open the wrong scenario). Every file kept has come through the one parser already; reading it
 * again here cost a 10,000-interface import a quarter of a second of the page's thread.
 */
export function digestOf(file: ScenarioFile): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(file))));
}

/** JSON with the keys of every object sorted (arrays keep their order; undefined is left out). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const object = v as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(object).sort()) sorted[key] = object[key];
    return sorted;
  });
}

export type KeptRead = { ok: true; value: ScenarioFile } | { ok: false; error: string };

/** Reads a kept file's text through the one scenario-file parser. */
export function readKeptText(raw: string | null): KeptRead {
  if (raw === null) return { ok: false, error: 'it is no longer in this browser’s storage' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'it is not valid JSON' };
  }
  const parsed = parseScenarioFile(json);
  if (parsed.ok) return parsed;
  const first = parsed.errors[0];
  return { ok: false, error: first ? `${first.path || 'file'}: ${first.message}` : 'unknown' };
}
