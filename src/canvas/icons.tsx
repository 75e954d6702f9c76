import type { ReactNode } from 'react';
import { Icon as Base, type IconProps } from '../ui/Icon.tsx';
import { ICON_SHAPES, type IconName } from './iconShapes.ts';
import IconParts from './IconParts.tsx';

/**
 * Small line icons for the canvas, drawn in AWS's spirit on the one icon base (ui/Icon.tsx) from
 * the shapes in iconShapes.ts, which the image export draws too: 16 pixels, a finer stroke;
 * decorative unless given a `title`.
 */
function Icon({ children, ...props }: IconProps & { readonly children: ReactNode }) {
  return (
    <Base width={16} height={16} strokeWidth={1.8} {...props}>
      {children}
    </Base>
  );
}

/** An icon drawn from its shape in iconShapes.ts. */
export function ShapedIcon({
  name,
  ...props
}: Omit<IconProps, 'name'> & { readonly name: IconName }) {
  return (
    <Icon {...props}>
      <IconParts parts={ICON_SHAPES[name]} />
    </Icon>
  );
}

/** A cloud with a padlock: the virtual private cloud. */
export function VpcIcon(props: IconProps) {
  return <ShapedIcon {...props} name="vpc" />;
}

/** A dashed square: an address range carved out of the VPC. */
export function SubnetIcon(props: IconProps) {
  return <ShapedIcon {...props} name="subnet" />;
}

/** A chip with pins: an EC2 instance. */
export function InstanceIcon(props: IconProps) {
  return <ShapedIcon {...props} name="instance" />;
}

/** An arch with arrows in and out: the internet gateway. */
export function InternetGatewayIcon(props: IconProps) {
  return <ShapedIcon {...props} name="internetGateway" />;
}

/** Arrows funnelling out through one door: the NAT gateway. */
export function NatGatewayIcon(props: IconProps) {
  return <ShapedIcon {...props} name="natGateway" />;
}

/** A globe: a host on the internet. */
export function GlobeIcon(props: IconProps) {
  return <ShapedIcon {...props} name="globe" />;
}

/** Two linked rings: a VPC peering connection. */
export function PeeringIcon(props: IconProps) {
  return <ShapedIcon {...props} name="peering" />;
}

/** An open padlock: reachable from the internet (a public subnet). */
export function PublicIcon(props: IconProps) {
  return <ShapedIcon {...props} name="public" />;
}

/** A closed padlock: no route to an internet gateway (a private subnet). */
export function PrivateIcon(props: IconProps) {
  return <ShapedIcon {...props} name="private" />;
}

/** A cylinder: an RDS database. */
export function RdsIcon(props: IconProps) {
  return <ShapedIcon {...props} name="rds" />;
}

/** The letter lambda: a Lambda function. */
export function LambdaIcon(props: IconProps) {
  return <ShapedIcon {...props} name="lambda" />;
}

/** One line fanning out to three: a load balancer. */
export function LoadBalancerIcon(props: IconProps) {
  return <ShapedIcon {...props} name="loadBalancer" />;
}

/** A network card: a network interface. */
export function NetworkInterfaceIcon(props: IconProps) {
  return <ShapedIcon {...props} name="networkInterface" />;
}

/** A door with an arrow coming in: an interface endpoint. */
export function InterfaceEndpointIcon(props: IconProps) {
  return <ShapedIcon {...props} name="interfaceEndpoint" />;
}

/** A gate: a gateway endpoint. */
export function GatewayEndpointIcon(props: IconProps) {
  return <ShapedIcon {...props} name="gatewayEndpoint" />;
}

/** A hub with spokes: a transit gateway. */
export function TransitGatewayIcon(props: IconProps) {
  return <ShapedIcon {...props} name="transitGateway" />;
}

/** An arch with an arrow going out only: an egress-only internet gateway. */
export function EgressOnlyGatewayIcon(props: IconProps) {
  return <ShapedIcon {...props} name="egressOnlyGateway" />;
}

/** A circle with a cross: an error. */
export function ErrorIcon(props: IconProps) {
  return <ShapedIcon {...props} name="error" />;
}

/** A triangle with a bang: a warning. */
export function WarningIcon(props: IconProps) {
  return <ShapedIcon {...props} name="warning" />;
}

/** A chevron that points down when open, right when collapsed. */
export function ChevronIcon({ open, ...props }: IconProps & { readonly open: boolean }) {
  return (
    <Icon {...props}>
      <IconParts parts={ICON_SHAPES[open ? 'chevronOpen' : 'chevronClosed']} />
    </Icon>
  );
}
