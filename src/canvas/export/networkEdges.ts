import { attachmentSegment, floatingSegment } from '../edges/floating.ts';
import type { InterfaceLinkDiagramEdge, TransitAttachmentDiagramEdge } from './diagram.ts';
import { fill, stroke, tone } from './palette.ts';
import { icon, XS, type DrawContext, type Drawn } from './parts.ts';
import { fitRuns, run, runsWidth, textLine } from './text.ts';
import { el } from './xml.ts';

const spanOf = (xs: readonly number[], ys: readonly number[]) => ({
  x: Math.min(...xs),
  y: Math.min(...ys),
  width: Math.max(...xs) - Math.min(...xs),
  height: Math.max(...ys) - Math.min(...ys),
});

/**
 * A transit gateway's VPC attachment as TransitAttachmentEdge.tsx draws it: a purple line from
 * the hub to the VPC, dashed when not available, and a pill near the VPC saying its subnets.
 */
export function drawTransitAttachment(edge: TransitAttachmentDiagramEdge, ctx: DrawContext): Drawn {
  const { theme, measure } = ctx;
  const { from, to, label: mid, anchor, maxWidth } = attachmentSegment(edge.from, edge.to);
  const available = edge.state === 'available';
  const line = el('path', {
    d: `M ${from.x} ${from.y} L ${to.x} ${to.y}`,
    fill: 'none',
    ...stroke(available ? '#9810fa' : '#94a3b8', 2.5),
    'stroke-dasharray': available ? null : '8 6',
  });
  const ink = available
    ? tone(theme, 'purple-900', 'purple-100')
    : tone(theme, 'slate-700', 'slate-300');
  const runs = [
    run(edge.subnets, XS, ink),
    ...(available ? [] : [run(` · ${edge.state}`, XS, ink)]),
  ];
  // `border px-2`, a 13 px icon, `gap-1`, the words cut at the pill's widest.
  const words = fitRuns(runs, maxWidth - 2 - 16 - 13 - 4, measure);
  const width = 2 + 16 + 13 + 4 + runsWidth(words, measure);
  const height = 22;
  const x = anchor === 'start' ? mid.x : anchor === 'end' ? mid.x - width : mid.x - width / 2;
  const y = mid.y - height / 2;
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
      ...stroke(available ? 'purple-500' : 'slate-400', 1),
      'stroke-dasharray': available ? null : '3 2',
    }),
    icon('transitGateway', x + 9, mid.y - 6.5, 13, ink),
    textLine(words, { x: x + 26, top: y + 3, lineHeight: 16 }, measure),
  );
  return {
    svg: el('g', { id: edge.id, 'data-kind': 'transitAttachment' }, line, label),
    bounds: spanOf([from.x, to.x, x, x + width], [from.y, to.y, y, y + height]),
  };
}

/** An instance's second interface tied to its instance: a thin dotted orange line. */
export function drawInterfaceLink(edge: InterfaceLinkDiagramEdge): Drawn {
  const { from, to } = floatingSegment(edge.from, edge.to);
  return {
    svg: el(
      'g',
      { id: edge.id, 'data-kind': 'interfaceLink' },
      el('path', {
        d: `M ${from.x} ${from.y} L ${to.x} ${to.y}`,
        fill: 'none',
        ...stroke('#ff6900', 1.5),
        'stroke-dasharray': '2 4',
      }),
    ),
    bounds: spanOf([from.x, to.x], [from.y, to.y]),
  };
}
