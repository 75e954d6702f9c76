import { describe, expect, it } from 'vitest';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../scenarios/threeTier.ts';
import { draftToFlow, EMPTY_DRAFT, endpointOf, flowToDraft } from './simDraft.ts';

describe('the tester’s draft', () => {
  it('is no flow until both ends are set', () => {
    expect(draftToFlow(EMPTY_DRAFT)).toBeNull();
    expect(draftToFlow({ ...EMPTY_DRAFT, source: { instanceId: ID.web1 } })).toBeNull();
  });

  it('becomes a flow, named by the fallback when its name is empty', () => {
    const draft = {
      ...EMPTY_DRAFT,
      source: { instanceId: ID.web1 },
      destination: { address: '203.0.113.9' },
      sourcePort: 1024,
    };
    expect(draftToFlow(draft, 'web-1 → internet HTTPS')).toEqual({
      name: 'web-1 → internet HTTPS',
      source: { instanceId: ID.web1 },
      destination: { address: '203.0.113.9' },
      protocol: 'tcp',
      port: 443,
      sourcePort: 1024,
    });
  });

  it('keeps only the fields its protocol uses', () => {
    const draft = {
      ...EMPTY_DRAFT,
      source: { instanceId: ID.web1 },
      destination: { instanceId: ID.app1 },
      protocol: 'icmp' as const,
      icmpType: 8,
      icmpCode: 0,
      sourcePort: 40000,
    };
    const flow = draftToFlow(draft);
    expect(flow).toMatchObject({ protocol: 'icmp', icmpType: 8, icmpCode: 0 });
    expect(flow && 'port' in flow).toBe(false);
    expect(flow && 'sourcePort' in flow).toBe(false);
  });

  it('keeps "from anywhere" for a source on the internet only', () => {
    const base = { ...EMPTY_DRAFT, destination: { instanceId: 'i-1' }, anywhere: true };
    expect(draftToFlow({ ...base, source: { address: '203.0.113.50' } })?.anywhere).toBe(true);
    expect(draftToFlow({ ...base, source: { instanceId: 'i-2' } })).not.toHaveProperty('anywhere');
  });

  it('round-trips a saved flow', () => {
    const saved = threeTierScenario.flows[3];
    if (!saved) throw new Error('three-tier has saved flows');
    const draft = flowToDraft(saved);
    expect(draft.editingId).toBe(saved.id);
    expect({ ...draftToFlow(draft), id: saved.id }).toEqual(saved);
  });

  it('takes instances and hosts as ends, nothing else', () => {
    const scenario = {
      ...threeTierScenario,
      internetHosts: [{ id: 'host-0abc', name: 'laptop', address: '198.51.100.7' }],
    };
    expect(endpointOf(scenario, ID.db1)).toEqual({ instanceId: ID.db1 });
    expect(endpointOf(scenario, 'host-0abc')).toEqual({ address: '198.51.100.7' });
    expect(endpointOf(scenario, ID.privateDb)).toBeNull();
  });
});
