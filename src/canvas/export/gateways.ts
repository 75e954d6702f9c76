import type { EgressOnlyGatewayDiagramNode, InternetGatewayDiagramNode } from './diagram.ts';
import { OVERHANG, withOverhang } from './leaves.ts';
import { tone } from './palette.ts';
import {
  findingsBadge,
  frame,
  kindTile,
  XS,
  XS_SEMIBOLD,
  type DrawContext,
  type Drawn,
} from './parts.ts';
import { run, textLine } from './text.ts';
import { el } from './xml.ts';

/**
 * A gateway on its VPC's top edge as nodes/GatewayPill.tsx draws it (`rounded-full border-2
 * px-2.5`): the internet gateway or the egress-only one, a round tile in Networking purple, its
 * kind and its name; a detached one dashed and grey, and says so.
 */
export function drawGatewayPill(
  node: InternetGatewayDiagramNode | EgressOnlyGatewayDiagramNode,
  ctx: DrawContext,
): Drawn {
  const { theme, measure } = ctx;
  const { x, y, width, height } = node.box;
  const cy = y + height / 2;
  const internet = node.kind === 'internetGateway';
  const border = node.detached ? 'slate-400' : tone(theme, 'violet-600', 'violet-400');
  const textX = x + 46;
  const nameRuns = [run(node.name, XS, tone(theme, 'slate-700', 'slate-300'))];
  if (node.detached) nameRuns.push(run(' · detached', XS, 'slate-500'));
  const top = cy - (15 + 16) / 2;
  const label = internet ? 'Internet gateway' : 'Egress-only gateway';
  const svg = el(
    'g',
    { id: node.id, 'data-kind': node.kind },
    frame(
      node.box,
      2,
      height / 2,
      { fill: tone(theme, 'white', 'slate-900'), border },
      node.detached ? { 'stroke-dasharray': '6 4' } : {},
    ),
    kindTile(
      internet ? 'internetGateway' : 'egressOnlyGateway',
      { x: x + 12, y: cy - 13 },
      18,
      4,
      'round',
    ),
    textLine(
      [run(label, XS_SEMIBOLD, tone(theme, 'violet-800', 'violet-200'))],
      { x: textX, top, lineHeight: 15 },
      measure,
    ),
    textLine(nameRuns, { x: textX, top: top + 15, lineHeight: 16 }, measure, {
      maxWidth: x + width - 12 - textX,
    }),
    findingsBadge(node.findings, x + width + 4, y - OVERHANG, ctx),
  );
  return { svg, bounds: withOverhang(node.box, !!node.findings) };
}
