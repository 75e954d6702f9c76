import { z } from 'zod';
import { KeptIdSchema } from './entries.ts';

/**
 * Which page this is among the app's tabs. Each page (a tab's document) has its own ID, new at
 * every load; the tab's sessionStorage remembers the previous page's ID (so a reload finds its
 * journal) and which kept scenario it had open (so a reload opens it again, whatever another tab
 * opened since).
 *
 * WIRE FORMAT: sessionStorage `vpc-flow-lab:tab` → `{ tab, open }`.
 */
export const TAB_KEY = 'vpc-flow-lab:tab';

const SessionSchema = z.object({
  tab: z.string().regex(/^t[0-9a-z]+$/),
  open: KeptIdSchema.nullable(),
});

export interface TabSession {
  /** The page this tab showed before (a reload), if any. */
  readonly previous: string | null;
  /** The kept scenario it had open. */
  readonly open: string | null;
}

export function newTabId(now: number = Date.now(), random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `t${now.toString(36)}${tail}`;
}

export function readSession(session: Storage | null): TabSession {
  try {
    const parsed = SessionSchema.safeParse(JSON.parse(session?.getItem(TAB_KEY) ?? 'null'));
    if (parsed.success) return { previous: parsed.data.tab, open: parsed.data.open };
  } catch {
    // Refused or not JSON: a fresh tab.
  }
  return { previous: null, open: null };
}

export function writeSession(session: Storage | null, tab: string, open: string | null): void {
  try {
    session?.setItem(TAB_KEY, JSON.stringify({ tab, open }));
  } catch {
    // A reload then opens what a new tab would: the one last opened or changed.
  }
}

/**
 * Tells a closed tab's journal from a live tab's: each page holds a Web Lock named after its ID
 * for as long as it lives, and the browser frees it when the page goes, however it goes.
 */
export interface TabLocks {
  hold(tab: string): void;
  /** Whether the page `tab` is gone, waiting up to `waitMs` for it to go (a reload's previous page). */
  closed(tab: string, waitMs: number): Promise<boolean>;
}

const lockName = (tab: string) => `vpc-flow-lab:tab:${tab}`;

export function webLocks(locks: LockManager | undefined | null): TabLocks | null {
  if (!locks) return null;
  return {
    hold(tab) {
      void locks.request(lockName(tab), () => new Promise<never>(() => {})).catch(() => {});
    },
    async closed(tab, waitMs) {
      try {
        if (waitMs <= 0) {
          return await locks.request(lockName(tab), { ifAvailable: true }, (lock) => lock !== null);
        }
        return await locks.request(
          lockName(tab),
          { signal: AbortSignal.timeout(waitMs) },
          () => true,
        );
      } catch {
        return false;
      }
    },
  };
}
