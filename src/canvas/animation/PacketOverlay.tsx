import { ViewportPortal, useStore as useFlowStore } from '@xyflow/react';
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { Trace } from '../../engine/types.ts';
import { HOP_DURATION_MS, useStore } from '../../store/index.ts';
import {
  markerTitle,
  passedMarks,
  RING_PAD,
  shownStep,
  trackPoints,
  travelledLegs,
} from './frame.ts';
import { hopLabel, hopWhere, markOf, namesOf } from './hopText.ts';
import { pathData, TRAVEL_SHARE } from './motion.ts';
import { PacketAnimator } from './PacketAnimator.ts';
import { leaderOf } from './badgePlace.ts';
import { leafBoxes } from './obstacles.ts';
import { sceneOf, type Rect } from './scene.ts';
import { useBadgeBox } from './useBadgeBox.ts';
import { useDrawnWords } from './useFlowObstacles.ts';
import { useNodeBoxes, useNodeLayout } from './useNodeBoxes.ts';
import { useReducedMotion } from './useReducedMotion.ts';
import VerdictIcon from './VerdictIcon.tsx';
import { useRevealPath } from './useRevealPath.ts';
import {
  legTo,
  packetPath,
  pathBounds,
  pointAt,
  stopStep,
  type Focus,
  type Marker,
} from './waypoints.ts';
import './animation.css';

const COLOUR = { request: '#2563eb', response: '#7c3aed' } as const;
/** A run ahead ends this long before the clock's tick, so the packet is there when it comes. */
const ARRIVE_EARLY_MS = 40;

/**
 * The active flow's packet on the canvas, in React Flow's viewport (so it pans and zooms with the
 * nodes): the track it follows, the router and internet markers, the legs travelled, the badge of
 * the hop it is at and a ring around what decided there. React renders this once per hop; the
 * packet moves between hops in PacketAnimator, on refs.
 */
