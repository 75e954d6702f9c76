import { matchesAny, type KeyInput } from './keys.ts';

/** The parts of a command that dispatching reads. */
export interface Dispatchable<C> {
  readonly keys: readonly string[];
  readonly when?: (ctx: C) => boolean;
  /** Why it is locked now, or null (a locked command does not run: its key goes by). */
  readonly locked?: (ctx: C) => string | null;
}

/**
 * The command a key press runs: the first whose combos match and whose `when` holds. A command
 * whose keys match but cannot run now is passed over, so the browser keeps the key (Ctrl+C on
 * selected text, the arrow keys scrolling a list).
 */
export function pickCommand<C, T extends Dispatchable<C>>(
  commands: readonly T[],
  input: KeyInput,
  ctx: C,
  mac: boolean,
): T | undefined {
  return commands.find(
    (c) =>
      matchesAny(c.keys, input, mac) &&
      (c.when?.(ctx) ?? true) &&
      (c.locked?.(ctx) ?? null) === null,
  );
}

/** What the keyboard handler knows about where a key press happened. */
export interface KeyTarget {
  readonly tagName: string;
  readonly isContentEditable: boolean;
}

/**
 * Whether the key press went to a form control (inputs of every type, text areas, selects) or
 * editable text, where keys belong to the control and shortcuts must not fire.
 */
export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName.toUpperCase());
}
