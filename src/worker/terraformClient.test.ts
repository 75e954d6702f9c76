import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTerraformText } from './terraformClient.ts';
import {
  mayBeTerraformText,
  readTerraformText,
  type TerraformReadResult,
} from './terraformRead.ts';

const OPEN_DB = readFileSync(
  new URL('../terraform/__fixtures__/open-db.plan.json', import.meta.url),
  'utf8',
);

type Listener = (event: { data?: unknown; message?: string; preventDefault(): void }) => void;

/** A worker as the page sees one: answers a posted text as terraform.worker.ts does, or fails. */
function fakeWorker(behaviour: 'answer' | 'fail') {
  const listeners = new Map<string, Listener[]>();
  const state = { terminated: false, posted: 0 };
  const worker = {
    addEventListener: (type: string, listener: Listener) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    postMessage: (data: { text: string; view: 'now' | 'after-apply' }) => {
      state.posted += 1;
      queueMicrotask(() => {
        const event =
          behaviour === 'answer'
            ? { data: readTerraformText(data.text, { view: data.view }), preventDefault() {} }
            : { message: 'could not load', preventDefault() {} };
        for (const l of listeners.get(behaviour === 'answer' ? 'message' : 'error') ?? []) l(event);
      });
    },
    terminate: () => {
      state.terminated = true;
    },
  };
  return { spawn: () => worker as unknown as Worker, state };
}

const viewOf = (r: TerraformReadResult) => (r.kind === 'read' ? r.value.view : r.kind);

describe('the Terraform import off the page', () => {
  it('asks a worker of its own, and ends it once it answers', async () => {
    const { spawn, state } = fakeWorker('answer');
    const got = await importTerraformText(OPEN_DB, 'now', spawn);
    expect(viewOf(got)).toBe('now');
    expect(state).toEqual({ terminated: true, posted: 1 });
  });

  it('reads in the page when the worker cannot start or fails to load', async () => {
    const failing = fakeWorker('fail');
    expect(viewOf(await importTerraformText(OPEN_DB, 'after-apply', failing.spawn))).toBe(
      'after-apply',
    );
    expect(failing.state.terminated).toBe(true);
    const throwing = () => {
      throw new Error('no workers here');
    };
    expect(viewOf(await importTerraformText(OPEN_DB, 'now', throwing))).toBe('now');
    expect(viewOf(await importTerraformText(OPEN_DB, 'now', null))).toBe('now');
  });

  it('tells Terraform from other files by their first characters', () => {
    expect(mayBeTerraformText(OPEN_DB)).toBe(true);
    expect(mayBeTerraformText('{"@level":"info","@message":"x"}\n{"@level":"info"}')).toBe(true);
    expect(mayBeTerraformText('{"version":4,"serial":1,"lineage":"x"}')).toBe(true);
    expect(mayBeTerraformText('{"Vpcs": []}')).toBe(false);
    expect(mayBeTerraformText('{"format": "vpc-flow-lab", "version": 2}')).toBe(false);
  });

  it('hands text that is not Terraform back to the other readers', () => {
    expect(readTerraformText('{"Vpcs": []}', { view: 'now' })).toEqual({ kind: 'other' });
    expect(readTerraformText('{"format_version": ', { view: 'now' })).toEqual({ kind: 'other' });
  });
});
