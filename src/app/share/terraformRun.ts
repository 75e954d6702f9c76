import { toScenarioFile } from '../../model/envelope.ts';
import type { Scenario } from '../../model/types.ts';
import type { PickedText } from '../../share/file.ts';
import { openAsNewScenario, useStore } from '../../store/index.ts';
import {
  importTerraformText,
  mayBeTerraformText,
  type PlanView,
  type TerraformRead,
} from '../../worker/terraformClient.ts';
import { autoLayout } from './autoLayout.ts';
import { forgetPlan, readPlan, storePlan } from './keptPlans.ts';
import { carryFlows } from './planViews.ts';

/** What the import dialog shows of a Terraform import. */
export interface TerraformDone {
  readonly kind: 'plan' | 'state';
  readonly view: PlanView;
  readonly formatVersion: string;
  readonly terraformVersion?: string;
  readonly read: readonly string[];
  readonly assumed: readonly string[];
  readonly skipped: readonly string[];
  readonly notes: readonly string[];
  /** Flows of the other view left out when switching (their endpoints are not in this one). */
  readonly dropped?: readonly string[];
  /** The view switched from had been edited: it stays in My scenarios beside this one. */
  readonly keptEdited?: boolean;
}

export interface TerraformOpened {
  readonly name: string;
  readonly scenario: Scenario;
  readonly warnings: readonly string[];
  readonly layoutNote?: string;
  readonly terraform: TerraformDone;
}

export type TerraformOutcome =
  | { readonly kind: 'other' }
  | { readonly kind: 'failed'; readonly error: string }
  | { readonly kind: 'opened'; readonly opened: TerraformOpened };

/**
 * The plans opened, by kept scenario ID: the text as imported, so the other view of the same plan
 * can be opened from it. Held here for this page, and kept in IndexedDB (the last few:
 * keptPlans.ts) so the switch survives a reload.
 */
const plans = new Map<
  string,
  {
    readonly text: string;
    readonly source: string;
    /** The network as opened (flows aside): a view edited since is kept, not replaced. */
    readonly opened: string;
  }
>();

/** The network of a scenario without its flows, to tell whether it was edited since it opened. */
const networkOf = (scenario: Scenario): string => JSON.stringify({ ...scenario, flows: [] });

export const PLAN_VIEW_WORDS: Record<PlanView, string> = {
  'after-apply': 'after apply',
  now: 'as it is now',
};

export function otherView(view: PlanView): PlanView {
  return view === 'now' ? 'after-apply' : 'now';
}

/** True when the open scenario is a plan whose other view can be opened from the kept text. */
export function canSwitchPlanView(keptId: string | null): boolean {
  return keptId !== null && plans.has(keptId);
}

/** Reads the plan behind a kept scenario back from IndexedDB (after a reload); true when found. */
export async function recallPlan(keptId: string): Promise<boolean> {
  if (plans.has(keptId)) return true;
  const kept = await readPlan(keptId);
  if (kept === undefined) return false;
  plans.set(keptId, { text: kept.text, source: kept.source, opened: kept.opened });
  return true;
}

/** True when the texts hold a Terraform document (only these go to the Terraform importer). */
export function isTerraformInput(inputs: readonly PickedText[]): boolean {
  return inputs.some((input) => mayBeTerraformText(input.text));
}

/**
 * Imports a plan or state (spec/ci-check.md, "Terraform input") and opens it as a new scenario,
 * laid out automatically. `other`: the text is not Terraform after all (another reader takes it).
 * A refusal (log stream, raw `.tfstate`, unknown major version) comes back as one line naming
 * the file; nothing is opened then.
 */
export async function openTerraform(input: PickedText, view: PlanView): Promise<TerraformOutcome> {
  const got = await importTerraformText(input.text, view);
  if (got.kind === 'other') return got;
  if (got.kind === 'refused') return { kind: 'failed', error: `${input.name}: ${got.message}` };
  return open(got.value, input, null, []);
}

/**
 * Opens the open plan's other view ("as it is now" ⇄ "after apply") from the kept text: imported
 * again, its saved flows carried over by Terraform address, laid out, and opened in place of the
 * open one through the one door that opens scenarios.
 */
export async function switchPlanView(): Promise<TerraformOutcome> {
  const { scenario, library } = useStore.getState();
  const keptId = library.currentId;
  const kept = keptId !== null && (await recallPlan(keptId)) ? plans.get(keptId) : undefined;
  const source = scenario.terraform?.source;
  if (keptId === null || kept === undefined || source === undefined || source === 'state') {
    return {
      kind: 'failed',
      error: 'The plan is not kept in this browser: import it again to switch views.',
    };
  }
  const view = otherView(source === 'plan-prior-state' ? 'now' : 'after-apply');
  const got = await importTerraformText(kept.text, view);
  if (got.kind !== 'read') {
    return { kind: 'failed', error: got.kind === 'refused' ? got.message : 'not a plan' };
  }
  const carried = carryFlows(scenario, got.value.scenario);
  const next: TerraformRead = {
    ...got.value,
    scenario: { ...got.value.scenario, name: scenario.name, flows: carried.flows },
  };
  // An untouched view is replaced; one edited since it opened stays in My scenarios.
  const edited = networkOf(scenario) !== kept.opened;
  const outcome = await open(
    next,
    { name: kept.source, text: kept.text },
    edited ? null : keptId,
    carried.dropped,
  );
  return outcome.kind === 'opened' && edited
    ? {
        ...outcome,
        opened: { ...outcome.opened, terraform: { ...outcome.opened.terraform, keptEdited: true } },
      }
    : outcome;
}

async function open(
  read: TerraformRead,
  input: PickedText,
  replacing: string | null,
  dropped: readonly string[],
): Promise<TerraformOutcome> {
  const { scenario } = read;
  const { layout, note } = await autoLayout(scenario);
  const opened = openAsNewScenario(
    toScenarioFile(scenario, layout ?? { nodes: {} }),
    'import',
    replacing ?? undefined,
  );
  if (replacing !== null) {
    plans.delete(replacing);
    void forgetPlan(replacing);
  }
  if (opened?.id && read.kind === 'plan') {
    const plan = {
      text: input.text,
      source: input.name,
      opened: networkOf(useStore.getState().scenario),
    };
    plans.set(opened.id, plan);
    void storePlan(opened.id, plan);
  }
  return {
    kind: 'opened',
    opened: {
      name: scenario.name,
      scenario,
      warnings: read.warnings,
      ...(note ? { layoutNote: note } : {}),
      terraform: {
        kind: read.kind,
        view: read.view,
        formatVersion: read.formatVersion,
        ...(read.terraformVersion ? { terraformVersion: read.terraformVersion } : {}),
        read: read.read,
        assumed: read.assumed,
        skipped: read.skipped,
        notes: read.notes,
        ...(dropped.length > 0 ? { dropped } : {}),
      },
    },
  };
}
