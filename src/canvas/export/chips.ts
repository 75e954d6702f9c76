import type { DiagramChip, DiagramNode } from './diagram.ts';
import { fill, stroke, tone } from './palette.ts';
import type { DrawContext } from './parts.ts';
import { run, textLine, type Font } from './text.ts';
import { el } from './xml.ts';

const CHIP_FONT: Font = { family: 'sans', size: 11, weight: 500 };
/** `leading-4`, `px-1.5`, `gap-1`: as SecurityChips.tsx sets them. */
const HEIGHT = 16;
const PAD = 6;
const GAP = 4;

function chip(c: DiagramChip, x: number, top: number, maxWidth: number, ctx: DrawContext) {
  const inner = Math.min(ctx.measure(c.text, CHIP_FONT), maxWidth - 2 * PAD);
  const width = inner + 2 * PAD;
  const svg = el(
    'g',
    { 'data-chip': c.id },
    el('rect', { x, y: top, width, height: HEIGHT, rx: HEIGHT / 2, ...fill(c.colour) }),
    c.dashed
      ? el('rect', {
          x: x - 1.5,
          y: top - 1.5,
          width: width + 3,
          height: HEIGHT + 3,
          rx: HEIGHT / 2 + 1.5,
          fill: 'none',
          ...stroke(c.colour, 1),
          'stroke-dasharray': '3 2',
        })
      : '',
    textLine(
      [run(c.text, CHIP_FONT, 'white')],
      { x: x + PAD, top, lineHeight: HEIGHT },
      ctx.measure,
      {
        maxWidth: inner + 0.5,
      },
    ),
  );
  return { svg, width };
}

/**
 * A node's chips on its bottom border, where the canvas puts them: security groups from the left
 * (`left-2`), then "+n"; a subnet's network ACL on the right (`right-3`); each 10 px below the
 * border (`-bottom-2.5`). Empty for a node without chips.
 */
export function drawChips(node: DiagramNode, ctx: DrawContext): string {
  const chips = node.chips;
  if (!chips) return '';
  const { box } = node;
  const top = box.y + box.height + 10 - HEIGHT;
  const parts: string[] = [];
  let x = box.x + 8;
  const limit = box.x + box.width - 56;
  for (const g of chips.groups) {
    const drawn = chip(g, x, top, Math.max(24, limit - x), ctx);
    parts.push(drawn.svg);
    x += drawn.width + GAP;
  }
  if (chips.more > 0) {
    const text = `+${chips.more}`;
    const width = ctx.measure(text, CHIP_FONT) + 2 * PAD;
    parts.push(
      el('rect', {
        x: x + 0.5,
        y: top + 0.5,
        width: width - 1,
        height: HEIGHT - 1,
        rx: HEIGHT / 2,
        ...fill(tone(ctx.theme, 'white', 'slate-900')),
        ...stroke('slate-400', 1),
      }),
      textLine(
        [run(text, { ...CHIP_FONT, weight: 400 }, tone(ctx.theme, 'slate-700', 'slate-200'))],
        { x: x + PAD, top, lineHeight: HEIGHT },
        ctx.measure,
      ),
    );
  }
  if (chips.acl) {
    const width = ctx.measure(chips.acl.text, CHIP_FONT) + 2 * PAD;
    const fitted = Math.min(width, box.width * 0.6);
    parts.push(chip(chips.acl, box.x + box.width - 12 - fitted, top, fitted, ctx).svg);
  }
  return el('g', { 'data-chips': node.id }, ...parts);
}
