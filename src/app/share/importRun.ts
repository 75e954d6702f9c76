import { useSyncExternalStore } from 'react';
import { toScenarioFile } from '../../model/envelope.ts';
import { describeImportProblem, tooLargeToImport, type PickedText } from '../../share/file.ts';
import { openAsNewScenario, openDialog, showMessage, useStore } from '../../store/index.ts';
import { autoLayout } from './autoLayout.ts';
import {
  isTerraformInput,
  openTerraform,
  switchPlanView,
  type TerraformDone,
  type TerraformOutcome,
} from './terraformRun.ts';
import type { PlanView } from '../../worker/terraformClient.ts';
import { readImportOffThread } from './importOffThread.ts';

/**
 * The import as it goes: read (one parser per format), lay out an AWS scenario with ELK, open it
 * as a new kept scenario, then show what the importer could not model. The state is the Import
 * dialog's (a file dropped anywhere on the app shows its result there too), kept here rather than
 * in the store because nothing else reads it and it is never saved or undone.
 */

export interface ImportDone {
  readonly name: string;
  readonly source: string;
  /** "2 VPCs, 7 subnets, 9 instances". */
  readonly counts: string;
  readonly warnings: readonly string[];
  /** Said when ELK could not run and the canvas's own grid placed the nodes. */
  readonly layoutNote?: string;
  /** A Terraform plan or state: what was read, assumed and skipped, and which view is open. */
  readonly terraform?: TerraformDone;
}

export type ImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly what: string }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'done'; readonly done: ImportDone };

let state: ImportState = { status: 'idle' };
const listeners = new Set<() => void>();

function set(next: ImportState): void {
  state = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The state as it is now (for tests and code outside React). */
export function importStateNow(): ImportState {
  return state;
}

export function useImportState(): ImportState {
  return useSyncExternalStore(subscribe, () => state);
}

export function resetImport(): void {
  if (state.status !== 'working') set({ status: 'idle' });
}

/** Reads files picked in the dialog or dropped on the app (all together, as one import). */
export async function importFiles(
  files: readonly File[],
  view: PlanView = 'after-apply',
): Promise<void> {
  const json = files.filter(
    (f) => f.name.toLowerCase().endsWith('.json') || f.type.includes('json'),
  );
  const picked = json.length > 0 ? json : files;
  // By size, before reading: the browser cannot hold a larger file as text (it reads as "").
  const tooLarge = picked.map((f) => tooLargeToImport(f.name, f.size)).find((m) => m !== null);
  if (tooLarge) return refuse(tooLarge);
  let inputs: PickedText[];
  try {
    inputs = await Promise.all(picked.map(async (f) => ({ name: f.name, text: await f.text() })));
  } catch (e) {
    return refuse(
      `The browser could not read the file (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  await runImport(inputs, view);
}

function refuse(error: string): void {
  openDialog('import');
  set({ status: 'failed', error });
}

/**
 * Runs one import. On failure nothing changes but the dialog's message; on success the scenario
 * opens as a new one of My scenarios.
 */
export async function runImport(
  inputs: readonly PickedText[],
  view: PlanView = 'after-apply',
): Promise<void> {
  openDialog('import');
  set({
    status: 'working',
    what: inputs.length === 1 ? (inputs[0]?.name ?? '') : `${inputs.length} files`,
  });
  const [only] = inputs;
  if (only !== undefined && inputs.length === 1 && isTerraformInput(inputs)) {
    const outcome = await openTerraform(only, view);
    if (outcome.kind !== 'other') return showTerraform(outcome, `${only.name}`);
  } else if (inputs.length > 1 && isTerraformInput(inputs)) {
    set({
      status: 'failed',
      error:
        'A Terraform plan or state opens on its own: import it alone (several files together must all be aws ec2 describe-* outputs).',
    });
    return;
  }
  // Parsed in a worker: a large account never freezes the page while the dialog says "Reading…".
  const read = await readImportOffThread(inputs);
  if (!read.ok) {
    set({ status: 'failed', error: describeImportProblem(read.errors) });
    return;
  }
  const imported = read.value;
  if (imported.kind === 'scenario') {
    // A scenario file needs no report: it opens, and the dialog closes. One written by hand or
    // by a script may come without a layout: it gets the same automatic one as an AWS import.
    const { file } = imported;
    const bare = Object.keys(file.layout.nodes).length === 0 && file.scenario.vpcs.length > 0;
    const layout = bare ? ((await autoLayout(file.scenario)).layout ?? file.layout) : file.layout;
    openAsNewScenario({ ...file, layout }, 'import');
    set({ status: 'idle' });
    openDialog(null);
    showMessage(
      'info',
      `Opened “${file.scenario.name}” from ${imported.source}. It is kept in My scenarios.`,
    );
    return;
  }
  const { layout, note: layoutNote } = await autoLayout(imported.scenario);
  openAsNewScenario(toScenarioFile(imported.scenario, layout ?? { nodes: {} }), 'import');
  set({
    status: 'done',
    done: {
      name: imported.scenario.name,
      source: imported.source,
      counts: counts(imported.scenario),
      warnings: imported.warnings,
      ...(layoutNote ? { layoutNote } : {}),
    },
  });
  if (layoutNote) showMessage('error', layoutNote);
}

/**
 * Opens the open plan's other view ("as it is now" ⇄ "after apply"), flows carried over. Said in
 * the import dialog when it is open, else in a message.
 */
export async function switchOpenPlanView(): Promise<void> {
  const outcome = await switchPlanView();
  const shown = useStore.getState().dialog === 'import';
  if (shown) return showTerraform(outcome, 'the same plan');
  if (outcome.kind === 'failed') showMessage('error', outcome.error);
  if (outcome.kind !== 'opened') return;
  const { view, dropped = [] } = outcome.opened.terraform;
  const left = dropped.length > 0 ? ` Left out (not in this view): ${dropped.join(', ')}.` : '';
  const kept = outcome.opened.terraform.keptEdited
    ? ' The view you had edited stays in My scenarios.'
    : '';
  showMessage(
    'info',
    `Now showing the plan ${view === 'now' ? 'as it is now (prior_state)' : 'after apply (planned_values)'}; saved flows carried over.${left}${kept}`,
  );
}

function showTerraform(outcome: TerraformOutcome, source: string): void {
  if (outcome.kind === 'other') return;
  if (outcome.kind === 'failed') {
    set({ status: 'failed', error: outcome.error });
    return;
  }
  const { opened } = outcome;
  set({
    status: 'done',
    done: {
      name: opened.name,
      source,
      counts: counts(opened.scenario),
      warnings: opened.warnings,
      terraform: opened.terraform,
      ...(opened.layoutNote ? { layoutNote: opened.layoutNote } : {}),
    },
  });
  if (opened.layoutNote) showMessage('error', opened.layoutNote);
}

export function counts(s: {
  vpcs: readonly unknown[];
  subnets: readonly unknown[];
  instances: readonly unknown[];
}): string {
  const n = (count: number, one: string, many = `${one}s`) =>
    `${count} ${count === 1 ? one : many}`;
  return `${n(s.vpcs.length, 'VPC')}, ${n(s.subnets.length, 'subnet')}, ${n(s.instances.length, 'instance')}`;
}
