import { describe, expect, it } from 'vitest';
import type { Hop } from '../../engine/types.ts';
import { NOTES, notesFor } from './teaching.ts';

const hop = (over: Partial<Hop>): Hop => ({
  direction: 'request',
  layer: 'route',
  resourceId: 'rtb-1',
  verdict: 'allow',
  rule: null,
  reason: '',
  packet: { source: '10.0.1.10', destination: '10.0.2.10', protocol: 6, destinationPort: 443 },
  ...over,
});

describe('teaching notes', () => {
  it('each cites an AWS documentation page', () => {
    for (const note of Object.values(NOTES)) {
      expect(note.source, note.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(note.body.length, note.id).toBeGreaterThan(0);
    }
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html
  it('link a route hop to longest prefix match', () => {
    expect(notesFor(hop({})).map((n) => n.id)).toEqual(['longest-prefix']);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/custom-network-acl.html#nacl-ephemeral-ports
  it('link a network ACL response to ephemeral ports', () => {
    const ids = notesFor(hop({ layer: 'nacl-ingress', direction: 'response' })).map((n) => n.id);
    expect(ids).toEqual(['stateless', 'ephemeral']);
    expect(notesFor(hop({ layer: 'nacl-egress' })).map((n) => n.id)).toEqual(['stateless']);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
  it('link a group that denied a public source to group references', () => {
    const denied = (source: string) =>
      notesFor(
        hop({
          layer: 'security-group-ingress',
          verdict: 'deny',
          packet: { source, destination: '10.0.1.10', protocol: 6, destinationPort: 22 },
        }),
      ).map((n) => n.id);
    expect(denied('203.0.113.50')).toEqual(['stateful', 'group-reference']);
    expect(denied('10.0.2.10')).toEqual(['stateful']);
    expect(denied('172.20.0.1')).toEqual(['stateful']);
  });
});
