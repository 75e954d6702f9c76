import type { InterfaceKind } from '../model/types.ts';
import type { IconName } from './iconShapes.ts';

/**
 * How each kind of resource reads as AWS at a glance: AWS's own category colours and group
 * colours, our own glyphs. The official AWS Architecture Icons are not redistributable in every
 * form (https://aws.amazon.com/architecture/icons/), so we draw simple glyphs of our own in their
 * language: a service is a square tile filled with its category's colour and a white line glyph;
 * a group (VPC, subnet, Region) is an outline in its own colour with its icon in the corner.
 *
 * The colours are those of the current set (2023 and later), as AWS Labs' icon packages carry
 * them: the category palette in
 * https://github.com/awslabs/aws-icons-for-plantuml/blob/main/examples/theme-testing/colors.puml
 * (Compute "Smile" #ED7100, Database "Nebula" #C925D1, Networking & Content Delivery "Galaxy"
 * #8C4FFF, Storage "Endor" #7AA116, Security "Mars" #DD344C) and the groups in
 * https://github.com/awslabs/aws-icons-for-plantuml/blob/main/dist/Groups/all.puml (VPC #8C4FFF,
 * public subnet #7AA116, private subnet #00A4A6, Region #00A4A6).
 *
 * The canvas, the palette and the image export all read this table, so a kind looks the same in
 * each (a white glyph on these tiles is ≥ 3:1, the contrast WCAG asks of graphics).
 */

export type AwsCategory =
  'compute' | 'database' | 'networking' | 'storage' | 'security' | 'general';

export const CATEGORY_COLOUR: Readonly<Record<AwsCategory, string>> = {
  compute: '#ED7100',
  database: '#C925D1',
  networking: '#8C4FFF',
  storage: '#7AA116',
  security: '#DD344C',
  general: '#232F3E',
};

/** Every kind of thing the canvas draws with an icon tile. */
export type LookKind =
  | 'vpc'
  | 'subnet'
  | 'instance'
  | 'rds'
  | 'lambda'
  | 'loadBalancer'
  | 'networkInterface'
  | 'interfaceEndpoint'
  | 'gatewayEndpoint'
  | 'internetGateway'
  | 'egressOnlyGateway'
  | 'natGateway'
  | 'transitGateway'
  | 'peering'
  | 'internetHost';

export interface Look {
  readonly icon: IconName;
  readonly category: AwsCategory;
}

/** Each kind's glyph and category: EC2 and Lambda are Compute, RDS Database, the VPC's parts Networking. */
export const LOOKS: Readonly<Record<LookKind, Look>> = {
  vpc: { icon: 'vpc', category: 'networking' },
  subnet: { icon: 'subnet', category: 'networking' },
  instance: { icon: 'instance', category: 'compute' },
  rds: { icon: 'rds', category: 'database' },
  lambda: { icon: 'lambda', category: 'compute' },
  loadBalancer: { icon: 'loadBalancer', category: 'networking' },
  networkInterface: { icon: 'networkInterface', category: 'networking' },
  interfaceEndpoint: { icon: 'interfaceEndpoint', category: 'networking' },
  gatewayEndpoint: { icon: 'gatewayEndpoint', category: 'networking' },
  internetGateway: { icon: 'internetGateway', category: 'networking' },
  egressOnlyGateway: { icon: 'egressOnlyGateway', category: 'networking' },
  natGateway: { icon: 'natGateway', category: 'networking' },
  transitGateway: { icon: 'transitGateway', category: 'networking' },
  peering: { icon: 'peering', category: 'networking' },
  internetHost: { icon: 'globe', category: 'general' },
};

/** The colour of a kind's tile (and of its node's accent). */
export const lookColour = (kind: LookKind): string => CATEGORY_COLOUR[LOOKS[kind].category];

/** Which look an interface of each kind takes: an instance's second interface is an ENI. */
export const INTERFACE_LOOK: Readonly<Record<InterfaceKind, LookKind>> = {
  instance: 'networkInterface',
  rds: 'rds',
  'load-balancer': 'loadBalancer',
  lambda: 'lambda',
  'interface-endpoint': 'interfaceEndpoint',
  'nat-gateway': 'networkInterface',
  'transit-gateway-attachment': 'networkInterface',
  other: 'networkInterface',
};

/**
 * AWS's group colours. A subnet's outline and corner tile are AWS's; its Public/Private badge
 * carries words, so it sits on a darker shade of the same hue (white text ≥ 4.5:1) in the light
 * theme, and on the group colour itself under dark text in the dark theme.
 */
export const GROUP_COLOUR = {
  vpc: '#8C4FFF',
  publicSubnet: '#7AA116',
  privateSubnet: '#00A4A6',
  region: '#00A4A6',
} as const;

/** `colour` mixed into `base` at `ratio` (0–1), as a hex colour: a group's tinted fill. */
export function mix(colour: string, ratio: number, base: string): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [a, b] = [rgb(colour), rgb(base)];
  return `#${a
    .map((c, i) => Math.round(c * ratio + (b[i] ?? 0) * (1 - ratio)))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

export interface SubnetLook {
  readonly colour: string;
  readonly icon: IconName;
  /** Its fill: the group colour faintly over the page (white, or slate-900 in the dark theme). */
  readonly fill: { readonly light: string; readonly dark: string };
  readonly badge: { readonly light: string; readonly dark: string };
  /** The badge's words: white in the light theme, near-black in the dark one. */
  readonly badgeInk: { readonly light: string; readonly dark: string };
}

export const SUBNET_LOOK: Readonly<Record<'public' | 'private', SubnetLook>> = {
  public: {
    colour: GROUP_COLOUR.publicSubnet,
    icon: 'public',
    fill: {
      light: mix(GROUP_COLOUR.publicSubnet, 0.08, '#ffffff'),
      dark: mix(GROUP_COLOUR.publicSubnet, 0.14, '#0f172b'),
    },
    badge: { light: '#3F6F0A', dark: GROUP_COLOUR.publicSubnet },
    badgeInk: { light: '#ffffff', dark: '#020618' },
  },
  private: {
    colour: GROUP_COLOUR.privateSubnet,
    icon: 'private',
    fill: {
      light: mix(GROUP_COLOUR.privateSubnet, 0.08, '#ffffff'),
      dark: mix(GROUP_COLOUR.privateSubnet, 0.14, '#0f172b'),
    },
    badge: { light: '#00716F', dark: GROUP_COLOUR.privateSubnet },
    badgeInk: { light: '#ffffff', dark: '#020618' },
  },
};
