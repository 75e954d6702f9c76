import type { Axis, Span } from './axis.ts';
import { AWS_SERVICES, INTERNET } from './endpoints.ts';
import type { Frame, GridModel } from './draw.ts';

/*
 * The grid's headers, drawn on the same canvas as its cells: the row names (left), the column
 * names (top, turned), the VPC and subnet bands, and the palettes and fonts they share.
 */

export const LIGHT = {
  background: '#ffffff',
  header: '#f8fafc',
  headerLine: '#e2e8f0',
  vpcBand: '#ede9fe',
  vpcText: '#5b21b6',
  subnetBand: '#f1f5f9',
  subnetText: '#334155',
  text: '#0f172a',
  muted: '#64748b',
  allowedFill: '#dcfce7',
  allowedMark: '#15803d',
  blockedFill: '#fee2e2',
  blockedMark: '#b91c1c',
  unknownFill: '#fef3c7',
  unknownMark: '#92400e',
  selfFill: '#f1f5f9',
  selfMark: '#cbd5e1',
  faint: '#f1f5f9',
  highlight: 'rgba(14, 165, 233, 0.12)',
  cursor: '#0369a1',
};

export const DARK: typeof LIGHT = {
  background: '#0f172a',
  header: '#111827',
  headerLine: '#334155',
  vpcBand: '#2e1065',
  vpcText: '#ddd6fe',
  subnetBand: '#1e293b',
  subnetText: '#cbd5e1',
  text: '#f1f5f9',
  muted: '#94a3b8',
  allowedFill: '#14532d',
  allowedMark: '#86efac',
  blockedFill: '#7f1d1d',
  blockedMark: '#fca5a5',
  unknownFill: '#78350f',
  unknownMark: '#fde68a',
  selfFill: '#1e293b',
  selfMark: '#475569',
  faint: '#131c2e',
  highlight: 'rgba(56, 189, 248, 0.16)',
  cursor: '#38bdf8',
};

export const FONT = '12px ui-sans-serif, system-ui, sans-serif';
export const BOLD = '600 12px ui-sans-serif, system-ui, sans-serif';
export const SMALL = '11px ui-sans-serif, system-ui, sans-serif';
export const MONO = '11px ui-monospace, SFMono-Regular, Menlo, monospace';
export type Palette = typeof LIGHT;

export function drawPinnedHeaders(
  ctx: CanvasRenderingContext2D,
  m: GridModel,
  p: Palette,
  r0: number,
  y: (r: number) => number,
  f: Frame,
): number {
  const CH = m.sizes.columnHeader;
  const [vpc, subnet] = enclosingHeaders(m.rows, r0);
  let at = CH;
  for (const header of [vpc, subnet]) {
    if (header < 0 || y(header) >= at) continue;
    const line = m.rows.lines[header];
    ctx.fillStyle = line?.kind === 'vpc' ? p.vpcBand : p.subnetBand;
    ctx.fillRect(m.sizes.rowHeader, at, f.width, m.rows.sizes[header] as number);
    drawGroupHeader(ctx, m, p, header, at);
    at += m.rows.sizes[header] as number;
  }
  if (at > CH) {
    ctx.fillStyle = p.headerLine;
    ctx.fillRect(0, at - 1, f.width, 1);
  }
  return at;
}

export function drawRowHeaders(
  ctx: CanvasRenderingContext2D,
  m: GridModel,
  p: Palette,
  [r0, r1]: [number, number],
  y: (r: number) => number,
  f: Frame,
) {
  const RH = m.sizes.rowHeader;
  const CH = m.sizes.columnHeader;
  ctx.fillStyle = p.header;
  ctx.fillRect(0, CH, RH, f.height);
  ctx.textBaseline = 'middle';
  for (let r = r0; r < r1; r++) {
    const line = m.rows.lines[r];
    if (!line) continue;
    const top = y(r);
    const h = m.rows.sizes[r] as number;
    if (line.kind !== 'endpoint') {
      drawGroupHeader(ctx, m, p, r, top);
      continue;
    }
    if (f.hover?.row === r || f.cursor?.row === r) {
      ctx.fillStyle = p.highlight;
      ctx.fillRect(0, top, RH, h);
    }
    const info = m.infos[line.endpoint];
    const mid = top + h / 2;
    ctx.textAlign = 'right';
    ctx.font = MONO;
    ctx.fillStyle = p.muted;
    ctx.fillText(info?.ip ?? '', RH - 8, mid);
    const ipWidth = ctx.measureText(info?.ip ?? '').width;
    ctx.textAlign = 'left';
    ctx.font = FONT;
    ctx.fillStyle = p.text;
    ctx.fillText(fit(ctx, info?.name ?? '', RH - 40 - ipWidth), 24, mid);
  }
}

