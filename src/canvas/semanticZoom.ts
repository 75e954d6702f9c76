import { useStoreApi } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';

/**
 * Semantic zoom: what a node shows depends on how large it is on screen, so no text is drawn
 * under 11 px. At 92% and above (12 px text is 11 px on screen) everything; below, names only, set
 * at 11 px on screen whatever the zoom (details, chips' words and edge words hidden); below 50%,
 * the leaves' icons alone, with the containers' names. canvas.css says what each level hides.
 */
export type ZoomLevel = 'full' | 'names' | 'icons';

export const NAMES_BELOW = 0.92;
export const ICONS_BELOW = 0.5;

export function zoomLevel(zoom: number): ZoomLevel {
  if (zoom >= NAMES_BELOW) return 'full';
  return zoom >= ICONS_BELOW ? 'names' : 'icons';
}

/**
 * How many times larger than at full detail a label's words are drawn at this zoom, in flow
 * units (canvas.css keeps them at 11 px on screen below NAMES_BELOW), rounded up to a tenth so
 * that what depends on it changes a few times over a zoom, not at every step.
 */
export function labelScale(zoom: number): number {
  if (zoom >= NAMES_BELOW || zoom <= 0) return 1;
  return Math.ceil(10 / zoom) / 10;
}

/**
 * Keeps `data-zoom` and `--flow-zoom` on the canvas's element in step with React Flow's zoom,
 * outside React (a zoom re-renders nothing; CSS does the rest).
 */
export function useSemanticZoom(ref: RefObject<HTMLElement | null>): void {
  const store = useStoreApi();
  useEffect(() => {
    let last = '';
    const apply = (zoom: number) => {
      const element = ref.current;
      if (!element) return;
      const key = zoom.toFixed(3);
      if (key === last) return;
      last = key;
      element.style.setProperty('--flow-zoom', key);
      // `data-zoom-lock="full"`: every detail at any zoom (a test comparing the screen with the
      // exported document, which always draws every detail).
      const level = element.dataset.zoomLock === 'full' ? 'full' : zoomLevel(zoom);
      if (element.dataset.zoom !== level) element.dataset.zoom = level;
    };
    apply(store.getState().transform[2]);
    return store.subscribe((state) => apply(state.transform[2]));
  }, [store, ref]);
}
