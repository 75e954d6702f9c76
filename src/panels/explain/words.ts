import type { Direction, Hop, Layer, Trace } from '../../engine/types.ts';
import type { Scenario } from '../../model/types.ts';

/**
 * The explanation's words. Everything here reads the engine's trace and names what it names; the
 * verdicts and the sentences themselves are the engine's.
 */

export const LAYER_WORDS: Readonly<Record<Layer, string>> = {
  'security-group-egress': 'Security group, outbound',
  'nacl-egress': 'Network ACL, outbound',
  route: 'Route table',
  'nacl-ingress': 'Network ACL, inbound',
  'security-group-ingress': 'Security group, inbound',
  'internet-gateway': 'Internet gateway',
  'nat-gateway': 'NAT gateway',
  peering: 'Peering connection',
  'transit-gateway': 'Transit gateway',
  'vpc-endpoint': 'VPC endpoint',
  'egress-only-internet-gateway': 'Egress-only internet gateway',
};

export const DIRECTION_WORDS: Readonly<Record<Direction, string>> = {
  request: 'Request',
  response: 'Response',
};

/** A hop's verdict as an icon and a word (shape and text as well as colour). */
export function hopVerdict(hop: Hop): { icon: '✓' | '✗' | '–' | '?'; word: string } {
  if (hop.unknown) return { icon: '?', word: 'cannot tell' };
  switch (hop.verdict) {
    case 'allow':
      return { icon: '✓', word: 'allowed' };
    case 'deny':
      return { icon: '✗', word: 'denied' };
    case 'skip':
      return { icon: '–', word: 'skipped' };
    case 'unknown':
      return { icon: '?', word: 'cannot tell' };
  }
}

export type Named = { readonly id: string; readonly name?: string };

/** Every list of the scenario whose members a trace may name. */
export function namedLists(scenario: Scenario): readonly (readonly Named[])[] {
  return [
    scenario.instances,
    scenario.securityGroups,
    scenario.networkAcls,
    scenario.routeTables,
    scenario.internetGateways,
    scenario.natGateways,
    scenario.peeringConnections,
    scenario.vpcs,
    scenario.subnets,
    scenario.internetHosts,
    scenario.networkInterfaces,
    scenario.prefixLists,
    scenario.vpcEndpoints,
    scenario.egressOnlyInternetGateways,
    scenario.transitGateways,
    scenario.transitGatewayAttachments,
    scenario.transitGatewayRouteTables,
  ];
}

function find(scenario: Scenario, id: string): Named | undefined {
  for (const list of namedLists(scenario)) {
    const found = list.find((r) => r.id === id);
    if (found) return found;
  }
  return undefined;
}

/** A resource's name, else its ID. */
export function resourceName(scenario: Scenario, id: string): string {
  const name = find(scenario, id)?.name?.trim();
  return name ? name : id;
}

/** `name (id)`, or the ID alone when the resource has no name of its own. */
export function resourceLabel(scenario: Scenario, id: string): string {
  const name = resourceName(scenario, id);
  return name === id ? id : `${name} (${id})`;
}

const inOut = (layer: Layer) => (layer.endsWith('ingress') ? 'inbound' : 'outbound');

/** Where a hop sits, as the headline says it: "db-1's security group (inbound)". */
export function hopPlace(scenario: Scenario, hop: Pick<Hop, 'layer' | 'resourceId'>): string {
  const name = resourceName(scenario, hop.resourceId);
  switch (hop.layer) {
    case 'security-group-ingress':
    case 'security-group-egress': {
      const groups = scenario.instances.find((i) => i.id === hop.resourceId)?.securityGroupIds;
      const noun = groups && groups.length > 1 ? 'security groups' : 'security group';
      return `${name}'s ${noun} (${inOut(hop.layer)})`;
    }
    case 'nacl-ingress':
    case 'nacl-egress':
      return `the ${name === hop.resourceId ? hop.resourceId : `"${name}"`} network ACL (${inOut(hop.layer)})`;
    case 'route':
      return `the ${name === hop.resourceId ? hop.resourceId : `"${name}"`} route table`;
    case 'internet-gateway':
      return hop.resourceId.startsWith('igw-')
        ? `the internet gateway ${name}`
        : `the internet gateway (for ${name})`;
    case 'nat-gateway':
      return `the NAT gateway ${name}`;
    case 'peering':
      return `the peering connection ${name}`;
    case 'transit-gateway':
      return `the transit gateway (${name})`;
    case 'vpc-endpoint':
      return `the VPC endpoint ${name}`;
    case 'egress-only-internet-gateway':
      return hop.resourceId.startsWith('eigw-')
        ? `the egress-only internet gateway ${name}`
        : `the egress-only internet gateway (for ${name})`;
  }
}

/** The hop that decided a blocked or unknown verdict: the first deny, else the first unknown. */
export function decidingHop(trace: Trace): Hop | undefined {
  return trace.hops.find((h) => h.verdict === 'deny') ?? trace.hops.find((h) => h.unknown);
}

/**
 * The verdict in one line.
 *
 * @example
 * headline(scenario, trace); // "Blocked at db-1's security group (inbound), on the request"
 */
export function headline(scenario: Scenario, trace: Trace): string {
  if (trace.verdict === 'allowed') return 'Allowed';
  const hop = decidingHop(trace);
  const word = trace.verdict === 'blocked' ? 'Blocked' : 'Cannot tell';
  if (!hop) return word;
  return `${word} at ${hopPlace(scenario, hop)}, on the ${hop.direction}`;
}

/** Why, in one sentence: the deciding hop's own sentence, or what "allowed" means. */
export function whySentence(trace: Trace): string {
  if (trace.verdict === 'allowed') {
    return 'The request and its response pass every layer on the way there and back.';
  }
  return decidingHop(trace)?.reason ?? 'The engine gave no reason.';
}

/** What decided a hop, in a few words: "rule 100", "the final * rule", "route 0.0.0.0/0 → nat-…". */
export function ruleWords(scenario: Scenario, hop: Hop): string {
  const rule = hop.rule;
  if (rule === null) {
    if (hop.layer.startsWith('security-group') && hop.verdict === 'deny') {
      return 'no rule allowed it';
    }
    return '';
  }
  switch (rule.kind) {
    case 'security-group-rule':
      return `rule ${rule.index + 1} of ${resourceName(scenario, rule.groupId)}`;
    case 'security-group-stateful':
      return 'stateful: the response is allowed';
    case 'nacl-entry':
      return rule.ruleNumber >= 32767 ? 'the final * rule' : `rule ${rule.ruleNumber}`;
    case 'route':
      return `route ${rule.route.destination} → ${rule.route.target}${rule.implicit ? ' (implicit)' : ''}`;
    case 'transit-gateway-route':
      return `route ${rule.route.destination} → ${rule.route.attachmentId ?? 'blackhole'}`;
  }
}