/** The VPC and subnet header lines above (or at) line `r`: -1 where there is none. */
function enclosingHeaders(axis: Axis, r: number): [number, number] {
  let vpc = -1;
  let subnet = -1;
  for (let k = Math.min(r, axis.lines.length - 1); k >= 0; k--) {
    const kind = axis.lines[k]?.kind;
    if (kind === 'subnet' && subnet < 0 && vpc < 0) subnet = k;
    if (kind === 'vpc') {
      vpc = k;
      break;
    }
  }
  return [vpc, subnet];
}

function drawGroupHeader(
  ctx: CanvasRenderingContext2D,
  m: GridModel,
  p: Palette,
  r: number,
  top: number,
) {
  const line = m.rows.lines[r];
  if (!line || line.kind === 'endpoint') return;
  const RH = m.sizes.rowHeader;
  const h = m.rows.sizes[r] as number;
  const vpc = line.kind === 'vpc';
  const outside = line.group.id === INTERNET || line.group.id === AWS_SERVICES;
  ctx.fillStyle = vpc ? p.vpcBand : p.subnetBand;
  ctx.fillRect(0, top, RH, h);
  const mid = top + h / 2;
  let cidrWidth = 0;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = vpc ? p.vpcText : p.subnetText;
  if (line.group.cidr) {
    ctx.font = MONO;
    ctx.textAlign = 'right';
    ctx.fillText(line.group.cidr, RH - 8, mid);
    cidrWidth = ctx.measureText(line.group.cidr).width + 12;
  }
  const indent = vpc ? 8 : 16;
  ctx.textAlign = 'left';
  ctx.font = BOLD;
  const label =
    line.group.id === INTERNET
      ? 'Internet: a row per piece of it'
      : outside
        ? `${line.group.name}, outside every VPC`
        : `${line.group.name}${vpc ? ' (VPC)' : ''}`;
  ctx.fillText(fit(ctx, label, RH - indent - 8 - cidrWidth), indent, mid);
}

export function drawColumnHeaders(
  ctx: CanvasRenderingContext2D,
  m: GridModel,
  p: Palette,
  [c0, c1]: [number, number],
  x: (c: number) => number,
  f: Frame,
) {
  const { rowHeader: RH, columnHeader: CH, band } = m.sizes;
  ctx.fillStyle = p.header;
  ctx.fillRect(RH, 0, f.width, CH);
  const bands = (spans: readonly Span[], top: number, fill: string, color: string) => {
    for (const span of spans) {
      const left = RH + span.start - f.scrollLeft;
      const right = RH + span.end - f.scrollLeft;
      if (right < RH || left > f.width) continue;
      ctx.fillStyle = fill;
      ctx.fillRect(left + 1, top + 1, right - left - 2, band - 2);
      const line = m.columns.lines[span.line];
      if (!line || line.kind === 'endpoint') continue;
      // The label sticks to the left edge while its band is scrolled partly out of view.
      const from = Math.max(left, RH) + 4;
      const room = right - from - 3;
      ctx.fillStyle = color;
      ctx.font = BOLD;
      if (ctx.measureText(line.group.name).width > room) ctx.font = SMALL;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(fit(ctx, line.group.name, room), from, top + band / 2);
    }
  };
  bands(m.columnSpans.vpcs, 0, p.vpcBand, p.vpcText);
  bands(m.columnSpans.subnets, band, p.subnetBand, p.subnetText);

  const s = m.sizes.cell;
  const room = CH - 2 * band - 10;
  ctx.font = FONT;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (let c = c0; c < c1; c++) {
    const line = m.columns.lines[c];
    if (line?.kind !== 'endpoint') continue;
    const left = x(c);
    if (f.hover?.column === c || f.cursor?.column === c) {
      ctx.fillStyle = p.highlight;
      ctx.fillRect(left, 2 * band, s, CH - 2 * band);
    }
    ctx.save();
    ctx.translate(left + s / 2, CH - 6);
    ctx.rotate(-Math.PI / 2);
    ctx.fillStyle = p.text;
    ctx.fillText(fit(ctx, m.infos[line.endpoint]?.name ?? '', room), 0, 0);
    ctx.restore();
  }
}

const fitted = new Map<string, string>();

/** The text, cut with an ellipsis to fit `width` in the current font (cached per font). */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  const key = `${ctx.font}|${Math.round(width)}|${text}`;
  const hit = fitted.get(key);
  if (hit !== undefined) return hit;
  let shown = text;
  if (ctx.measureText(text).width > width) {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid;
      else hi = mid - 1;
    }
    shown = `${text.slice(0, lo)}…`;
  }
  if (fitted.size > 5000) fitted.clear();
  fitted.set(key, shown);
  return shown;
}
