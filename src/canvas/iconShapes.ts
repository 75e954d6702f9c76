/**
 * The canvas's icons as data: the SVG elements of each, in a 24×24 box, stroked with the current
 * colour. The React icons (icons.tsx) and the image export (export/) draw from these same
 * shapes, so an exported diagram carries the icons the screen shows, as real paths.
 */

/** One SVG element: its tag, its attributes (SVG's own names, e.g. `stroke-dasharray`). */
export interface IconPart {
  readonly tag: 'path' | 'rect' | 'circle' | 'ellipse' | 'text';
  readonly attrs: Readonly<Record<string, string | number>>;
  /** A `text` element's characters. */
  readonly text?: string;
}

export type IconShape = readonly IconPart[];

const path = (d: string): IconPart => ({ tag: 'path', attrs: { d } });

export const ICON_SHAPES = {
  /** A cloud with a padlock: the virtual private cloud. */
  vpc: [
    path('M7 18h10.5a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.5 9.2 4.5 4.5 0 0 0 7 18Z'),
    { tag: 'rect', attrs: { x: 9.5, y: 12, width: 5, height: 4, rx: 0.6 } },
    path('M10.5 12v-1a1.5 1.5 0 0 1 3 0v1'),
  ],
  /** A dashed square: an address range carved out of the VPC. */
  subnet: [
    {
      tag: 'rect',
      attrs: { x: 4, y: 4, width: 16, height: 16, rx: 2, 'stroke-dasharray': '3 2.4' },
    },
    path('M9 12h6M12 9v6'),
  ],
  /** A chip with pins: an EC2 instance. */
  instance: [
    { tag: 'rect', attrs: { x: 6, y: 6, width: 12, height: 12, rx: 1.5 } },
    { tag: 'rect', attrs: { x: 9.5, y: 9.5, width: 5, height: 5, rx: 0.5 } },
    path('M9 3v3M15 3v3M9 18v3M15 18v3M3 9h3M3 15h3M18 9h3M18 15h3'),
  ],
  /** An arch with arrows in and out: the internet gateway. */
  internetGateway: [
    path('M5 21V10a7 7 0 0 1 14 0v11'),
    path('M9 15h6M13 13l2 2-2 2'),
    path('M15 19H9M11 17l-2 2 2 2'),
  ],
  /** Arrows funnelling out through one door: the NAT gateway. */
  natGateway: [
    { tag: 'rect', attrs: { x: 3, y: 5, width: 18, height: 14, rx: 2.5 } },
    path('M7 9l4 3-4 3M13 12h5M16 10l2 2-2 2'),
  ],
  /** A globe: a host on the internet. */
  globe: [
    { tag: 'circle', attrs: { cx: 12, cy: 12, r: 9 } },
    path('M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z'),
  ],
  /** Two linked rings: a VPC peering connection. */
  peering: [
    { tag: 'circle', attrs: { cx: 8, cy: 12, r: 4.5 } },
    { tag: 'circle', attrs: { cx: 16, cy: 12, r: 4.5 } },
  ],
  /** An open padlock: reachable from the internet (a public subnet). */
  public: [
    { tag: 'rect', attrs: { x: 5, y: 11, width: 14, height: 10, rx: 1.5 } },
    path('M8 11V7a4 4 0 0 1 7.75-1.4'),
  ],
  /** A closed padlock: no route to an internet gateway (a private subnet). */
  private: [
    { tag: 'rect', attrs: { x: 5, y: 11, width: 14, height: 10, rx: 1.5 } },
    path('M8 11V7a4 4 0 0 1 8 0v4'),
  ],
  /** A cylinder: a database (RDS). */
  rds: [
    { tag: 'ellipse', attrs: { cx: 12, cy: 6, rx: 7, ry: 2.8 } },
    path('M5 6v12c0 1.55 3.13 2.8 7 2.8s7-1.25 7-2.8V6'),
    path('M5 12c0 1.55 3.13 2.8 7 2.8s7-1.25 7-2.8'),
  ],
  /** The letter lambda: a Lambda function. */
  lambda: [path('M6.5 4H9.5L17.5 20'), path('M12.2 9.6 6.5 20'), path('M15.5 20H19')],
  /** One line fanning out to three: a load balancer. */
  loadBalancer: [
    { tag: 'circle', attrs: { cx: 5.5, cy: 12, r: 2.5 } },
    path('M8 12h3.5M11.5 12l5-5.5M11.5 12l5 5.5M11.5 12h5'),
    { tag: 'circle', attrs: { cx: 18.5, cy: 5.5, r: 2 } },
    { tag: 'circle', attrs: { cx: 18.5, cy: 12, r: 2 } },
    { tag: 'circle', attrs: { cx: 18.5, cy: 18.5, r: 2 } },
  ],
  /** A network card with its pins: a network interface (ENI). */
  networkInterface: [
    { tag: 'rect', attrs: { x: 3, y: 5, width: 18, height: 12, rx: 1.5 } },
    { tag: 'rect', attrs: { x: 6.5, y: 8.5, width: 5, height: 5, rx: 0.6 } },
    path('M7 17v3M11 17v3M15 17v3M15 9.5h3M15 12.5h3'),
  ],
  /** A door with an arrow coming in: an interface endpoint (PrivateLink). */
  interfaceEndpoint: [
    { tag: 'rect', attrs: { x: 3, y: 4, width: 10, height: 16, rx: 1.5 } },
    path('M21.5 12H9.5M13 8.5 9.5 12l3.5 3.5'),
  ],
  /** A gate: a gateway endpoint, a route out to an AWS service. */
  gatewayEndpoint: [path('M4 20V9.5L12 4l8 5.5V20'), path('M9 20v-6.5h6V20M2.5 20h19')],
  /** A hub with four spokes: a transit gateway. */
  transitGateway: [
    { tag: 'circle', attrs: { cx: 12, cy: 12, r: 3.2 } },
    path('M12 5.2v3.6M12 15.2v3.6M5.2 12h3.6M15.2 12h3.6'),
    { tag: 'circle', attrs: { cx: 12, cy: 3.6, r: 1.6 } },
    { tag: 'circle', attrs: { cx: 12, cy: 20.4, r: 1.6 } },
    { tag: 'circle', attrs: { cx: 3.6, cy: 12, r: 1.6 } },
    { tag: 'circle', attrs: { cx: 20.4, cy: 12, r: 1.6 } },
  ],
  /** An arch with one arrow, going out only: the egress-only internet gateway. */
  egressOnlyGateway: [path('M5 21V10a7 7 0 0 1 14 0v11'), path('M12 19v-9M9 13l3-3 3 3')],
  /** A circle with a cross: an error. */
  error: [{ tag: 'circle', attrs: { cx: 12, cy: 12, r: 9 } }, path('M9 9l6 6M15 9l-6 6')],
  /** A triangle with a bang: a warning. */
  warning: [path('M12 4 2.5 20h19L12 4Z'), path('M12 10v4.5M12 17.5v.01')],
  /** A chevron pointing down: an open container. */
  chevronOpen: [path('M6 9l6 6 6-6')],
  /** A chevron pointing right: a collapsed container. */
  chevronClosed: [path('M9 6l6 6-6 6')],
} satisfies Record<string, IconShape>;

export type IconName = keyof typeof ICON_SHAPES;

/** How every line icon is stroked (in its 24×24 box). */
export const ICON_STROKE = {
  fill: 'none',
  'stroke-width': 1.8,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;
