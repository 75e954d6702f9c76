import { drawChips } from './chips.ts';
import { drawRegion, drawZoneBands } from './regionAndZones.ts';
import { drawSubnet, drawVpc } from './containers.ts';
import type { Diagram, DiagramEdge, DiagramNode, Rect } from './diagram.ts';
import { drawPeering } from './edges.ts';
import { drawInterfaceLink, drawTransitAttachment } from './networkEdges.ts';
import { drawGroupEdge, drawRoute } from './viewEdges.ts';
import { drawNetworkInterface, drawTransitGateway, drawVpcEndpoint } from './networkLeaves.ts';
import { drawFlow } from './flow.ts';
import { flowObstacles } from './flowObstacles.ts';
import { drawGatewayPill } from './gateways.ts';
import { drawInstance, drawInternetHost, drawNatGateway } from './leaves.ts';
import { background, fill } from './palette.ts';
import { addressChip, type DrawContext, type Drawn } from './parts.ts';
import { estimateWidth, FONT_STACKS, type Measure } from './text.ts';
import { el, escapeXml, group, num } from './xml.ts';

/**
 * The diagram as an SVG document of real vector elements (`rect`, `path`, `text`, `g`), colours
 * and fonts as attributes, no HTML: it opens and stays editable in Inkscape, Illustrator and
 * draw.io, and the PNG export is this same document rasterised. Its `viewBox` is in the canvas's
 * own (flow) coordinates, so a point of the drawing is the point of the canvas.
 */

type NodeDrawers = {
  readonly [K in DiagramNode['kind']]: (
    node: Extract<DiagramNode, { kind: K }>,
    ctx: DrawContext,
  ) => Drawn;
};
type EdgeDrawers = {
  readonly [K in DiagramEdge['kind']]: (
    edge: Extract<DiagramEdge, { kind: K }>,
    ctx: DrawContext,
  ) => Drawn;
};

/** One drawer per kind of node: a new kind of node on the canvas gets its drawer here. */
const NODE_DRAWERS: NodeDrawers = {
  region: drawRegion,
  vpc: drawVpc,
  subnet: drawSubnet,
  instance: drawInstance,
  natGateway: drawNatGateway,
  internetGateway: drawGatewayPill,
  internetHost: drawInternetHost,
  networkInterface: drawNetworkInterface,
  transitGateway: drawTransitGateway,
  egressOnlyInternetGateway: drawGatewayPill,
  vpcEndpoint: drawVpcEndpoint,
};

const EDGE_DRAWERS: EdgeDrawers = {
  peering: drawPeering,
  transitAttachment: drawTransitAttachment,
  interfaceLink: drawInterfaceLink,
  route: drawRoute,
  group: drawGroupEdge,
};

/**
 * A node, the chips on its border (every kind may carry them: chips.ts) and, for a leaf imported
 * from Terraform, its address chip (as on the canvas).
 */
function drawNode(node: DiagramNode, ctx: DrawContext): Drawn {
  const drawn = (NODE_DRAWERS[node.kind] as (n: DiagramNode, c: DrawContext) => Drawn)(node, ctx);
  const bands = node.kind === 'vpc' ? drawZoneBands(node, ctx) : '';
  const chips = drawChips(node, ctx);
  const address =
    node.address === undefined || node.kind === 'vpc' || node.kind === 'subnet'
      ? null
      : addressChip(node.address, node.box, ctx);
  if (chips === '' && bands === '' && address === null) return drawn;
  const b = drawn.bounds;
  const own = chips === '' && bands === '' ? b : { ...b, height: b.height + 10 };
  return {
    svg: drawn.svg + bands + chips + (address?.svg ?? ''),
    bounds: address ? (union([own, address.bounds]) ?? own) : own,
  };
}
const drawEdge = (edge: DiagramEdge, ctx: DrawContext): Drawn =>
  (EDGE_DRAWERS[edge.kind] as (e: DiagramEdge, c: DrawContext) => Drawn)(edge, ctx);

const isViewEdge = (e: DiagramEdge): boolean => e.kind === 'route' || e.kind === 'group';

export interface SvgOptions {
  /** How wide text is (the browser's, when exporting); an estimate otherwise. */
  readonly measure?: Measure;
  /** Room around the drawing, in px. */
  readonly margin?: number;
}

export interface DiagramImage {
  readonly svg: string;
  /** Its size in px (flow units at zoom 1) and where it lies on the canvas. */
  readonly width: number;
  readonly height: number;
  readonly viewBox: Rect;
}

function union(boxes: readonly Rect[]): Rect | null {
  if (boxes.length === 0) return null;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The SVG document of a diagram; null when it has nothing to draw. */
export function diagramSvg(diagram: Diagram, options: SvgOptions = {}): DiagramImage | null {
  if (diagram.nodes.length === 0) return null;
  const ctx: DrawContext = { theme: diagram.theme, measure: options.measure ?? estimateWidth };
  const margin = options.margin ?? 24;
  const edges = diagram.edges.filter((e) => !isViewEdge(e)).map((e) => drawEdge(e, ctx));
  // Route and group edges cross containers: drawn over the subnets, under what they hold.
  const viewEdges = diagram.edges.filter(isViewEdge).map((e) => drawEdge(e, ctx));
  const nodes = diagram.nodes.map((n) => drawNode(n, ctx));
  const split = diagram.nodes.reduce(
    (at, n, k) => (n.kind === 'subnet' || n.kind === 'vpc' ? k + 1 : at),
    0,
  );
  const flow = diagram.flow
    ? drawFlow(diagram.flow, ctx, flowObstacles(diagram, ctx.measure))
    : null;
  const drawn = union(
    [...edges, ...viewEdges, ...nodes].map((d) => d.bounds).concat(flow?.bounds ?? []),
  );
  if (!drawn) return null;
  const x = Math.floor(drawn.x - margin);
  const y = Math.floor(drawn.y - margin);
  const width = Math.ceil(drawn.x + drawn.width + margin) - x;
  const height = Math.ceil(drawn.y + drawn.height + margin) - y;
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        version: '1.1',
        width,
        height,
        viewBox: `${num(x)} ${num(y)} ${num(width)} ${num(height)}`,
        'font-family': FONT_STACKS.sans,
        'data-theme': diagram.theme,
      },
      el('title', {}, escapeXml(diagram.title)),
      el('desc', {}, 'Network diagram drawn by VPC Flow Lab'),
      el('rect', { x, y, width, height, ...fill(background(diagram.theme)) }),
      '\n',
      group({ id: 'edges' }, ...edges.map((e) => e.svg + '\n')),
      group({ id: 'nodes' }, ...nodes.slice(0, split).map((n) => n.svg + '\n')),
      group({ id: 'view-edges' }, ...viewEdges.map((e) => e.svg + '\n')),
      group({ id: 'leaves' }, ...nodes.slice(split).map((n) => n.svg + '\n')),
      flow ? flow.svg + '\n' : '',
    ) +
    '\n';
  return { svg, width, height, viewBox: { x, y, width, height } };
}
