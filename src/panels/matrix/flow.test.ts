import { describe, expect, it } from 'vitest';
import { cellFlow } from './flow.ts';

describe('the flow of a cell', () => {
  it('names both endpoints as the matrix did, the protocol and the port', () => {
    expect(
      cellFlow(
        { instanceId: 'i-1' },
        { interfaceId: 'eni-2' },
        { protocol: 'tcp', port: 5432, name: 'PostgreSQL' },
      ),
    ).toEqual({
      source: { instanceId: 'i-1' },
      destination: { interfaceId: 'eni-2' },
      protocol: 'tcp',
      port: 5432,
    });
  });

  it('uses the address of the internet piece the matrix evaluated, and no port for ICMP', () => {
    expect(
      cellFlow({ address: '203.0.113.50' }, { instanceId: 'i-1' }, { protocol: 'icmp' }),
    ).toEqual({
      source: { address: '203.0.113.50' },
      destination: { instanceId: 'i-1' },
      protocol: 'icmp',
    });
  });
});
