import type { Scenario } from '../model/types.ts';
import {
  importTerraform,
  isLogStreamText,
  LOG_STREAM_MESSAGE,
  looksLikeTerraform,
} from '../terraform/index.ts';

/** Which network of a plan to read: `planned_values` (after apply) or `prior_state` (now). */
export type PlanView = 'after-apply' | 'now';

/** What a Terraform import gives the app: the scenario and the importer's notes, as plain data. */
export interface TerraformRead {
  readonly scenario: Scenario;
  readonly kind: 'plan' | 'state';
  /** The network read (a state has only one: after apply). */
  readonly view: PlanView;
  readonly formatVersion: string;
  readonly terraformVersion?: string;
  readonly read: readonly string[];
  readonly assumed: readonly string[];
  readonly skipped: readonly string[];
  readonly warnings: readonly string[];
  readonly notes: readonly string[];
}

export type TerraformReadResult =
  /** Not Terraform at all: the caller reads it as another kind of file. */
  | { readonly kind: 'other' }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'read'; readonly value: TerraformRead };

/** The first characters of what `terraform show -json` prints, or of a raw `.tfstate`. */
const HEAD = 4096;
const TERRAFORM_KEYS = /"(format_version|lineage|@level)"\s*:/;

/**
 * True when a text is worth reading as Terraform: the log stream, or a JSON object naming
 * `format_version` (or a raw state's `lineage`) near its start, where Terraform prints them.
 * Cheap, so the page can tell before it hands the text to a worker.
 */
export function mayBeTerraformText(text: string): boolean {
  return isLogStreamText(text) || TERRAFORM_KEYS.test(text.slice(0, HEAD));
}

/**
 * Reads `terraform show -json` text (spec/ci-check.md, "Terraform input"): a plan's
 * `planned_values` or, for `view: 'now'`, its `prior_state`; a state as it is. Refusals carry the
 * importer's one-line hint (log stream, raw `.tfstate`, unknown major version). Pure: the
 * Terraform worker runs it, and the page when no worker can start.
 */
export function readTerraformText(
  text: string,
  options: { readonly view: PlanView; readonly name?: string },
): TerraformReadResult {
  if (isLogStreamText(text)) return { kind: 'refused', message: LOG_STREAM_MESSAGE };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not one JSON document: the page's own reader names the line and column.
    return { kind: 'other' };
  }
  if (!looksLikeTerraform(data)) return { kind: 'other' };
  const result = importTerraform(data, {
    before: options.view === 'now',
    ...(options.name !== undefined ? { name: options.name } : {}),
  });
  if (!result.ok) {
    const [first] = result.errors;
    const where = first?.path ? `${first.path}: ` : '';
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
    return {
      kind: 'refused',
      message: `${where}${first?.message ?? 'it could not be read'}${more}`,
    };
  }
  const { value } = result;
  const { document } = value;
  return {
    kind: 'read',
    value: {
      scenario: value.scenario,
      kind: document.kind,
      view: document.view === 'prior_state' ? 'now' : 'after-apply',
      formatVersion: document.formatVersion,
      ...(document.terraformVersion ? { terraformVersion: document.terraformVersion } : {}),
      read: value.read,
      assumed: value.assumed,
      skipped: value.skipped,
      warnings: value.warnings,
      notes: value.notes,
    },
  };
}
