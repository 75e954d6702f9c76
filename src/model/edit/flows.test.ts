import { describe, expect, it } from 'vitest';
import { frozenScenario, newErrors } from './fixtures.ts';
import { addFlow, removeFlow, updateFlow } from './flows.ts';
import { unwrap } from './result.ts';

describe('saved flows', () => {
  it('adds a flow with a new ID', () => {
    const s = frozenScenario();
    const { scenario, flow } = unwrap(
      addFlow(s, {
        name: 'internet to web',
        source: { address: '198.51.100.9' },
        destination: { instanceId: 'i-web' },
        protocol: 'tcp',
        port: 443,
        expected: 'allowed',
      }),
    );
    expect(flow.id).toMatch(/^flow-[0-9a-f]{17}$/);
    expect(scenario.flows).toEqual([...s.flows, flow]);
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('refuses an instance that does not exist, a bad address or port, and a used ID', () => {
    const s = frozenScenario();
    const base = {
      name: 'x',
      source: { instanceId: 'i-web' },
      destination: { instanceId: 'i-db' },
      protocol: 'tcp' as const,
    };
    expect(addFlow(s, { ...base, source: { instanceId: 'i-zz' } })).toEqual({
      ok: false,
      error: 'Instance i-zz does not exist.',
    });
    expect(addFlow(s, { ...base, destination: { address: '10.0.0.999' } })).toEqual({
      ok: false,
      error: '10.0.0.999 is not a valid IPv4 or IPv6 address.',
    });
    expect(addFlow(s, { ...base, port: 0 })).toEqual({
      ok: false,
      error: 'Port 0 is outside 1–65535.',
    });
    expect(addFlow(s, { ...base, id: 'flow-1' })).toEqual({
      ok: false,
      error: 'The ID flow-1 is already used.',
    });
  });

  it('updates fields, removing those set to undefined', () => {
    const s = unwrap(updateFlow(frozenScenario(), 'flow-1', { port: 443, expected: 'blocked' }));
    expect(s.flows[0]).toMatchObject({ port: 443, expected: 'blocked' });
    const cleared = unwrap(updateFlow(s, 'flow-1', { expected: undefined }));
    expect(Object.keys(cleared.flows[0] ?? {})).not.toContain('expected');
    expect(updateFlow(s, 'flow-1', { port: 70000 })).toEqual({
      ok: false,
      error: 'Port 70000 is outside 1–65535.',
    });
  });

  it('removes a flow, refusing one that does not exist', () => {
    const s = frozenScenario();
    expect(unwrap(removeFlow(s, 'flow-1')).flows).toEqual([]);
    expect(removeFlow(s, 'flow-9')).toEqual({ ok: false, error: 'Flow flow-9 does not exist.' });
  });
});
