import { describe, expect, it } from 'vitest';
import { dismissWelcome, shouldWelcome, WELCOME_KEY } from './firstRun.ts';

function fakePage(hash: string, storage: Storage | 'throws'): Window {
  const page = { location: { hash } } as unknown as Window;
  Object.defineProperty(page, 'localStorage', {
    get() {
      if (storage === 'throws') throw new DOMException('denied', 'SecurityError');
      return storage;
    },
  });
  return page;
}

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('the first-run welcome', () => {
  it('greets a first start, and never again once dismissed', () => {
    const storage = memoryStorage();
    const page = fakePage('', storage);
    expect(shouldWelcome(page)).toBe(true);
    dismissWelcome(page);
    expect(storage.getItem(WELCOME_KEY)).toBe('dismissed');
    expect(shouldWelcome(page)).toBe(false);
  });

  it('never shows over a shared link', () => {
    expect(shouldWelcome(fakePage('#s=abc', memoryStorage()))).toBe(false);
    expect(shouldWelcome(fakePage('#role=student&s=abc', memoryStorage()))).toBe(false);
  });

  it('stays away where the browser keeps nothing, and dismissing there does not throw', () => {
    const page = fakePage('', 'throws');
    expect(shouldWelcome(page)).toBe(false);
    expect(() => dismissWelcome(page)).not.toThrow();
  });
});
