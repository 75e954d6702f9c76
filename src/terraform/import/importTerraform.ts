import type { ParseIssue, Result } from '../../model/issues.ts';
import type { Scenario } from '../../model/types.ts';
import { readTerraformDocument, type TerraformDocument } from '../format/document.ts';
import { buildScenario } from './buildScenario.ts';
import { ImportContext, ImportError } from './context.ts';

export interface TerraformImportOptions {
  /** Read a plan's `prior_state` (the network as it is now) instead of `planned_values`. */
  readonly before?: boolean;
  /** The scenario's name; by default built from the VPCs' names. */
  readonly name?: string;
}

export interface TerraformImport {
  readonly scenario: Scenario;
  /** `<address>: <message>`: what the scenario cannot hold, or could not resolve. */
  readonly warnings: string[];
  /** `<address>: <message>`: every value assumed because Terraform knows it only after apply. */
  readonly assumed: string[];
  /** `<address> (<type>)`: resources of the document that are not part of the network. */
  readonly skipped: string[];
  /** Addresses of the resources read into the scenario. */
  readonly read: string[];
  /** Facts about the whole document (an empty network, the version read). */
  readonly notes: string[];
  readonly document: Pick<
    TerraformDocument,
    'kind' | 'view' | 'formatVersion' | 'terraformVersion'
  >;
}

/**
 * Reads `terraform show -json` output (a saved plan, or the state) into a scenario, as
 * spec/ci-check.md ("Terraform input") says: every resource of the root module and every child
 * module, what AWS adds that the plan does not show, references joined through the
 * configuration, and assumed values where Terraform knows them only after apply. Pure: no I/O,
 * callable from the CLI, the worker and the app alike. Every value is checked as it is read
 * (the tests check every fixture's result against the scenario schema too).
 */
export function importTerraform(
  input: unknown,
  options: TerraformImportOptions = {},
): Result<TerraformImport, ParseIssue[]> {
  const read = readTerraformDocument(input, options);
  if (!read.ok) return read;
  const ctx = new ImportContext(read.value);
  let scenario: Scenario;
  try {
    const built = buildScenario(ctx);
    const name =
      options.name ??
      defaultName(
        built.vpcs.map((v) => v.name),
        ctx,
      );
    scenario = {
      name: name.slice(0, 256),
      description: `Imported from terraform show -json (${describe(ctx)}).`,
      ...built,
    };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, errors: [error.issue] };
    throw error;
  }
  const doc = read.value;
  const notes: string[] = [];
  if (scenario.vpcs.length === 0) {
    notes.push(
      `the ${doc.view === 'prior_state' ? "plan's prior state" : doc.kind} holds no VPC: it opens as an empty network`,
    );
  }
  return {
    ok: true,
    value: {
      scenario,
      warnings: ctx.warnings.list(),
      assumed: ctx.assumed.list(),
      skipped: ctx.skipped.list(),
      read: ctx.read.list(),
      notes,
      document: {
        kind: doc.kind,
        view: doc.view,
        formatVersion: doc.formatVersion,
        terraformVersion: doc.terraformVersion,
      },
    },
  };
}

function describe(ctx: ImportContext): string {
  const { kind, view, formatVersion, terraformVersion } = ctx.document;
  const what =
    kind === 'state'
      ? 'state'
      : view === 'prior_state'
        ? 'plan, as it is now (prior_state)'
        : 'plan, after apply (planned_values)';
  return `${what}; format ${formatVersion}${terraformVersion ? `, Terraform ${terraformVersion}` : ''}`;
}

function defaultName(vpcNames: readonly string[], ctx: ImportContext): string {
  const kind = ctx.document.kind === 'state' ? 'Terraform state' : 'Terraform plan';
  return vpcNames.length === 0 ? kind : `${kind}: ${vpcNames.join(', ')}`;
}
