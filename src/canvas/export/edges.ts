import { lookColour } from '../awsLooks.ts';
import { floatingSegment } from '../edges/floating.ts';
import type { PeeringDiagramEdge } from './diagram.ts';
import { fill, stroke, tone } from './palette.ts';
import { icon, XS, type DrawContext, type Drawn } from './parts.ts';
import { run, runsWidth, textLine } from './text.ts';
import { el } from './xml.ts';

const XS_MEDIUM = { ...XS, weight: 500 };

/**
 * A VPC peering connection as PeeringEdge.tsx draws it: a line from border to border, solid when
 * active, dashed otherwise, and a pill at its middle with the ringed icon, its name and status.
 */
export function drawPeering(edge: PeeringDiagramEdge, ctx: DrawContext): Drawn {
  const { theme, measure } = ctx;
  const { from, to, mid } = floatingSegment(edge.from, edge.to);
  const active = edge.status === 'active';
  const line = el('path', {
    d: `M ${from.x} ${from.y} L ${to.x} ${to.y}`,
    fill: 'none',
    ...stroke(active ? lookColour('peering') : '#94a3b8', 2.5),
    'stroke-dasharray': active ? null : '8 6',
  });
  const ink = active
    ? tone(theme, 'violet-900', 'violet-100')
    : tone(theme, 'slate-700', 'slate-300');
  const name = run(edge.name, XS_MEDIUM, ink);
  const status = run(`· ${edge.status}`, XS, ink);
  // `border px-2 py-0.5`: a 13 px icon, the name and the status, `gap-1` between them.
  const width = 2 + 16 + 13 + 4 + runsWidth([name], measure) + 4 + runsWidth([status], measure);
  const height = 22;
  const x = mid.x - width / 2;
  const y = mid.y - height / 2;
  const textAt = (dx: number) => ({ x: x + 9 + dx, top: y + 3, lineHeight: 16 });
  const label = el(
    'g',
    {},
    el('rect', {
      x: x + 0.5,
      y: y + 0.5,
      width: width - 1,
      height: height - 1,
      rx: (height - 1) / 2,
      ...fill(tone(theme, 'white', 'slate-900')),
      ...stroke(active ? 'violet-500' : 'slate-400', 1),
      'stroke-dasharray': active ? null : '3 2',
    }),
    icon('peering', x + 9, mid.y - 6.5, 13, ink),
    textLine([name], textAt(17), measure),
    textLine([status], textAt(17 + runsWidth([name], measure) + 4), measure),
  );
  return {
    svg: el('g', { id: edge.id, 'data-kind': 'peering' }, line, label),
    bounds: {
      x: Math.min(from.x, to.x, x),
      y: Math.min(from.y, to.y, y),
      width: Math.max(from.x, to.x, x + width) - Math.min(from.x, to.x, x),
      height: Math.max(from.y, to.y, y + height) - Math.min(from.y, to.y, y),
    },
  };
}
