import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetPlan, readPlan, storePlan } from './keptPlans.ts';

const plan = (n: number) => ({
  text: `{"format_version":"1.2","n":${n}}`,
  source: `p${n}.json`,
  opened: '{}',
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('plans kept for switching views after a reload', () => {
  it('keeps the plans of the last five scenarios, and forgets one when asked', async () => {
    for (let n = 1; n <= 6; n++) {
      vi.setSystemTime(1_000 * n);
      await storePlan(`kept-${n}`, plan(n));
    }
    vi.useRealTimers();
    expect(await readPlan('kept-1')).toBeUndefined();
    expect(await readPlan('kept-6')).toMatchObject(plan(6));
    await forgetPlan('kept-6');
    expect(await readPlan('kept-6')).toBeUndefined();
    expect(await readPlan('kept-2')).toMatchObject(plan(2));
  });

  it('reads nothing from a value another version wrote in another shape', async () => {
    await storePlan('kept', plan(1));
    const db = await openDB('vpc-flow-lab-terraform-plans', 1);
    await db.put('plans', { text: 42 }, 'kept');
    db.close();
    expect(await readPlan('kept')).toBeUndefined();
  });
});
