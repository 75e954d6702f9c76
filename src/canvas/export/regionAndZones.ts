import type { RegionDiagramNode, VpcDiagramNode } from './diagram.ts';
import { fill, stroke, tone } from './palette.ts';
import type { DrawContext, Drawn } from './parts.ts';
import { run, textLine, type Font } from './text.ts';
import { el } from './xml.ts';

const SM_SEMIBOLD: Font = { family: 'sans', size: 14, weight: 600 };
const MONO_SM: Font = { family: 'mono', size: 14, weight: 400 };
const MONO_11: Font = { family: 'mono', size: 11, weight: 400 };

/** The Region's frame as RegionNode.tsx draws it: dashed teal, a flag, "Region eu-west-1". */
export function drawRegion(node: RegionDiagramNode, ctx: DrawContext): Drawn {
  const { box } = node;
  const ink = tone(ctx.theme, 'teal-600', 'teal-400');
  const word = run('Region ', SM_SEMIBOLD, ink);
  const name = run(node.name, MONO_SM, ink);
  const svg = el(
    'g',
    { id: node.id, 'data-kind': 'region' },
    el('rect', {
      x: box.x + 1,
      y: box.y + 1,
      width: box.width - 2,
      height: box.height - 2,
      rx: 15,
      fill: 'none',
      ...stroke(ink, 2),
      'stroke-dasharray': '8 5',
    }),
    el('path', {
      d: `M ${box.x + 15} ${box.y + 25} V ${box.y + 13} H ${box.x + 24} L ${box.x + 22} ${box.y + 16} L ${box.x + 24} ${box.y + 19} H ${box.x + 15}`,
      fill: 'none',
      ...stroke(ink, 1.4),
    }),
    textLine([word, name], { x: box.x + 32, top: box.y + 8, lineHeight: 20 }, ctx.measure),
  );
  return { svg, bounds: box };
}

/** A VPC's zone bands as ZoneBands.tsx draws them: dashed, the zone on the bottom edge. */
export function drawZoneBands(node: VpcDiagramNode, ctx: DrawContext): string {
  if (!node.bands) return '';
  return node.bands
    .map(({ zone, box }) => {
      const width = ctx.measure(zone, MONO_11) + 8;
      const x = box.x + 12;
      const top = box.y + box.height - 8;
      return el(
        'g',
        { 'data-zone': zone },
        el('rect', {
          x: box.x + 0.5,
          y: box.y + 0.5,
          width: box.width - 1,
          height: box.height - 1,
          rx: 8,
          fill: 'none',
          ...stroke(tone(ctx.theme, 'slate-400', 'slate-500'), 1),
          'stroke-dasharray': '4 3',
        }),
        el('rect', {
          x,
          y: box.y - 8,
          width,
          height: 16,
          rx: 4,
          ...fill(tone(ctx.theme, 'white', 'slate-900')),
        }),
        textLine(
          [run(zone, MONO_11, tone(ctx.theme, 'slate-600', 'slate-300'))],
          { x: x + 4, top, lineHeight: 16 },
          ctx.measure,
        ),
      );
    })
    .join('');
}
