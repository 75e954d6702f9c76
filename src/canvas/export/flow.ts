import type { Mark } from '../animation/hopText.ts';
import { pathData } from '../animation/motion.ts';
import type { Point } from '../animation/scene.ts';
import { VERDICT_SHAPES } from '../animation/verdictShapes.ts';
import type { Marker } from '../animation/waypoints.ts';
import { RING_PAD } from '../animation/frame.ts';
import {
  BADGE_MAIN,
  BADGE_MARK,
  BADGE_SUB,
  badgeSize,
  leaderOf,
  placeBadge,
  type Obstacle,
} from '../animation/badgePlace.ts';
import { markerObstacles } from '../animation/obstacles.ts';
import { routerFootprint } from '../animation/routerSpot.ts';
import type { DiagramFlow, Rect, Theme } from './diagram.ts';
import { fill, stroke, tone } from './palette.ts';
import { shapeParts, type DrawContext, type Drawn } from './parts.ts';
import { run, runsWidth, textLine, type Font } from './text.ts';
import { el, escapeXml, group, num } from './xml.ts';

/**
 * The flow shown, as the packet overlay draws it at rest (PacketOverlay.tsx and animation.css):
 * the dashed track, the legs travelled in the direction's colour, the router and internet
 * markers, the marks of the hops passed, the ring around what decided, the packet, and the badge
 * of its hop. Every point comes from the animation's own waypoints (frame.ts).
 */

const COLOUR = { request: '#2563eb', response: '#7c3aed' } as const;
const RED = '#dc2626';
const RING: Readonly<Record<Mark, string>> = {
  allow: '#16a34a',
  deny: RED,
  skip: '#64748b',
  unknown: '#d97706',
};
const LABEL: Readonly<Record<Mark, { border: string; ink: string; bg: string }>> = {
  allow: { border: '#16a34a', ink: '#14532d', bg: '#ffffff' },
  deny: { border: RED, ink: '#7f1d1d', bg: '#fef2f2' },
  skip: { border: '#64748b', ink: '#1e293b', bg: '#ffffff' },
  unknown: { border: '#d97706', ink: '#78350f', bg: '#ffffff' },
};
const MAIN: Font = BADGE_MAIN;
const SUB: Font = BADGE_SUB;
const MARKER: Font = { family: 'ui', size: 11, weight: 600 };
const MARKER_MONO: Font = { family: 'mono', size: 11, weight: 400 };

const line = (points: readonly (readonly Point[])[], colour: string, width: number) =>
  points.length === 0
    ? ''
    : el('path', {
        d: points.map((p) => pathData(p)).join(' '),
        fill: 'none',
        ...stroke(colour, width),
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
        opacity: 0.85,
      });

/** A verdict's mark, `size` px, centred on a point. */
const verdict = (mark: Mark, at: Point, size: number) =>
  el(
    'g',
    {
      transform: `translate(${num(at.x - size / 2)} ${num(at.y - size / 2)}) scale(${num(size / 20)})`,
      'data-mark': mark,
    },
    shapeParts(VERDICT_SHAPES[mark]),
  );

