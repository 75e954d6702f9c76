import type { Scenario } from '../model/types.ts';
import { regionOfZones } from '../model/region.ts';
import type { Box } from './autoLayout.ts';

/** The Region drawn around the VPCs: the scenario's own, else the one its zones share. */
export function scenarioRegion(scenario: Scenario): string | null {
  if (scenario.region !== undefined) return scenario.region;
  if (scenario.vpcs.length === 0) return null;
  return regionOfZones(scenario.subnets.map((s) => s.availabilityZone));
}

/** An Availability Zone band inside a VPC: around its subnets of one zone. */
export interface ZoneBand {
  readonly zone: string;
  /** Relative to the VPC, as its subnets' boxes are. */
  readonly box: Box;
}

/** How far a band reaches beyond its subnets. */
export const BAND_PAD = 8;

/**
 * The zone bands of one VPC, from its subnets' boxes (relative to the VPC): one per zone around
 * the zone's subnets, as AWS's own diagrams group them. When two bands would overlap (subnets of
 * different zones interleaved by hand) none is drawn, since a band that holds another zone's subnet
 * would say something false.
 */
export function zoneBands(subnets: readonly { zone: string; box: Box }[]): ZoneBand[] {
  const byZone = new Map<string, Box[]>();
  for (const s of subnets) {
    const list = byZone.get(s.zone);
    if (list) list.push(s.box);
    else byZone.set(s.zone, [s.box]);
  }
  const bands = [...byZone].map(([zone, boxes]) => {
    const x = Math.min(...boxes.map((b) => b.x)) - BAND_PAD;
    const y = Math.min(...boxes.map((b) => b.y)) - BAND_PAD;
    const right = Math.max(...boxes.map((b) => b.x + b.width)) + BAND_PAD;
    const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + BAND_PAD;
    return { zone, box: { x, y, width: right - x, height: bottom - y } };
  });
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const clash = bands.some((a, i) => bands.some((b, j) => j > i && overlap(a.box, b.box)));
  return clash ? [] : bands.sort((a, b) => a.box.x - b.box.x || a.box.y - b.box.y);
}
