import { wrap, type Remote } from 'comlink';
import type { EngineApi } from './protocol.ts';

export type LaneStatus = { kind: 'ready' } | { kind: 'restarted'; reason: string };

export interface CallOptions {
  /** Aborting it rejects the call with an `AbortError` at once (its answer, if any, is dropped). */
  readonly signal?: AbortSignal;
  /** On abort, also end the worker (a long job, like the matrix, stops computing at once). */
  readonly endOnAbort?: boolean;
}

/**
 * One engine worker and the calls in flight on it. A worker that throws or dies is reported,
 * ended and replaced by a fresh one on the next call; the page keeps working. Each call may be
 * cancelled with an AbortSignal, as squoosh's WorkerBridge does: no "latest answer wins" counter,
 * the caller aborts what it no longer wants.
 */
export class WorkerLane {
  private worker: Worker | null = null;
  private remote: Remote<EngineApi> | null = null;
  private readonly pending = new Set<(reason: Error) => void>();

  constructor(
    private readonly spawn: () => Worker,
    private readonly onStatus: (status: LaneStatus) => void,
  ) {}

  private api(): Remote<EngineApi> {
    if (this.remote) return this.remote;
    const worker = this.spawn();
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.fail(`the engine worker crashed (${event.message || 'no message'})`);
    });
    worker.addEventListener('messageerror', () =>
      this.fail('a message to the engine worker could not be read'),
    );
    this.worker = worker;
    this.remote = wrap<EngineApi>(worker);
    return this.remote;
  }

  /**
   * Runs a call. An exception in the worker (an engine bug) restarts it and rejects the call; an
   * abort rejects it with an `AbortError`; a worker ended under it rejects it with CancelledError.
   */
  async call<T>(
    run: (api: Remote<EngineApi>) => Promise<T>,
    options: CallOptions = {},
  ): Promise<T> {
    const { signal, endOnAbort = false } = options;
    if (signal?.aborted) throw abortError(signal);
    const api = this.api();
    let stop: (reason: Error) => void = () => {};
    const stopped = new Promise<never>((_, reject) => {
      stop = reject;
    });
    this.pending.add(stop);
    const onAbort = () => {
      this.pending.delete(stop);
      stop(abortError(signal));
      if (endOnAbort) this.terminate('cancelled');
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await Promise.race([run(api), stopped]);
    } catch (e) {
      if (isAbortError(e) || e instanceof CancelledError) throw e;
      const reason = e instanceof Error ? e.message : String(e);
      if (this.pending.has(stop)) this.fail(`the engine failed: ${reason}`);
      throw e instanceof Error ? e : new Error(reason);
    } finally {
      this.pending.delete(stop);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Ends the worker; calls in flight are rejected with CancelledError. */
  terminate(reason = 'cancelled'): void {
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
    const waiting = [...this.pending];
    this.pending.clear();
    for (const reject of waiting) reject(new CancelledError(reason));
  }

  private fail(reason: string): void {
    this.terminate(reason);
    this.onStatus({ kind: 'restarted', reason });
  }
}

/** A call whose worker was ended under it (another call's crash): not an error to show. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}

/** The rejection of an aborted call: the signal's reason when it is an error, else an AbortError. */
export function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error
    ? reason
    : new DOMException('The job was cancelled.', 'AbortError');
}

/** Whether a rejection is an abort the caller asked for (never an error to show). */
export function isAbortError(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
