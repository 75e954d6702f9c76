import { BUNDLE_SECTIONS, importAwsBundle, looksLikeAwsBundle } from '../aws/index.ts';
import { parseScenarioFile } from '../model/envelope.ts';
import { describeValue, type ParseIssue } from '../model/issues.ts';
import type { Scenario } from '../model/types.ts';
import { CliError } from './errors.ts';
import { parseJson } from './jsonText.ts';
import { readText } from './readFile.ts';

export interface Loaded {
  readonly scenario: Scenario;
  /** What the file holds that the scenario cannot (AWS bundles only), one line per resource. */
  readonly warnings: readonly string[];
  readonly kind: 'scenario' | 'aws-bundle';
}

/**
 * `<file>` of spec/cli-analyze.md: the project's scenario file when its top-level `format` is
 * set, else an AWS describe bundle. Every failure is one line naming the file as given, then the
 * JSON path of the bad value and what was expected.
 */
export function loadScenario(file: string): Loaded {
  const parsed = parseJson(readText(file));
  if (!parsed.ok) {
    throw new CliError(
      `${file}: invalid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
    );
  }
  const input = parsed.value;
  if (isObject(input) && Object.hasOwn(input, 'format')) {
    const result = parseScenarioFile(input);
    if (!result.ok) throw malformed(file, result.errors);
    return { scenario: result.value.scenario, warnings: [], kind: 'scenario' };
  }
  if (!looksLikeAwsBundle(input)) {
    const got = isObject(input) ? 'an object with neither' : describeValue(input);
    throw new CliError(
      `${file}: expected a VPC Flow Lab scenario file (top-level "format": "vpc-flow-lab") or an AWS describe bundle (top-level ${BUNDLE_SECTIONS.join(', ')}), got ${got}`,
    );
  }
  const result = importAwsBundle(input);
  if (!result.ok) throw malformed(file, result.errors);
  return { scenario: result.value.scenario, warnings: result.value.warnings, kind: 'aws-bundle' };
}

/** The first problem, on one line; how many more there are, so a fix is not mistaken for the last. */
function malformed(file: string, issues: readonly ParseIssue[]): CliError {
  const [first] = issues;
  if (!first) return new CliError(`${file}: not a valid scenario`);
  const where = first.path === '' ? '' : `${first.path}: `;
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})`
      : '';
  return new CliError(`${file}: ${where}${first.message}${more}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
