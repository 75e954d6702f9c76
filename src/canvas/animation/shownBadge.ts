import type { Rect } from './scene.ts';

/*
 * Where the canvas drew the badge of the hop shown, so that the image export draws it there too:
 * the canvas places it within the part of the plane the person sees and clear of the panels
 * floating over it, which the export cannot know.
 */

let shown: { readonly flowId: string; readonly step: number; readonly box: Rect } | null = null;

export function rememberBadge(flowId: string | null, step: number, box: Rect | null): void {
  shown = flowId !== null && box ? { flowId, step, box } : null;
}

/** The box of the badge the canvas shows for this flow at this hop, if it shows it. */
export function badgeShown(flowId: string | null, step: number): Rect | null {
  return shown && shown.flowId === flowId && shown.step === step ? shown.box : null;
}
