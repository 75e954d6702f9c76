import { getViewportForBounds, type Rect } from '@xyflow/react';
import { fileBaseName } from '../../share/file.ts';
import { showMessage, useStore } from '../../store/index.ts';
import { downloadUrl } from '../../ui/download.ts';

/**
 * The diagram as a PNG or SVG image, drawn by html-to-image (loaded on first use) from React
 * Flow's viewport, the pattern of React Flow's "download image" example: the bounds of every node,
 * a viewport that fits them (`getViewportForBounds`), and the viewport element rendered with that
 * transform. The viewport holds the nodes and edges only, so the minimap, the zoom controls and
 * the panels are left out; the background is plain (light, or dark in the dark theme, where the
 * nodes are drawn light on dark).
 */

export type ImageFormat = 'png' | 'svg';

/** No side longer than this (flow units at zoom 1 fit up to it; bigger diagrams are scaled). */
const MAX_SIDE = 4096;
/** The PNG is drawn at twice the size for sharp text, within what a canvas can hold. */
const MAX_PNG_PIXELS = 8192;
const MARGIN = 0.06;

export async function exportDiagram(format: ImageFormat): Promise<boolean> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  const bounds = viewport ? nodesBounds(viewport) : null;
  if (!viewport || !bounds) {
    showMessage('error', 'There is nothing on the canvas to export yet.');
    return false;
  }
  const scale = Math.min(1, MAX_SIDE / (Math.max(bounds.width, bounds.height) * (1 + 2 * MARGIN)));
  const width = Math.ceil(bounds.width * (1 + 2 * MARGIN) * scale);
  const height = Math.ceil(bounds.height * (1 + 2 * MARGIN) * scale);
  const fit = getViewportForBounds(bounds, width, height, 0.05, 2, MARGIN);
  const { scenario, theme } = useStore.getState();
  const options = {
    backgroundColor: theme === 'dark' ? '#020617' : '#ffffff',
    width,
    height,
    // Web fonts are not used (the system's are), so none need embedding.
    skipFonts: true,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`,
    },
  };
  try {
    const { toPng, toSvg } = await import('html-to-image');
    const url =
      format === 'png'
        ? await toPng(viewport, {
            ...options,
            pixelRatio: Math.min(2, MAX_PNG_PIXELS / Math.max(width, height)),
          })
        : await toSvg(viewport, options);
    downloadUrl(`${fileBaseName(scenario.name)}.${format}`, url);
    return true;
  } catch (e) {
    showMessage(
      'error',
      `The ${format.toUpperCase()} image could not be made: ${e instanceof Error ? e.message : String(e)}.`,
    );
    return false;
  }
}

/**
 * The box around every node shown, in flow coordinates, read from the DOM: each node's screen
 * box, less the viewport's translation, over its zoom. (Nodes hidden inside a collapsed VPC
 * measure nothing and are skipped.)
 */
function nodesBounds(viewport: HTMLElement): Rect | null {
  const origin = viewport.getBoundingClientRect();
  const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a || 1;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of viewport.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const r = node.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    left = Math.min(left, (r.left - origin.left) / zoom);
    top = Math.min(top, (r.top - origin.top) / zoom);
    right = Math.max(right, (r.right - origin.left) / zoom);
    bottom = Math.max(bottom, (r.bottom - origin.top) / zoom);
  }
  if (!Number.isFinite(left)) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
