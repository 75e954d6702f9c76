import { describe, expect, it } from 'vitest';
import { openStorage } from './startup.ts';
import { initialTheme, readTheme, saveTheme, THEME_KEY } from './theme.ts';

/** A Storage over a Map; `refuse` makes reads or writes throw as private modes do. */
function memoryStorage(
  entries: Record<string, string> = {},
  refuse: { read?: boolean; write?: boolean } = {},
): Storage & { map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  const denied = () => new DOMException('The operation is insecure.', 'SecurityError');
  return {
    map,
    get length() {
      return map.size;
    },
    key: (k) => [...map.keys()][k] ?? null,
    getItem: (k) => {
      if (refuse.read) throw denied();
      return map.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (refuse.write) throw denied();
      map.set(k, v);
    },
    removeItem: (k) => {
      if (refuse.write) throw denied();
      map.delete(k);
    },
    clear: () => map.clear(),
  };
}

describe('openStorage', () => {
  it('returns the storage when the browser allows it', () => {
    const storage = memoryStorage();
    expect(openStorage(() => storage)).toBe(storage);
  });

  it('gives none when merely touching storage throws (said by My scenarios when it writes)', () => {
    const opened = openStorage(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(opened).toBeNull();
  });
});

describe('theme', () => {
  it('follows the saved choice, else the system preference', () => {
    expect(initialTheme('dark', false)).toBe('dark');
    expect(initialTheme('light', true)).toBe('light');
    expect(initialTheme(null, true)).toBe('dark');
    expect(initialTheme('purple', false)).toBe('light');
  });

  it('saves and reads the choice, and ignores storage that refuses', () => {
    const storage = memoryStorage();
    saveTheme(storage, 'dark');
    expect(storage.map.get(THEME_KEY)).toBe('dark');
    expect(readTheme(storage)).toBe('dark');
    const refusing = memoryStorage({}, { read: true, write: true });
    expect(() => saveTheme(refusing, 'dark')).not.toThrow();
    expect(readTheme(refusing)).toBeNull();
    expect(readTheme(null)).toBeNull();
  });
});
