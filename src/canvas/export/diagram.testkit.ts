import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import type { Trace } from '../../engine/types.ts';
import type { Layout, Scenario } from '../../model/types.ts';
import { toFlowEdges, toFlowNodes } from '../toFlow.ts';
import type { Diagram, Theme } from './diagram.ts';
import { diagramOf } from './fromCanvas.ts';

/**
 * Test helpers: the diagram of a scenario as the canvas derives it (no measurements, as before
 * React Flow has measured anything), and an SVG parsed by a real XML parser that stops at the
 * first warning, so a test fails on anything short of well-formed XML.
 */
export function diagramFor(
  scenario: Scenario,
  layout: Layout,
  options: { theme?: Theme; flow?: { trace: Trace; step: number } } = {},
): Diagram {
  return diagramOf({
    scenario,
    layout,
    nodes: toFlowNodes(scenario, layout, {}),
    edges: toFlowEdges(scenario, layout),
    theme: options.theme ?? 'light',
    findings: [],
    flow: options.flow ?? null,
  });
}

export function parseSvg(svg: string) {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(svg, 'image/svg+xml');
}
