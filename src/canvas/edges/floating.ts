/** A box in absolute flow coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the line from the box's centre toward `to` leaves the box. */
export function borderPoint(box: Rect, to: { x: number; y: number }): { x: number; y: number } {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = to.x - cx;
  const dy = to.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/**
 * The straight segment between two boxes, from border to border (a floating edge, as in React
 * Flow's FloatingEdges example), so that it reads the same wherever the boxes are.
 */
export function floatingSegment(a: Rect, b: Rect) {
  const ca = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const cb = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const from = borderPoint(a, cb);
  const to = borderPoint(b, ca);
  return { from, to, mid: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } };
}

/** The attachment's label sits this share of the way from the VPC to the transit gateway. */
const ATTACHMENT_LABEL_AT = 0.35;
/** The attachment label's widest (`max-w-[260px]`). */
export const ATTACHMENT_LABEL_MAX = 260;
/** Room between a sideways attachment's label and the boxes at either end of its line. */
const LABEL_ROOM = 8;

/**
 * A transit gateway's attachment to a VPC: from the hub to the middle of the VPC's facing edge.
 * Below or above the VPCs (as the layout puts a hub of VPCs side by side), lines from one hub
 * fan out to their VPCs' middles and the label sits near each VPC, centred on its line, so the
 * labels stand apart instead of crowding where the lines meet. Beside them (the hub of VPCs
 * stacked one above another), the label starts just outside the VPC and is cut to the room
 * between the VPC and the hub, so it covers neither.
 */
export function attachmentSegment(hub: Rect, vpc: Rect) {
  const below = hub.y >= vpc.y + vpc.height;
  const above = hub.y + hub.height <= vpc.y;
  const right = hub.x >= vpc.x + vpc.width;
  const left = hub.x + hub.width <= vpc.x;
  if (!below && !above && !right && !left) {
    const { from, to } = floatingSegment(hub, vpc);
    const label = {
      x: to.x + (from.x - to.x) * ATTACHMENT_LABEL_AT,
      y: to.y + (from.y - to.y) * ATTACHMENT_LABEL_AT,
    };
    return { from, to, label, anchor: 'centre' as const, maxWidth: ATTACHMENT_LABEL_MAX };
  }
  const to =
    below || above
      ? { x: vpc.x + vpc.width / 2, y: below ? vpc.y + vpc.height : vpc.y }
      : { x: right ? vpc.x + vpc.width : vpc.x, y: vpc.y + vpc.height / 2 };
  const from = borderPoint(hub, to);
  if (below || above) {
    const label = {
      x: to.x + (from.x - to.x) * ATTACHMENT_LABEL_AT,
      y: to.y + (from.y - to.y) * ATTACHMENT_LABEL_AT,
    };
    return { from, to, label, anchor: 'centre' as const, maxWidth: ATTACHMENT_LABEL_MAX };
  }
  const run = Math.abs(from.x - to.x);
  const t = run === 0 ? 0 : LABEL_ROOM / run;
  const label = { x: to.x + (from.x - to.x) * t, y: to.y + (from.y - to.y) * t };
  return {
    from,
    to,
    label,
    anchor: right ? ('start' as const) : ('end' as const),
    maxWidth: Math.min(ATTACHMENT_LABEL_MAX, Math.max(60, run - 2 * LABEL_ROOM)),
  };
}