function markerShape(m: Marker, title: string, ctx: DrawContext): Drawn {
  const { x, y } = m.at;
  const ink = tone(ctx.theme, '#334155', '#e2e8f0');
  const titled = el('title', {}, escapeXml(title));
  if (m.kind === 'router') {
    const d =
      `M ${x - 7} ${y} H ${x + 7} M ${x} ${y - 7} V ${y + 7} ` +
      `M ${x + 4} ${y - 3} L ${x + 7} ${y} L ${x + 4} ${y + 3} M ${x - 4} ${y - 3} L ${x - 7} ${y} L ${x - 4} ${y + 3} ` +
      `M ${x - 3} ${y - 4} L ${x} ${y - 7} L ${x + 3} ${y - 4} M ${x - 3} ${y + 4} L ${x} ${y + 7} L ${x + 3} ${y + 4}`;
    return {
      svg: el(
        'g',
        { 'data-marker': 'router' },
        titled,
        el('circle', { cx: x, cy: y, r: 12, fill: '#ffffff', ...stroke('#475569', 2) }),
        el('path', {
          d,
          fill: 'none',
          ...stroke('#334155', 1.6),
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
        }),
        m.word === 'beside'
          ? textLine([run('router', MARKER, ink)], { x: x + 16, baseline: y + 4 }, ctx.measure)
          : textLine([run('router', MARKER, ink)], { x, baseline: y + 24 }, ctx.measure, {
              anchor: 'middle',
            }),
      ),
      bounds: routerFootprint(m.at, m.word, 4),
    };
  }
  const address = run(m.address, MARKER_MONO, ink);
  const globe = { fill: 'none', ...stroke('#0369a1', 1.4) };
  return {
    svg: el(
      'g',
      { 'data-marker': m.label ? 'service' : 'internet' },
      titled,
      el('circle', { cx: x, cy: y, r: 16, fill: '#e0f2fe', ...stroke('#0369a1', 2) }),
      el('ellipse', { cx: x, cy: y, rx: 7, ry: 16, ...globe }),
      el('path', { d: `M ${x - 16} ${y} H ${x + 16}`, ...globe }),
      textLine(
        [run(m.label ?? 'Internet', MARKER, ink)],
        { x: x + 22, baseline: y - 2 },
        ctx.measure,
      ),
      textLine([address], { x: x + 22, baseline: y + 11 }, ctx.measure),
    ),
    bounds: {
      x: x - 17,
      y: y - 17,
      width: 39 + Math.max(50, runsWidth([address], ctx.measure)),
      height: 34,
    },
  };
}

function ring(focus: NonNullable<DiagramFlow['frame']['ring']>): string {
  const { mark } = focus;
  const look = {
    fill: 'none',
    ...stroke(RING[mark], mark === 'deny' ? 4 : 2.5),
    'stroke-dasharray': mark === 'deny' ? null : '7 5',
    'data-mark': mark,
  };
  const f = focus.focus;
  if (f.kind === 'point') return el('circle', { cx: f.at.x, cy: f.at.y, r: f.radius, ...look });
  return el('rect', {
    x: f.box.x - RING_PAD,
    y: f.box.y - RING_PAD,
    width: f.box.width + 2 * RING_PAD,
    height: f.box.height + 2 * RING_PAD,
    rx: f.radius + RING_PAD / 2,
    ...look,
  });
}

function packet(p: DiagramFlow['frame']['packet']): string {
  const { x, y } = p.at;
  return el(
    'g',
    { 'data-packet': p.blocked ? 'blocked' : p.direction },
    el('circle', {
      cx: x,
      cy: y,
      r: 11,
      fill: '#ffffff',
      ...stroke('#0f172a', 1),
      'stroke-opacity': 0.35,
    }),
    el('circle', {
      cx: x,
      cy: y,
      r: 7.5,
      fill: p.blocked ? RED : COLOUR[p.direction],
      ...stroke('#ffffff', 1.5),
    }),
    p.blocked
      ? el('path', {
          d: `M ${x - 3.5} ${y - 3.5} L ${x + 3.5} ${y + 3.5} M ${x + 3.5} ${y - 3.5} L ${x - 3.5} ${y + 3.5}`,
          ...stroke('#ffffff', 2),
          'stroke-linecap': 'round',
        })
      : '',
  );
}

/**
 * The hop's badge: its verdict mark, then a box with the label and where (`.vfl-anim-label`),
 * placed as the canvas places it (`placeBadge`), against the same kinds of obstacles.
 */
