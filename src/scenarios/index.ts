import type { Layout, Scenario } from '../model/types.ts';
import { bastionLayout, bastionScenario } from './bastion.ts';
import { dbByGroupLayout, dbByGroupScenario } from './challenges/dbByGroup.ts';
import { ephemeralTrapLayout, ephemeralTrapScenario } from './challenges/ephemeralTrap.ts';
import { natRouteLayout, natRouteScenario } from './challenges/natRoute.ts';
import { openHttpsLayout, openHttpsScenario } from './challenges/openHttps.ts';
import { peeringBothWaysLayout, peeringBothWaysScenario } from './challenges/peeringBothWays.ts';
import { transitDatabaseLayout, transitDatabaseScenario } from './challenges/transitDatabase.ts';
import { defaultVpcLayout, defaultVpcScenario } from './defaultVpc.ts';
import { hubAndSpokeLayout, hubAndSpokeScenario } from './hubAndSpoke.ts';
import { ipv6Layout, ipv6Scenario } from './ipv6.ts';
import { naclEphemeralLayout, naclEphemeralScenario } from './naclEphemeral.ts';
import { naclOrderLayout, naclOrderScenario } from './naclOrder.ts';
import { natGatewayLayout, natGatewayScenario } from './natGateway.ts';
import { peeringLayout, peeringScenario } from './peering.ts';
import { publicWebLayout, publicWebScenario } from './publicWeb.ts';
import { s3EndpointLayout, s3EndpointScenario } from './s3Endpoint.ts';
import { threeTierLayout, threeTierScenario } from './threeTier.ts';

/** A scenario that ships with the app, for teaching or as a starting point. */
export interface BuiltInScenario {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** What a student takes away from it, in a sentence or two. */
  readonly teaches: string;
  readonly scenario: Scenario;
  readonly layout: Layout;
}

/** A challenge: starts broken on purpose; its goals say when it is solved. */
export interface BuiltInChallenge extends BuiltInScenario {
  /** 1 (a single rule) to 5 (several layers at once). */
  readonly level: number;
}

/**
 * The gallery's scenarios. Every saved flow states its expected outcome, and the engine must agree
 * (src/engine/builtins.test.ts); each one validates without errors.
 */
export const builtInScenarios: readonly BuiltInScenario[] = [
  {
    id: 'default-vpc',
    title: 'The default VPC',
    summary:
      'What AWS creates in every region: a public subnet per Availability Zone, an internet gateway, the default group, ACL and main route table.',
    teaches:
      'The default security group admits only its own members; the default network ACL allows everything; the main route table decides for subnets without their own.',
    scenario: defaultVpcScenario,
    layout: defaultVpcLayout,
  },
  {
    id: 'public-web',
    title: 'A public web server',
    summary:
      'One web server on the internet: HTTP and HTTPS from anywhere, SSH only from the administrators’ range.',
    teaches:
      'Reaching an instance from the internet takes three things: an internet gateway, a route to it, and a public address. Then the security group decides, rule by rule.',
    scenario: publicWebScenario,
    layout: publicWebLayout,
  },
  {
    id: 'three-tier',
    title: 'Three-tier web application',
    summary:
      'Web, app and database tiers in one VPC: an internet gateway for the web tier, a NAT gateway for the private tiers, and groups and ACLs that admit only the tier in front.',
    teaches:
      'Security groups can name other groups: the database admits the app group, not an address range, so each tier is reachable only from the tier in front of it.',
    scenario: threeTierScenario,
    layout: threeTierLayout,
  },
  {
    id: 'bastion',
    title: 'A bastion host',
    summary: 'Administrators reach private instances only through a bastion in a public subnet.',
    teaches:
      'A group reference matches the interfaces that carry the group, wherever they are; sitting in the same subnet is not enough.',
    scenario: bastionScenario,
    layout: bastionLayout,
  },
  {
    id: 'nat-gateway',
    title: 'A private subnet behind a NAT gateway',
    summary:
      'A worker without a public address reaches the internet through a NAT gateway in a public subnet.',
    teaches:
      'A NAT gateway lets private instances start connections out (TCP, UDP, ICMP) and never lets the internet start one in.',
    scenario: natGatewayScenario,
    layout: natGatewayLayout,
  },
  {
    id: 'nacl-ephemeral',
    title: 'The NACL ephemeral-port trap',
    summary:
      'Two identical web servers; one subnet’s ACL allows only port 443 both ways, the other also the ephemeral ports.',
    teaches:
      'Network ACLs are stateless: the response goes back to the client’s ephemeral port (1024–65535), which the ACL must allow too.',
    scenario: naclEphemeralScenario,
    layout: naclEphemeralLayout,
  },
  {
    id: 'nacl-order',
    title: 'NACL rule order',
    summary:
      'The same deny and allow rules numbered two ways: deny before allow, and allow before deny.',
    teaches:
      'ACL rules run from the lowest number up and the first match decides: a deny after a broader allow never applies.',
    scenario: naclOrderScenario,
    layout: naclOrderLayout,
  },
  {
    id: 'peering-transitive',
    title: 'VPC peering is not transitive',
    summary:
      'Three VPCs in a chain, A–B and B–C peered: A reaches B, B reaches C, A cannot reach C.',
    teaches:
      'A peering connection carries traffic between its own two VPCs only, with routes on both sides; B never forwards A’s traffic to C.',
    scenario: peeringScenario,
    layout: peeringLayout,
  },
  {
    id: 'ipv6-dual-stack',
    title: 'An IPv6 dual-stack subnet',
    summary:
      'A subnet with IPv4 and IPv6 blocks, routes for 0.0.0.0/0 and ::/0, and groups with rules for each.',
    teaches:
      '0.0.0.0/0 matches IPv4 only: IPv6 needs its own ::/0 route and its own rules. An IPv6 address is public by itself.',
    scenario: ipv6Scenario,
    layout: ipv6Layout,
  },
  {
    id: 'transit-hub-and-spoke',
    title: 'Hub and spoke: a missing return route',
    summary:
      'A transit gateway joins a hub VPC and two spokes; one spoke’s route table never got its route back to the hub.',
    teaches:
      'A transit gateway routes between VPCs only when every hop is routed both ways: each VPC’s route table sends the other’s block to the transit gateway, and the transit gateway’s table knows the destination. A missing return route drops the response, so the connection never completes.',
    scenario: hubAndSpokeScenario,
    layout: hubAndSpokeLayout,
  },
  {
    id: 's3-gateway-endpoint',
    title: 'S3 through a gateway endpoint',
    summary:
      'Private subnets reach S3 without the internet; one subnet’s network ACL forgets that S3 answers from its own public blocks.',
    teaches:
      'A gateway endpoint is a route target: AWS routes the service’s prefix list to it in the tables it lists. Security groups may name the prefix list; network ACLs are stateless and take only CIDR blocks, so they must let the answers in on the ephemeral ports.',
    scenario: s3EndpointScenario,
    layout: s3EndpointLayout,
  },
];

