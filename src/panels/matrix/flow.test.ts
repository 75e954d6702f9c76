import { describe, expect, it } from 'vitest';
import { INTERNET } from './endpoints.ts';
import { cellFlow } from './flow.ts';

describe('the flow of a cell', () => {
  it('names both instances, the protocol and the port', () => {
    expect(
      cellFlow('i-1', 'i-2', { protocol: 'tcp', port: 5432, name: 'PostgreSQL' }, 'x'),
    ).toEqual({
      source: { instanceId: 'i-1' },
      destination: { instanceId: 'i-2' },
      protocol: 'tcp',
      port: 5432,
    });
  });

  it('uses the internet address the matrix was computed with, and no port for ICMP', () => {
    expect(cellFlow(INTERNET, 'i-1', { protocol: 'icmp' }, '198.51.100.1')).toEqual({
      source: { address: '198.51.100.1' },
      destination: { instanceId: 'i-1' },
      protocol: 'icmp',
    });
  });
});
