import { GROUP_COLOUR, SUBNET_LOOK } from '../awsLooks.ts';
import type { SubnetDiagramNode, VpcDiagramNode } from './diagram.ts';
import { fill, tone } from './palette.ts';
import {
  findingsBadge,
  findingsWidth,
  frame,
  icon,
  kindTile,
  MONO_XS,
  SM,
  SM_MEDIUM,
  XS,
  XS_SEMIBOLD,
  type DrawContext,
  type Drawn,
} from './parts.ts';
import { run, runsWidth, textLine } from './text.ts';
import { el } from './xml.ts';

/**
 * The containers, laid out as VpcNode.tsx and SubnetNode.tsx lay them out (their Tailwind
 * classes, in px, are noted where a number comes from one).
 */

const SM_SEMIBOLD = { ...SM, weight: 600 };
/** A VPC: `rounded-xl border-2`, header `px-2 pt-1.5`: chevron, icon tile, name and blocks. */
export function drawVpc(node: VpcDiagramNode, ctx: DrawContext): Drawn {
  const { theme, measure } = ctx;
  const { x, y, width } = node.box;
  const collapsed = node.contents !== null;
  const border = GROUP_COLOUR.vpc;
  const bg = collapsed
    ? tone(theme, 'violet-100', 'violet-950')
    : tone(theme, 'violet-50/50', 'violet-950/25');
  // Inside the 2 px border, 8 px in and 6 px down.
  const left = x + 10;
  const top = y + 8;
  const badgeRoom = node.findings ? findingsWidth(node.findings, measure) + 6 : 0;
  const textX = left + 20 + 6 + 20 + 6;
  const textWidth = x + width - 10 - badgeRoom - textX;
  const chevron = tone(theme, 'violet-800', 'violet-200');
  return {
    svg: el(
      'g',
      { id: node.id, 'data-kind': 'vpc' },
      frame(node.box, 2, 12, { fill: bg, border }),
      icon(collapsed ? 'chevronClosed' : 'chevronOpen', left + 2, top + 4, 16, chevron),
      kindTile('vpc', { x: left + 26, y: top + 2 }, 16, 2),
      textLine(
        [
          run('VPC ', SM, tone(theme, 'violet-700', 'violet-300')),
          run(node.name, SM_SEMIBOLD, tone(theme, 'violet-950', 'violet-100')),
        ],
        { x: textX, top, lineHeight: 20 },
        measure,
        { maxWidth: textWidth },
      ),
      textLine(
        [run(node.blocks, MONO_XS, tone(theme, 'violet-800', 'violet-300'))],
        { x: textX, top: top + 20, lineHeight: 16 },
        measure,
        { maxWidth: textWidth },
      ),
      findingsBadge(node.findings, x + width - 10, top + 2, ctx),
      collapsed
        ? textLine(
            [run(node.contents, XS, tone(theme, 'violet-900', 'violet-200'))],
            { x: x + 14, top: top + 36 + 4, lineHeight: 16 },
            measure,
            { maxWidth: width - 28 },
          )
        : '',
    ),
    bounds: node.box,
  };
}

/**
 * A subnet: `rounded-lg border` in AWS's public-subnet green or private-subnet teal, "Public" or
 * "Private" (with the padlock), header `px-2.5 pt-1.5`: corner tile, name, block · zone, and the kind badge at the right.
 */
export function drawSubnet(node: SubnetDiagramNode, ctx: DrawContext): Drawn {
  const { theme, measure } = ctx;
  const { x, y, width } = node.box;
  const pub = node.isPublic;
  const look = SUBNET_LOOK[pub ? 'public' : 'private'];
  const [border, bg, text, muted] = [
    look.colour,
    tone(theme, look.fill.light, look.fill.dark),
    tone(theme, 'slate-900', 'slate-50'),
    tone(theme, 'slate-600', 'slate-300'),
  ];
  const left = x + 11;
  const top = y + 7;
  // The kind badge: `px-1.5 py-0.5`, a 12 px padlock, `gap-1`, the word in semibold.
  const word = pub ? 'Public' : 'Private';
  const kindWidth = 6 + 12 + 4 + runsWidth([run(word, XS_SEMIBOLD, 'white')], measure) + 6;
  const kindX = x + width - 11 - kindWidth;
  const findingsRoom = node.findings ? findingsWidth(node.findings, measure) + 4 : 0;
  const textX = left + 20 + 6;
  const textWidth = kindX - findingsRoom - 6 - textX;
  const kindBg = tone(theme, look.badge.light, look.badge.dark);
  const kindInk = tone(theme, look.badgeInk.light, look.badgeInk.dark);
  return {
    svg: el(
      'g',
      { id: node.id, 'data-kind': 'subnet', 'data-public': String(pub) },
      frame(node.box, 1, 8, { fill: bg, border }),
      kindTile('subnet', { x: left, y: top }, 16, 2, 'rounded', {
        colour: look.colour,
        icon: look.icon,
      }),
      textLine([run(node.name, SM_MEDIUM, text)], { x: textX, top, lineHeight: 20 }, measure, {
        maxWidth: textWidth,
      }),
      textLine(
        [
          run(node.cidrBlock, MONO_XS, muted),
          run(' · ', XS, muted),
          run(node.availabilityZone, MONO_XS, muted),
        ],
        { x: textX, top: top + 20, lineHeight: 16 },
        measure,
        { maxWidth: textWidth },
      ),
      findingsBadge(node.findings, kindX - 4, top + 2, ctx),
      el(
        'g',
        { 'data-badge': word },
        el('rect', { x: kindX, y: top, width: kindWidth, height: 20, rx: 4, ...fill(kindBg) }),
        icon(pub ? 'public' : 'private', kindX + 6, top + 4, 12, kindInk),
        textLine(
          [run(word, XS_SEMIBOLD, kindInk)],
          { x: kindX + 22, top: top + 2, lineHeight: 16 },
          measure,
        ),
      ),
    ),
    bounds: node.box,
  };
}
