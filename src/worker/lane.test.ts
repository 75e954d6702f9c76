import { describe, expect, it } from 'vitest';
import { CancelledError, isAbortError, WorkerLane, type LaneStatus } from './lane.ts';

/** A stand-in for a Worker: enough for comlink to wrap, and it records being ended. */
function fakeWorker() {
  const state = { terminated: 0 };
  const worker = {
    addEventListener: () => {},
    removeEventListener: () => {},
    postMessage: () => {},
    terminate: () => {
      state.terminated++;
    },
  } as unknown as Worker;
  return { worker, state };
}

function lane() {
  const { worker, state } = fakeWorker();
  const statuses: LaneStatus[] = [];
  return {
    lane: new WorkerLane(
      () => worker,
      (s) => statuses.push(s),
    ),
    state,
    statuses,
  };
}

/** A call whose answer the test gives by hand. */
function pending<T>() {
  let resolve: (v: T) => void = () => {};
  let reject: (e: Error) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('a worker lane with an AbortSignal per job', () => {
  it('rejects an aborted call with an AbortError at once, and drops its late answer', async () => {
    const { lane: l, state } = lane();
    const job = pending<number>();
    const controller = new AbortController();
    const call = l.call(() => job.promise, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toSatisfy(isAbortError);
    job.resolve(42);
    // A flow evaluation is short: its worker goes on (no restart).
    expect(state.terminated).toBe(0);
  });

  it('ends the worker of an aborted long job (the matrix), and starts no call already aborted', async () => {
    const { lane: l, state, statuses } = lane();
    const controller = new AbortController();
    const call = l.call(() => pending<number>().promise, {
      signal: controller.signal,
      endOnAbort: true,
    });
    controller.abort();
    await expect(call).rejects.toSatisfy(isAbortError);
    expect(state.terminated).toBe(1);
    expect(statuses).toEqual([]);
    await expect(l.call(async () => 1, { signal: controller.signal })).rejects.toSatisfy(
      isAbortError,
    );
  });

  it('restarts on an engine error, and cancels the other calls on the worker it ended', async () => {
    const { lane: l, state, statuses } = lane();
    const other = l.call(() => pending<number>().promise);
    const failing = l.call(async () => {
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    await expect(other).rejects.toBeInstanceOf(CancelledError);
    expect(state.terminated).toBe(1);
    expect(statuses).toEqual([{ kind: 'restarted', reason: 'the engine failed: boom' }]);
  });
});
