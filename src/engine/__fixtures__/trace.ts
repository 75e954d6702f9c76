import type { Endpoint, FlowSpec } from '../../model/types.ts';
import type { Direction, Hop, Layer, Trace } from '../types.ts';

/** Flows and trace assertions for engine tests. */

/** `i-…` names an instance, `eni-…` an interface; anything else is an address. */
export function endpoint(e: string): Endpoint {
  if (e.startsWith('i-')) return { instanceId: e };
  if (e.startsWith('eni-')) return { interfaceId: e };
  return { address: e };
}

export function flow(
  from: string,
  to: string,
  protocol: FlowSpec['protocol'],
  opts: { port?: number; sourcePort?: number; icmpType?: number; icmpCode?: number } = {},
): FlowSpec {
  return { source: endpoint(from), destination: endpoint(to), protocol, ...opts };
}

export const tcpFlow = (from: string, to: string, port: number, sourcePort?: number): FlowSpec =>
  flow(from, to, 'tcp', { port, ...(sourcePort !== undefined ? { sourcePort } : {}) });

/** The path as `direction:layer` strings, for asserting hop order. */
export function steps(t: Trace): string[] {
  return t.hops.map((h) => `${h.direction}:${h.layer}`);
}

/** The `nth` hop (0-based) with this direction and layer; throws when there is none. */
export function hop(t: Trace, direction: Direction, layer: Layer, nth = 0): Hop {
  const found = t.hops.filter((h) => h.direction === direction && h.layer === layer)[nth];
  if (!found) throw new Error(`no hop #${nth} ${direction}:${layer} in ${steps(t).join(', ')}`);
  return found;
}

/** The verdicts along the path, as `direction:layer=verdict`. */
export function verdicts(t: Trace): string[] {
  return t.hops.map((h) => `${h.direction}:${h.layer}=${h.verdict}`);
}

export const REQUEST_LOCAL = [
  'request:security-group-egress',
  'request:nacl-egress',
  'request:route',
  'request:nacl-ingress',
  'request:security-group-ingress',
];
export const RESPONSE_LOCAL = [
  'response:security-group-egress',
  'response:nacl-egress',
  'response:route',
  'response:nacl-ingress',
  'response:security-group-ingress',
];
