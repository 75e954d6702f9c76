import type { NetworkInterface, Scenario, VpcEndpoint } from '../model/types.ts';

/**
 * Which resources of version 2 the canvas draws as nodes of their own. The interfaces of NAT
 * gateways and transit gateway attachments are AWS's plumbing for resources already drawn (the
 * NAT gateway node, the attachment's edge), so they are left out; every other interface is a
 * node in its subnet. A gateway endpoint sits on its VPC's edge; an interface endpoint is drawn
 * as its interfaces.
 */
export function isDrawnInterface(eni: NetworkInterface): boolean {
  return eni.kind !== 'nat-gateway' && eni.kind !== 'transit-gateway-attachment';
}

export function drawnInterfaces(scenario: Scenario): NetworkInterface[] {
  return scenario.networkInterfaces.filter(isDrawnInterface);
}

export function isDrawnEndpoint(endpoint: VpcEndpoint): boolean {
  return endpoint.type === 'gateway';
}

export function drawnEndpoints(scenario: Scenario): VpcEndpoint[] {
  return scenario.vpcEndpoints.filter(isDrawnEndpoint);
}
