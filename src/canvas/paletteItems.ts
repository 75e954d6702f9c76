import type { ComponentType, SVGProps } from 'react';
import type { PaletteKind } from '../layout/types.ts';
import {
  EgressOnlyGatewayIcon,
  GatewayEndpointIcon,
  GlobeIcon,
  InstanceIcon,
  InterfaceEndpointIcon,
  InternetGatewayIcon,
  LambdaIcon,
  LoadBalancerIcon,
  NatGatewayIcon,
  NetworkInterfaceIcon,
  RdsIcon,
  SubnetIcon,
  TransitGatewayIcon,
  VpcIcon,
} from './icons.tsx';

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
  readonly Icon: ComponentType<SVGProps<SVGSVGElement>>;
  readonly tone: string;
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  {
    kind: 'vpc',
    group: 'Network',
    label: 'VPC',
    hint: 'Anywhere; gets the next free 10.N.0.0/16',
    action: 'Add a VPC',
    Icon: VpcIcon,
    tone: 'bg-violet-600 text-white',
  },
  {
    kind: 'subnet',
    group: 'Network',
    label: 'Subnet',
    hint: 'Into a VPC; gets its next free /24',
    action: 'Add a subnet to the selected VPC',
    Icon: SubnetIcon,
    tone: 'bg-sky-600 text-white',
  },
  {
    kind: 'internetHost',
    group: 'Network',
    label: 'Internet',
    hint: 'A host outside every VPC',
    action: 'Add an internet host',
    Icon: GlobeIcon,
    tone: 'bg-slate-600 text-white',
  },
  {
    kind: 'instance',
    group: 'Compute and data',
    label: 'Instance',
    hint: 'Into a subnet; gets its next free address',
    action: 'Add an instance to the selected subnet',
    Icon: InstanceIcon,
    tone: 'bg-orange-500 text-white',
  },
  {
    kind: 'rds',
    group: 'Compute and data',
    label: 'RDS database',
    hint: 'Into a subnet: its network interface',
    action: 'Add an RDS database to the selected subnet',
    Icon: RdsIcon,
    tone: 'bg-blue-600 text-white',
  },
  {
    kind: 'lambda',
    group: 'Compute and data',
    label: 'Lambda function',
    hint: 'Into a subnet: its VPC interface',
    action: 'Add a Lambda function to the selected subnet',
    Icon: LambdaIcon,
    tone: 'bg-amber-600 text-white',
  },
  {
    kind: 'loadBalancer',
    group: 'Compute and data',
    label: 'Load balancer',
    hint: 'Into a subnet: a node’s interface',
    action: 'Add a load balancer to the selected subnet',
    Icon: LoadBalancerIcon,
    tone: 'bg-purple-600 text-white',
  },
  {
    kind: 'networkInterface',
    group: 'Compute and data',
    label: 'Network interface',
    hint: 'Into a subnet; on an instance, attaches',
    action: 'Add a network interface to the selected subnet or instance',
    Icon: NetworkInterfaceIcon,
    tone: 'bg-slate-600 text-white',
  },
  {
    kind: 'internetGateway',
    group: 'Connectivity',
    label: 'Internet gateway',
    hint: 'On a VPC; attaches to it',
    action: 'Add an internet gateway to the selected VPC',
    Icon: InternetGatewayIcon,
    tone: 'bg-violet-600 text-white',
  },
  {
    kind: 'egressOnlyInternetGateway',
    group: 'Connectivity',
    label: 'Egress-only gateway',
    hint: 'On a VPC; IPv6 out, replies in',
    action: 'Add an egress-only internet gateway to the selected VPC',
    Icon: EgressOnlyGatewayIcon,
    tone: 'bg-violet-600 text-white',
  },
  {
    kind: 'natGateway',
    group: 'Connectivity',
    label: 'NAT gateway',
    hint: 'Into a public subnet',
    action: 'Add a NAT gateway to the selected subnet',
    Icon: NatGatewayIcon,
    tone: 'bg-teal-600 text-white',
  },
  {
    kind: 'transitGateway',
    group: 'Connectivity',
    label: 'Transit gateway',
    hint: 'Outside; on a VPC, attaches it',
    action: 'Add a transit gateway (attached to the selected VPC)',
    Icon: TransitGatewayIcon,
    tone: 'bg-purple-600 text-white',
  },
  {
    kind: 'gatewayEndpoint',
    group: 'Connectivity',
    label: 'Gateway endpoint',
    hint: 'On a VPC: S3 for its route table',
    action: 'Add an S3 gateway endpoint to the selected VPC',
    Icon: GatewayEndpointIcon,
    tone: 'bg-indigo-600 text-white',
  },
  {
    kind: 'interfaceEndpoint',
    group: 'Connectivity',
    label: 'Interface endpoint',
    hint: 'Into a subnet: an interface to a service',
    action: 'Add an interface endpoint to the selected subnet',
    Icon: InterfaceEndpointIcon,
    tone: 'bg-indigo-600 text-white',
  },
];

const KINDS = new Set<string>(PALETTE_ITEMS.map((i) => i.kind));

export function isPaletteKind(text: string): text is PaletteKind {
  return KINDS.has(text);
}
