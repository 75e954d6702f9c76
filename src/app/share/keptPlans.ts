import { openDB } from 'idb';
import { z } from 'zod';

/**
 * The plans behind the scenarios opened from them, kept in IndexedDB so the switch between a
 * plan's views still works after a reload. A database of its own (not My scenarios'): a plan
 * may be large, and only the last few are worth keeping. Every failure (no IndexedDB, storage
 * full, a value another version wrote) only means the plan is not kept: it can be imported again.
 */

const DB_NAME = 'vpc-flow-lab-terraform-plans';
const STORE = 'plans';
/** The plans of the scenarios opened last; older ones are dropped. */
const KEEP = 5;

const KeptPlanSchema = z.object({
  text: z.string(),
  source: z.string().max(1024),
  /** The network as it opened (flows aside), to tell an edited view from an untouched one. */
  opened: z.string(),
  at: z.number(),
});

export type KeptPlan = z.infer<typeof KeptPlanSchema>;

function database() {
  if (typeof indexedDB === 'undefined') return null;
  return openDB(DB_NAME, 1, {
    upgrade(db) {
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
    },
  });
}

export async function storePlan(id: string, plan: Omit<KeptPlan, 'at'>): Promise<void> {
  try {
    const db = await database();
    if (db === null) return;
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    await store.put({ ...plan, at: Date.now() }, id);
    const keys = await store.getAllKeys();
    const kept = await Promise.all(keys.map(async (key) => ({ key, value: await store.get(key) })));
    const stale = kept
      .map(({ key, value }) => ({ key, at: KeptPlanSchema.safeParse(value).data?.at ?? 0 }))
      .sort((a, b) => b.at - a.at)
      .slice(KEEP);
    for (const { key } of stale) await store.delete(key);
    await tx.done;
    db.close();
  } catch {
    // Not kept: after a reload, the plan is imported again to switch views.
  }
}

export async function readPlan(id: string): Promise<KeptPlan | undefined> {
  try {
    const db = await database();
    if (db === null) return undefined;
    const value: unknown = await db.get(STORE, id);
    db.close();
    const parsed = KeptPlanSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function forgetPlan(id: string): Promise<void> {
  try {
    const db = await database();
    if (db === null) return;
    await db.delete(STORE, id);
    db.close();
  } catch {
    // Nothing kept, nothing to forget.
  }
}
