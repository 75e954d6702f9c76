import type { ReactNode } from 'react';
import { Icon as Base, type IconProps } from '../ui/Icon.tsx';

/**
 * Small line icons for the canvas, drawn in AWS's spirit on the one icon base (ui/Icon.tsx):
 * 16 pixels, a finer stroke; decorative unless given a `title`.
 */
function Icon({ children, ...props }: IconProps & { readonly children: ReactNode }) {
  return (
    <Base width={16} height={16} strokeWidth={1.8} {...props}>
      {children}
    </Base>
  );
}

/** A cloud with a padlock: the virtual private cloud. */
export function VpcIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M7 18h10.5a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.5 9.2 4.5 4.5 0 0 0 7 18Z" />
      <rect x="9.5" y="12" width="5" height="4" rx="0.6" />
      <path d="M10.5 12v-1a1.5 1.5 0 0 1 3 0v1" />
    </Icon>
  );
}

/** A dashed square: an address range carved out of the VPC. */
export function SubnetIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="4" y="4" width="16" height="16" rx="2" strokeDasharray="3 2.4" />
      <path d="M9 12h6M12 9v6" />
    </Icon>
  );
}

/** A chip with pins: an EC2 instance. */
export function InstanceIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="6" y="6" width="12" height="12" rx="1.5" />
      <rect x="9.5" y="9.5" width="5" height="5" rx="0.5" />
      <path d="M9 3v3M15 3v3M9 18v3M15 18v3M3 9h3M3 15h3M18 9h3M18 15h3" />
    </Icon>
  );
}

/** An arch with arrows in and out: the internet gateway. */
export function InternetGatewayIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M5 21V10a7 7 0 0 1 14 0v11" />
      <path d="M9 15h6M13 13l2 2-2 2" />
      <path d="M15 19H9M11 17l-2 2 2 2" />
    </Icon>
  );
}

/** Arrows funnelling out through one door: the NAT gateway. */
export function NatGatewayIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="3" y="5" width="18" height="14" rx="2.5" />
      <path d="M7 9l4 3-4 3M13 12h5M16 10l2 2-2 2" />
    </Icon>
  );
}

/** A globe: a host on the internet. */
export function GlobeIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z" />
    </Icon>
  );
}

/** Two linked rings: a VPC peering connection. */
export function PeeringIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="12" r="4.5" />
      <circle cx="16" cy="12" r="4.5" />
    </Icon>
  );
}

/** An open padlock: reachable from the internet (a public subnet). */
export function PublicIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="5" y="11" width="14" height="10" rx="1.5" />
      <path d="M8 11V7a4 4 0 0 1 7.75-1.4" />
    </Icon>
  );
}

/** A closed padlock: no route to an internet gateway (a private subnet). */
export function PrivateIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="5" y="11" width="14" height="10" rx="1.5" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </Icon>
  );
}

/** A circle with a cross: an error. */
export function ErrorIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="12" r="9" />
      <path d="M9 9l6 6M15 9l-6 6" />
    </Icon>
  );
}

/** A triangle with a bang: a warning. */
export function WarningIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M12 4 2.5 20h19L12 4Z" />
      <path d="M12 10v4.5M12 17.5v.01" />
    </Icon>
  );
}

/** A chevron that points down when open, right when collapsed. */
export function ChevronIcon({ open, ...props }: IconProps & { readonly open: boolean }) {
  return (
    <Icon {...props}>
      <path d={open ? 'M6 9l6 6 6-6' : 'M9 6l6 6-6 6'} />
    </Icon>
  );
}
