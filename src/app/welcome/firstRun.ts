import { readLinkFragment } from '../../share/url.ts';

/** localStorage key of the first-run welcome: present once it was dismissed, whichever way. */
export const WELCOME_KEY = 'vpc-flow-lab:welcome';

function storageOf(page: Window): Storage | null {
  try {
    return page.localStorage;
  } catch {
    return null;
  }
}

/**
 * Whether this start is a first run that should be welcomed: never over a shared link (a
 * scenario, a challenge or a submission: the link's own content comes first), never once
 * dismissed, and never where the browser keeps nothing (it would greet at every start).
 */
export function shouldWelcome(page: Window): boolean {
  if (readLinkFragment(page.location.hash) !== null) return false;
  const storage = storageOf(page);
  if (!storage) return false;
  try {
    return storage.getItem(WELCOME_KEY) === null;
  } catch {
    return false;
  }
}

/** Remembers that the welcome was dismissed: it is never shown again in this browser. */
export function dismissWelcome(page: Window): void {
  try {
    storageOf(page)?.setItem(WELCOME_KEY, 'dismissed');
  } catch {
    // A storage that refuses: the welcome may greet again next time, nothing is lost.
  }
}
