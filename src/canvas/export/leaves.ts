import type {
  InstanceDiagramNode,
  InternetHostDiagramNode,
  NatGatewayDiagramNode,
  Rect,
  Theme,
} from './diagram.ts';
import { fill, stroke, tone, type Colour } from './palette.ts';
import {
  findingsBadge,
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
import { run, runsWidth, textLine, type Run } from './text.ts';
import { el } from './xml.ts';
import type { IconName } from '../iconShapes.ts';
import { lookColour, type LookKind } from '../awsLooks.ts';

/**
 * The leaf nodes, laid out as their components lay them out (LEAF_CLASS in nodes/styles.ts:
 * `rounded-md border border-l-4 px-2`, items centred; an icon tile, `gap-2`, a column of lines).
 */

/** A findings badge sits over the top right corner (`-top-2 -right-2`), outside the box. */
export const OVERHANG = 8;

export const withOverhang = (box: Rect, has: boolean): Rect =>
  has
    ? { ...box, y: box.y - OVERHANG, width: box.width + OVERHANG, height: box.height + OVERHANG }
    : box;

/** One line of the column: its runs and height, or a drawing of its own (the host's field). */
export type Line =
  | { readonly runs: readonly Run[]; readonly height: number; readonly icon?: IconName }
  | { readonly draw: (x: number, top: number, width: number) => string; readonly height: number };

export interface Leaf {
  readonly accent: Colour;
  readonly tile: { readonly kind: LookKind; readonly round: boolean };
  readonly lines: readonly Line[];
}

export function drawLeaf(
  node: { id: string; box: Rect; kind: string },
  leaf: Leaf,
  ctx: DrawContext,
): string {
  const { theme, measure } = ctx;
  const { x, y, width, height } = node.box;
  const cy = y + height / 2;
  // Border in the accent all round, 4 px on the left (`border border-l-4`): the accent's
  // rounded box with the white card inside it.
  const outline = el('rect', { x, y, width, height, rx: 6, ...fill(leaf.accent) });
  const body = el('rect', {
    x: x + 4,
    y: y + 1,
    width: Math.max(0, width - 5),
    height: Math.max(0, height - 2),
    rx: 4,
    ...fill(tone(theme, 'white', 'slate-900')),
  });
  const tile = kindTile(
    leaf.tile.kind,
    { x: x + 12, y: cy - 13 },
    18,
    4,
    leaf.tile.round ? 'round' : 'rounded',
  );
  const textX = x + 46;
  const textWidth = width - 55;
  const columnHeight = leaf.lines.reduce((h, l) => h + l.height, 0);
  let top = cy - columnHeight / 2;
  const lines = leaf.lines.map((line) => {
    const at = top;
    top += line.height;
    if ('draw' in line) return line.draw(textX, at, textWidth);
    if (!line.icon) {
      return textLine(line.runs, { x: textX, top: at, lineHeight: line.height }, measure, {
        maxWidth: textWidth,
      });
    }
    const ink = line.runs[0]?.colour ?? 'slate-500';
    return (
      icon(line.icon, textX, at + (line.height - 11) / 2, 11, ink) +
      textLine(line.runs, { x: textX + 15, top: at, lineHeight: line.height }, measure, {
        maxWidth: textWidth - 15,
      })
    );
  });
  return el('g', { id: node.id, 'data-kind': node.kind }, outline, body, tile, ...lines);
}

export const nameLine = (runs: readonly Run[]): Line => ({ runs, height: 20 });
export const monoLine = (text: string, colour: Colour): Line => ({
  runs: [run(text, MONO_XS, colour)],
  height: 16,
});

/** An EC2 instance: Compute orange, its name, private address, and public address if it has one. */
export function drawInstance(node: InstanceDiagramNode, ctx: DrawContext): Drawn {
  const { theme } = ctx;
  const lines: Line[] = [
    nameLine([run(node.name, SM_MEDIUM, tone(theme, 'slate-900', 'slate-50'))]),
    addressLine(node.privateIp, node.secondaries, theme),
  ];
  if (node.publicIp) {
    lines.push({
      runs: [run(node.publicIp, MONO_XS, tone(theme, 'slate-500', 'slate-400'))],
      height: 16,
      icon: 'globe',
    });
  }
  const svg =
    drawLeaf(
      node,
      {
        accent: lookColour('instance'),
        tile: { kind: 'instance', round: false },
        lines,
      },
      ctx,
    ) +
    interfacesChip(node, ctx) +
    findingsBadge(
      node.findings,
      node.box.x + node.box.width + OVERHANG,
      node.box.y - OVERHANG,
      ctx,
    );
  return { svg, bounds: withOverhang(node.box, !!node.findings) };
}

/** An address and, when it has secondary ones, how many ("10.0.1.10 +2"). */
export function addressLine(address: string, secondaries: number, theme: Theme): Line {
  const runs = [run(address, MONO_XS, tone(theme, 'slate-600', 'slate-300'))];
  if (secondaries > 0)
    runs.push(run(` +${secondaries}`, XS, tone(theme, 'slate-500', 'slate-400')));
  return { runs, height: 16 };
}

/**
 * "2 ENIs" on the instance's bottom edge when it has more than one interface (`absolute right-1.5
 * -bottom-2 rounded-full border px-1.5 text-[11px] leading-4`).
 */
function interfacesChip(node: InstanceDiagramNode, ctx: DrawContext): string {
  if (node.interfaces < 2) return '';
  const { theme, measure } = ctx;
  const words = run(`${node.interfaces} ENIs`, CHIP, tone(theme, 'orange-800', 'orange-200'));
  const width = 12 + runsWidth([words], measure) + 2;
  const x = node.box.x + node.box.width - 6 - width;
  const y = node.box.y + node.box.height - 10;
  return el(
    'g',
    { 'data-chip': 'interfaces' },
    el('rect', {
      x: x + 0.5,
      y: y + 0.5,
      width: width - 1,
      height: 17,
      rx: 8.5,
      ...fill(tone(theme, 'white', 'slate-900')),
      ...stroke(tone(theme, 'orange-500', 'orange-400'), 1),
    }),
    textLine([words], { x: x + 7, top: y + 1, lineHeight: 16 }, measure),
  );
}

const CHIP = { family: 'sans', size: 11, weight: 500 } as const;

/** A NAT gateway: Networking purple, "NAT" and its name, its public address, its state when not available. */
export function drawNatGateway(node: NatGatewayDiagramNode, ctx: DrawContext): Drawn {
  const { theme } = ctx;
  const lines: Line[] = [
    nameLine([
      run('NAT ', SM, tone(theme, 'slate-500', 'slate-400')),
      run(node.name, SM_MEDIUM, tone(theme, 'slate-900', 'slate-50')),
    ]),
    monoLine(node.publicIp ?? 'no public IP', tone(theme, 'slate-600', 'slate-300')),
  ];
  if (node.state !== null) {
    lines.push({
      runs: [run(node.state, XS_SEMIBOLD, tone(theme, 'amber-700', 'amber-300'))],
      height: 16,
    });
  }
  const svg =
    drawLeaf(
      node,
      {
        accent: lookColour('natGateway'),
        tile: { kind: 'natGateway', round: false },
        lines,
      },
      ctx,
    ) +
    findingsBadge(
      node.findings,
      node.box.x + node.box.width + OVERHANG,
      node.box.y - OVERHANG,
      ctx,
    );
  return { svg, bounds: withOverhang(node.box, !!node.findings) };
}

/** A host on the internet: grey, "Internet ·" and its name, its address in its field. */
export function drawInternetHost(node: InternetHostDiagramNode, ctx: DrawContext): Drawn {
  const { theme, measure } = ctx;
  // The address field is an inline input (`border px-1`, 18 px) on a 24 px line, 5 px down.
  const field: Line = {
    height: 24,
    draw: (x, top, width) =>
      el('rect', {
        x: x + 0.5,
        y: top + 5.5,
        width: width - 1,
        height: 17,
        rx: 3.5,
        fill: 'none',
        ...stroke(tone(theme, 'slate-300', 'slate-600'), 1),
      }) +
      textLine(
        [run(node.address, MONO_XS, tone(theme, 'slate-800', 'slate-100'))],
        { x: x + 5, top: top + 6, lineHeight: 16 },
        measure,
        { maxWidth: width - 10 },
      ),
  };
  const svg = drawLeaf(
    node,
    {
      accent: tone(theme, 'slate-500', 'slate-400'),
      tile: { kind: 'internetHost', round: true },
      lines: [
        nameLine([
          run('Internet · ', SM, tone(theme, 'slate-500', 'slate-400')),
          run(node.name, SM_MEDIUM, tone(theme, 'slate-900', 'slate-50')),
        ]),
        field,
      ],
    },
    ctx,
  );
  return { svg, bounds: node.box };
}
