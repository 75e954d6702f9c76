import type { Hop, Layer } from '../../engine/types.ts';

/**
 * Short "why" cards, written here so they read offline, each citing the AWS documentation page
 * that says the same at length. A hop links to the notes of its kind (`notesFor`).
 */
export interface TeachingNote {
  readonly id: string;
  readonly title: string;
  readonly body: readonly string[];
  /** The AWS documentation page this note summarises. */
  readonly source: string;
}

const VPC_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/userguide';

export const NOTES = {
  stateful: {
    id: 'stateful',
    title: 'Security groups are stateful',
    body: [
      'A security group remembers each connection it let through: the response goes back whatever the rules in the other direction say.',
      'Groups have allow rules only. A packet passes when any rule of any group on the interface allows it, and is dropped when none does.',
    ],
    source: `${VPC_GUIDE}/vpc-security-groups.html`,
  },
  stateless: {
    id: 'stateless',
    title: 'Network ACLs are stateless, and read in order',
    body: [
      'A network ACL checks every packet on its own, at the subnet’s edge, in each direction: the response needs a rule of its own.',
      'Rules are read from the lowest number up; the first that matches decides, allow or deny. When none matches, the final * rule denies.',
    ],
    source: `${VPC_GUIDE}/nacl-rules.html`,
  },
  ephemeral: {
    id: 'ephemeral',
    title: 'Ephemeral ports',
    body: [
      'A client opens a connection from a short-lived port of its own (Linux picks 32768–60999, Windows 49152–65535, a NAT gateway 1024–65535). The response is sent back to that port.',
      'So a network ACL on the client’s side must allow the response inbound on that range, and one on the server’s side must allow it outbound. Security groups need nothing: they are stateful.',
    ],
    source: `${VPC_GUIDE}/custom-network-acl.html#nacl-ephemeral-ports`,
  },
  'longest-prefix': {
    id: 'longest-prefix',
    title: 'The most specific route wins',
    body: [
      'A route table picks, for each packet, the route whose destination matches its address with the longest prefix: 10.0.1.0/24 wins over 10.0.0.0/16, which wins over 0.0.0.0/0.',
      'The local route (the VPC’s own block) is always there. A packet no route covers is dropped.',
    ],
    source: `${VPC_GUIDE}/route-tables-priority.html`,
  },
  'group-reference': {
    id: 'group-reference',
    title: 'A group reference matches private addresses only',
    body: [
      'A rule whose source is a security group allows traffic from the interfaces in that group, by their private addresses, inside the VPC (or a peered VPC).',
      'Traffic that comes through the internet gateway arrives from a public address, so it never matches a group reference: allow its public address or CIDR block instead.',
    ],
    source: `${VPC_GUIDE}/security-group-rules.html`,
  },
  'internet-gateway': {
    id: 'internet-gateway',
    title: 'What an internet gateway needs',
    body: [
      'An instance reaches the internet through an internet gateway when its subnet’s route table sends the address there and the instance has a public IPv4 address (or an IPv6 address).',
      'The gateway translates between the private and the public address; it does not filter.',
    ],
    source: `${VPC_GUIDE}/VPC_Internet_Gateway.html`,
  },
  'nat-gateway': {
    id: 'nat-gateway',
    title: 'A NAT gateway lets private instances out, never in',
    body: [
      'A NAT gateway in a public subnet replaces a private instance’s address with its own and forwards the request. Replies to connections it opened come back; nothing from the internet can open a connection through it.',
    ],
    source: `${VPC_GUIDE}/vpc-nat-gateway.html`,
  },
  peering: {
    id: 'peering',
    title: 'Peering is not transitive',
    body: [
      'A peering connection joins exactly two VPCs. Both sides need a route to the other’s block through it, and traffic never passes on to a third VPC, an internet gateway or a NAT gateway of the peer.',
    ],
    source: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html',
  },
  'transit-gateway': {
    id: 'transit-gateway',
    title: 'How a transit gateway routes',
    body: [
      'A transit gateway is a regional router. The attachment a packet arrives on is associated with one transit gateway route table, and that table decides which attachment it leaves by.',
      'The VPCs’ own route tables must send the traffic to the transit gateway, both ways.',
    ],
    source: 'https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html',
  },
  'vpc-endpoint': {
    id: 'vpc-endpoint',
    title: 'Gateway endpoints',
    body: [
      'A gateway endpoint reaches Amazon S3 or DynamoDB without the internet: the route tables it is associated with get a route to the service’s prefix list.',
    ],
    source: 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html',
  },
  'egress-only': {
    id: 'egress-only',
    title: 'Egress-only internet gateways',
    body: [
      'For IPv6 only: instances open connections to the internet and get the replies, but the internet cannot open a connection to them.',
    ],
    source: `${VPC_GUIDE}/egress-only-internet-gateway.html`,
  },
} as const satisfies Record<string, TeachingNote>;

export type NoteId = keyof typeof NOTES;

const BY_LAYER: Readonly<Record<Layer, readonly NoteId[]>> = {
  'security-group-egress': ['stateful'],
  'security-group-ingress': ['stateful'],
  'nacl-egress': ['stateless'],
  'nacl-ingress': ['stateless'],
  route: ['longest-prefix'],
  'internet-gateway': ['internet-gateway'],
  'nat-gateway': ['nat-gateway'],
  peering: ['peering'],
  'transit-gateway': ['transit-gateway'],
  'vpc-endpoint': ['vpc-endpoint'],
  'egress-only-internet-gateway': ['egress-only'],
};

/** True for an IPv4 address outside 10/8, 172.16/12 and 192.168/16 (an address of the internet). */
function isPublicIpv4(address: string): boolean {
  const m = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(address);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return !(a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168));
}

/**
 * The notes a hop links to: its kind's, plus ephemeral ports on a network ACL's response (or a
 * denied one, the usual surprise), plus group references on a group that denied a public source.
 */
export function notesFor(hop: Hop): readonly TeachingNote[] {
  const ids: NoteId[] = [...BY_LAYER[hop.layer]];
  const nacl = hop.layer === 'nacl-ingress' || hop.layer === 'nacl-egress';
  if (nacl && (hop.direction === 'response' || hop.verdict === 'deny')) ids.push('ephemeral');
  if (
    hop.layer === 'security-group-ingress' &&
    hop.verdict === 'deny' &&
    isPublicIpv4(hop.packet.source)
  ) {
    ids.push('group-reference');
  }
  return ids.map((id) => NOTES[id]);
}
