import type { Hop, Layer } from '../../engine/types.ts';
import type { Scenario } from '../../model/types.ts';

/**
 * The words the canvas shows and says for a hop: a short badge label ("NACL in · rule 100") and
 * the sentence read to screen readers ("Request, NACL in at private-db: allowed by rule 100.").
 * Every word comes from the trace; nothing here decides a verdict.
 */

/** A hop's verdict as the canvas marks it; `unknown` when the engine could not tell. */
export type Mark = 'allow' | 'deny' | 'skip' | 'unknown';

export const markOf = (hop: Hop): Mark => (hop.unknown ? 'unknown' : hop.verdict);

/** Resource names by ID, to say "private-db" rather than "subnet-0a1b…". */
export type Names = ReadonlyMap<string, string>;

export function namesOf(scenario: Scenario): Names {
  const names = new Map<string, string>();
  const add = (items: readonly { id: string; name: string }[]) => {
    for (const item of items) if (item.name) names.set(item.id, item.name);
  };
  add(scenario.vpcs);
  add(scenario.subnets);
  add(scenario.instances);
  add(scenario.securityGroups);
  add(scenario.networkAcls);
  add(scenario.routeTables);
  add(scenario.internetGateways);
  add(scenario.natGateways);
  add(scenario.peeringConnections);
  add(scenario.internetHosts);
  add(scenario.networkInterfaces);
  add(scenario.vpcEndpoints);
  add(scenario.egressOnlyInternetGateways);
  add(scenario.transitGateways);
  add(scenario.transitGatewayAttachments);
  // A transit gateway's route table by its gateway's name too: "tgw-1 / default".
  const hubs = new Map(scenario.transitGateways.map((t) => [t.id, t.name || t.id]));
  for (const t of scenario.transitGatewayRouteTables) {
    names.set(t.id, `${hubs.get(t.transitGatewayId) ?? t.transitGatewayId} / ${t.name || t.id}`);
  }
  return names;
}

const LAYER: Readonly<Record<Layer, string>> = {
  'security-group-egress': 'SG out',
  'security-group-ingress': 'SG in',
  'nacl-egress': 'NACL out',
  'nacl-ingress': 'NACL in',
  route: 'Route',
  'nat-gateway': 'NAT gateway',
  'internet-gateway': 'Internet gateway',
  peering: 'Peering',
  'transit-gateway': 'Transit gateway',
  'vpc-endpoint': 'VPC endpoint',
  'egress-only-internet-gateway': 'Egress-only gateway',
};

/** AWS lists the final `*` rule as 32767 (IPv4) and 32768 (IPv6). */
const ruleNumberText = (n: number) => (n >= 32767 ? '*' : String(n));

const nameOf = (names: Names, id: string | undefined) =>
  id === undefined ? undefined : (names.get(id) ?? id);

/** The layer's short name, e.g. "NACL in". */
export const layerName = (layer: Layer): string => LAYER[layer];

/** What decided, in a few words ("rule 100", "stateful", "no rule allows"); '' for gateways. */
function detail(hop: Hop, names: Names): string {
  const rule = hop.rule;
  if (hop.unknown) return 'cannot be told';
  switch (rule?.kind) {
    case 'nacl-entry':
      return `rule ${ruleNumberText(rule.ruleNumber)}`;
    case 'security-group-stateful':
      return 'stateful';
    case 'security-group-rule':
      return `rule of ${nameOf(names, rule.groupId)}`;
    case 'route': {
      const { destination, target, state } = rule.route;
      return state === 'blackhole'
        ? `${destination} blackhole`
        : `${destination} → ${target === 'local' ? 'local' : nameOf(names, target)}`;
    }
    case 'transit-gateway-route': {
      const { destination, attachmentId, state } = rule.route;
      return state === 'blackhole' || attachmentId === undefined
        ? `${destination} blackhole`
        : `${destination} → ${nameOf(names, attachmentId)}`;
    }
  }
  if (hop.verdict === 'skip') return 'not checked';
  if (hop.layer.startsWith('security-group') && hop.verdict === 'deny') return 'no rule allows';
  if (hop.layer === 'route' && hop.verdict === 'deny') return 'no route';
  return '';
}

/** The badge's label: layer and what decided, e.g. "NACL in · rule 100". */
export function hopLabel(hop: Hop, names: Names = new Map()): string {
  const more = detail(hop, names);
  return more ? `${LAYER[hop.layer]} · ${more}` : LAYER[hop.layer];
}

/**
 * The hop in one line for the playback bar, verdict aside (its mark says it), e.g.
 * "Request · NACL in at private-db · rule 100".
 */
export function hopHeadline(hop: Hop, names: Names): string {
  const more = detail(hop, names);
  const head = `${hop.direction === 'request' ? 'Request' : 'Response'} · ${LAYER[hop.layer]} at ${hopPlace(hop, names)}`;
  return more ? `${head} · ${more}` : head;
}

/** The badge's second line: the direction and where, e.g. "request · table of public-web". */
export function hopWhere(hop: Hop, names: Names): string {
  const place = hopPlace(hop, names);
  return `${hop.direction} · ${hop.layer === 'route' ? `table of ${place}` : place}`;
}

/** A verdict in one word, shown beside its mark. */
export const MARK_WORD: Readonly<Record<Mark, string>> = {
  allow: 'Allowed',
  deny: 'Blocked',
  skip: 'Not checked',
  unknown: 'Cannot tell',
};

/** Where the hop is, in the resource's name: the instance, the subnet, the gateway. */
export function hopPlace(hop: Hop, names: Names): string {
  switch (hop.layer) {
    case 'nacl-egress':
    case 'nacl-ingress':
    case 'route':
      return nameOf(names, hop.subnetId ?? hop.resourceId) ?? hop.resourceId;
    default:
      return nameOf(names, hop.resourceId) ?? hop.resourceId;
  }
}

/**
 * The sentence a screen reader reads for the hop the packet is at, e.g.
 * "Request, NACL in at private-db: allowed by rule 100."
 */
export function hopSentence(hop: Hop, names: Names): string {
  const head = `${hop.direction === 'request' ? 'Request' : 'Response'}, ${LAYER[hop.layer]} at ${hopPlace(hop, names)}`;
  const rule = hop.rule;
  if (hop.unknown) return `${head}: cannot be told. ${hop.reason}`;
  if (hop.verdict === 'skip') return `${head}: not checked. ${hop.reason}`;
  if (hop.verdict === 'deny') {
    const by = rule?.kind === 'nacl-entry' ? ` by rule ${ruleNumberText(rule.ruleNumber)}` : '';
    return `${head}: blocked${by}. ${hop.reason}`;
  }
  switch (rule?.kind) {
    case 'nacl-entry':
      return `${head}: allowed by rule ${ruleNumberText(rule.ruleNumber)}.`;
    case 'security-group-rule':
      return `${head}: allowed by a rule of ${nameOf(names, rule.groupId)}.`;
    case 'security-group-stateful':
      return `${head}: allowed, security groups are stateful.`;
    case 'route':
      return `${head}: allowed by route ${detail(hop, names)}.`;
    default:
      return `${head}: allowed.`;
  }
}
