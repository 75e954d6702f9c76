import { describeValue, formatPath, type ParseIssue, type Result } from '../model/issues.ts';
import { ScenarioSchema } from '../model/schema.ts';
import type { Scenario } from '../model/types.ts';
import { BundleSchema } from './bundleSchema.ts';
import { bundleIssues } from './bundleIssues.ts';
import { scenarioFromBundle, type GoneInstance } from './buildScenario.ts';
import { BUNDLE_SECTIONS, isPlainObject, looksLikeAwsBundle } from './sections.ts';
import { ImportWarnings, type ScopedWarning } from './warnings.ts';

export interface AwsImport {
  readonly scenario: Scenario;
  /** One line per thing the scenario cannot hold, each naming the AWS resource. */
  readonly warnings: string[];
  /** Those of `warnings` that could change some flows, with the IDs whose flows they concern. */
  readonly flowWarnings: ScopedWarning[];
  /** Instances left out because they are terminated or shutting down. */
  readonly goneInstances: GoneInstance[];
}

export interface AwsImportOptions {
  /** The scenario's name; by default built from the VPCs' names. */
  readonly name?: string;
}

/**
 * Reads an AWS describe bundle (the `aws ec2` outputs of spec/cli-analyze.md merged into one
 * object) into a scenario. Errors name the bundle path of the bad value in AWS's field names
 * (`SecurityGroups[0].IpPermissions[1].FromPort: expected a number, got "abc"`); what the model
 * cannot hold comes back as warnings, never silently dropped.
 */
export function importAwsBundle(
  input: unknown,
  options: AwsImportOptions = {},
): Result<AwsImport, ParseIssue[]> {
  const sections = BUNDLE_SECTIONS.join(', ');
  if (!isPlainObject(input)) {
    return fail(
      `expected an object holding aws ec2 describe-* output, got ${describeValue(input)}`,
    );
  }
  if (!looksLikeAwsBundle(input)) {
    return fail(`expected at least one of ${sections}, got an object with none of them`);
  }
  const parsed = BundleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: bundleIssues(parsed.error, input) };

  const warnings = new ImportWarnings();
  const { scenario, gone, issues } = scenarioFromBundle(parsed.data, warnings, options.name);
  if (issues.length > 0) return { ok: false, errors: issues.slice(0, 20) };
  // The bundle schema checks every value the scenario schema does, so a failure here is a bug.
  const checked = ScenarioSchema.safeParse(scenario);
  if (!checked.success) {
    return {
      ok: false,
      errors: checked.error.issues.slice(0, 20).map((issue) => ({
        path: formatPath(['scenario', ...issue.path]),
        message: `internal error: the imported scenario breaks the scenario schema (${issue.message}); please report it`,
      })),
    };
  }
  return {
    ok: true,
    value: {
      scenario: checked.data,
      warnings: warnings.list(),
      flowWarnings: warnings.scoped(),
      goneInstances: gone,
    },
  };
}

function fail(message: string): Result<AwsImport, ParseIssue[]> {
  return { ok: false, errors: [{ path: '', message }] };
}
