import type { ComponentType, SVGProps } from 'react';
import type { PaletteKind } from '../layout/types.ts';
import {
  GlobeIcon,
  InstanceIcon,
  InternetGatewayIcon,
  NatGatewayIcon,
  SubnetIcon,
  VpcIcon,
} from './icons.tsx';

/** The drag payload's type: only palette drags are accepted by the canvas. */
export const PALETTE_MIME = 'application/x-vpc-flow-lab-resource';

export interface PaletteItem {
  readonly kind: PaletteKind;
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
    label: 'VPC',
    hint: 'Anywhere; gets the next free 10.N.0.0/16',
    action: 'Add a VPC',
    Icon: VpcIcon,
    tone: 'bg-violet-600 text-white',
  },
  {
    kind: 'subnet',
    label: 'Subnet',
    hint: 'Into a VPC; gets its next free /24',
    action: 'Add a subnet to the selected VPC',
    Icon: SubnetIcon,
    tone: 'bg-sky-600 text-white',
  },
  {
    kind: 'instance',
    label: 'Instance',
    hint: 'Into a subnet; gets its next free address',
    action: 'Add an instance to the selected subnet',
    Icon: InstanceIcon,
    tone: 'bg-orange-500 text-white',
  },
  {
    kind: 'internetGateway',
    label: 'Internet gateway',
    hint: 'On a VPC; attaches to it',
    action: 'Add an internet gateway to the selected VPC',
    Icon: InternetGatewayIcon,
    tone: 'bg-violet-600 text-white',
  },
  {
    kind: 'natGateway',
    label: 'NAT gateway',
    hint: 'Into a public subnet',
    action: 'Add a NAT gateway to the selected subnet',
    Icon: NatGatewayIcon,
    tone: 'bg-teal-600 text-white',
  },
  {
    kind: 'internetHost',
    label: 'Internet',
    hint: 'A host outside every VPC',
    action: 'Add an internet host',
    Icon: GlobeIcon,
    tone: 'bg-slate-600 text-white',
  },
];

const KINDS = new Set<string>(PALETTE_ITEMS.map((i) => i.kind));

export function isPaletteKind(text: string): text is PaletteKind {
  return KINDS.has(text);
}
