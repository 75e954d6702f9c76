import type { Rect } from './scene.ts';

export interface Sides {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * The viewport (translation and zoom, as React Flow's `setViewport` takes it) that shows `bounds`
 * whole and centred in a pane of `width` × `height` pixels, keeping `padding` pixels free on each
 * side, at a zoom within [minZoom, maxZoom].
 */
export function viewportShowing(
  bounds: Rect,
  pane: { readonly width: number; readonly height: number },
  padding: Sides,
  minZoom: number,
  maxZoom: number,
): { x: number; y: number; zoom: number } {
  const roomX = Math.max(1, pane.width - padding.left - padding.right);
  const roomY = Math.max(1, pane.height - padding.top - padding.bottom);
  const fit = Math.min(roomX / Math.max(1, bounds.width), roomY / Math.max(1, bounds.height));
  const zoom = Math.max(minZoom, Math.min(maxZoom, fit));
  return {
    x: padding.left + (roomX - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: padding.top + (roomY - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}
