import { describe, expect, it } from 'vitest';
import { formatCombo, isMacPlatform, matchesAny, matchesCombo, parseCombo } from './keys.ts';

const press = (key: string, extra: Partial<Record<string, unknown>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('parseCombo', () => {
  it('reads modifiers and the key', () => {
    expect(parseCombo('Mod+Shift+Z')).toEqual({
      key: 'Z',
      mod: true,
      ctrl: false,
      shift: true,
      alt: false,
    });
  });

  it('reads the plus key alone and after a modifier', () => {
    expect(parseCombo('+').key).toBe('+');
    expect(parseCombo('Shift++')).toMatchObject({ key: '+', shift: true });
  });

  it('refuses an unknown modifier', () => {
    expect(() => parseCombo('Hyper+Z')).toThrow(/Hyper/);
  });
});

describe('matchesCombo', () => {
  it('maps Mod to Ctrl off a Mac and to Cmd on a Mac', () => {
    expect(matchesCombo('Mod+Z', press('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesCombo('Mod+Z', press('z', { metaKey: true }), false)).toBe(false);
    expect(matchesCombo('Mod+Z', press('z', { metaKey: true }), true)).toBe(true);
    expect(matchesCombo('Mod+Z', press('z', { ctrlKey: true }), true)).toBe(false);
  });

  it('keeps Ctrl as Ctrl on a Mac', () => {
    expect(matchesCombo('Ctrl+Y', press('y', { ctrlKey: true }), true)).toBe(true);
  });

  it('needs exactly the modifiers of the combo', () => {
    expect(matchesCombo('Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesCombo('Mod+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(
      true,
    );
    expect(matchesCombo('Delete', press('Delete', { ctrlKey: true }), false)).toBe(false);
    expect(matchesCombo('Delete', press('Delete', { altKey: true }), false)).toBe(false);
  });

  it('matches a letter in either case and by its physical key', () => {
    expect(matchesCombo('Mod+D', press('d', { ctrlKey: true }), false)).toBe(true);
    expect(matchesCombo('Mod+D', press('в', { ctrlKey: true, code: 'KeyD' }), false)).toBe(true);
  });

  it('matches Shift+1 although the key reads "!"', () => {
    expect(matchesCombo('Shift+1', press('!', { shiftKey: true, code: 'Digit1' }), false)).toBe(
      true,
    );
    expect(matchesCombo('Shift+1', press('1', { code: 'Digit1' }), false)).toBe(false);
  });

  it('lets the layout decide Shift for punctuation', () => {
    expect(matchesCombo('?', press('?', { shiftKey: true }), false)).toBe(true);
    expect(matchesCombo('+', press('+', { shiftKey: true }), false)).toBe(true);
    expect(matchesCombo('/', press('/'), false)).toBe(true);
    expect(matchesCombo('?', press('/'), false)).toBe(false);
  });

  it('refuses punctuation with Ctrl held (browser zoom keeps working)', () => {
    expect(matchesCombo('+', press('+', { ctrlKey: true }), false)).toBe(false);
  });

  it('matches named keys and Shift on them exactly', () => {
    expect(matchesCombo('ArrowUp', press('ArrowUp'), false)).toBe(true);
    expect(matchesCombo('ArrowUp', press('ArrowUp', { shiftKey: true }), false)).toBe(false);
    expect(matchesCombo('Shift+ArrowUp', press('ArrowUp', { shiftKey: true }), false)).toBe(true);
  });
});

describe('matchesAny', () => {
  it('matches redo by Ctrl+Shift+Z or by Ctrl+Y', () => {
    const redo = ['Mod+Shift+Z', 'Ctrl+Y'];
    expect(matchesAny(redo, press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesAny(redo, press('y', { ctrlKey: true }), false)).toBe(true);
    expect(matchesAny(redo, press('z', { ctrlKey: true }), false)).toBe(false);
  });
});

describe('formatCombo', () => {
  it('spells modifiers out off a Mac', () => {
    expect(formatCombo('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatCombo('Delete', false)).toBe('Del');
    expect(formatCombo('Shift+ArrowUp', false)).toBe('Shift+↑');
  });

  it('uses symbols on a Mac', () => {
    expect(formatCombo('Mod+Shift+Z', true)).toBe('⇧⌘Z');
    expect(formatCombo('Ctrl+Y', true)).toBe('⌃Y');
  });
});

describe('isMacPlatform', () => {
  it('recognises Macs and iPads', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('iPad')).toBe(true);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
