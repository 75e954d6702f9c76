import { duplicateResources } from '../../model/edit.ts';
import type { Layout, Scenario } from '../../model/types.ts';
import { commitScenario } from '../door.ts';
import { useStore } from '../store.ts';
import { showMessage } from './ui.ts';

/**
 * Copy, paste and duplicate. The in-app clipboard holds resource IDs (module state: it is neither
 * saved nor undone); pasting duplicates whatever those IDs name at that moment, through the
 * model's `duplicateResources`, so a copy follows the same rules as any other edit.
 */

/** How far a copy lands from its original, so that it does not hide it. */
export const PASTE_OFFSET = 24;

let copied: readonly string[] = [];
let pastes = 0;

/** Puts the selection on the in-app clipboard and returns what was copied. */
export function copySelection(): readonly string[] {
  copied = [...useStore.getState().selection];
  pastes = 0;
  return copied;
}

export function hasCopied(): boolean {
  return copied.length > 0;
}

/** Empties the clipboard: the IDs it holds name another scenario's resources (open.ts). */
export function forgetCopied(): void {
  copied = [];
  pastes = 0;
}

/** Pastes a new copy of what was copied, offset a little further each time; the copies are selected. */
export function pasteCopied(): void {
  if (copied.length === 0) return;
  pastes += 1;
  duplicate(copied, pastes);
}

/** Copies the selection beside itself in one step, without touching the clipboard. */
export function duplicateSelection(): void {
  const { selection } = useStore.getState();
  if (selection.length > 0) duplicate(selection, 1);
}

function duplicate(ids: readonly string[], times: number): void {
  const { scenario, layout } = useStore.getState();
  const result = duplicateResources(scenario, ids);
  if (!result.ok) {
    showMessage('error', result.error);
    return;
  }
  const { idMap } = result.value;
  const copies = ids.map((id) => idMap[id]).filter((id): id is string => id !== undefined);
  // One write: the copies, where they are drawn and their selection make one undo step.
  const committed = commitScenario(result, {
    layout: placeCopies(scenario, layout, idMap, PASTE_OFFSET * times),
    selection: copies,
  });
  if (!committed.ok) showMessage('error', committed.error);
}

/**
 * Draws each copy where its original is drawn. A copy whose container was copied with it keeps
 * its place inside the new container; the others are shifted by `offset`, so they show beside
 * their originals. Pure, for tests.
 */
export function placeCopies(
  scenario: Scenario,
  layout: Layout,
  idMap: Readonly<Record<string, string>>,
  offset: number,
): Layout {
  const parents = parentIds(scenario);
  const nodes = { ...layout.nodes };
  let changed = false;
  for (const [original, copy] of Object.entries(idMap)) {
    const at = layout.nodes[original];
    if (!at) continue;
    const parent = parents.get(original);
    const moves = parent === undefined || idMap[parent] === undefined;
    nodes[copy] = moves ? { ...at, x: at.x + offset, y: at.y + offset } : { ...at };
    changed = true;
  }
  return changed ? { ...layout, nodes } : layout;
}

/** The container each canvas node is drawn inside. */
function parentIds(s: Scenario): Map<string, string> {
  return new Map([
    ...s.subnets.map((n) => [n.id, n.vpcId] as const),
    ...s.instances.map((i) => [i.id, i.subnetId] as const),
    ...s.natGateways.map((g) => [g.id, g.subnetId] as const),
  ]);
}
