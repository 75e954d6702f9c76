import type { KeyboardEvent } from 'react';

/** What Tab stops at inside a dialog. */
export const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside `root`: from the last stop Tab wraps to the first, and back.
 * Call it from the dialog's keydown handler for the Tab key.
 */
export function trapTab(e: KeyboardEvent, root: HTMLElement | null): void {
  if (!root) return;
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    e.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * Moves focus into `root` (the first element `preferred` finds, else the first stop) and
 * returns the function that gives it back where it was: a dialog's open and close.
 */
export function focusInto(root: HTMLElement | null, preferred: string): () => void {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const first =
    root?.querySelector<HTMLElement>(preferred) ?? root?.querySelector<HTMLElement>(FOCUSABLE);
  (first ?? root)?.focus();
  return () => {
    if (before?.isConnected) before.focus();
  };
}
