import type { IconPart } from '../iconShapes.ts';
import type { Mark } from './hopText.ts';

/**
 * A hop's verdict told by shape and colour, never colour alone, in a 20×20 box: a check in a
 * green circle, a cross in a red octagon, a dash in a grey square, a question mark in an amber
 * diamond. The canvas (VerdictIcon) and the image export draw these same shapes.
 */
const WHITE_LINE = { fill: 'none', stroke: '#fff', 'stroke-linecap': 'round' } as const;
const RIM = { stroke: '#fff', 'stroke-width': 1.5 } as const;

export const VERDICT_SHAPES: Readonly<Record<Mark, readonly IconPart[]>> = {
  allow: [
    { tag: 'circle', attrs: { cx: 10, cy: 10, r: 9, fill: '#16a34a', ...RIM } },
    {
      tag: 'path',
      attrs: {
        d: 'M5.5 10.5 L8.7 13.5 L14.5 6.8',
        ...WHITE_LINE,
        'stroke-width': 2.2,
        'stroke-linejoin': 'round',
      },
    },
  ],
  deny: [
    {
      tag: 'path',
      attrs: {
        d: 'M6.3 1 H13.7 L19 6.3 V13.7 L13.7 19 H6.3 L1 13.7 V6.3 Z',
        fill: '#dc2626',
        ...RIM,
      },
    },
    {
      tag: 'path',
      attrs: { d: 'M6.5 6.5 L13.5 13.5 M13.5 6.5 L6.5 13.5', ...WHITE_LINE, 'stroke-width': 2.4 },
    },
  ],
  skip: [
    {
      tag: 'rect',
      attrs: { x: 1.5, y: 1.5, width: 17, height: 17, rx: 3, fill: '#64748b', ...RIM },
    },
    { tag: 'path', attrs: { d: 'M5.5 10 H14.5', ...WHITE_LINE, 'stroke-width': 2.4 } },
  ],
  unknown: [
    { tag: 'path', attrs: { d: 'M10 1 L19 10 L10 19 L1 10 Z', fill: '#d97706', ...RIM } },
    {
      tag: 'text',
      attrs: {
        x: 10,
        y: 14,
        'text-anchor': 'middle',
        'font-size': 11,
        'font-weight': 700,
        fill: '#fff',
      },
      text: '?',
    },
  ],
};
