import { INTERFACE_LOOK, lookColour } from '../awsLooks.ts';
import type {
  NetworkInterfaceDiagramNode,
  TransitGatewayDiagramNode,
  VpcEndpointDiagramNode,
} from './diagram.ts';
import { addressLine, drawLeaf, nameLine, OVERHANG, withOverhang, type Line } from './leaves.ts';
import { tone } from './palette.ts';
import {
  findingsBadge,
  frame,
  kindTile,
  MONO_XS,
  SM,
  SM_MEDIUM,
  XS,
  XS_SEMIBOLD,
  type DrawContext,
  type Drawn,
} from './parts.ts';
import { run, textLine } from './text.ts';
import { el } from './xml.ts';

/**
 * The nodes of version 2, as their components draw them: interfaces (nodes/NetworkInterfaceNode),
 * transit gateways, egress-only gateways and gateway endpoints (their nodes' Tailwind classes
 * noted where a number comes from one).
 */

/** An interface in its kind's colours: its tag and name, address, device or public address. */
export function drawNetworkInterface(node: NetworkInterfaceDiagramNode, ctx: DrawContext): Drawn {
  const { theme } = ctx;
  const look = INTERFACE_LOOK[node.interfaceKind];
  const lines: Line[] = [
    nameLine([
      run(`${node.tag} `, SM, tone(theme, 'slate-500', 'slate-400')),
      run(node.name, SM_MEDIUM, tone(theme, 'slate-900', 'slate-50')),
    ]),
    addressLine(node.address, node.secondaries, theme),
  ];
  if (node.third) {
    const ink = tone(theme, 'slate-500', 'slate-400');
    lines.push(
      node.third.public
        ? { runs: [run(node.third.text, MONO_XS, ink)], height: 16, icon: 'globe' }
        : { runs: [run(node.third.text, XS, ink)], height: 16 },
    );
  }
  const svg =
    drawLeaf(node, { accent: lookColour(look), tile: { kind: look, round: false }, lines }, ctx) +
    findingsBadge(
      node.findings,
      node.box.x + node.box.width + OVERHANG,
      node.box.y - OVERHANG,
      ctx,
    );
  return { svg, bounds: withOverhang(node.box, !!node.findings) };
}

/** Three lines in a column right of an icon tile, centred on the box (the hub, the endpoint). */
function column(
  x: number,
  cy: number,
  maxWidth: number,
  lines: readonly { runs: Parameters<typeof textLine>[0]; height: number }[],
  ctx: DrawContext,
): string {
  let top = cy - lines.reduce((h, l) => h + l.height, 0) / 2;
  return lines
    .map((l) => {
      const at = top;
      top += l.height;
      return textLine(l.runs, { x, top: at, lineHeight: l.height }, ctx.measure, { maxWidth });
    })
    .join('');
}

/**
 * A transit gateway: `rounded-xl border-2 px-2.5`, a 22 px hub on a `rounded-lg p-1` tile,
 * "Transit gateway", its name, its counts (or its state).
 */
export function drawTransitGateway(node: TransitGatewayDiagramNode, ctx: DrawContext): Drawn {
  const { theme } = ctx;
  const { x, y, width, height } = node.box;
  const cy = y + height / 2;
  const textX = x + 12 + 30 + 8;
  const svg = el(
    'g',
    { id: node.id, 'data-kind': 'transitGateway' },
    frame(node.box, 2, 12, {
      fill: tone(theme, 'white', 'slate-900'),
      border: lookColour('transitGateway'),
    }),
    kindTile('transitGateway', { x: x + 12, y: cy - 15 }, 22, 4),
    column(
      textX,
      cy,
      x + width - 12 - textX,
      [
        {
          runs: [run('Transit gateway', XS_SEMIBOLD, tone(theme, 'purple-800', 'purple-200'))],
          height: 15,
        },
        { runs: [run(node.name, SM_MEDIUM, tone(theme, 'slate-900', 'slate-50'))], height: 20 },
        {
          runs: [
            node.available
              ? run(node.detail, XS, tone(theme, 'slate-600', 'slate-300'))
              : run(node.detail, XS_SEMIBOLD, tone(theme, 'amber-700', 'amber-300')),
          ],
          height: 16,
        },
      ],
      ctx,
    ),
    findingsBadge(node.findings, x + width + OVERHANG, y - OVERHANG, ctx),
  );
  return { svg, bounds: withOverhang(node.box, !!node.findings) };
}

/**
 * A gateway endpoint on its VPC's bottom edge: `rounded-lg border-2 px-2`, purple (dashed amber
 * when not available), "Gateway endpoint · s3", its name, its route tables.
 */
export function drawVpcEndpoint(node: VpcEndpointDiagramNode, ctx: DrawContext): Drawn {
  const { theme } = ctx;
  const { x, y, width, height } = node.box;
  const cy = y + height / 2;
  const available = node.state === null;
  const textX = x + 8 + 26 + 8;
  const title = [
    run(`Gateway endpoint · ${node.service}`, XS_SEMIBOLD, tone(theme, 'violet-800', 'violet-200')),
  ];
  if (!available)
    title.push(run(` · ${node.state ?? ''}`, XS_SEMIBOLD, tone(theme, 'amber-700', 'amber-300')));
  const svg = el(
    'g',
    { id: node.id, 'data-kind': 'vpcEndpoint' },
    frame(
      node.box,
      2,
      8,
      {
        fill: tone(theme, 'white', 'slate-900'),
        border: available ? lookColour('gatewayEndpoint') : 'amber-600',
      },
      available ? {} : { 'stroke-dasharray': '6 4' },
    ),
    kindTile('gatewayEndpoint', { x: x + 10, y: cy - 13 }, 18, 4),
    column(
      textX,
      cy,
      x + width - 10 - textX,
      [
        { runs: title, height: 15 },
        { runs: [run(node.name, SM_MEDIUM, tone(theme, 'slate-900', 'slate-50'))], height: 20 },
        {
          runs: [
            run(
              node.tables === '' ? 'no route table' : `tables: ${node.tables}`,
              XS,
              tone(theme, 'slate-600', 'slate-300'),
            ),
          ],
          height: 16,
        },
      ],
      ctx,
    ),
    findingsBadge(node.findings, x + width + OVERHANG, y - OVERHANG, ctx),
  );
  return { svg, bounds: withOverhang(node.box, !!node.findings) };
}
