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

/**
 * A transit gateway's attachment to a VPC: from the hub to the middle of the VPC's facing edge
 * when the hub is wholly below or above it (as the layout puts it), else a floating segment.
 * Lines from one hub to VPCs side by side then fan out to their middles, so the labels, near
 * each VPC, stand apart instead of crowding where the lines meet.
 */
export function attachmentSegment(hub: Rect, vpc: Rect) {
  const below = hub.y >= vpc.y + vpc.height;
  const above = hub.y + hub.height <= vpc.y;
  const segment =
    below || above
      ? (() => {
          const to = { x: vpc.x + vpc.width / 2, y: below ? vpc.y + vpc.height : vpc.y };
          return { from: borderPoint(hub, to), to };
        })()
      : floatingSegment(hub, vpc);
  const { from, to } = segment;
  const label = {
    x: to.x + (from.x - to.x) * ATTACHMENT_LABEL_AT,
    y: to.y + (from.y - to.y) * ATTACHMENT_LABEL_AT,
  };
  return { from, to, label };
}
