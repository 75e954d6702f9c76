import { canvasMeasure } from '../../canvas/export/canvasMeasure.ts';
import { diagramSvg, type DiagramImage } from '../../canvas/export/diagramSvg.ts';
import { diagramOf } from '../../canvas/export/fromCanvas.ts';
import { shownStep } from '../../canvas/animation/frame.ts';
import { badgeShown } from '../../canvas/animation/shownBadge.ts';
import { selectFlowEdges, selectFlowNodes } from '../../canvas/selectFlowNodes.ts';
import { fileBaseName } from '../../share/file.ts';
import { selectFindings, showMessage, useStore } from '../../store/index.ts';
import { downloadBlob, downloadText } from '../../ui/download.ts';
import { svgToPng } from './rasterize.ts';

/**
 * The diagram as an SVG or PNG image: the canvas's own nodes and edges (derived from the scenario
 * and the layout) drawn as vector elements (canvas/export/), with the flow shown at its current
 * hop when the user includes it. The PNG is that same SVG rasterised, at twice the size for sharp
 * text, within what a canvas can hold.
 */

export type ImageFormat = 'png' | 'svg';

export interface ImageOptions {
  /** Draw the flow shown (its path, marks and the badge of its hop), as on the screen. */
  readonly flowPath: boolean;
}

const MAX_PNG_SIDE = 8192;
const MAX_PNG_PIXELS = 40_000_000;

/** The SVG document of the canvas as it is now; null when there is nothing to draw. */
export function currentDiagramImage(options: ImageOptions): DiagramImage | null {
  const state = useStore.getState();
  const { trace, step, flowId } = state.sim.active;
  const diagram = diagramOf({
    scenario: state.scenario,
    layout: state.layout,
    nodes: selectFlowNodes(state),
    edges: selectFlowEdges(state),
    theme: state.theme,
    findings: selectFindings(state),
    flow:
      options.flowPath && trace
        ? { trace, step, badge: badgeShown(flowId, shownStep(trace, step)) }
        : null,
  });
  return diagramSvg(diagram, { measure: canvasMeasure() });
}

/** The PNG's scale: 2, or less so that it fits a canvas. */
export function pngScale(width: number, height: number): number {
  return Math.min(
    2,
    MAX_PNG_SIDE / Math.max(width, height),
    Math.sqrt(MAX_PNG_PIXELS / (width * height)),
  );
}

/** As the screen shows it: with the flow shown, if any, unless the user leaves it out. */
const AS_SHOWN: ImageOptions = { flowPath: true };

export async function exportDiagram(
  format: ImageFormat,
  options: ImageOptions = AS_SHOWN,
): Promise<boolean> {
  const image = currentDiagramImage(options);
  if (!image) {
    showMessage('error', 'There is nothing on the canvas to export yet.');
    return false;
  }
  const name = `${fileBaseName(useStore.getState().scenario.name)}.${format}`;
  try {
    if (format === 'svg') downloadText(name, image.svg, 'image/svg+xml');
    else downloadBlob(name, await svgToPng(image.svg, image, pngScale(image.width, image.height)));
    return true;
  } catch (e) {
    showMessage(
      'error',
      `The ${format.toUpperCase()} image could not be made: ${e instanceof Error ? e.message : String(e)}.`,
    );
    return false;
  }
}