function badge(
  flow: DiagramFlow,
  theme: Theme,
  ctx: DrawContext,
  obstacles: readonly Obstacle[],
): Drawn | null {
  const b = flow.frame.badge;
  if (!b) return null;
  const f = flow.frame;
  const size = badgeSize(flow.label, flow.where, ctx.measure, b.mark === 'deny');
  // Where the screen shows it (its words may be drawn larger there: same left, same middle).
  const screen = flow.badgeBox;
  const placed = screen
    ? {
        x: screen.x,
        y: screen.y + screen.height / 2 - size.height / 2,
        ...size,
      }
    : placeBadge({
        at: f.packet.at,
        focus: f.ring?.focus ?? null,
        size,
        obstacles: [
          ...obstacles,
          ...markerObstacles(
            f.markers,
            f.passed.map((p) => p.at),
            ctx.measure,
          ),
        ],
        view: null,
      });
  const look = LABEL[b.mark];
  const dark = theme === 'dark';
  const ink = dark ? (b.mark === 'deny' ? '#fee2e2' : '#dcfce7') : look.ink;
  const bg = dark ? (b.mark === 'deny' ? '#450a0a' : '#0f172a') : look.bg;
  const subInk = dark ? '#cbd5e1' : '#475569';
  const border = b.mark === 'deny' ? 2 : 1.5;
  const main = run(flow.label, MAIN, ink);
  const sub = run(flow.where, SUB, subInk);
  const labelW =
    2 * border + 14 + Math.max(runsWidth([main], ctx.measure), runsWidth([sub], ctx.measure));
  const labelH = size.height;
  const width = size.width;
  const left = placed.x;
  const top = placed.y;
  const boxX = left + BADGE_MARK + 4;
  const leader = leaderOf(f.packet.at, placed);
  return {
    svg: el(
      'g',
      { 'data-badge': b.mark },
      leader
        ? el('path', {
            d: `M ${num(leader[0].x)} ${num(leader[0].y)} L ${num(leader[1].x)} ${num(leader[1].y)}`,
            fill: 'none',
            ...stroke(theme === 'dark' ? '#cbd5e1' : '#475569', 1.5),
            'stroke-dasharray': '3 3',
          })
        : '',
      verdict(b.mark, { x: left + 11, y: top + labelH / 2 }, 22),
      el('rect', {
        x: boxX + border / 2,
        y: top + border / 2,
        width: labelW - border,
        height: labelH - border,
        rx: 6 - border / 2,
        ...fill(bg),
        ...stroke(look.border, border),
      }),
      textLine(
        [main],
        { x: boxX + border + 7, top: top + border + 2, lineHeight: 15 },
        ctx.measure,
      ),
      textLine(
        [sub],
        { x: boxX + border + 7, top: top + border + 2 + 15, lineHeight: SUB.size * 1.25 },
        ctx.measure,
      ),
    ),
    bounds: { x: left, y: top, width, height: labelH },
  };
}

const boundsOf = (points: readonly Point[], pad: number): Rect => {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs) - pad;
  const y = Math.min(...ys) - pad;
  return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
};

/** The flow's overlay, above every node, and the boxes it covers. */
export function drawFlow(
  flow: DiagramFlow,
  ctx: DrawContext,
  obstacles: readonly Obstacle[] = [],
): { svg: string; bounds: Rect[] } {
  const f = flow.frame;
  const markers = f.markers.map((m, k) => markerShape(m, flow.markerTitles[k] ?? '', ctx));
  const label = badge(flow, ctx.theme, ctx, obstacles);
  const bounds: Rect[] = [boundsOf([...f.track, f.packet.at], 12), ...markers.map((m) => m.bounds)];
  if (f.ring) {
    const r = f.ring.focus;
    bounds.push(
      r.kind === 'box'
        ? { x: r.box.x - 8, y: r.box.y - 8, width: r.box.width + 16, height: r.box.height + 16 }
        : boundsOf([r.at], r.radius + 2),
    );
  }
  if (label) bounds.push(label.bounds);
  const svg = group(
    { id: 'flow', 'data-kind': 'flow' },
    el('path', {
      d: pathData(f.track),
      fill: 'none',
      ...stroke('#64748b', 2),
      'stroke-dasharray': '5 5',
      opacity: 0.6,
    }),
    line(f.travelled.request, COLOUR.request, 3),
    line(f.travelled.response, COLOUR.response, 3),
    f.current ? line([f.current.points], COLOUR[f.current.direction], 3) : '',
    ...markers.map((m) => m.svg),
    f.ring ? ring(f.ring) : '',
    packet(f.packet),
    ...f.passed.map((p) => verdict(p.mark, p.at, 14)),
    label?.svg ?? '',
  );
  return { svg, bounds };
}