function PacketOverlay({ trace }: { trace: Trace }) {
  const flowId = useStore((s) => s.sim.active.flowId);
  const step = useStore((s) => s.sim.active.step);
  const playing = useStore((s) => s.sim.active.playing);
  const speed = useStore((s) => s.sim.active.speed);
  const scenario = useStore((s) => s.scenario);
  const boxes = useNodeBoxes();
  const reduced = useReducedMotion();

  const names = useMemo(() => namesOf(scenario), [scenario]);
  const nodes = useNodeLayout();
  const zoom = useFlowStore((s) => Math.round(s.transform[2] * 100) / 100);
  const words = useDrawnWords(`${flowId}:${step}:${zoom}`);
  const labels = words.labels;
  // Routers keep off the nodes and the labels as well as the subnets' borders.
  const avoid = useMemo(() => [...leafBoxes(nodes), ...labels], [nodes, labels]);
  const scene = useMemo(() => sceneOf(scenario, boxes, avoid), [scenario, boxes, avoid]);
  const path = useMemo(() => packetPath(trace, scene), [trace, scene]);
  const stop = stopStep(trace);
  const bounds = useMemo(() => pathBounds(path, stop), [path, stop]);
  useRevealPath(flowId, bounds);
  // Past the first deny lies the blocked path: listed in the explanation, never travelled.
  const shown = shownStep(trace, step);
  const hop = shown >= 0 ? trace.hops[shown] : undefined;
  const waypoint = shown >= 0 ? path.waypoints[shown] : undefined;
  const direction = hop?.direction ?? 'request';
  const blocked = hop?.verdict === 'deny';

  const rootRef = useRef<HTMLDivElement>(null);
  const packetRef = useRef<SVGGElement>(null);
  const legRef = useRef<SVGPathElement>(null);
  const nextLegRef = useRef<SVGPathElement>(null);
  const animator = useRef<PacketAnimator | null>(null);
  const last = useRef<{ path: typeof path; shown: number } | null>(null);

  useLayoutEffect(() => {
    const root = rootRef.current;
    const packet = packetRef.current;
    if (!root || !packet) return;
    const a = new PacketAnimator(root, packet, {
      current: legRef.current,
      next: nextLegRef.current,
    });
    animator.current = a;
    return () => {
      a.cancel();
      animator.current = null;
    };
  }, []);

  // Runs once per hop (and when playback or the drawing changes), never per frame.
  useLayoutEffect(() => {
    const a = animator.current;
    if (!a) return;
    const before = last.current;
    last.current = { path, shown };
    const period = HOP_DURATION_MS / speed;
    const here = pointAt(path, shown);
    const samePath = before?.path === path;
    if (samePath && before.shown === shown) {
      // Played, paused or sped up: from this hop (a run ahead under way starts over).
      a.jump(shown, here);
    } else if (samePath && a.reach(shown)) {
      // Playing: the packet ran ahead and is (nearly) here already.
    } else if (!reduced && samePath && before.shown === shown - 1 && shown >= 0) {
      a.travel(shown, legTo(path, shown), period * TRAVEL_SHARE);
    } else {
      a.jump(shown, here);
    }
    // Playing: rest at this hop, then leave so as to arrive as the clock shows the next one.
    if (playing && !reduced && shown < stop) {
      const rest = shown < 0 ? 0 : period * (1 - TRAVEL_SHARE);
      a.runAhead(shown + 1, legTo(path, shown + 1), rest, period - ARRIVE_EARLY_MS);
    }
  }, [path, shown, playing, speed, reduced, stop]);

  const travelled = useMemo(() => {
    const legs = travelledLegs(trace, path, shown);
    return {
      request: legs.request.map(pathData).join(' '),
      response: legs.response.map(pathData).join(' '),
    };
  }, [trace, path, shown]);

  const track = useMemo(() => pathData(trackPoints(path, stop)), [path, stop]);

  const passed = useMemo(() => passedMarks(trace, path, shown), [trace, path, shown]);

  // The badge goes where it covers least of the diagram, inside the part of the canvas seen.
  const badge = useBadgeBox(
    hop && waypoint
      ? {
          key: `${flowId}:${shown}:${waypoint.at.x},${waypoint.at.y}`,
          flowId,
          step: shown,
          at: waypoint.at,
          focus: waypoint.focus,
          label: hopLabel(hop, names),
          where: hopWhere(hop, names),
          deny: markOf(hop) === 'deny',
          own: [hop.resourceId, hop.subnetId ?? '', scene.transit.get(hop.resourceId) ?? ''],
          markers: path.markers.filter((m) => m.since <= stop),
          passed: passed.map((p) => p.at),
        }
      : null,
    nodes,
    words,
  );

  return (
    <ViewportPortal>
      <div
        ref={rootRef}
        className="vfl-anim"
        data-testid="anim.overlay"
        data-step={shown}
        data-blocked={blocked}
        data-direction={direction}
      >
        <svg className="vfl-anim-svg" width="1" height="1" aria-hidden focusable="false">
          <path d={track} className="vfl-anim-track" />
          <path d={travelled.request} stroke={COLOUR.request} className="vfl-anim-travelled" />
          <path d={travelled.response} stroke={COLOUR.response} className="vfl-anim-travelled" />
          {/* The legs to the current hop and on to the next, revealed by PacketAnimator. */}
          <path
            ref={legRef}
            d={hop ? pathData(legTo(path, shown)) : ''}
            stroke={COLOUR[direction]}
            className="vfl-anim-travelled"
          />
          <path
            ref={nextLegRef}
            d={shown < stop ? pathData(legTo(path, shown + 1)) : ''}
            stroke={COLOUR[trace.hops[shown + 1]?.direction ?? direction]}
            className="vfl-anim-travelled"
          />
          {path.markers
            .filter((m) => m.since <= stop)
            .map((m) => (
              <MarkerShape key={markerKey(m)} marker={m} label={markerTitle(m, names)} />
            ))}
          {waypoint?.focus && hop && (
            <Ring
              focus={waypoint.focus}
              mark={markOf(hop)}
              resourceId={hop.layer.startsWith('nacl') ? (hop.subnetId ?? '') : hop.resourceId}
            />
          )}
          {hop && waypoint && badge && <Leader at={waypoint.at} box={badge.box} />}
          <g ref={packetRef} data-testid="anim.packet" className="vfl-anim-packet">
            <circle r="11" className="vfl-anim-packet-halo" />
            <circle r="7.5" fill={COLOUR[direction]} className="vfl-anim-packet-dot" />
            <path
              d="M -3.5 -3.5 L 3.5 3.5 M 3.5 -3.5 L -3.5 3.5"
              className="vfl-anim-packet-cross"
            />
          </g>
        </svg>
        {passed.map(({ at, k }) => {
          const h = trace.hops[k];
          return h ? (
            <div key={k} className="vfl-anim-passed" style={{ left: at.x, top: at.y }}>
              <VerdictIcon mark={markOf(h)} size={14} />
            </div>
          ) : null;
        })}
        {hop && waypoint && badge && (
          <div
            className="vfl-anim-badge vfl-anim-arrival"
            data-testid="anim.badge"
            data-verdict={markOf(hop)}
            style={{
              left: badge.box.x,
              top: badge.box.y,
              height: badge.box.height / badge.scale,
              transform: badge.scale === 1 ? undefined : `scale(${badge.scale})`,
            }}
          >
            <VerdictIcon mark={markOf(hop)} size={22} />
            <span className="vfl-anim-label" data-mark={markOf(hop)}>
              <span className="vfl-anim-label-main" data-testid="anim.badge-label">
                {hopLabel(hop, names)}
              </span>
              <span className="vfl-anim-label-sub">{hopWhere(hop, names)}</span>
            </span>
          </div>
        )}
      </div>
    </ViewportPortal>
  );
}

