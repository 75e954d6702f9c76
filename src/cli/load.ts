import {
  BUNDLE_SECTIONS,
  importAwsBundle,
  looksLikeAwsBundle,
  type GoneInstance,
  type ScopedWarning,
} from '../aws/index.ts';
import { parseScenarioFile } from '../model/envelope.ts';
import { describeValue, type ParseIssue } from '../model/issues.ts';
import type { Scenario } from '../model/types.ts';
import {
  importTerraform,
  isLogStreamText,
  LOG_STREAM_MESSAGE,
  looksLikeTerraform,
} from '../terraform/index.ts';
import { CliError } from './errors.ts';
import { parseJson } from './jsonText.ts';
import { findDuplicateKeys } from './duplicateKeys.ts';
import { readInput } from './readInput.ts';
import { parseJsonFile, STREAM_FROM_BYTES } from './jsonStream.ts';
import { stat } from 'node:fs/promises';

export interface Loaded {
  readonly scenario: Scenario;
  /** What the file holds that the scenario cannot (imports only), one line per resource. */
  readonly warnings: readonly string[];
  /** Facts about the whole file (a Terraform document with no network…), one line each. */
  readonly notes: readonly string[];
  readonly kind: 'scenario' | 'aws-bundle' | 'terraform';
  /** Of `warnings`, those that concern the flows touching their scope (AWS bundles only). */
  readonly flowWarnings?: readonly ScopedWarning[];
  /** Instances an AWS bundle lists as terminated or shutting down (not evaluated). */
  readonly goneInstances?: readonly GoneInstance[];
}

export interface LoadOptions {
  /** `--before`: a Terraform plan's `prior_state` rather than its `planned_values`. */
  readonly before?: boolean;
}

/** Duplicate keys are listed up to this many, then counted. */
const MAX_DUPLICATE_WARNINGS = 10;

/**
 * `<file>` of spec/cli-analyze.md (`-` is standard input): the project's scenario file when its
 * top-level `format` is set, `terraform show -json` output (spec/ci-check.md, "Terraform input"),
 * else an AWS describe bundle. Every failure is one line naming the file as given, then the JSON
 * path of the bad value and what was expected. A key given twice in one object is a warning
 * naming its path (JSON.parse keeps the last one).
 */
export async function loadScenario(file: string, options: LoadOptions = {}): Promise<Loaded> {
  const { input, duplicates, streamed } = await readJson(file);
  if (looksLikeTerraform(input)) {
    const result = importTerraform(input, { before: options.before === true });
    if (!result.ok) throw malformed(file, result.errors);
    const { scenario, warnings, notes } = result.value;
    return {
      scenario,
      warnings: [...duplicates, ...warnings],
      notes: [...streamed, ...notes],
      kind: 'terraform',
    };
  }
  if (options.before) {
    throw new CliError(
      `--before: reads a Terraform plan's prior_state, and ${file} is not terraform show -json output`,
    );
  }
  if (isObject(input) && Object.hasOwn(input, 'format')) {
    const result = parseScenarioFile(input);
    if (!result.ok) throw malformed(file, result.errors);
    return {
      scenario: result.value.scenario,
      warnings: duplicates,
      notes: streamed,
      kind: 'scenario',
    };
  }
  if (!looksLikeAwsBundle(input)) {
    const got = isObject(input) ? 'an object with neither' : describeValue(input);
    throw new CliError(
      `${file}: expected a VPC Flow Lab scenario file (top-level "format": "vpc-flow-lab"), terraform show -json output (top-level "format_version") or an AWS describe bundle (top-level ${BUNDLE_SECTIONS.join(', ')}), got ${got}`,
    );
  }
  const result = importAwsBundle(input);
  if (!result.ok) throw malformed(file, result.errors);
  return {
    scenario: result.value.scenario,
    warnings: [...duplicates, ...result.value.warnings],
    notes: streamed,
    kind: 'aws-bundle',
    flowWarnings: result.value.flowWarnings,
    goneInstances: result.value.goneInstances,
  };
}

/**
 * The JSON of `<file>`: read whole and parsed at once (with its duplicate keys found), or, past
 * STREAM_FROM_BYTES, parsed as it streams (jsonStream.ts), which a note says.
 */
async function readJson(
  file: string,
): Promise<{ input: unknown; duplicates: string[]; streamed: string[] }> {
  if (file !== '-') {
    const size = await stat(file).then(
      (info) => (info.isFile() ? info.size : 0),
      () => 0,
    );
    if (size > STREAM_FROM_BYTES) {
      const input = await parseJsonFile(file);
      return {
        input,
        duplicates: [],
        streamed: [
          `${file}: parsed as it streams (over ${STREAM_FROM_BYTES / 1024 ** 2} MB); keys given twice are not looked for`,
        ],
      };
    }
  }
  const text = await readInput(file);
  // The log stream is JSON lines, not one document: told apart before JSON.parse refuses it.
  if (isLogStreamText(text)) throw new CliError(`${file}: ${LOG_STREAM_MESSAGE}`);
  const parsed = parseJson(text);
  if (!parsed.ok) {
    throw new CliError(
      `${file}: invalid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
    );
  }
  return { input: parsed.value, duplicates: duplicateWarnings(file, text), streamed: [] };
}

function duplicateWarnings(file: string, text: string): string[] {
  const found = findDuplicateKeys(text);
  if (found === 'too-deep') {
    return [`${file}: not checked for duplicate keys: the JSON is nested too deeply`];
  }
  const lines = found
    .slice(0, MAX_DUPLICATE_WARNINGS)
    .map(
      (d) =>
        `${file}: duplicate key ${d.path} at line ${d.line}, column ${d.column}: the last one is used`,
    );
  const more = found.length - MAX_DUPLICATE_WARNINGS;
  if (more > 0) lines.push(`${file}: ${more} more duplicate ${more === 1 ? 'key' : 'keys'}`);
  return lines;
}

/** The warning and note lines a command prints on stderr after loading. */
export function loadedLines(loaded: Loaded): string[] {
  return [...loaded.warnings.map((w) => `warning: ${w}`), ...loaded.notes.map((n) => `note: ${n}`)];
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
