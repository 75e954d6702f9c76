import type { Layout, Scenario } from '../model/types.ts';
import { engineClient } from '../store/engine.ts';
import { useStore, type SimState } from '../store/index.ts';

/**
 * A read-only window onto the store for Playwright, which drives the production build and so
 * cannot reach modules. It offers data only: e2e specs act through the UI like a person would.
 */
export interface VflTestHook {
  /** A snapshot of the canonical state (plain data, safe to return from `page.evaluate`). */
  state(): { scenario: Scenario; layout: Layout };
  /** The selected resource IDs. */
  selection(): readonly string[];
  /** The simulation: outcomes per flow, the active flow and its playback (plain data). */
  sim(): SimState;
  /** Test only: makes the engine worker fail as an engine bug would (it is then restarted). */
  crashEngine(): Promise<void>;
}

declare global {
  interface Window {
    __vfl?: VflTestHook;
  }
}

/** Installs `window.__vfl` when the page was opened with `?e2e=1`. */
export function installTestHook(location: Location = window.location): void {
  if (new URLSearchParams(location.search).get('e2e') !== '1' || window.__vfl) return;
  const hook: VflTestHook = {
    state: () => {
      const { scenario, layout } = useStore.getState();
      return { scenario, layout };
    },
    selection: () => [...useStore.getState().selection],
    sim: () => useStore.getState().sim,
    crashEngine: () =>
      engineClient()
        .crashForTest()
        .catch(() => undefined),
  };
  Object.defineProperty(window, '__vfl', { value: Object.freeze(hook), writable: false });
}
