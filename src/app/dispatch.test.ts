import { describe, expect, it } from 'vitest';
import { isTypingTarget, pickCommand } from './dispatch.ts';

const key = (k: string, extra: Record<string, boolean> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

interface Ctx {
  readonly selected: number;
}
const commands = [
  { id: 'delete', keys: ['Delete', 'Backspace'], when: (c: Ctx) => c.selected > 0 },
  { id: 'undo', keys: ['Mod+Z'] },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Ctrl+Y'] },
];

describe('pickCommand', () => {
  it('picks the command whose keys match', () => {
    expect(pickCommand(commands, key('z', { ctrlKey: true }), { selected: 0 }, false)?.id).toBe(
      'undo',
    );
    expect(pickCommand(commands, key('y', { ctrlKey: true }), { selected: 0 }, false)?.id).toBe(
      'redo',
    );
  });

  it('passes over a command that cannot run now, leaving the key to the browser', () => {
    expect(pickCommand(commands, key('Backspace'), { selected: 0 }, false)).toBeUndefined();
    expect(pickCommand(commands, key('Backspace'), { selected: 2 }, false)?.id).toBe('delete');
  });

  it('passes over a locked command (a student deleting what the challenge locks)', () => {
    const locked = [
      { id: 'delete', keys: ['Delete'], locked: (c: Ctx) => (c.selected > 1 ? 'locked' : null) },
    ];
    expect(pickCommand(locked, key('Delete'), { selected: 2 }, false)).toBeUndefined();
    expect(pickCommand(locked, key('Delete'), { selected: 1 }, false)?.id).toBe('delete');
  });

  it('picks nothing for a key no command has', () => {
    expect(pickCommand(commands, key('q'), { selected: 1 }, false)).toBeUndefined();
  });
});

describe('isTypingTarget', () => {
  const el = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable });

  it('treats form controls and editable text as typing', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) {
      expect(isTypingTarget(el(tag))).toBe(true);
    }
    expect(isTypingTarget(el('DIV', true))).toBe(true);
  });

  it('leaves the canvas, buttons and the page to the shortcuts', () => {
    expect(isTypingTarget(el('DIV'))).toBe(false);
    expect(isTypingTarget(el('BUTTON'))).toBe(false);
    expect(isTypingTarget(el('BODY'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
