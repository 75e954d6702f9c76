import { useEffect } from 'react';
import { useStore } from '../store/index.ts';
import { COMMANDS, currentContext } from './commands.ts';
import { isTypingTarget, pickCommand } from './dispatch.ts';
import { matchesAny } from './keys.ts';
import { MAC } from './platform.ts';

/**
 * The one keyboard handler of the app: a key press runs the registry's command whose keys match
 * and whose `when` holds. Typing in a field is left alone (Escape there leaves the field, so the
 * shortcuts are back), and while a dialog is open its own keys rule.
 */
function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing || (event.repeat && isOneShot(event))) return;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (isTypingTarget(target)) {
    if (event.key === 'Escape') target?.blur();
    return;
  }
  const state = useStore.getState();
  if (state.confirmation !== null || state.dialog !== null) return;
  // Ctrl+C over selected text copies the text, as everywhere else.
  if (event.key.toLowerCase() === 'c' && hasTextSelection()) return;
  const command = pickCommand(COMMANDS, event, currentContext(), MAC);
  if (!command) {
    if (COMMANDS.some((c) => c.claimsKey && matchesAny(c.keys, event, MAC))) event.preventDefault();
    return;
  }
  event.preventDefault();
  command.run(event);
}

/** Held keys repeat; only the arrow keys (moving the selection) should act on each repeat. */
function isOneShot(event: KeyboardEvent): boolean {
  return !event.key.startsWith('Arrow');
}

function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().trim() !== '';
}

export default function Shortcuts() {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}
