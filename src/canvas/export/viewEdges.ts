import { floatingSegment } from '../edges/floating.ts';
import { routePath, type LabelAnchor } from '../routes/routePath.ts';
import { BLACKHOLE_DASH } from '../routes/routeLook.ts';
import type { GroupDiagramEdge, RouteDiagramEdge } from './diagram.ts';
import { fill, stroke, tone } from './palette.ts';
import type { DrawContext, Drawn } from './parts.ts';
import { run, textLine, type Font } from './text.ts';
import { el } from './xml.ts';

const MONO_11: Font = { family: 'mono', size: 11, weight: 400 };
const SANS_11: Font = { family: 'sans', size: 11, weight: 400 };

/**
 * A label box at a point (centred on it, or starting or ending there as routePath says):
 * `px-1.5` (or `px-2`), 16 px line, a 1 or 2 px border.
 */
function pill(
  at: { x: number; y: number },
  anchor: LabelAnchor,
  text: string,
  font: Font,
  ctx: DrawContext,
  look: { border: string; ink: string; dashed: boolean; round: boolean; borderWidth: number },
  maxWidth: number,
) {
  const pad = look.round ? 8 : 6;
  const inner = Math.min(ctx.measure(text, font), maxWidth - 2 * pad - 2 * look.borderWidth);
  const width = inner + 2 * pad + 2 * look.borderWidth;
  const height = 16 + 2 * look.borderWidth;
  const x = anchor === 'start' ? at.x : anchor === 'end' ? at.x - width : at.x - width / 2;
  const y = at.y - height / 2;
  const svg = el(
    'g',
    {},
    el('rect', {
      x: x + look.borderWidth / 2,
      y: y + look.borderWidth / 2,
      width: width - look.borderWidth,
      height: height - look.borderWidth,
      rx: look.round ? height / 2 : 4,
      ...fill(tone(ctx.theme, 'white', 'slate-900')),
      ...stroke(look.border, look.borderWidth),
      'stroke-dasharray': look.dashed ? '3 2' : null,
    }),
    textLine(
      [run(text, font, look.ink)],
      { x: x + look.borderWidth + pad, top: y + look.borderWidth, lineHeight: 16 },
      ctx.measure,
      { maxWidth: inner + 0.5 },
    ),
  );
  return { svg, bounds: { x, y, width, height } };
}

const union = (a: { x: number; y: number; width: number; height: number }, points: number[][]) => {
  const xs = [a.x, a.x + a.width, ...points.map((p) => p[0] ?? a.x)];
  const ys = [a.y, a.y + a.height, ...points.map((p) => p[1] ?? a.y)];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
};

/** A route edge as RouteEdge.tsx draws it: the same lines (routePath), the same label. */
export function drawRoute(edge: RouteDiagramEdge, ctx: DrawContext): Drawn {
  const { d, label, anchor } = routePath(edge.sources, {
    target: edge.target,
    slot: edge.slot,
    slots: edge.slots,
    container: edge.container,
    avoid: edge.avoid,
    labelWidth: edge.labelWidth,
  });
  const line = el('path', {
    d,
    fill: 'none',
    ...stroke(edge.colour, 1.75),
    'stroke-dasharray': edge.blackhole ? BLACKHOLE_DASH : null,
  });
  const tag = pill(
    label,
    anchor,
    edge.label,
    MONO_11,
    ctx,
    {
      border: edge.blackhole
        ? tone(ctx.theme, 'red-600', 'red-500')
        : tone(ctx.theme, 'slate-300', 'slate-600'),
      ink: edge.blackhole
        ? tone(ctx.theme, 'red-600', 'red-500')
        : tone(ctx.theme, 'slate-700', 'slate-200'),
      dashed: edge.blackhole,
      round: false,
      borderWidth: 1,
    },
    220,
  );
  // The bus runs at most BUS (12) outside the subnets or their VPC: 14 to spare.
  const boxes = [...edge.sources, ...(edge.target ? [edge.target] : [])];
  const corners = boxes.flatMap((r) => [
    [r.x - 14, r.y - 14],
    [r.x + r.width + 14, r.y + r.height + 14],
  ]);
  return {
    svg: el('g', { id: edge.id, 'data-kind': 'route' }, line, tag.svg),
    bounds: union(tag.bounds, corners),
  };
}

/** The security view's arrow between two groups' members, as GroupEdge.tsx draws it. */
export function drawGroupEdge(edge: GroupDiagramEdge, ctx: DrawContext): Drawn {
  const { from: a, to: b, mid } = floatingSegment(edge.from, edge.to);
  const angle = Math.atan2(b.y - a.y, b.x - a.x);
  const head = (turn: number) =>
    `${b.x - 9 * Math.cos(angle + turn)} ${b.y - 9 * Math.sin(angle + turn)}`;
  const line = el('path', {
    d: `M ${a.x} ${a.y} L ${b.x} ${b.y} M ${head(0.45)} L ${b.x} ${b.y} L ${head(-0.45)}`,
    fill: 'none',
    ...stroke(edge.colour, 2),
    'stroke-dasharray': '2 4',
    'stroke-linecap': 'round',
  });
  const tag = pill(
    mid,
    'centre',
    edge.label,
    SANS_11,
    ctx,
    {
      border: edge.colour,
      ink: tone(ctx.theme, 'slate-900', 'slate-200'),
      dashed: false,
      round: true,
      borderWidth: 2,
    },
    240,
  );
  return {
    svg: el('g', { id: edge.id, 'data-kind': 'group' }, line, tag.svg),
    bounds: union(tag.bounds, [
      [a.x, a.y],
      [b.x, b.y],
    ]),
  };
}