/**
 * The built-in challenges, easiest first. They start broken, so their goals are checked after the
 * fix (src/engine/challenges.test.ts), not as they are.
 */
export const builtInChallenges: readonly BuiltInChallenge[] = [
  {
    id: 'challenge-open-https',
    level: 1,
    title: 'Open HTTPS',
    summary: 'The web server answers HTTP but not HTTPS.',
    teaches: 'One inbound rule, in the right group, without opening anything else.',
    scenario: openHttpsScenario,
    layout: openHttpsLayout,
  },
  {
    id: 'challenge-db-by-group',
    level: 2,
    title: 'The app tier reaches the database',
    summary: 'The database admits the web tier and refuses the app tier.',
    teaches: 'Replacing an address range by a group reference.',
    scenario: dbByGroupScenario,
    layout: dbByGroupLayout,
  },
  {
    id: 'challenge-ephemeral-trap',
    level: 3,
    title: 'The ephemeral-port trap',
    summary: 'Requests get in, responses never get out.',
    teaches: 'Stateless ACLs need rules for the responses, both ways.',
    scenario: ephemeralTrapScenario,
    layout: ephemeralTrapLayout,
  },
  {
    id: 'challenge-nat-route',
    level: 4,
    title: 'Out through a NAT gateway',
    summary: 'A private worker cannot reach the internet; two route tables are wrong.',
    teaches:
      'The path out of a private subnet: its route to the NAT gateway, and the NAT subnet’s route to the internet gateway.',
    scenario: natRouteScenario,
    layout: natRouteLayout,
  },
  {
    id: 'challenge-peering-both-ways',
    level: 5,
    title: 'Peering both ways',
    summary: 'Two VPCs peered on paper only: three layers to fix.',
    teaches:
      'A peering connection must be active, routed on both sides, and admitted by the groups.',
    scenario: peeringBothWaysScenario,
    layout: peeringBothWaysLayout,
  },
  {
    id: 'challenge-transit-database',
    level: 5,
    title: 'The database across the transit gateway',
    summary: 'An RDS database in another VPC, behind a transit gateway, never answers.',
    teaches:
      'A transit gateway route table learns a VPC’s block only from its attachment’s propagation (or a static route); each VPC needs its own route to the transit gateway, both ways; and the database’s group must admit the app subnet, not its own VPC.',
    scenario: transitDatabaseScenario,
    layout: transitDatabaseLayout,
  },
];

export { threeTierLayout, threeTierScenario } from './threeTier.ts';
