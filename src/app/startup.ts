import type { Layout, Scenario } from '../model/types.ts';
import { AUTOSAVE_KEY, UNREADABLE_KEY, type Restored } from '../store/effects/autosave.ts';

/** What the app opens on, and what it must say about it. */
export interface Start {
  readonly scenario: Scenario;
  readonly layout: Layout;
  readonly error?: string;
}

/**
 * The browser's storage, or why there is none: some browsers (private modes, blocked cookies)
 * throw on the mere access of `window.localStorage`.
 */
export function openStorage(
  get: () => Storage,
): { storage: Storage; error?: undefined } | { storage: null; error: string } {
  try {
    const storage = get();
    void storage.length;
    return { storage };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      storage: null,
      error: `Autosave is off: this browser refuses access to its storage (${why}). Your work stays in this tab only; export it to a file to keep it.`,
    };
  }
}

/**
 * Chooses what the app opens on: the autosave when it reads, else the built-in example. An
 * unreadable autosave is said, with why and where it was kept, so that nothing is lost silently.
 */
export function startFrom(
  restored: Restored,
  builtIn: { scenario: Scenario; layout: Layout },
): Start {
  if (restored.kind === 'restored') {
    return { scenario: restored.file.scenario, layout: restored.file.layout };
  }
  if (restored.kind === 'none') return builtIn;
  return { ...builtIn, error: unreadableText(restored.reason) };
}

// effects.ts's reasons: access refused (nothing could be read or kept), or left in place because
// the copy aside could not be written.
const REFUSED = 'the browser refused access to storage';
const LEFT_IN_PLACE = '(it was left in place)';

function unreadableText(reason: string): string {
  const opened = 'The three-tier example opened instead.';
  if (reason.startsWith(REFUSED)) {
    return `The autosave could not be read: ${reason}. ${opened}`;
  }
  if (reason.endsWith(LEFT_IN_PLACE)) {
    const why = reason.slice(0, -LEFT_IN_PLACE.length).trim();
    return `The autosave could not be read: ${why}. ${opened} It was left in this browser's storage under "${AUTOSAVE_KEY}".`;
  }
  return `The autosave could not be read: ${reason}. ${opened} It was kept in this browser's storage under "${UNREADABLE_KEY}": download it from My scenarios.`;
}
