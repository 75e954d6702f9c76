import { wrap, type Remote } from 'comlink';
import type { EngineApi } from './protocol.ts';

export type LaneStatus = { kind: 'ready' } | { kind: 'restarted'; reason: string };

/**
 * One engine worker and the calls in flight on it. A worker that throws or dies is reported,
 * ended and replaced by a fresh one on the next call; the page keeps working.
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

  /** Runs a call; an exception in the worker (an engine bug) restarts it and rejects the call. */
  async call<T>(run: (api: Remote<EngineApi>) => Promise<T>): Promise<T> {
    const api = this.api();
    let rejectOnCrash: (reason: Error) => void = () => {};
    const crashed = new Promise<never>((_, reject) => {
      rejectOnCrash = reject;
    });
    this.pending.add(rejectOnCrash);
    try {
      return await Promise.race([run(api), crashed]);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      if (this.pending.has(rejectOnCrash)) this.fail(`the engine failed: ${reason}`);
      throw e instanceof Error ? e : new Error(reason);
    } finally {
      this.pending.delete(rejectOnCrash);
    }
  }

  /** Ends the worker (a newer long job replaces the old one); calls in flight are rejected. */
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

/** A call that was superseded by a newer one or cancelled: not an error to show. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}
