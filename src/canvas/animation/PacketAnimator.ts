import { easeInOut, pointAlong, trackOf } from './motion.ts';
import type { Point } from './scene.ts';

/** The two legs drawn behind the packet: to the hop it is at, and on to the next one. */
export interface LegElements {
  readonly current: SVGPathElement | null;
  readonly next: SVGPathElement | null;
}

/** Below this, a run ahead is not worth starting: the step change travels the leg instead. */
const MIN_RUN_MS = 80;

/**
 * Moves the packet between hops, off React's render path: one requestAnimationFrame loop writes
 * the packet's `transform` and reveals the leg behind it (`stroke-dashoffset`) on refs. React
 * renders the overlay once per hop; this runs every frame in between.
 *
 * `data-arrived` on the overlay says the packet is at the hop React shows, which turns on that
 * hop's badge and ring: it is false while the packet travels.
 *
 * While playing, the packet leaves a hop before the clock moves the step on (`runAhead`), so it
 * arrives as the next hop is shown; a step asked for by hand travels after the step (`travel`).
 */
export class PacketAnimator {
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The step the packet is at, or heading to. */
  private goal = Number.NaN;
  private endsAt = 0;
  private revealing: SVGPathElement | null = null;
  /** Set when the step reached the goal while the packet was still on its way. */
  private arriveOnEnd = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly packet: SVGGElement,
    private readonly legs: LegElements,
  ) {}

  /** The packet is at step `goal`, at `to`, at once (a step back, a jump, reduced motion). */
  jump(goal: number, to: Point): void {
    this.cancel();
    this.goal = goal;
    this.place(to);
    showLeg(this.legs.current);
    hideLeg(this.legs.next);
    this.arrived(true);
  }

  /** The step is `goal` already: travel its leg (the current one) in `ms`, then arrive. */
  travel(goal: number, points: readonly Point[], ms: number): void {
    this.cancel();
    this.goal = goal;
    hideLeg(this.legs.next);
    this.arriveOnEnd = true;
    // A leg of no length (the first hop at the instance's edge) is there at once.
    this.run(points, trackOf(points).length === 0 ? 0 : ms, this.legs.current);
  }

  /**
   * Playing: after resting `restMs` at the hop (once any travel under way is over), leave for
   * step `goal`, arriving within `windowMs`, before the clock shows that step. Returns false
   * when there is too little time; the step change then travels the leg instead.
   */
  runAhead(goal: number, points: readonly Point[], restMs: number, windowMs: number): boolean {
    this.clearTimer();
    const startIn = Math.max(restMs, this.endsAt - performance.now());
    const ms = windowMs - startIn;
    if (ms < MIN_RUN_MS) return false;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.cancel();
      this.goal = goal;
      this.arriveOnEnd = false;
      this.run(points, ms, this.legs.next);
    }, startIn);
    return true;
  }

  /**
   * The step has become `goal`: true when the packet has run ahead there (it arrives now, or at
   * the end of its run, which goes on drawing the leg that is now the current one).
   */
  reach(goal: number): boolean {
    if (this.goal !== goal || this.timer !== undefined) return false;
    this.revealing = this.legs.current;
    hideLeg(this.legs.next);
    if (this.frame !== 0) {
      this.arriveOnEnd = true;
    } else {
      showLeg(this.legs.current);
      this.arrived(true);
    }
    return true;
  }

  cancel(): void {
    this.clearTimer();
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.endsAt = 0;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(points: readonly Point[], ms: number, leg: SVGPathElement | null): void {
    const track = trackOf(points);
    const end = points[points.length - 1] ?? { x: 0, y: 0 };
    this.revealing = leg;
    this.arrived(false);
    const start = performance.now();
    this.endsAt = start + ms;
    const tick = (now: number) => {
      const t = ms <= 0 ? 1 : Math.min(1, (now - start) / ms);
      const eased = easeInOut(t);
      this.place(track.length === 0 ? end : pointAlong(track, eased));
      revealLeg(this.revealing, eased, track.length);
      if (t < 1) {
        this.frame = requestAnimationFrame(tick);
        return;
      }
      this.frame = 0;
      this.endsAt = 0;
      if (this.arriveOnEnd) {
        showLeg(this.revealing);
        this.arrived(true);
      }
    };
    this.place(points[0] ?? end);
    revealLeg(leg, 0, track.length);
    this.frame = requestAnimationFrame(tick);
  }

  private place(p: Point): void {
    this.packet.setAttribute('transform', `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`);
  }

  private arrived(value: boolean): void {
    this.root.dataset.arrived = String(value);
  }
}

function showLeg(leg: SVGPathElement | null): void {
  if (!leg) return;
  leg.style.visibility = '';
  leg.style.strokeDasharray = '';
  leg.style.strokeDashoffset = '';
}

function hideLeg(leg: SVGPathElement | null): void {
  if (leg) leg.style.visibility = 'hidden';
}

/** Draws the first `t` (0…1) of a leg `length` long, as a dash that grows behind the packet. */
function revealLeg(leg: SVGPathElement | null, t: number, length: number): void {
  if (!leg) return;
  if (length === 0) return showLeg(leg);
  leg.style.visibility = '';
  leg.style.strokeDasharray = `${length} ${length}`;
  leg.style.strokeDashoffset = String(length * (1 - t));
}
