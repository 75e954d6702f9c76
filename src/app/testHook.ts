import type { Layout, Scenario } from '../model/types.ts';
import { decodeScenarioLink, describeLinkProblem } from '../share/codec.ts';
import { describeImportProblem, readImport, type PickedText } from '../share/file.ts';
import { readLinkFragment } from '../share/url.ts';
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
  /**
   * Fuzzing only: reads a link's fragment (`#s=…`) as opening it does, without opening it, so
   * that thousands can be tried in one page. An exception here is a bug: it is not caught.
   */
  readLink(hash: string): Verdict;
  /** Fuzzing only: reads files as the Import dialog does, without opening what they hold. */
  readFiles(inputs: readonly PickedText[]): Verdict;
}

/** What a reader made of an input: accepted, or refused with the sentence the user would read. */
export interface Verdict {
  readonly ok: boolean;
  readonly message: string;
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
    readLink: (hash) => {
      const text = readLinkFragment(hash);
      if (text === null) return { ok: false, message: 'no link in the fragment' };
      const read = decodeScenarioLink(text);
      return read.ok
        ? { ok: true, message: '' }
        : { ok: false, message: describeLinkProblem(read.errors) };
    },
    readFiles: (inputs) => {
      const read = readImport(inputs);
      return read.ok
        ? { ok: true, message: '' }
        : { ok: false, message: describeImportProblem(read.errors) };
    },
  };
  Object.defineProperty(window, '__vfl', { value: Object.freeze(hook), writable: false });
}
