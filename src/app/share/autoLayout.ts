import type { Layout, Scenario } from '../../model/types.ts';
import { layoutWithElk } from '../../layout/elk.ts';
import { collapsedLayout, isLargeImport } from '../../layout/largeImport.ts';
import { loadElkInWorker } from './elkWorker.ts';

/**
 * ELK's layout (in a worker where there is one). When it cannot run, no layout: the canvas then
 * places everything on its own grid, still readable, and the note says so.
 */
export async function autoLayout(scenario: Scenario): Promise<{ layout?: Layout; note?: string }> {
  // A large account opens with its VPCs collapsed: nothing inside them is laid out or drawn.
  if (isLargeImport(scenario)) return { layout: collapsedLayout(scenario) };
  try {
    const load = typeof Worker === 'undefined' ? undefined : loadElkInWorker;
    return { layout: await layoutWithElk(scenario, load) };
  } catch (e) {
    return {
      note: `The automatic layout could not run (${e instanceof Error ? e.message : String(e)}); the resources were placed on a plain grid.`,
    };
  }
}
