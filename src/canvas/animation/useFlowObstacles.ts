import { useStore as useFlowStore, useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useState } from 'react';
import type { Rect } from './scene.ts';

/*
 * What the overlay keeps its badge and routers off, read from the canvas (the nodes with their
 * kinds come from useNodeBoxes.ts): the labels of edges and the address chips (measured in the
 * DOM, in flow units), and what floats over the canvas (the playback bar, the View panel, the zoom
 * controls, the minimap, the side panel) with the part of the plane the person sees.
 */

const LABELS =
  '.route-label, .group-label, .react-flow__edgelabel-renderer [data-testid^="canvas.edge."], [data-testid^="canvas.address."], [data-testid^="canvas.module."]';
const COVERS =
  '[data-testid="anim.controls"] > [role="group"], [role="group"][aria-label="View"], .react-flow__controls, .react-flow__minimap';

/** Converts the page boxes of elements to flow units under the current viewport. */
export function flowBoxesOf(
  pane: HTMLElement,
  transform: readonly [number, number, number],
  elements: Iterable<Element>,
): Rect[] {
  const origin = pane.getBoundingClientRect();
  const [tx, ty, zoom] = transform;
  const out: Rect[] = [];
  for (const el of elements) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    out.push({
      x: (r.left - origin.left - tx) / zoom,
      y: (r.top - origin.top - ty) / zoom,
      width: r.width / zoom,
      height: r.height / zoom,
    });
  }
  return out;
}

const sameRects = (a: readonly Rect[], b: readonly Rect[]) =>
  a.length === b.length &&
  a.every((r, k) => {
    const o = b[k];
    return (
      !!o &&
      Math.abs(r.x - o.x) < 0.5 &&
      Math.abs(r.y - o.y) < 0.5 &&
      Math.abs(r.width - o.width) < 0.5 &&
      Math.abs(r.height - o.height) < 0.5
    );
  });

/** Containers' names (semantic zoom draws them larger when zoomed out) and chips. */
const NAMES =
  '.react-flow__node-vpc [data-name], .react-flow__node-subnet [data-name], [data-testid^="canvas.subnet-kind."], [data-testid^="canvas.region."] > div, [data-testid^="canvas.zone."] > span';
const CHIPS =
  '[data-testid^="canvas.sg-chip."], [data-testid^="canvas.nacl-chip."], .chip-row > span';

/** What the canvas draws as words, in flow units. */
export interface DrawnWords {
  /** Labels of edges, address chips. */
  readonly labels: Rect[];
  /** Containers' names and zone names. */
  readonly names: Rect[];
  /** Security-group and NACL chips. */
  readonly chips: Rect[];
}

const NONE: DrawnWords = { labels: [], names: [], chips: [] };

/**
 * The words on the canvas, in flow units, as laid out: measured again whenever nodes or edges
 * change, and at every `moment` (the hop shown and the zoom: semantic zoom resizes names).
 */
export function useDrawnWords(moment: string): DrawnWords {
  const api = useStoreApi();
  const nodes = useFlowStore((s) => s.nodes);
  const edges = useFlowStore((s) => s.edges);
  const [words, setWords] = useState<DrawnWords>(NONE);
  useLayoutEffect(() => {
    const { domNode, transform } = api.getState();
    if (!domNode) return;
    const measure = (selector: string) =>
      flowBoxesOf(domNode, transform, domNode.querySelectorAll(selector));
    const found = { labels: measure(LABELS), names: measure(NAMES), chips: measure(CHIPS) };
    // eslint-disable-next-line react-hooks/set-state-in-effect -- measured from the DOM just drawn
    setWords((old) =>
      sameRects(old.labels, found.labels) &&
      sameRects(old.names, found.names) &&
      sameRects(old.chips, found.chips)
        ? old
        : found,
    );
  }, [api, nodes, edges, moment]);
  return words;
}

/** What the person sees of the plane, and what floats over it, in flow units, right now. */
export function viewNow(
  api: ReturnType<typeof useStoreApi>,
): { view: Rect; covers: Rect[] } | null {
  const { domNode, transform } = api.getState();
  if (!domNode) return null;
  const [tx, ty, zoom] = transform;
  const pane = domNode.getBoundingClientRect();
  const view = {
    x: -tx / zoom,
    y: -ty / zoom,
    width: pane.width / zoom,
    height: pane.height / zoom,
  };
  const panel = document.querySelector('[data-testid="panel"]');
  const covers = flowBoxesOf(domNode, transform, [
    ...domNode.querySelectorAll(COVERS),
    ...(panel ? [panel] : []),
  ]);
  return { view, covers };
}
