import type { z } from 'zod';
import { ScenarioFileSchema, SCENARIO_FORMAT, SCENARIO_VERSION } from './schema.ts';
import type { ScenarioFile } from './types.ts';
import { describeValue, formatPath, type ParseIssue, type Result } from './issues.ts';
import { migrateScenarioFile } from './migrate.ts';

/**
 * The one parser for scenario files, wherever they come from (file, link, autosave, CLI).
 * Never `as ScenarioFile`: everything passes through the schema. Files of an older version are
 * migrated first (migrate.ts), so version 1 files and links keep opening.
 */
export function parseScenarioFile(input: unknown): Result<ScenarioFile> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('', `expected a scenario file object, got ${describeValue(input)}`);
  }
  const record = input as Record<string, unknown>;
  if (record.format !== SCENARIO_FORMAT) {
    return fail('format', `expected "${SCENARIO_FORMAT}", got ${describeValue(record.format)}`);
  }
  if (typeof record.version === 'number' && record.version > SCENARIO_VERSION) {
    return fail(
      'version',
      `this file is version ${record.version}, newer than this app understands (${SCENARIO_VERSION}); update VPC Flow Lab`,
    );
  }
  const current = migrateScenarioFile(record);
  const parsed = ScenarioFileSchema.safeParse(current);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: zodIssues(parsed.error, current) };
}

/** Turns zod's issues into path + message pairs that name the bad value. */
export function zodIssues(error: z.ZodError, input: unknown): ParseIssue[] {
  return error.issues.slice(0, 20).map((issue) => {
    const value = valueAt(input, issue.path);
    const got =
      issue.code === 'invalid_union' || issue.code === 'unrecognized_keys'
        ? ''
        : `, got ${describeValue(value)}`;
    return { path: formatPath(issue.path), message: `${issue.message}${got}` };
  });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function fail(path: string, message: string): Result<ScenarioFile> {
  return { ok: false, errors: [{ path, message }] };
}

/** Wraps a scenario and its layout in the versioned envelope. */
export function toScenarioFile(
  scenario: ScenarioFile['scenario'],
  layout: ScenarioFile['layout'] = { nodes: {} },
): ScenarioFile {
  return { format: SCENARIO_FORMAT, version: SCENARIO_VERSION, scenario, layout };
}
