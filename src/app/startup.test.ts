import { describe, expect, it } from 'vitest';
import { emptyScenario } from '../model/defaults.ts';
import { toScenarioFile } from '../model/envelope.ts';
import { threeTierLayout, threeTierScenario } from '../scenarios/index.ts';
import { AUTOSAVE_KEY, readAutosave, UNREADABLE_KEY } from '../store/effects/autosave.ts';
import { openStorage, startFrom } from './startup.ts';
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

const builtIn = { scenario: threeTierScenario, layout: threeTierLayout };

describe('startFrom', () => {
  it('opens the autosave when it reads', () => {
    const saved = toScenarioFile(emptyScenario('mine'), { nodes: { a: { x: 1, y: 2 } } });
    const storage = memoryStorage({ [AUTOSAVE_KEY]: JSON.stringify(saved) });
    const start = startFrom(readAutosave(storage), builtIn);
    expect(start.scenario.name).toBe('mine');
    expect(start.layout.nodes['a']).toEqual({ x: 1, y: 2 });
    expect(start.error).toBeUndefined();
  });

  it('opens the built-in example when there is no autosave', () => {
    expect(startFrom(readAutosave(memoryStorage()), builtIn)).toEqual(builtIn);
  });

  it('says why an unreadable autosave was not opened and where it was kept', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: '{not json' });
    const start = startFrom(readAutosave(storage), builtIn);
    expect(start.scenario).toBe(threeTierScenario);
    expect(start.error).toBe(
      `The autosave could not be read: it is not valid JSON. The three-tier example opened instead. It was kept in this browser's storage under "${UNREADABLE_KEY}": download it from My scenarios.`,
    );
    expect(storage.map.get(UNREADABLE_KEY)).toBe('{not json');
  });

  it('says the autosave was left in place when it could not be moved aside', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: '{"format":"other"}' }, { write: true });
    const start = startFrom(readAutosave(storage), builtIn);
    expect(start.error).toMatch(/^The autosave could not be read: .+\. The three-tier example/);
    expect(start.error).toContain(`left in this browser's storage under "${AUTOSAVE_KEY}"`);
    expect(start.error).not.toContain('(it was left in place)');
  });

  it('says that storage refused access, without claiming anything was kept', () => {
    const start = startFrom(readAutosave(memoryStorage({}, { read: true })), builtIn);
    expect(start.error).toMatch(/^The autosave could not be read: the browser refused access/);
    expect(start.error).not.toMatch(/kept|left/);
  });
});

describe('openStorage', () => {
  it('returns the storage when the browser allows it', () => {
    const storage = memoryStorage();
    expect(openStorage(() => storage)).toEqual({ storage });
  });

  it('says autosave is off when merely touching storage throws', () => {
    const opened = openStorage(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(opened.storage).toBeNull();
    expect(opened.error).toMatch(/^Autosave is off: .*Access is denied for this document/);
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
