import { z } from 'zod';
import { GradingKeySchema, type GradingKey } from '../../model/gradingKey.ts';
import { digestOf, readKeptText, type StoredEntry } from './entries.ts';
import {
  AUTOSAVE_KEY,
  GRADING_KEYS_KEY,
  GRADING_KEYS_UNREADABLE_KEY,
  keptKey,
  LEGACY_KEYS,
  LIBRARY_UNREADABLE_KEY,
  readLegacyIndex,
  UNREADABLE_KEY,
} from './legacy.ts';
import type { NewScenario, ScenarioStore } from './scenarios.ts';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** Meta keys of texts kept aside as they were (`aside:<what>:<digest>`), offered as downloads. */
export const ASIDE_PREFIX = 'aside:';

/** What an earlier version left in localStorage, and what became of it. */
export interface LegacyMove {
  /** Its scenarios as they are stored (the autosave merged into the one it belongs to). */
  readonly scenarios: readonly NewScenario[];
  /** The one it had open. */
  readonly current: string | null;
  readonly gradingKeys: readonly GradingKey[];
  /** Why its autosave could not be read (it was kept aside as it was), or null. */
  readonly unreadableAutosave: string | null;
  /** Everything is in IndexedDB and the old keys are gone; else they were left as they were. */
  readonly stored: boolean;
}

/**
 * Moves an earlier version's localStorage (legacy.ts) into IndexedDB: move, verify, then delete.
 * Everything is written in one transaction where its key is free; then each scenario, key and
 * text is read back, and only then are the old keys removed. Interrupted anywhere, the next
 * start finds the old keys again and finishes: IDs are kept (or derived from the content), so
 * nothing is added twice. A scenario whose ID IndexedDB already holds with other content (an
 * older version's tab went on writing) is kept beside it as a copy. Returns null when there is
 * nothing to move; `stored` false when IndexedDB refused (the old keys then stay untouched).
 */
export async function migrateLegacy(
  local: Storage | null,
  store: ScenarioStore | null,
): Promise<LegacyMove | null> {
  if (local === null || !hasLegacy(local)) return null;
  const plan = planMove(local);
  if (store === null) return { ...plan.move, stored: false };

  // Already stored under the same ID with other content: kept beside it, under an ID of its own.
  const scenarios: NewScenario[] = [];
  for (const scenario of plan.move.scenarios) {
    const stored = await store.read(scenario.entry.id);
    if (stored === null || sameText(stored.text, scenario.text)) {
      scenarios.push(scenario);
      continue;
    }
    const name = `${scenario.entry.name} (from an older version)`.slice(0, 256);
    scenarios.push({
      entry: { ...scenario.entry, id: contentId(scenario.text), name, origin: 'copy' },
      text: scenario.text,
    });
  }
  const current = scenarios.find((s) => plan.move.current === s.entry.id)?.entry.id ?? null;
  const meta: Record<string, unknown> = { ...plan.aside };
  if (current !== null && (await store.getMeta('current')) === undefined) meta.current = current;
  const gradingKeys = plan.move.gradingKeys.map((key) => ({ id: key.id, key }));
  const written = await store.addMissing({ scenarios, meta, gradingKeys });
  if (!written.ok) return { ...plan.move, stored: false };

  // Verify: everything is there to be read back, before anything is removed.
  for (const scenario of scenarios) {
    const stored = await store.read(scenario.entry.id);
    if (stored === null || !sameText(stored.text, scenario.text)) {
      return { ...plan.move, stored: false };
    }
  }
  const keys = (await store.gradingKeys()).map((k) => GradingKeySchema.safeParse(k));
  for (const key of plan.move.gradingKeys) {
    if (!keys.some((k) => k.success && k.data.id === key.id))
      return { ...plan.move, stored: false };
  }
  for (const [key, text] of Object.entries(plan.aside)) {
    if ((await store.getMeta(key)) !== text) return { ...plan.move, stored: false };
  }
  for (const key of plan.keys) {
    try {
      local.removeItem(key);
    } catch {
      // Left behind: the next start finds it moved already, and removes it then.
    }
  }
  return { ...plan.move, scenarios, current, stored: true };
}

