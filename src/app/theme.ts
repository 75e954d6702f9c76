import { setTheme, useStore, type Theme } from '../store/index.ts';

// WIRE FORMAT: the key must never change meaning (a saved choice must still apply).
export const THEME_KEY = 'vpc-flow-lab:theme';

/** The saved choice when there is one, else what the system prefers. */
export function initialTheme(saved: string | null, prefersDark: boolean): Theme {
  if (saved === 'light' || saved === 'dark') return saved;
  return prefersDark ? 'dark' : 'light';
}

/** Reads the saved theme; storage that refuses access counts as no choice saved. */
export function readTheme(storage: Storage | null): string | null {
  try {
    return storage?.getItem(THEME_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Saves the theme. A failure is not said: the theme is a comfort, and the autosave already tells
 * the user when storage refuses writes.
 */
export function saveTheme(storage: Storage | null, theme: Theme): void {
  try {
    storage?.setItem(THEME_KEY, theme);
  } catch {
    // Said by the autosave, which fails the same way.
  }
}

/** Keeps the chosen theme: saved on each change, and applied to <html> for Tailwind's `dark:`. */
export function startTheme(storage: Storage | null, prefersDark: boolean): () => void {
  setTheme(initialTheme(readTheme(storage), prefersDark));
  applyTheme(useStore.getState().theme);
  return useStore.subscribe((s, prev) => {
    if (s.theme === prev.theme) return;
    applyTheme(s.theme);
    saveTheme(storage, s.theme);
  });
}

function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
}