function Ring({ focus, mark, resourceId }: { focus: Focus; mark: string; resourceId: string }) {
  const common = {
    className: `vfl-anim-ring vfl-anim-arrival`,
    'data-testid': 'anim.focus',
    'data-mark': mark,
    'data-resource-id': resourceId,
  };
  if (focus.kind === 'point') {
    return (
      <g {...common}>
        <circle cx={focus.at.x} cy={focus.at.y} r={focus.radius} className="vfl-anim-ring-line" />
        <circle cx={focus.at.x} cy={focus.at.y} r={focus.radius} className="vfl-anim-ring-pulse" />
      </g>
    );
  }
  const { box, radius } = focus;
  const rect = {
    x: box.x - RING_PAD,
    y: box.y - RING_PAD,
    width: box.width + 2 * RING_PAD,
    height: box.height + 2 * RING_PAD,
    rx: radius + RING_PAD / 2,
  };
  return (
    <g {...common}>
      <rect {...rect} className="vfl-anim-ring-line" />
      <rect {...rect} className="vfl-anim-ring-pulse" />
    </g>
  );
}

/** A thin line from the packet to its badge when the badge had to go further away. */
function Leader({ at, box }: { at: { x: number; y: number }; box: Rect }) {
  const line = leaderOf(at, box);
  if (!line) return null;
  const [a, b] = line;
  return (
    <path d={`M ${a.x} ${a.y} L ${b.x} ${b.y}`} className="vfl-anim-leader vfl-anim-arrival" />
  );
}

const markerKey = (m: Marker) =>
  m.kind === 'router' ? `router:${m.vpcId}` : `internet:${m.address}`;

/** A VPC's router (every subnet's traffic out of the subnet goes through it) or the internet. */
function MarkerShape({ marker, label }: { marker: Marker; label: string }) {
  const { x, y } = marker.at;
  if (marker.kind === 'router') {
    return (
      <g className="vfl-anim-router" data-testid={`anim.router.${marker.vpcId}`}>
        <title>{label}</title>
        <circle cx={x} cy={y} r="12" />
        {/* Four arrows out of the centre: AWS's router glyph, simplified. */}
        <path
          d={`M ${x - 7} ${y} H ${x + 7} M ${x} ${y - 7} V ${y + 7} M ${x + 4} ${y - 3} L ${x + 7} ${y} L ${x + 4} ${y + 3} M ${x - 4} ${y - 3} L ${x - 7} ${y} L ${x - 4} ${y + 3} M ${x - 3} ${y - 4} L ${x} ${y - 7} L ${x + 3} ${y - 4} M ${x - 3} ${y + 4} L ${x} ${y + 7} L ${x + 3} ${y + 4}`}
          className="vfl-anim-router-glyph"
        />
        {marker.word === 'beside' ? (
          <text x={x + 16} y={y + 4} className="vfl-anim-marker-text">
            router
          </text>
        ) : (
          <text x={x} y={y + 24} textAnchor="middle" className="vfl-anim-marker-text">
            router
          </text>
        )}
      </g>
    );
  }
  return (
    <g className="vfl-anim-internet" data-testid={marker.label ? 'anim.service' : 'anim.internet'}>
      <title>{label}</title>
      <circle cx={x} cy={y} r="16" />
      <ellipse cx={x} cy={y} rx="7" ry="16" className="vfl-anim-internet-line" />
      <path d={`M ${x - 16} ${y} H ${x + 16}`} className="vfl-anim-internet-line" />
      <text x={x + 22} y={y - 2} className="vfl-anim-marker-text">
        {marker.label ?? 'Internet'}
      </text>
      <text x={x + 22} y={y + 11} className="vfl-anim-marker-text vfl-anim-mono">
        {marker.address}
      </text>
    </g>
  );
}

export default memo(PacketOverlay);