function hasLegacy(local: Storage): boolean {
  try {
    if (LEGACY_KEYS.some((key) => local.getItem(key) !== null)) return true;
    return readLegacyIndex(local).unlisted.length > 0;
  } catch {
    return false;
  }
}

interface Plan {
  readonly move: Omit<LegacyMove, 'stored'>;
  /** Texts kept aside, by meta key. */
  readonly aside: Record<string, string>;
  /** The old keys to remove once all of it is verified. */
  readonly keys: readonly string[];
}

function planMove(local: Storage): Plan {
  const index = readLegacyIndex(local);
  const aside: Record<string, string> = {};
  const keep = (what: string, text: string | null) => {
    if (text !== null) aside[`${ASIDE_PREFIX}${what}:${hashOf(text).slice(0, 16)}`] = text;
  };
  keep('autosave', local.getItem(UNREADABLE_KEY));
  keep('library', local.getItem(LIBRARY_UNREADABLE_KEY) ?? index.unreadable);
  keep('grading-keys', local.getItem(GRADING_KEYS_UNREADABLE_KEY));

  const scenarios: NewScenario[] = [];
  const keys: string[] = [...LEGACY_KEYS];
  const add = (entry: Omit<StoredEntry, 'revision'>, text: string) => {
    const read = readKeptText(text);
    scenarios.push({ entry: { ...entry, digest: read.ok ? digestOf(read.value) : null }, text });
  };
  for (const item of index.items) {
    const text = local.getItem(keptKey(item.id));
    keys.push(keptKey(item.id));
    // Listed, but its file was already gone: there is nothing to move.
    if (text !== null) add({ ...item, digest: null }, text);
  }
  for (const id of index.unlisted) {
    const text = local.getItem(keptKey(id)) ?? '';
    const read = readKeptText(text);
    const name = read.ok ? read.value.scenario.name : `Unreadable scenario ${id}`;
    keys.push(keptKey(id));
    add({ id, name, origin: 'autosave', created: 0, updated: 0, digest: null }, text);
  }

  // The autosave is the canvas as the old app last saved it: the newest state of its current one.
  let current = index.items.some((item) => item.id === index.current) ? index.current : null;
  let unreadableAutosave: string | null = null;
  const autosave = local.getItem(AUTOSAVE_KEY);
  if (autosave !== null) {
    const read = readKeptText(autosave);
    if (!read.ok) {
      unreadableAutosave = read.error;
      keep('autosave', autosave);
    } else if (current !== null) {
      const at = scenarios.findIndex((s) => s.entry.id === current);
      const target = scenarios[at];
      const name = read.value.scenario.name;
      if (target)
        scenarios[at] = { entry: { ...target.entry, name, digest: null }, text: autosave };
    } else {
      // From before My scenarios: the autosave was the one scenario there was.
      current = contentId(autosave);
      const name = read.value.scenario.name;
      add(
        { id: current, name, origin: 'autosave', created: 0, updated: 0, digest: null },
        autosave,
      );
    }
  }
  return {
    move: { scenarios, current, gradingKeys: readGradingKeys(local, keep), unreadableAutosave },
    aside,
    keys,
  };
}

function readGradingKeys(local: Storage, keep: (what: string, text: string) => void): GradingKey[] {
  const raw = local.getItem(GRADING_KEYS_KEY);
  if (raw === null) return [];
  try {
    const parsed = z.array(GradingKeySchema).safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: kept aside below.
  }
  keep('grading-keys', raw);
  return [];
}

/** A kept-scenario ID derived from the content, the same at every try of the move. */
function contentId(text: string): string {
  return `k${hashOf(text).slice(0, 20)}`;
}

function hashOf(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

function sameText(stored: string | null, text: string): boolean {
  if (stored === text) return true;
  const a = readKeptText(stored);
  const b = readKeptText(text);
  return a.ok && b.ok && digestOf(a.value) === digestOf(b.value);
}
