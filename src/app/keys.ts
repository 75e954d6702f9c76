/**
 * Keyboard combos as written in the command registry (`'Mod+Z'`, `'Mod+Shift+Z'`, `'Ctrl+Y'`,
 * `'Delete'`, `'Shift+1'`, `'?'`, `'ArrowUp'`), matched against key events and formatted for
 * people. Pure: no DOM, so it runs in unit tests.
 *
 * `Mod` is Cmd on a Mac and Ctrl elsewhere; `Ctrl` is Ctrl everywhere. A combo matches only with
 * exactly its modifiers held, except Shift on punctuation (`?`, `+`): the keyboard layout decides
 * whether those need Shift, so the character itself is compared.
 */

/** The parts of a KeyboardEvent that matching reads (a plain object in tests). */
export interface KeyInput {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

interface Combo {
  readonly key: string;
  readonly mod: boolean;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

const MODIFIERS = new Set(['Mod', 'Ctrl', 'Shift', 'Alt']);

/** Reads `'Mod+Shift+Z'`. The last part is the key; `'+'` alone (or `'Shift++'`) is the plus key. */
export function parseCombo(text: string): Combo {
  const plus = text.endsWith('++') || text === '+';
  const parts = plus ? [...text.slice(0, -1).split('+').filter(Boolean), '+'] : text.split('+');
  const key = parts[parts.length - 1] ?? '';
  const mods = parts.slice(0, -1);
  for (const m of mods) {
    if (!MODIFIERS.has(m)) throw new Error(`Unknown modifier "${m}" in key combo "${text}".`);
  }
  if (key === '') throw new Error(`Key combo "${text}" names no key.`);
  return {
    key,
    mod: mods.includes('Mod'),
    ctrl: mods.includes('Ctrl'),
    shift: mods.includes('Shift'),
    alt: mods.includes('Alt'),
  };
}

const isLetter = (key: string) => /^[a-z]$/i.test(key);
const isDigit = (key: string) => /^[0-9]$/.test(key);
/** One printable character that is neither a letter nor a digit: its layout decides Shift. */
const isPunctuation = (key: string) => key.length === 1 && !isLetter(key) && !isDigit(key);

/** Whether the event is this combo, with exactly its modifiers held. */
export function matchesCombo(combo: string, event: KeyInput, mac: boolean): boolean {
  const c = parseCombo(combo);
  const wantCtrl = c.ctrl || (c.mod && !mac);
  const wantMeta = c.mod && mac;
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== c.alt) {
    return false;
  }
  if (isPunctuation(c.key)) return event.key === c.key;
  if (event.shiftKey !== c.shift) return false;
  // Letters and digits also match by physical key, so Shift+1 (`!`) and non-Latin layouts work.
  if (isLetter(c.key)) {
    return (
      event.key.toLowerCase() === c.key.toLowerCase() || event.code === `Key${c.key.toUpperCase()}`
    );
  }
  if (isDigit(c.key)) return event.key === c.key || event.code === `Digit${c.key}`;
  return event.key === c.key;
}

/** Whether the event matches any of the combos. */
export function matchesAny(combos: readonly string[], event: KeyInput, mac: boolean): boolean {
  return combos.some((combo) => matchesCombo(combo, event, mac));
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Delete: 'Del',
  Backspace: 'Backspace',
  Escape: 'Esc',
  Enter: 'Enter',
};

/** How a combo reads to a person: `Ctrl+Shift+Z` elsewhere, `⇧⌘Z` on a Mac. */
export function formatCombo(combo: string, mac: boolean): string {
  const c = parseCombo(combo);
  const key = KEY_NAMES[c.key] ?? (isLetter(c.key) ? c.key.toUpperCase() : c.key);
  if (mac) {
    return `${c.ctrl ? '⌃' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.mod ? '⌘' : ''}${key}`;
  }
  const mods = [c.ctrl || c.mod ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : ''];
  return [...mods.filter(Boolean), key].join('+');
}

/** Whether this browser runs on a Mac (Cmd rather than Ctrl). */
export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
