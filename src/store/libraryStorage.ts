import { z } from 'zod';
import { parseScenarioFile } from '../model/envelope.ts';
import { ChallengeIdSchema } from '../model/gradingKey.ts';
import type { ScenarioFile } from '../model/types.ts';
import type { KeptScenario } from './slices/library.ts';

/**
 * My scenarios in the browser's storage: one index key and one key per kept scenario, so that
 * opening one reads one file, not all of them.
 *
 * WIRE FORMAT: these keys and the index's shape must never change meaning; old libraries must
 * still load. A new index layout gets a new `version` (and a reader for the old one).
 *
 * - `vpc-flow-lab:library` → `{ version: 1, current: id | null, items: KeptScenario[] }`
 * - `vpc-flow-lab:kept:<id>` → a scenario file envelope (`{ format, version, scenario, layout }`)
 *
 * An item's `teaching` is optional and was added later: an older app strips it when reading.
 */
export const LIBRARY_KEY = 'vpc-flow-lab:library';
export const KEPT_PREFIX = 'vpc-flow-lab:kept:';
/** An index that could not be read is moved here (and the index rebuilt from the kept keys). */
export const LIBRARY_UNREADABLE_KEY = 'vpc-flow-lab:library-unreadable';
export const LIBRARY_VERSION = 1;

export const TeachingSchema = z.object({
  role: z.enum(['author', 'student', 'review']),
  challengeId: ChallengeIdSchema.nullable(),
  title: z.string().max(256),
  student: z.string().max(256).optional(),
});

const KeptScenarioSchema = z.object({
  id: z.string().regex(/^k[0-9a-z]+$/),
  name: z.string().max(256),
  origin: z.enum(['autosave', 'link', 'import', 'built-in', 'copy']),
  created: z.number().finite(),
  updated: z.number().finite(),
  teaching: TeachingSchema.optional(),
});

const LibraryIndexSchema = z.object({
  version: z.literal(LIBRARY_VERSION),
  current: z.string().nullable(),
  items: z.array(KeptScenarioSchema),
});

export interface LibraryIndex {
  readonly version: typeof LIBRARY_VERSION;
  readonly current: string | null;
  readonly items: readonly KeptScenario[];
}

/** The part of the browser's Storage the library uses (a Map-backed one in tests). */
export type KeyValueStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

export const keptKey = (id: string): string => `${KEPT_PREFIX}${id}`;

/** A new kept-scenario ID: `k` + base-36 time + random, short and unlikely to repeat. */
export function newKeptId(now: number = Date.now(), random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `k${now.toString(36)}${tail}`;
}

/**
 * Reads the index. One that cannot be read is kept aside and rebuilt from the `kept:` keys, so
 * no kept scenario is lost with it; the rebuilt index is written at once, so that a scenario
 * kept next is listed once (a later rebuild would otherwise find its file and list it again).
 */
export function readIndex(storage: KeyValueStorage): LibraryIndex {
  const raw = storage.getItem(LIBRARY_KEY);
  if (raw === null) return { version: LIBRARY_VERSION, current: null, items: [] };
  try {
    const parsed = LibraryIndexSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: rebuilt below.
  }
  storage.setItem(LIBRARY_UNREADABLE_KEY, raw);
  const rebuilt = rebuildIndex(storage);
  writeIndex(storage, rebuilt);
  return rebuilt;
}

function rebuildIndex(storage: KeyValueStorage): LibraryIndex {
  const items: KeptScenario[] = [];
  for (let k = 0; k < storage.length; k++) {
    const key = storage.key(k);
    if (!key?.startsWith(KEPT_PREFIX)) continue;
    const id = key.slice(KEPT_PREFIX.length);
    const file = readKept(storage, id);
    const name = file.ok ? file.value.scenario.name : `Unreadable scenario ${id}`;
    items.push({ id, name, origin: 'autosave', created: 0, updated: 0 });
  }
  return { version: LIBRARY_VERSION, current: null, items };
}

export function writeIndex(storage: KeyValueStorage, index: LibraryIndex): void {
  storage.setItem(LIBRARY_KEY, JSON.stringify(index));
}

export type KeptRead = { ok: true; value: ScenarioFile } | { ok: false; error: string };

/** Reads one kept scenario through the one scenario-file parser. */
export function readKept(storage: KeyValueStorage, id: string): KeptRead {
  const raw = storage.getItem(keptKey(id));
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

export function writeKept(storage: KeyValueStorage, id: string, file: ScenarioFile): void {
  storage.setItem(keptKey(id), JSON.stringify(file));
}

/** The raw text kept under `id` (for downloading one that cannot be read), or null. */
export function rawKept(storage: KeyValueStorage, id: string): string | null {
  return storage.getItem(keptKey(id));
}

/** Most recently changed first; the order My scenarios lists them in. */
export function byUpdated(items: readonly KeptScenario[]): KeptScenario[] {
  return [...items].sort((a, b) => b.updated - a.updated || a.name.localeCompare(b.name));
}

/**
 * A Storage that never loses a write: what the browser refuses (full, private mode) is held in
 * memory for this tab, and `onRefused` says so once per kind of failure. Reads see both.
 */
export class TabSafeStorage implements KeyValueStorage {
  private readonly overlay = new Map<string, string>();
  private readonly removed = new Set<string>();

  constructor(
    private readonly backing: KeyValueStorage | null,
    private readonly onRefused: (why: string) => void = () => {},
  ) {}

  get length(): number {
    return this.keys().length;
  }

  key(index: number): string | null {
    return this.keys()[index] ?? null;
  }

  getItem(key: string): string | null {
    if (this.removed.has(key)) return null;
    const held = this.overlay.get(key);
    if (held !== undefined) return held;
    try {
      return this.backing?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  setItem(key: string, value: string): void {
    this.removed.delete(key);
    try {
      if (!this.backing) throw new Error('this browser gives no storage');
      this.backing.setItem(key, value);
      this.overlay.delete(key);
    } catch (e) {
      this.overlay.set(key, value);
      this.onRefused(e instanceof Error && e.name === 'QuotaExceededError' ? 'full' : String(e));
    }
  }

  removeItem(key: string): void {
    this.overlay.delete(key);
    try {
      this.backing?.removeItem(key);
    } catch {
      this.removed.add(key);
    }
  }

  private keys(): string[] {
    const keys = new Set(this.overlay.keys());
    try {
      const n = this.backing?.length ?? 0;
      for (let k = 0; k < n; k++) {
        const key = this.backing?.key(k);
        if (key != null) keys.add(key);
      }
    } catch {
      // Unreadable storage: the overlay is all there is.
    }
    return [...keys].filter((key) => !this.removed.has(key));
  }
}
