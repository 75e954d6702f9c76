import type { Keeper } from '../keeper.ts';
import { useStore } from '../store.ts';

/** A journal write slower than this (a very large scenario) is made at most once a second. */
const SLOW_MS = 20;
const SLOW_EVERY_MS = 1000;

/** Where the page's lifecycle events are heard (the window in the app). */
export interface PageEvents {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
  readonly document?: {
    readonly visibilityState: string;
    addEventListener(type: string, listener: () => void): void;
    removeEventListener(type: string, listener: () => void): void;
  };
}

/**
 * The saving effect: after each change to the scenario or its layout, the change goes to the
 * journal at once (synchronously) and to IndexedDB after a quiet moment. When the page is hidden
 * or goes away (`visibilitychange`, `pagehide`: a reload, a closed tab, a phone switching apps),
 * the journal is written and the IndexedDB write begun, without waiting: the journal is what the
 * next start finds if that write never finishes. Returns the stop (after a last save).
 */
export function startSaving(keeper: Keeper, page: PageEvents | null): () => void {
  let slow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const journal = () => {
    timer = undefined;
    const started = performance.now();
    keeper.journal();
    slow = performance.now() - started > SLOW_MS;
  };
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.scenario === prev.scenario && s.layout === prev.layout) return;
    keeper.schedule();
    if (!slow) journal();
    else timer ??= setTimeout(journal, SLOW_EVERY_MS);
  });
  const leave = () => {
    if (timer !== undefined) clearTimeout(timer);
    journal();
    keeper.flush();
  };
  const onVisibility = () => {
    if (page?.document?.visibilityState === 'hidden') leave();
  };
  page?.addEventListener('pagehide', leave);
  page?.document?.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    page?.removeEventListener('pagehide', leave);
    page?.document?.removeEventListener('visibilitychange', onVisibility);
    if (timer !== undefined) clearTimeout(timer);
    if (keeper.pending()) keeper.flush();
  };
}
