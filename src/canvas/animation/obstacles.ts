import type { Font, Measure } from '../export/text.ts';
import type { FlowNodeType } from '../types.ts';
import type { Obstacle } from './badgePlace.ts';
import type { Point, Rect } from './scene.ts';
import { routerFootprint } from './routerSpot.ts';
import type { Marker } from './waypoints.ts';

/*
 * What the diagram draws that a hop's badge or a router should keep off, as boxes in flow units,
 * from the nodes' kinds and boxes alone (the canvas and the image export both know those): the
 * leaves with the chips on their bottom border, the containers' names, a subnet's NACL chip, a
 * zone band's name. Labels of edges come from where each medium draws them (`labelBox`).
 */

/** A node as the canvas lays it out: its kind, its absolute box, a VPC's zone bands (absolute). */
export interface NodeBox {
  readonly id: string;
  readonly kind: FlowNodeType;
  readonly box: Rect;
  readonly bands?: readonly Rect[];
}

/** A container's header: icon, name and CIDR on two lines (VpcNode, SubnetNode, RegionNode). */
const HEADER = 46;
/** Chips hang 10 below a node's bottom border (`-bottom-2.5`), 16 high (SecurityChips). */
const CHIP_BELOW = 10;
const CHIP_HEIGHT = 16;
/** A NACL chip at a subnet's bottom right (`right-3`), at most 60% of its width. */
const NACL_WIDTH = 190;
/** "Region us-east-1" at a Region's top left; a zone's name at its band's bottom left. */
const REGION_HEADER = { width: 230, height: 34 };
const ZONE_NAME = { width: 100, height: 18 };

const CONTAINERS: ReadonlySet<FlowNodeType> = new Set(['region', 'vpc', 'subnet']);

export const isContainer = (kind: FlowNodeType): boolean => CONTAINERS.has(kind);

/** The obstacles of the drawn nodes; `own` names the nodes a hop belongs to (coverable). */
export function nodeObstacles(
  nodes: readonly NodeBox[],
  own: ReadonlySet<string> = new Set(),
): Obstacle[] {
  const out: Obstacle[] = [];
  for (const { id, kind, box, bands } of nodes) {
    if (kind === 'region') {
      out.push({ kind: 'name', box: { x: box.x, y: box.y, ...REGION_HEADER } });
      continue;
    }
    if (kind === 'vpc' || kind === 'subnet') {
      out.push({
        kind: 'name',
        box: { x: box.x, y: box.y, width: box.width, height: Math.min(HEADER, box.height) },
      });
      if (kind === 'subnet') {
        const width = Math.min(NACL_WIDTH, box.width * 0.6) + 12;
        out.push({
          kind: 'chip',
          box: {
            x: box.x + box.width - width,
            y: box.y + box.height + CHIP_BELOW - CHIP_HEIGHT,
            width,
            height: CHIP_HEIGHT,
          },
        });
      }
      for (const band of bands ?? []) {
        const y = band.y + band.height - ZONE_NAME.height / 2;
        out.push({ kind: 'name', box: { x: band.x + 8, y, ...ZONE_NAME } });
      }
      continue;
    }
    out.push({ kind: own.has(id) ? 'own' : 'node', box });
    // Its chips (and a Terraform address) on its bottom border, whoever's hop it is.
    out.push({
      kind: 'chip',
      box: {
        x: box.x,
        y: box.y + box.height + CHIP_BELOW - CHIP_HEIGHT,
        width: box.width,
        height: CHIP_HEIGHT,
      },
    });
  }
  return out;
}

/** A pill label of mono 11 px text centred on a point (route labels, `max-w-[220px]`). */
const LABEL_FONT: Font = { family: 'mono', size: 11, weight: 400 };
export function labelBox(at: Point, text: string, measure: Measure, maxWidth = 220): Rect {
  const width = Math.min(maxWidth, measure(text, LABEL_FONT) + 14);
  const height = 18;
  return { x: at.x - width / 2, y: at.y - height / 2, width, height };
}

/** The boxes of the nodes that are not containers, with their chips (what a router keeps off). */
export const leafBoxes = (nodes: readonly NodeBox[]): Rect[] =>
  nodes
    .filter((n) => !isContainer(n.kind))
    .map((n) => ({ ...n.box, height: n.box.height + CHIP_BELOW }));

/** The router's circle and word, the internet's globe and two lines, the marks of passed hops. */
export function markerObstacles(
  markers: readonly Marker[],
  passed: readonly Point[],
  measure: Measure,
): Obstacle[] {
  const out: Obstacle[] = markers.map((m) => {
    const { x, y } = m.at;
    if (m.kind === 'router') return { kind: 'marker', box: routerFootprint(m.at, m.word) };
    const words = Math.max(
      measure(m.label ?? 'Internet', MARKER_FONT),
      measure(m.address, MARKER_MONO),
    );
    return { kind: 'marker', box: { x: x - 17, y: y - 17, width: 39 + words, height: 34 } };
  });
  for (const p of passed) {
    out.push({ kind: 'marker', box: { x: p.x - 8, y: p.y - 8, width: 16, height: 16 } });
  }
  return out;
}

/** The markers' words, as `.vfl-anim-marker-text` sets them. */
export const MARKER_FONT: Font = { family: 'ui', size: 11, weight: 600 };
export const MARKER_MONO: Font = { family: 'mono', size: 11, weight: 400 };
