import { CATEGORY_COLOUR, LOOKS, type LookKind } from '../awsLooks.ts';
import { ICON_SHAPES, ICON_STROKE, type IconName, type IconPart } from '../iconShapes.ts';
import type { FindingsCount, Rect, Theme } from './diagram.ts';
import { fill, stroke, tone, type Colour } from './palette.ts';
import { run, textLine, type Font, type Measure } from './text.ts';
import { el, escapeXml, num } from './xml.ts';

/** Pieces several drawers share: icons, the small rounded chips, the findings badge. */

/** What a drawer hands back: its markup and the box it covers (to size the image). */
export interface Drawn {
  readonly svg: string;
  readonly bounds: Rect;
}

/** What every drawer is given besides its item. */
export interface DrawContext {
  readonly theme: Theme;
  readonly measure: Measure;
}

export const XS: Font = { family: 'sans', size: 12, weight: 400 };
export const XS_SEMIBOLD: Font = { ...XS, weight: 600 };
export const SM: Font = { family: 'sans', size: 14, weight: 400 };
export const SM_MEDIUM: Font = { ...SM, weight: 500 };
export const MONO_XS: Font = { family: 'mono', size: 12, weight: 400 };

/** The parts of a shape (iconShapes.ts), as SVG elements. */
export const shapeParts = (parts: readonly IconPart[]): string =>
  parts.map((p) => el(p.tag, p.attrs, p.text === undefined ? '' : escapeXml(p.text))).join('');

/** A line icon at (x, y), `size` px square, stroked in `colour`. */
export function icon(name: IconName, x: number, y: number, size: number, colour: Colour): string {
  return el(
    'g',
    {
      transform: `translate(${num(x)} ${num(y)}) scale(${num(size / 24)})`,
      ...ICON_STROKE,
      ...stroke(colour, ICON_STROKE['stroke-width']),
    },
    shapeParts(ICON_SHAPES[name]),
  );
}

/** An icon on a coloured tile (`p-1` or `p-0.5` around it), square or round. */
export function iconTile(
  name: IconName,
  at: { x: number; y: number },
  iconSize: number,
  pad: number,
  colours: { tile: Colour; icon: Colour },
  shape: 'rounded' | 'round',
): string {
  const side = iconSize + 2 * pad;
  const tile =
    shape === 'round'
      ? el('circle', {
          cx: at.x + side / 2,
          cy: at.y + side / 2,
          r: side / 2,
          ...fill(colours.tile),
        })
      : el('rect', { x: at.x, y: at.y, width: side, height: side, rx: 4, ...fill(colours.tile) });
  return tile + icon(name, at.x + pad, at.y + pad, iconSize, colours.icon);
}

/**
 * A kind's tile as KindTile.tsx draws it: its category's colour (or a group's own), its glyph
 * (or a group's own) in white, `data-icon` and `data-category` as on the canvas.
 */
export function kindTile(
  kind: LookKind,
  at: { x: number; y: number },
  iconSize: number,
  pad: number,
  shape: 'rounded' | 'round' = 'rounded',
  group: { colour?: string; icon?: IconName } = {},
): string {
  const look = LOOKS[kind];
  return el(
    'g',
    { 'data-icon': kind, 'data-category': look.category },
    iconTile(
      group.icon ?? look.icon,
      at,
      iconSize,
      pad,
      { tile: group.colour ?? CATEGORY_COLOUR[look.category], icon: 'white' },
      shape,
    ),
  );
}

/** A box's outline rectangle, inset by half the stroke so the stroke lies inside (CSS borders). */
export function frame(
  box: Rect,
  border: number,
  radius: number,
  colours: { fill: Colour | null; border: Colour },
  extra: Readonly<Record<string, string | number>> = {},
): string {
  return el('rect', {
    x: box.x + border / 2,
    y: box.y + border / 2,
    width: Math.max(0, box.width - border),
    height: Math.max(0, box.height - border),
    rx: Math.max(0, radius - border / 2),
    ...fill(colours.fill),
    ...stroke(colours.border, border),
    ...extra,
  });
}

/** Width of the findings badge: `px-1.5`, a 12 px icon, `gap-0.5`, the count. */
export function findingsWidth(f: FindingsCount, measure: Measure): number {
  return 6 + 12 + 2 + measure(String(f.errors + f.warnings), XS_SEMIBOLD) + 6;
}

/**
 * What `validate` found, as the node's badge shows it (FindingsBadge): red with a cross for
 * errors, amber with a triangle for warnings only, and the count. `right` and `top` place it.
 */
export function findingsBadge(
  f: FindingsCount | undefined,
  right: number,
  top: number,
  ctx: DrawContext,
): string {
  if (!f || f.errors + f.warnings === 0) return '';
  const { theme, measure } = ctx;
  const width = findingsWidth(f, measure);
  const x = right - width;
  const error = f.errors > 0;
  const bg = error ? tone(theme, 'red-600', 'red-500') : tone(theme, 'amber-400', 'amber-300');
  const ink = error ? 'white' : 'amber-950';
  const count = String(f.errors + f.warnings);
  return el(
    'g',
    { 'data-findings': error ? 'error' : 'warning' },
    el('rect', { x, y: top, width, height: 16, rx: 8, ...fill(bg) }),
    icon(error ? 'error' : 'warning', x + 6, top + 2, 12, ink),
    textLine([run(count, XS_SEMIBOLD, ink)], { x: x + 20, top: top + 2, lineHeight: 12 }, measure),
  );
}

export const MONO_10: Font = { family: 'mono', size: 10, weight: 400 };

/**
 * A leaf's Terraform address, as its chip on the canvas (TerraformAddress.tsx): violet, mono,
 * hung 12 px below the bottom edge from `left-2`, cut to the box's width less 1 rem.
 */
export function addressChip(address: string, box: Rect, ctx: DrawContext): Drawn {
  const { theme, measure } = ctx;
  const maxText = box.width - 16 - 8;
  const width = Math.min(measure(address, MONO_10), maxText) + 8;
  const x = box.x + 8;
  const y = box.y + box.height - 4;
  const svg = el(
    'g',
    { 'data-address': address },
    el('rect', {
      x,
      y,
      width,
      height: 16,
      rx: 4,
      ...fill(tone(theme, 'violet-50', 'violet-900')),
      ...stroke(tone(theme, 'violet-300', 'violet-700'), 1),
    }),
    textLine(
      [run(address, MONO_10, tone(theme, 'violet-900', 'violet-100'))],
      { x: x + 4, top: y, lineHeight: 16 },
      measure,
      { maxWidth: maxText },
    ),
  );
  return { svg, bounds: { x, y, width, height: 16 } };
}
