import type { PaletteKind } from '../layout/types.ts';
import type { LookKind } from './awsLooks.ts';

/** The drag payload's type: only palette drags are accepted by the canvas. */
export const PALETTE_MIME = 'application/x-vpc-flow-lab-resource';

/** The palette's sections, in order. */
export const PALETTE_GROUPS = ['Network', 'Compute and data', 'Connectivity'] as const;

export interface PaletteItem {
  readonly kind: PaletteKind;
  readonly group: (typeof PALETTE_GROUPS)[number];
  readonly label: string;
  /** Where a drop puts it, and what the button adds it to. */
  readonly hint: string;
  /** The button's accessible name: what a click (or Enter) does. */
  readonly action: string;
  /** Its tile, the one its node shows (awsLooks.ts). */
  readonly look: LookKind;
  /** A round tile, as the node draws it (a gateway on a VPC's edge, a host on the internet). */
  readonly round?: boolean;
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  {
    kind: 'vpc',
    group: 'Network',
    label: 'VPC',
    hint: 'Anywhere; gets the next free 10.N.0.0/16',
    action: 'Add a VPC',
    look: 'vpc',
  },
  {
    kind: 'subnet',
    group: 'Network',
    label: 'Subnet',
    hint: 'Into a VPC; gets its next free /24',
    action: 'Add a subnet to the selected VPC',
    look: 'subnet',
  },
  {
    kind: 'internetHost',
    group: 'Network',
    label: 'Internet',
    hint: 'A host outside every VPC',
    action: 'Add an internet host',
    look: 'internetHost',
    round: true,
  },
  {
    kind: 'instance',
    group: 'Compute and data',
    label: 'Instance',
    hint: 'Into a subnet; gets its next free address',
    action: 'Add an instance to the selected subnet',
    look: 'instance',
  },
  {
    kind: 'rds',
    group: 'Compute and data',
    label: 'RDS database',
    hint: 'Into a subnet: its network interface',
    action: 'Add an RDS database to the selected subnet',
    look: 'rds',
  },
  {
    kind: 'lambda',
    group: 'Compute and data',
    label: 'Lambda function',
    hint: 'Into a subnet: its VPC interface',
    action: 'Add a Lambda function to the selected subnet',
    look: 'lambda',
  },
  {
    kind: 'loadBalancer',
    group: 'Compute and data',
    label: 'Load balancer',
    hint: 'Into a subnet: a node’s interface',
    action: 'Add a load balancer to the selected subnet',
    look: 'loadBalancer',
  },
  {
    kind: 'networkInterface',
    group: 'Compute and data',
    label: 'Network interface',
    hint: 'Into a subnet; on an instance, attaches',
    action: 'Add a network interface to the selected subnet or instance',
    look: 'networkInterface',
  },
  {
    kind: 'internetGateway',
    group: 'Connectivity',
    label: 'Internet gateway',
    hint: 'On a VPC; attaches to it',
    action: 'Add an internet gateway to the selected VPC',
    look: 'internetGateway',
    round: true,
  },
  {
    kind: 'egressOnlyInternetGateway',
    group: 'Connectivity',
    label: 'Egress-only gateway',
    hint: 'On a VPC; IPv6 out, replies in',
    action: 'Add an egress-only internet gateway to the selected VPC',
    look: 'egressOnlyGateway',
    round: true,
  },
  {
    kind: 'natGateway',
    group: 'Connectivity',
    label: 'NAT gateway',
    hint: 'Into a public subnet',
    action: 'Add a NAT gateway to the selected subnet',
    look: 'natGateway',
  },
  {
    kind: 'transitGateway',
    group: 'Connectivity',
    label: 'Transit gateway',
    hint: 'Outside; on a VPC, attaches it',
    action: 'Add a transit gateway (attached to the selected VPC)',
    look: 'transitGateway',
  },
  {
    kind: 'gatewayEndpoint',
    group: 'Connectivity',
    label: 'Gateway endpoint',
    hint: 'On a VPC: S3 for its route table',
    action: 'Add an S3 gateway endpoint to the selected VPC',
    look: 'gatewayEndpoint',
  },
  {
    kind: 'interfaceEndpoint',
    group: 'Connectivity',
    label: 'Interface endpoint',
    hint: 'Into a subnet: an interface to a service',
    action: 'Add an interface endpoint to the selected subnet',
    look: 'interfaceEndpoint',
  },
];

const KINDS = new Set<string>(PALETTE_ITEMS.map((i) => i.kind));

export function isPaletteKind(text: string): text is PaletteKind {
  return KINDS.has(text);
}
