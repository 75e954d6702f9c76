import { drawnEndpoints, drawnInterfaces } from '../../layout/drawn.ts';
import { emptyScenario } from '../../model/defaults.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import { deleteResources, deletionCascade } from '../../model/edit.ts';
import type { Layout, Scenario } from '../../model/types.ts';
import { commitScenario } from '../door.ts';
import { keeper } from '../keeper.ts';
import { openScenario } from '../open.ts';
import { useStore } from '../store.ts';
import { askConfirmation, showMessage } from './ui.ts';

/**
 * Whole-document commands: delete with its cascade, select everything, rename, start afresh.
 * The domain rules (what goes with what) are the model's (`deletionCascade`); these only ask,
 * apply and keep the layout and selection in step.
 */

/** The resources drawn as nodes on the canvas, containers first. */
export function canvasIds(scenario: Scenario): string[] {
  return [
    ...scenario.vpcs,
    ...scenario.subnets,
    ...scenario.instances,
    ...scenario.internetGateways,
    ...scenario.natGateways,
    ...scenario.internetHosts,
    ...drawnInterfaces(scenario),
    ...scenario.egressOnlyInternetGateways,
    ...drawnEndpoints(scenario),
    ...scenario.transitGateways,
  ].map((r) => r.id);
}

export function selectAll(): void {
  const ids = canvasIds(useStore.getState().scenario);
  useStore.setState({ selection: ids });
}

/** `deletionCascade`'s words when the selection goes alone and changes nothing else. */
const ALONE = 'affects nothing else';

/**
 * Whether deleting `ids` needs asking first: it does when more than the selection goes, or when
 * what remains is mended (routes turned into blackholes, groups detached).
 */
export function deletionNeedsConfirmation(
  cascade: { ids: readonly string[]; summary: string },
  ids: readonly string[],
): boolean {
  const selected = new Set(ids);
  return cascade.ids.some((id) => !selected.has(id)) || !cascade.summary.includes(ALONE);
}

/**
 * Deletes the selection and what goes with it, as one undo step. When more goes than was
 * selected, the cascade is said and confirmed first; nothing is deleted before the answer.
 */
export function deleteSelection(): void {
  const { scenario, selection } = useStore.getState();
  if (selection.length === 0) return;
  const cascade = deletionCascade(scenario, selection);
  if (cascade.ids.length === 0) {
    // Only parts that go with their VPC (a default group, the main table) were selected.
    showMessage('info', cascade.summary);
    return;
  }
  if (!deletionNeedsConfirmation(cascade, selection)) {
    deleteNow(selection);
    return;
  }
  askConfirmation({
    title:
      cascade.ids.length === 1
        ? 'Delete this resource?'
        : `Delete ${cascade.ids.length} resources?`,
    text: `${cascade.summary}\nUndo brings everything back.`,
    confirmLabel: 'Delete',
    onConfirm: () => deleteNow(selection),
  });
}

/**
 * Deletes at once (the question was asked, or needed no asking); one undo step. A delete the
 * challenge's locks refuse deletes nothing and is said.
 */
export function deleteNow(ids: readonly string[]): void {
  const { scenario, layout, selection } = useStore.getState();
  const { scenario: next, removed } = deleteResources(scenario, ids);
  if (removed.length === 0) return;
  const gone = new Set(removed);
  const committed = commitScenario(
    { ok: true, value: { scenario: next } },
    {
      layout: withoutNodes(layout, gone),
      selection: selection.filter((id) => !gone.has(id)),
    },
  );
  if (!committed.ok) showMessage('error', committed.error);
}

function withoutNodes(layout: Layout, gone: ReadonlySet<string>): Layout {
  if (!Object.keys(layout.nodes).some((id) => gone.has(id))) return layout;
  const nodes = Object.fromEntries(Object.entries(layout.nodes).filter(([id]) => !gone.has(id)));
  return { ...layout, nodes };
}

const NAME_LIMIT = 256; // the schema's limit, as AWS's Name tag

/** Renames the scenario; a name past the limit is refused with a message. */
export function renameScenario(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length > NAME_LIMIT) {
    showMessage('error', `A scenario name can be at most ${NAME_LIMIT} characters.`);
    return false;
  }
  const scenario = useStore.getState().scenario;
  const next = trimmed || 'Untitled scenario';
  if (scenario.name === next) return true;
  const committed = commitScenario({ ok: true, value: { scenario: { ...scenario, name: next } } });
  if (!committed.ok) showMessage('error', committed.error);
  return committed.ok;
}

function isEmpty(s: Scenario): boolean {
  return (
    s.vpcs.length === 0 &&
    s.instances.length === 0 &&
    s.internetGateways.length === 0 &&
    s.internetHosts.length === 0 &&
    s.flows.length === 0
  );
}

/**
 * Replaces the scenario with an empty one, after asking: the autosave keeps only the current
 * scenario and loading clears the undo history, so the one replaced cannot be brought back.
 */
export function newScenario(): void {
  // With My scenarios running, the current scenario stays kept there: nothing is lost, no question.
  if (keeper() !== null) {
    openScenario({ kind: 'new' });
    showMessage('info', 'Started a new scenario; the previous one is kept in My scenarios.');
    return;
  }
  const start = () =>
    void openScenario({ kind: 'start', file: toScenarioFile(emptyScenario()), teaching: null });
  if (isEmpty(useStore.getState().scenario)) {
    start();
    return;
  }
  askConfirmation({
    title: 'Start a new scenario?',
    text: 'This replaces the current scenario with an empty one. It is autosaved only as the current one, and Undo cannot bring it back: export or share it first to keep it.',
    confirmLabel: 'Replace with an empty scenario',
    onConfirm: start,
  });
}
