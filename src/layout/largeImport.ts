import type { Layout, Scenario } from '../model/types.ts';
import { COLLAPSED_VPC, VPC_GAP } from './geometry.ts';

/**
 * A large import opens with every VPC collapsed: the canvas shows one box per VPC (its name and
 * what it holds) and only what the user expands or searches, instead of laying out and drawing
 * ten thousand interfaces at once. Past this many interfaces an import is large.
 */
export const LARGE_IMPORT_INTERFACES = 1_000;

export function isLargeImport(scenario: Scenario): boolean {
  return scenario.instances.length + scenario.networkInterfaces.length > LARGE_IMPORT_INTERFACES;
}

/**
 * The VPCs of a large scenario as collapsed boxes on a grid (no automatic layout of their
 * contents: a VPC expanded later is placed then). Pure.
 */
export function collapsedLayout(scenario: Scenario): Layout {
  const perRow = Math.max(1, Math.ceil(Math.sqrt(scenario.vpcs.length)));
  const nodes: Layout['nodes'] = {};
  scenario.vpcs.forEach((v, k) => {
    nodes[v.id] = {
      x: (k % perRow) * (COLLAPSED_VPC.width + VPC_GAP),
      y: Math.floor(k / perRow) * (COLLAPSED_VPC.height + VPC_GAP),
      collapsed: true,
    };
  });
  return { nodes };
}
