import { describe, expect, it } from 'vitest';
import { byId } from './selectors.ts';

describe('byId', () => {
  it('returns the stored object, the first one when IDs repeat (like find)', () => {
    const a = { id: 'i-1', n: 1 };
    const list = [a, { id: 'i-2', n: 2 }, { id: 'i-1', n: 3 }];
    expect(byId(list, 'i-1')).toBe(a);
    expect(byId(list, 'i-9')).toBeUndefined();
  });

  it('indexes each list object anew, so an edited list is never read from a stale index', () => {
    const list = [{ id: 'i-1' }];
    expect(byId(list, 'i-2')).toBeUndefined();
    const next = [...list, { id: 'i-2' }];
    expect(byId(next, 'i-2')).toBe(next[1]);
  });
});
