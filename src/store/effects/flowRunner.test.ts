import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyScenario } from '../../model/defaults.ts';
import type { FlowSpec, Scenario } from '../../model/types.ts';
import { CancelledError, type FlowOutcome } from '../../worker/client.ts';
import { createFlowRunner, type FlowEvaluator, type FlowJob } from './flowRunner.ts';

/** A client whose answers the test releases by hand, in any order. */
function fakeClient() {
  const calls: {
    scenario: Scenario;
    flows: readonly FlowSpec[];
    signal: AbortSignal | undefined;
    resolve: (v: FlowOutcome[]) => void;
    reject: (e: Error) => void;
  }[] = [];
  const client: FlowEvaluator = {
    evaluateFlows: (scenario, flows, options) =>
      new Promise((resolve, reject) =>
        calls.push({ scenario, flows, signal: options?.signal, resolve, reject }),
      ),
  };
  return { client, calls };
}

const flow: FlowSpec = {
  source: { address: '10.0.0.1' },
  destination: { address: '10.0.0.2' },
  protocol: 'tcp',
  port: 22,
};
const job = (name: string): FlowJob => ({
  scenario: emptyScenario(name),
  flows: [{ key: 'flow-a', flow }],
});
const error = (text: string): FlowOutcome => ({ ok: false, error: text });

describe('flow runner (debounce, a newer job aborts the older)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const { client, calls } = fakeClient();
    const outcomes: Record<string, FlowOutcome>[] = [];
    const errors: string[] = [];
    let pending = 0;
    const runner = createFlowRunner({
      client: () => client,
      delayMs: 150,
      onPending: () => pending++,
      onOutcomes: (o) => outcomes.push(o),
      onError: (e) => errors.push(e),
    });
    return { runner, calls, outcomes, errors, pending: () => pending };
  }

  it('waits for quiet and sends only the last of a burst of changes', async () => {
    const { runner, calls, outcomes } = setup();
    runner.schedule(job('one'));
    await vi.advanceTimersByTimeAsync(100);
    runner.schedule(job('two'));
    await vi.advanceTimersByTimeAsync(100);
    runner.schedule(job('three'));
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(150);
    expect(calls.map((c) => c.scenario.name)).toEqual(['three']);
    calls[0]?.resolve([error('x')]);
    await vi.runAllTimersAsync();
    expect(outcomes).toEqual([{ 'flow-a': error('x') }]);
  });

  it('says a change is pending at once, before the debounce ends', () => {
    const { runner, pending } = setup();
    runner.schedule(job('one'));
    expect(pending()).toBe(1);
  });

  it('drops an older answer that arrives after a newer one', async () => {
    const { runner, calls, outcomes } = setup();
    runner.schedule(job('old'));
    await vi.advanceTimersByTimeAsync(150);
    runner.schedule(job('new'));
    await vi.advanceTimersByTimeAsync(150);
    expect(calls).toHaveLength(2);
    calls[1]?.resolve([error('new')]);
    calls[0]?.resolve([error('old')]);
    await vi.runAllTimersAsync();
    expect(outcomes).toEqual([{ 'flow-a': error('new') }]);
  });

  it('aborts the older job’s signal when a newer one is scheduled, and drops its abort', async () => {
    const { runner, calls, outcomes, errors } = setup();
    runner.schedule(job('one'));
    await vi.advanceTimersByTimeAsync(150);
    expect(calls[0]?.signal?.aborted).toBe(false);
    runner.schedule(job('two'));
    expect(calls[0]?.signal?.aborted).toBe(true);
    calls[0]?.reject(new DOMException('The job was cancelled.', 'AbortError'));
    await vi.runAllTimersAsync();
    expect(outcomes).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reports an engine error once and lets the next change retry', async () => {
    const { runner, calls, outcomes, errors } = setup();
    runner.schedule(job('one'));
    await vi.advanceTimersByTimeAsync(150);
    calls[0]?.reject(new Error('the engine failed: boom'));
    await vi.runAllTimersAsync();
    expect(errors).toEqual(['the engine failed: boom']);
    expect(calls).toHaveLength(1);

    runner.schedule(job('two'));
    await vi.advanceTimersByTimeAsync(150);
    calls[1]?.resolve([error('ok again')]);
    await vi.runAllTimersAsync();
    expect(outcomes).toEqual([{ 'flow-a': error('ok again') }]);
  });

  it('retries once a call cancelled by another call’s crash', async () => {
    const { runner, calls, outcomes, errors } = setup();
    runner.schedule(job('one'));
    await vi.advanceTimersByTimeAsync(150);
    calls[0]?.reject(new CancelledError('the engine failed: crash requested'));
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(2);
    calls[1]?.resolve([error('after the restart')]);
    await vi.runAllTimersAsync();
    expect(outcomes).toEqual([{ 'flow-a': error('after the restart') }]);
    expect(errors).toEqual([]);
  });

  it('gives up after one retry', async () => {
    const { runner, calls, errors } = setup();
    runner.schedule(job('one'));
    await vi.advanceTimersByTimeAsync(150);
    calls[0]?.reject(new CancelledError('gone'));
    await vi.runAllTimersAsync();
    calls[1]?.reject(new CancelledError('gone again'));
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(2);
    expect(errors).toEqual(['gone again']);
  });

  it('ignores an error of a call that a newer one replaced', async () => {
    const { runner, calls, errors } = setup();
    runner.schedule(job('old'));
    await vi.advanceTimersByTimeAsync(150);
    runner.schedule(job('new'));
    calls[0]?.reject(new Error('old failure'));
    await vi.runAllTimersAsync();
    expect(errors).toEqual([]);
  });

  it('stops after dispose', async () => {
    const { runner, calls } = setup();
    runner.schedule(job('one'));
    runner.dispose();
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(0);
  });

  it('keys each outcome by its flow', async () => {
    const { runner, calls, outcomes } = setup();
    runner.schedule({
      scenario: emptyScenario(),
      flows: [
        { key: 'a', flow },
        { key: '@draft', flow },
      ],
    });
    await vi.advanceTimersByTimeAsync(150);
    calls[0]?.resolve([error('a'), error('draft')]);
    await vi.runAllTimersAsync();
    expect(outcomes).toEqual([{ a: error('a'), '@draft': error('draft') }]);
  });
});
